"""The one thin adapter from the core session's plain-Python callbacks to Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cti_desktop.core.calls import CallChange
from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.session import Session


class SessionBridge(QObject):
    """Re-emits a :class:`Session`'s call changes and connection status as Qt signals.

    Everything runs on the Qt thread (qasync), so the signals are direct calls; the bridge only
    gives view-models a Qt-shaped way to listen and a single place to unsubscribe.
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

    def _calls(self, changes: list[CallChange]) -> None:
        self.callsChanged.emit(changes)

    def _status(self, status: ConnectionStatus) -> None:
        self.statusChanged.emit(status)

    def detach(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
