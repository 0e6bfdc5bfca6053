"""Helpers for the Voxloud tests (importable as ``voxloud_support``).

Control calls are async: the simulator delivers webhooks to a receiver running on the test's own
loop, so a blocking request here would keep the receiver from answering.
"""

from __future__ import annotations

import httpx
from support import tls  # noqa: F401  (one TLS context for every test client; imported from here too)

#: The receiver secret the tests use.
SECRET = "test-secret-0123456789-abcdefghijklmnop"


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


def account(vox, user: str = "101", **options):
    """A Voxloud account of extension ``user`` on the simulator ``vox``, its webhook receiver on a free port."""
    from cti_desktop.core.session import Account

    return Account("voxloud", vox.api_url, user=user, options={"webhook_port": 0, **options})


async def start_session(vox, acct=None):
    """A connected, live Session on ``vox`` (the demo key, the tests' receiver secret); the caller closes it."""
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Session
    from cti_desktop.providers.voxloud.backend import connect_voxloud

    acct = acct or account(vox)
    backend = await connect_voxloud(acct, Credentials(api_key="demo-key"), webhook_secret=SECRET)
    session = Session(acct, backend)
    session.start()
    try:
        assert await session.wait_live(10), session.status
    except BaseException:
        await session.aclose()
        raise
    return session
