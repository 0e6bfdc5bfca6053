"""Shared fixtures: a real PBX simulator on loopback, and guards against leaks."""

from __future__ import annotations

import os

import pytest

# Never touch the person's real keyring, config or logs from a test.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

# The composition root installs the vendor registry that settings and the panels read (as the app does).
import cti_desktop.accounts  # noqa: E402,F401
from support import reset_around, start_dstny_session, start_telavox_session, tls  # noqa: E402  (tests/ is on sys.path: this file's folder)


@pytest.fixture(autouse=True, scope="session")
def _collect_on_the_main_thread():
    """Garbage is collected on the main thread only, as in the app (:mod:`cti_desktop.runtime`): an
    automatic collection on a simulator's or an executor's thread that ends a Qt object there can
    deadlock Qt's signal-slot lock against the main thread (a run hung in ``QObject::connect``)."""
    import gc

    from cti_desktop import runtime

    runtime.collect_on_gui_thread()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_between_tests(_collect_on_the_main_thread):
    """After each test, what the automatic collector would have done by now (usually a young
    collection; a full one every hundred tests or so), on the main thread."""
    from cti_desktop import runtime

    yield
    runtime.collect_due()


#: A test still running after this long is stuck where pytest-timeout cannot reach it (in C, with
#: the interpreter lock held): the watchdog prints every thread's stack and ends the run, so CI
#: fails at once with the stacks instead of waiting out its limit.
STUCK_AFTER_S = 300


@pytest.fixture(autouse=True)
def _stuck_test_watchdog():
    import faulthandler
    import sys

    faulthandler.dump_traceback_later(STUCK_AFTER_S, exit=True, file=sys.__stderr__)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture(autouse=True)
def _config_dir(tmp_path, monkeypatch):
    """Every test reads and writes its settings in a folder of its own, never the person's."""
    from cti_desktop.core.settings import ENV_CONFIG_DIR

    monkeypatch.setenv(ENV_CONFIG_DIR, str(tmp_path / "config"))


@pytest.fixture(autouse=True)
def _english_catalogue(request):
    """Every test with a Qt application has the English catalogue in place, as the app always has
    (it holds the singular forms: "1 voicemail", the sources say "%n voicemails"), whatever a test
    before it installed or took away."""
    if "qapp" in request.fixturenames:
        from cti_desktop import i18n
        from cti_desktop.ui import translations

        current = translations._current
        if not i18n.installed() or current is None or current.language != "en":
            translations.install_language(request.getfixturevalue("qapp"), "en")
    yield


@pytest.fixture(scope="session")
def sim_server():
    """One simulator for the session, in its own thread and event loop, on 127.0.0.1:<free port>."""
    from cti_desktop.simulator.dstny.server import SimulatorThread

    with SimulatorThread(seed=7, heartbeat=1.0) as server:
        yield server


@pytest.fixture
def sim(sim_server):
    """The session's simulator, reset to its seeded initial state (faults cleared, no calls)."""
    yield from reset_around(sim_server)


@pytest.fixture(scope="session")
def telavox_server():
    """One Telavox simulator for the session, on loopback."""
    from cti_desktop.simulator.telavox.server import TelavoxSimulatorThread

    with TelavoxSimulatorThread(seed=11) as server:
        yield server


@pytest.fixture
def tvx(telavox_server):
    """The session's Telavox simulator, reset to its seeded state (no calls, faults cleared)."""
    yield from reset_around(telavox_server)


@pytest.fixture(scope="session")
def vox_server():
    """One Voxloud simulator for the session (300 seeded contacts), on loopback."""
    from cti_desktop.simulator.voxloud.server import VoxloudSimulatorThread

    with VoxloudSimulatorThread(seed=11, contacts=300) as server:
        yield server


@pytest.fixture
def vox(vox_server):
    """The session's Voxloud simulator, reset to its seeded state before and after the test."""
    yield from reset_around(vox_server, trust_env=False, verify=tls())


