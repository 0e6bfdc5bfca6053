"""Fixtures for the Voxloud tests: one simulator on loopback for the module set, reset per test."""

from __future__ import annotations

import httpx
import pytest
from support import reset_around
from voxloud_support import start_session, tls

from cti_desktop.providers.voxloud.client import VoxloudClient
from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread


@pytest.fixture(scope="session")
def vox_server():
    with VoxloudSimulatorThread(seed=11, contacts=300) as server:
        yield server


@pytest.fixture
def vox(vox_server):
    """The simulator, reset to its seeded state before and after the test."""
    yield from reset_around(vox_server, trust_env=False, verify=tls())


@pytest.fixture
async def http():
    async with httpx.AsyncClient(http1=True, http2=False, trust_env=False, timeout=10.0, verify=tls()) as client:
        yield client


@pytest.fixture
async def client(vox, http):
    return VoxloudClient(http, api_key="demo-key", api_url=vox.api_url, region="IT")


@pytest.fixture
async def session(vox):
    """A live session of extension 101 on the simulator, on the test's asyncio loop."""
    session = await start_session(vox)
    try:
        yield session
    finally:
        await session.aclose()


@pytest.fixture
def vox_session(vox, arun):
    """The same, on the qasync loop (for tests with view-models and widgets)."""
    session = arun(start_session(vox))
    yield session
    arun(session.aclose())
