"""Small helpers shared by tests (importable as ``support``)."""

from __future__ import annotations

import asyncio
import time
from typing import Callable

import httpx


async def until(predicate: Callable[[], object], timeout: float = 5.0, interval: float = 0.02, what: str = "") -> None:
    """Wait (on the running loop, so Qt and asyncio keep working) until ``predicate()`` is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
        await asyncio.sleep(interval)


def sim_post(sim, path: str, json: object | None = None) -> dict:
    response = httpx.post(sim.base_url + path, json=json, timeout=10)
    response.raise_for_status()
    return response.json() if response.content else {}


def sim_state(sim) -> dict:
    response = httpx.get(sim.base_url + "/_sim/state", timeout=10)
    response.raise_for_status()
    return response.json()