# ----------------------------------------------------------------------------------- Qt + asyncio
@pytest.fixture
def keep_running(qapp):
    """The application's quit-on-last-window-closed flag, put back as it was after the test."""
    previous = qapp.quitOnLastWindowClosed()
    yield qapp
    qapp.setQuitOnLastWindowClosed(previous)


@pytest.fixture(scope="session")
def _qasync_loop(qapp):
    """One qasync loop for the whole session, created as *already running* (as when Qt's own
    event loop runs it), so a callback fired by any Qt event processing — pytest-qt's included —
    finds a running loop. One loop, not one per test: creating and destroying many loops (and
    their Qt helper objects) is what makes PySide6 ≥ 6.8 crash at random (qasync #154)."""
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    yield loop
    loop._QEventLoop__is_running = False  # loop.stop() would also call QApplication.exit()
    loop.close()


@pytest.fixture
def qloop(_qasync_loop, qapp):
    """The qasync loop, current and running for this test. At the end every task must be
    finished, else the test fails (a leaked task is a bug), and loop errors fail it too."""
    import asyncio

    loop = _qasync_loop
    asyncio.set_event_loop(loop)
    asyncio.events._set_running_loop(loop)
    from cti_desktop.core.tasks import install_reporter

    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    # a task set's unexpected failure fails the test too (PITFALLS 13: collect, fail at teardown)
    restore_reporter = install_reporter(lambda exc, where: errors.append({"message": where, "exception": exc}))
    try:
        yield loop
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            _spin_until(qapp, lambda: all(t.done() for t in pending), 10.0)
        _spin_until(qapp, lambda: False, 0.05)  # let closing transports run their callbacks
        assert not pending, f"tasks leaked by the test: {[t.get_name() for t in pending]}"
        assert not errors, f"unhandled errors on the loop: {errors}"
    finally:
        restore_reporter()
        loop.set_exception_handler(None)
        # Pure-asyncio tests run their own loops between Qt tests.
        asyncio.events._set_running_loop(None)
        asyncio.set_event_loop(None)


def _spin_until(qapp, done, timeout: float) -> bool:
    """Process Qt events (and with them the qasync loop) until ``done()`` or the timeout."""
    import time

    from PySide6.QtCore import QEventLoop

    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            return False
        qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        if not done():
            time.sleep(0.001)
    return True


@pytest.fixture
def arun(qloop, qapp):
    """``arun(coro, timeout=15)`` runs a coroutine to completion on the qasync loop.

    It spins a nested Qt event loop that quits the moment the coroutine's task is done, so no
    more Qt events than needed run before the test looks at the result.
    """
    import asyncio

    from PySide6.QtCore import QEventLoop, QTimer

    def run(coro, timeout: float = 15.0):
        task = asyncio.ensure_future(coro, loop=qloop)
        if not task.done():
            nested = QEventLoop()
            task.add_done_callback(lambda _t: nested.quit())
            timer = QTimer()
            timer.setSingleShot(True)
            timer.timeout.connect(nested.quit)
            timer.start(int(timeout * 1000))
            nested.exec()
            timer.stop()
        if not task.done():
            task.cancel()
            _spin_until(qapp, task.done, 5.0)
            raise TimeoutError(f"the coroutine did not finish within {timeout} s")
        return task.result()

    return run


@pytest.fixture
def agent_session(sim, arun):
    """A signed-in, live session as agent1 against the simulator (password ``demo``)."""
    yield from _session_for(sim, arun, "agent1")


@pytest.fixture
def agent2_session(sim, arun):
    """A second live agent (agent2, a member of the same groups as agent1)."""
    yield from _session_for(sim, arun, "agent2")


def _session_for(sim, arun, user):
    session = start_dstny_session(sim, arun, user)
    yield session
    arun(session.aclose())


@pytest.fixture
def super_session(sim, arun):
    """A live supervisor (super1) against the simulator."""
    yield from _session_for(sim, arun, "super1")


@pytest.fixture
def telavox_session(tvx, arun):
    """A signed-in, live Telavox session as agent1 against its simulator, on the qasync loop."""
    session = arun(start_telavox_session(tvx))
    yield session
    arun(session.aclose())
