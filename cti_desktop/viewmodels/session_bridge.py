"""The one thin adapter from the core session's plain-Python callbacks to Qt signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from cti_desktop.core.calls import CallChange
from cti_desktop.core.capabilities import Capabilities, Webhooks
from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.session import Session

from .network_watch import LOAD_AFTER_MS, NetworkWatch


class SessionBridge(QObject):
    """Re-emits a :class:`Session`'s call changes and connection status as Qt signals.

    Everything runs on the Qt thread (qasync), so the signals are direct calls; the bridge only
    gives view-models a Qt-shaped way to listen and a single place to unsubscribe. It also tells
    the session when the system says the network came back or changed, so the session reconnects
    at once instead of waiting for a missed heartbeat.
    """

    callsChanged = Signal(list)  # list[CallChange]
    statusChanged = Signal(object)  # ConnectionStatus

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._unsubscribe = [
            session.on_calls(self._calls),
            session.on_status(self._status),
        ]
        self.network = NetworkWatch(self, load_after_ms=LOAD_AFTER_MS)  # off the way to Live
        self.network.networkChanged.connect(session.reconnect_now)

    @property
    def capabilities(self) -> Capabilities:
        """What the account's phone system can do (what the widgets offer)."""
        return self.session.backend.capabilities

    @property
    def webhooks(self) -> Webhooks | None:
        """The account's webhook subscriptions, or None (the settings menu offers them when there are)."""
        return self.session.backend.webhooks

    @property
    def changes(self) -> Any:
        """The phone system's change notifications (``Changes``), or None where it sends none."""
        from .changes import changes_of

        return changes_of(self.session.backend)

    @property
    def device_settings(self) -> Any:
        """The account's device settings (``DeviceSettings``), or None where the phone system has none."""
        from .devices import device_settings_of

        return device_settings_of(self.session.backend)

    def _calls(self, changes: list[CallChange]) -> None:
        self.callsChanged.emit(changes)

    def _status(self, status: ConnectionStatus) -> None:
        self.statusChanged.emit(status)

    def detach(self) -> None:
        self.network.detach()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
