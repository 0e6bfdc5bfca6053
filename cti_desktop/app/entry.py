"""The desktop app's process: the QApplication, the qasync loop, the one error reporter, SIGINT and
SIGTERM, the hand-over server for a second start, and :func:`run_gui`, which runs
:class:`~cti_desktop.app.DesktopApp` until the person quits.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cti_desktop import __version__
from cti_desktop.app import DesktopApp
from cti_desktop.core.logsetup import configure_logging
from cti_desktop.core.settings import log_dir
from cti_desktop.error_reporter import ErrorReporter
from cti_desktop.runtime import (
    COLLECT_EVERY_MS,
    HELD_AT_MOST_MS,
    collect_due,
    collect_on_gui_thread,
    hold_collections,
    release_collections,
)

log = logging.getLogger("cti_desktop.app")  # one logger for the app, whichever part speaks

APP_ID = "cti-desktop"
LOG_FILE_NAME = "cti-desktop.log"

__all__ = ["run_gui", "make_application", "log_file_path"]


def log_file_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def make_application(argv: list[str] | None = None) -> QApplication:
    from cti_desktop.ui.icons import APP, icon

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("CTI Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setOrganizationDomain("cti-desktop.invalid")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon(APP))
    return app  # type: ignore[return-value]


def _install_signal_handlers(controller: DesktopApp) -> None:
    """SIGINT/SIGTERM start the clean shutdown (Python sees them on the collector's timer, below)."""

    def handler(_signum, _frame) -> None:
        QTimer.singleShot(0, controller.request_quit)

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread / not supported
            pass


def _collect_garbage_here() -> QTimer:
    """Garbage is collected on this, the GUI, thread only, by a timer (see :mod:`cti_desktop.runtime`:
    a collection on another thread that ends a Qt object can freeze the window for good). Being a
    Python call every few hundred ms, the same timer lets Python see SIGINT/SIGTERM while Qt runs."""
    collect_on_gui_thread()
    hold_collections()  # until start-up has settled (DesktopApp: once the window is Live)
    QTimer.singleShot(HELD_AT_MOST_MS, release_collections)
    collector = QTimer()
    collector.setInterval(COLLECT_EVERY_MS)
    collector.timeout.connect(collect_due)
    collector.start()
    return collector


def _listen_for_hand_overs(controller: DesktopApp, path: str | None) -> Any:
    """The local server a second start of this user and profile hands its request to (one window
    per user and profile, :mod:`cti_desktop.instance`); ``None`` where there is none."""
    if not path:
        return None
    from cti_desktop.ui.instance_server import InstanceServer

    server = InstanceServer(path, controller.hand_over.handle, parent=controller)
    return server if server.listen() else None


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until the person quits. Returns the process exit status."""
    log_file = log_file_path()
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO
    try:
        configure_logging(level, log_file=log_file)
    except OSError as exc:
        configure_logging(level)
        log.warning("cannot write the log file %s: %s", log_file, exc)
        log_file = None  # type: ignore[assignment]
    app = make_application()
    collector = _collect_garbage_here()  # before any other thread starts
    controller = DesktopApp(args, app=app)
    # The main window on the screen ("Connecting…") before the event loop and the rest of the app.
    controller.show_first_window()
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    reporter = ErrorReporter(controller.notices, log_file)
    reporter.install(loop)
    _install_signal_handlers(controller)
    instance = _listen_for_hand_overs(controller, getattr(args, "instance_socket", None))
    loop.call_soon(controller.start)  # tasks only once the loop runs (PITFALLS 15)
    log.info("cti-desktop %s starting (tray: %s, demo: %s)", __version__, controller.tray_enabled, controller.demo)
    try:
        loop.run_forever()
        # Qt may have quit by itself (last window closed): finish the same clean shutdown.
        loop.run_until_complete(controller.shutdown_when_quit())
    finally:
        collector.stop()
        if instance is not None:
            instance.close()
        reporter.uninstall()
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)
    log.info("cti-desktop stopped")
    return controller.exit_code

