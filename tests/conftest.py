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


# ----------------------------------------------------------------------------------- Qt + asyncio
@pytest.fixture
def qloop(qapp):
    """A qasync event loop on the test's QApplication (pytest-qt has no asyncio support).

    Tests drive coroutines with ``arun``; at the end every task must be finished, else the test
    fails (a leaked task is a bug).
    """
    import asyncio

    import qasync

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    asyncio.set_event_loop(None)
    assert not pending, f"tasks leaked by the test: {[t.get_name() for t in pending]}"
    assert not errors, f"unhandled errors on the loop: {errors}"


@pytest.fixture
def arun(qloop):
    """``arun(coro, timeout=15)`` runs a coroutine to completion on the qasync loop."""
    import asyncio

    def run(coro, timeout: float = 15.0):
        return qloop.run_until_complete(asyncio.wait_for(coro, timeout))

    return run


@pytest.fixture
def agent_session(sim, arun):
    """A signed-in, live session as agent1 against the simulator (password ``demo``)."""
    yield from _session_for(sim, arun, "agent1")


def _session_for(sim, arun, user):
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny

    account = Account("dstny", sim.base_url, "demo.example", user)

    async def start():
        backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.1)
        session = Session(account, backend)
        session.start()
        assert await session.wait_live(10), f"session did not go live: {session.status}"
        return session

    session = arun(start())
    yield session
    arun(session.aclose())
