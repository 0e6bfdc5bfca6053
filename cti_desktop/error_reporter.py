"""The one place unexpected errors go in the desktop app: the log (redacted) and a non-blocking notice."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, Callable

from PySide6.QtWidgets import QApplication

from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.logsetup import redact
from cti_desktop.core.tasks import claim_report, install_reporter
from cti_desktop.i18n import translate

log = logging.getLogger("cti_desktop.app")


class ErrorReporter:
    """The one place unexpected errors go: the log (redacted) and a non-blocking notice.

    Installed as ``sys.excepthook`` (Qt slots and ``asyncSlot`` tasks end up there) and as the
    loop's exception handler (callbacks and forgotten tasks), and as the reporter of
    :mod:`cti_desktop.core.tasks` (every task set's failures). Each exception is shown once, however
    many of those paths it takes. A :class:`UserFacingError` that got this far is shown in its own
    words; cancellation is silent; the app always keeps running.
    """

    def __init__(self, notices: Any, log_file: Path | None = None) -> None:
        self.notices = notices
        self.log_file = log_file
        self.count = 0
        self._previous_hook = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._restore_reporter: Callable[[], None] | None = None

    def install(self, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self._previous_hook = sys.excepthook
        sys.excepthook = self.excepthook
        self._restore_reporter = install_reporter(self._report_task_failure)
        if loop is not None:
            self._loop = loop
            loop.set_exception_handler(self.loop_handler)

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._restore_reporter is not None:
            self._restore_reporter()
            self._restore_reporter = None

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        self.report(exc, tb, where="")

    def loop_handler(self, _loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        message = context.get("message") or "Unhandled error in a background task"
        if exc is None:
            log.error("%s (%s)", message, {k: v for k, v in context.items() if k != "message"})
            self._notice(translate("ErrorReporter", "Something went wrong in the background: {message}. The app keeps "
                                   "running.").format(message=message))
            return
        self.report(exc, exc.__traceback__, where=message)

    def _report_task_failure(self, exc: BaseException, where: str) -> None:
        # core.tasks claimed it already (reported once)
        self._show(exc, exc.__traceback__, where=where)

    def report(self, exc: BaseException, tb: TracebackType | None, *, where: str) -> None:
        if isinstance(exc, asyncio.CancelledError) or not claim_report(exc):
            return  # cancellation is silent; an error already reported (a task's) is not shown twice
        self._show(exc, tb, where=where)

    def _show(self, exc: BaseException, tb: TracebackType | None, *, where: str) -> None:
        if isinstance(exc, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        self.count += 1
        if isinstance(exc, UserFacingError):
            log.warning("%s%s", f"{where}: " if where else "", exc)
            self._notice(str(exc), level="warning")
            return
        log.error("Unexpected error%s", f" ({where})" if where else "", exc_info=(type(exc), exc, tb))
        text = redact(str(exc)).strip()
        summary = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
        if len(summary) > 300:
            summary = summary[:297] + "…"
        where_logged = (translate("ErrorReporter", " Details are in the log ({file}).").format(file=self.log_file)
                        if self.log_file else translate("ErrorReporter", " Details are in the log."))
        self._notice(translate("ErrorReporter", "Unexpected error — {summary}.{where_logged} The app keeps running.").format(
            summary=summary, where_logged=where_logged))

    def _notice(self, text: str, level: str = "error") -> None:
        try:
            self.notices.post(text, level)
        except Exception:  # the notice must never make things worse
            traceback.print_exc()


__all__ = ["ErrorReporter"]
