"""Helpers for the Voxloud tests (importable as ``voxloud_support``).

Control calls are async: the simulator delivers webhooks to a receiver running on the test's own
loop, so a blocking request here would keep the receiver from answering.
"""

from __future__ import annotations

import functools
import ssl

import httpx

#: The receiver secret the tests use.
SECRET = "test-secret-0123456789-abcdefghijklmnop"


@functools.cache
def tls() -> ssl.SSLContext:
    """One TLS context for every test client (building one per client costs ~0.1 s; all traffic is
    plain HTTP on loopback anyway)."""
    return ssl.create_default_context()


async def sim_post(vox, path: str, json: object | None = None) -> dict:
    async with httpx.AsyncClient(trust_env=False, timeout=15, verify=tls()) as http:
        response = await http.post(vox.base_url + path, json=json)
    response.raise_for_status()
    return response.json() if response.content else {}


async def sim_state(vox) -> dict:
    async with httpx.AsyncClient(trust_env=False, timeout=10, verify=tls()) as http:
        response = await http.get(vox.base_url + "/_sim/state")
    response.raise_for_status()
    return response.json()
