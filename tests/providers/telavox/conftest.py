"""Fixtures for the Telavox client tests (the simulator itself, ``telavox_server`` and ``tvx``, is in
the root conftest: the panels' tests use it too)."""

from __future__ import annotations

import httpx
import pytest
from telavox_support import make_client  # noqa: F401  (kept for older imports)


@pytest.fixture
async def http():
    client = httpx.AsyncClient(timeout=httpx.Timeout(10.0, connect=5.0))
    yield client
    await client.aclose()
