"""The main window's own state: the connection in words, the account, the title, shortcut targets.

The connection text follows :class:`~cti_desktop.core.connection.ConnectionStatus` from the session
bridge, and is re-worded every second while it changes with time ("Stale for 12 s", "Reconnecting in
3 s"), so the person always sees how old the data is. The keyboard shortcuts act on "the obvious
call": the selected one when the action fits it, else the call the action fits best.
"""

from __future__ import annotations

import dataclasses
import time

from PySide6.QtCore import Property, QObject, QTimer, Signal

from cti_desktop.core.call_operations import shortcut_target
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.models import Call
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel
from .session_bridge import SessionBridge

from .window_words import APP_TITLE, LEVEL_BUSY, LEVEL_ERROR, LEVEL_OK, LEVEL_WARNING  # noqa: F401 - importable here too

_LEVELS = {
    ConnectionState.LIVE: LEVEL_OK,
    ConnectionState.CONNECTING: LEVEL_BUSY,
    ConnectionState.RECONNECTING: LEVEL_WARNING,
    ConnectionState.STALE: LEVEL_WARNING,
    ConnectionState.FAILED: LEVEL_ERROR,
}

_DETAILS = {
    ConnectionState.LIVE: QT_TRANSLATE_NOOP("MainWindow", "Connected: calls and states are up to date."),
    ConnectionState.CONNECTING: QT_TRANSLATE_NOOP("MainWindow", "Connecting to the server…"),
    ConnectionState.RECONNECTING: QT_TRANSLATE_NOOP(
        "MainWindow",
        "The connection was lost; the app reconnects by itself. "
        "What you see may be out of date until it is live again.",
    ),
    ConnectionState.STALE: QT_TRANSLATE_NOOP(
        "MainWindow", "Nothing was heard from the server for a while; what you see may be out of date."
    ),
    ConnectionState.FAILED: QT_TRANSLATE_NOOP(
        "MainWindow", "The app stopped trying to connect. Sign out and in again, or check the server."
    ),
}


def _describe(status: ConnectionStatus, now: float) -> str:
    if status.state is ConnectionState.RECONNECTING and status.retry_in is not None:
        remaining = max(0.0, status.retry_in - (now - status.at))
        status = dataclasses.replace(status, retry_in=remaining if remaining >= 0.5 else None)
        if status.retry_in is None:
            text = translate("MainWindow", "Reconnecting…")
            return f"{text} ({status.reason})" if status.reason else text
    return status.describe(now)


class MainWindowViewModel(ViewModel):
    connectionChanged = Signal()
    titleChanged = Signal()
    accountLabelChanged = Signal()

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, clock=time.monotonic) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._clock = clock
        session = bridge.session
        self._account_label = f"{session.account.user}@{session.account.domain}" if session.account.domain else session.account.user
        self._status = session.status
        self._connection_text = ""
        self._connection_level = ""
        self._connection_detail = ""
        self._title = ""
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._refresh)
        bridge.statusChanged.connect(self._on_status)
        self._refresh()

    # ------------------------------------------------------------------------------ properties
    def _get_connection_text(self) -> str:
        return self._connection_text

    connectionText = Property(str, _get_connection_text, notify=connectionChanged)

    def _get_connection_level(self) -> str:
        return self._connection_level

    #: "ok", "busy", "warning" or "error".
    connectionLevel = Property(str, _get_connection_level, notify=connectionChanged)

    def _get_connection_detail(self) -> str:
        return self._connection_detail

    connectionDetail = Property(str, _get_connection_detail, notify=connectionChanged)

    def _get_live(self) -> bool:
        return self._status.state is ConnectionState.LIVE

    live = Property(bool, _get_live, notify=connectionChanged)

    def _get_title(self) -> str:
        return self._title

    title = Property(str, _get_title, notify=titleChanged)

    def _get_account_label(self) -> str:
        return self._account_label

    accountLabel = Property(str, _get_account_label, notify=accountLabelChanged)

    @property
    def status(self) -> ConnectionStatus:
        return self._status

    # ------------------------------------------------------------------------------ connection
    def _on_status(self, status: ConnectionStatus) -> None:
        self._status = status
        self._refresh()

    def _refresh(self) -> None:
        status = self._status
        now = self._clock()
        text = _describe(status, now)
        level = _LEVELS.get(status.state, LEVEL_WARNING)
        detail = _DETAILS.get(status.state, "")
        detail = translate("MainWindow", detail) if detail else ""
        if status.reason and status.state in (ConnectionState.RECONNECTING, ConnectionState.FAILED):
            detail = "\n".join((detail, translate("MainWindow", "Reason: {reason}").format(reason=status.reason)))
        age = status.age(now)
        if age is not None and status.state is not ConnectionState.LIVE:
            detail = "\n".join((detail, translate("MainWindow", "Last heard from the server {age:.0f} s ago.").format(age=age)))
        changed = (text, level, detail) != (self._connection_text, self._connection_level, self._connection_detail)
        self._connection_text, self._connection_level, self._connection_detail = text, level, detail
        if changed:
            self.connectionChanged.emit()
        ticking = status.state in (ConnectionState.STALE, ConnectionState.RECONNECTING)
        if ticking and not self._ticker.isActive():
            self._ticker.start()
        elif not ticking and self._ticker.isActive():
            self._ticker.stop()
        title = f"{self._account_label} — {APP_TITLE}"
        if status.state is not ConnectionState.LIVE:
            title = f"{self._account_label} ({text}) — {APP_TITLE}"
        self._update("_title", title, self.titleChanged)

    # ------------------------------------------------------------------------- shortcut targets
    def calls(self) -> list[Call]:
        return [c for c in self.bridge.session.store.calls() if not c.ended]

    def target_for(self, action: str, selected_call_id: str = "") -> Call | None:
        """The call a keyboard shortcut acts on: "answer", "hangup", "hold" (toggle), "mute"
        (toggle) or "transfer". ``None`` when no call fits."""
        return shortcut_target(action, self.calls(), selected_call_id)

    def shutdown(self) -> None:
        self._ticker.stop()
