"""Fixtures for the Voxloud tests: a client and live sessions on the simulator (``vox``, in the root conftest)."""

from __future__ import annotations

import httpx
import pytest
from voxloud_support import start_session, tls

from cti_desktop.providers.voxloud.client import VoxloudClient


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
