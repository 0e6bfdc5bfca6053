"""Fixtures for the Telavox tests: one Telavox simulator on loopback, reset around each test."""

from __future__ import annotations

import httpx
import pytest
from support import reset_around
from telavox_support import make_client  # noqa: F401  (kept for older imports)


@pytest.fixture(scope="session")
def telavox_server():
    from cti_desktop.simulator.telavox.server import TelavoxSimulatorThread

    with TelavoxSimulatorThread(seed=11) as server:
        yield server


@pytest.fixture
def tvx(telavox_server):
    """The session's Telavox simulator, reset to its seeded state (no calls, faults cleared)."""
    yield from reset_around(telavox_server)


@pytest.fixture
async def http():
    client = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0))
    yield client
    await client.aclose()
