"""Shared fixtures: a real PBX simulator on loopback, and guards against leaks."""

from __future__ import annotations

import os

import httpx
import pytest

# Never touch the person's real keyring, config or logs from a test.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")


@pytest.fixture(scope="session")
def sim_server():
    """One simulator for the session, in its own thread and event loop, on 127.0.0.1:<free port>."""
    from cti_desktop.simulator.server import SimulatorThread

    with SimulatorThread(seed=7, heartbeat=1.0) as server:
        yield server


@pytest.fixture
def sim(sim_server):
    """The session's simulator, reset to its seeded initial state (faults cleared, no calls)."""
    httpx.post(sim_server.base_url + "/_sim/reset", timeout=10).raise_for_status()
    yield sim_server
    httpx.post(sim_server.base_url + "/_sim/reset", timeout=10).raise_for_status()
