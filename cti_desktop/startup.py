"""Start-up helpers of the desktop app: when a window is first drawn, and giving back the memory
start-up leaves behind."""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger("cti_desktop.app")


def skip_pyside_source_scan() -> bool:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 replaces ``__import__``; after each new module it reads the module's whole file
    (``inspect.getsource``, which also walks every loaded module) to see whether the text names
    PySide6, so that a module that does may switch on its ``__feature__`` options (``snake_case``,
    ``true_property``). This app uses none of them, yet paid for each of its ~650 imports with a file
    read (on the way to the first window and to Live) and kept every file in :mod:`linecache`
    (~5 MiB). Here every new module gets at once the answer PySide6 gives a module that names it —
    the default set, no switches — which is what every module of this process uses anyway;
    ``from __feature__ import …`` itself keeps working. Returns whether the scan was replaced
    (``False`` on a PySide6 without it: nothing to do)."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _default_switches
    return True


def _default_switches(_module: Any) -> bool:
    """PySide6's question "may this module switch features?": yes, and it gets the default set."""
    return True


def drop_import_time_caches() -> None:
    """Forget the source text of the modules imported so far that :mod:`linecache` holds.

    PySide6 read the source of each module imported after it and before
    :func:`skip_pyside_source_scan` (and anything else that read a module's text left it in
    :mod:`linecache`); a traceback reads the file it needs again."""
    import linecache

    linecache.clearcache()


def trim_heap() -> None:
    """Give the free pages of the C heap back to the system (glibc), once start-up's garbage is gone."""
    libc = _libc()
    if libc is not None and hasattr(libc, "malloc_trim"):
        libc.malloc_trim(0)


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        return ctypes.CDLL(None)
    except OSError:
        return None


#: The network stack every phone system's client uses (httpx imports httpcore only when its first
#: client is made): about 0.2 s of imports, done in a worker thread while the first window paints.
NETWORK_STACK = ("httpcore", "httpx", "httpx_sse", "truststore")


def import_in_background(names: Sequence[str]) -> asyncio.Future:
    """Import ``names`` in a worker thread; the future is done when all are tried.

    One that fails is left alone (the real import later says why, where it is used). While the
    future runs, the GUI thread should import none of them itself (it would wait for the worker
    anyway)."""

    def work() -> None:
        for name in names:
            try:
                importlib.import_module(name)
            except Exception as exc:  # noqa: BLE001 - reported by the real import
                log.debug("start-up: importing %s in the background failed: %s", name, type(exc).__name__)

    import asyncio

    return asyncio.get_running_loop().run_in_executor(None, work)


async def import_while_waiting(names: Sequence[str]) -> None:
    """Import ``names`` on this (the GUI) thread one at a time, each in its own turn of the event
    loop: between two imports whatever else is due runs first (an answer from the server, a paint),
    so the imports fill the time the loop would otherwise spend waiting. For modules that must be
    imported on the GUI thread (they define Qt classes). One that fails is left to its real import."""
    import asyncio

    for name in names:
        await asyncio.sleep(0)
        if name in sys.modules:
            continue
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - reported by the real import
            log.debug("start-up: importing %s ahead failed: %s", name, type(exc).__name__)


def show_and_wait_until_drawn(widget: Any, timeout: float) -> bool:
    """Show ``widget`` and run Qt's events (no asyncio loop needed) until it is drawn on the screen
    or ``timeout`` seconds have passed; whether it was drawn. For the first window, before the rest
    of the app is imported on this thread."""
    import time

    from PySide6.QtCore import QEventLoop, QTimer

    drawn: list[bool] = []

    class _Watch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
                drawn.append(True)
            return False

    watch = _Watch()
    widget.installEventFilter(watch)
    wake = QTimer()  # a waiting processEvents() returns at the deadline at the latest
    wake.setSingleShot(True)
    wake.start(max(1, int(timeout * 1000)))
    try:
        widget.show()
        deadline = time.monotonic() + timeout
        while not drawn and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        wake.stop()
        widget.removeEventFilter(watch)
    return bool(drawn)


class Exposed(QObject):
    """A future that is done once ``widget``'s window is exposed (drawn on the screen)."""

    def __init__(self, widget: Any) -> None:
        super().__init__()
        import asyncio

        self.future: asyncio.Future = asyncio.get_running_loop().create_future()
        self._widget = widget
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest) and not self.future.done():
            self.future.set_result(None)
        return False

    def remove(self) -> None:
        self._widget.removeEventFilter(self)


class FirstWindowReport(QObject):
    """Prints ``cti-desktop: window`` once, when the first top-level window (the main window while
    it connects, or the sign-in dialog) is exposed on the screen; for start-up benchmarks."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            self._app.removeEventFilter(self)
            log.info("start-up: the first window is shown")
            print("cti-desktop: window", flush=True)
        return False


__all__ = ["Exposed", "FirstWindowReport", "NETWORK_STACK", "drop_import_time_caches", "import_in_background",
           "import_while_waiting", "show_and_wait_until_drawn", "skip_pyside_source_scan", "trim_heap"]
