"""Desktop notifications that never block and never crash.

Order of preference: the app's tray icon (``QSystemTrayIcon.showMessage``) when one is set and the
desktop has a tray; else the freedesktop notification service over D-Bus
(``org.freedesktop.Notifications.Notify``), sent asynchronously; else a log line at info level.
Offscreen (CI) and desktops without either simply get the log line.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QProcess, QStandardPaths
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


class DesktopNotifier(QObject):
    """Shows short desktop notifications. ``notify`` returns how it was shown: "tray", "dbus" or "log"."""

    def __init__(self, tray: QSystemTrayIcon | None = None, app_name: str = "CTI Desktop", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray = tray
        self._app_name = app_name
        self._pending: list[object] = []  # D-Bus watchers, held until they finish
        self._dbus_failed = False

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        self._tray = tray

    def _tray_usable(self) -> bool:
        tray = self._tray
        if tray is None:
            return False
        try:
            return QSystemTrayIcon.isSystemTrayAvailable() and tray.isVisible() and QSystemTrayIcon.supportsMessages()
        except RuntimeError:  # the tray's C++ object is gone
            self._tray = None
            return False

    def notify(self, title: str, message: str = "", *, timeout_ms: int = 8000) -> str:
        title = (title or "").strip() or self._app_name
        message = (message or "").strip()
        if self._tray_usable():
            self._tray.showMessage(title, message, QSystemTrayIcon.MessageIcon.Information, timeout_ms)
            return "tray"
        if self._send_dbus(title, message, timeout_ms):
            return "dbus"
        log.info("notification: %s — %s", title, message)
        return "log"

    def _send_dbus(self, title: str, message: str, timeout_ms: int) -> bool:
        """Send ``Notify`` to the freedesktop service without waiting for it. False when there is no bus."""
        if self._dbus_failed:
            return False
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher
        except ImportError:
            self._dbus_failed = True
            return False
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self._dbus_failed = True
            return False
        # PySide6 cannot marshal a uint32 (``replaces_id``), and strict servers refuse an int32 there.
        # ``gdbus`` marshals by the service's own introspection: use it, detached, when installed.
        gdbus = QStandardPaths.findExecutable("gdbus")
        if gdbus:
            ok, _pid = QProcess.startDetached(gdbus, [
                "call", "--session", "--dest", _SERVICE, "--object-path", _PATH, "--method", f"{_SERVICE}.Notify",
                self._app_name, "0", "", title, message, "[]", "{}", str(int(timeout_ms)),
            ])
            if ok:
                return True
        msg = QDBusMessage.createMethodCall(_SERVICE, _PATH, _SERVICE, "Notify")
        msg.setArguments([self._app_name, 0, "", title, message, ["default", "Show"], {"desktop-entry": "cti-desktop"}, int(timeout_ms)])
        watcher = QDBusPendingCallWatcher(bus.asyncCall(msg, 5000), self)  # never waits: answers come as a signal
        self._pending.append(watcher)

        def finished(w: QDBusPendingCallWatcher) -> None:
            if w.isError():
                err = w.error()
                log.info("desktop notification failed: %s (%s)", err.message(), err.name())
                self._dbus_failed = True  # no (compatible) notification service: do not try again
            if w in self._pending:
                self._pending.remove(w)
            w.deleteLater()

        watcher.finished.connect(finished)
        return True
