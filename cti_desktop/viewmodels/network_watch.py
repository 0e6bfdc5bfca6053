"""The operating system's word that the network changed, for the session to reconnect at once.

Qt's :class:`QNetworkInformation` (NetworkManager, connman or GLib on Linux, the system's own API on
Windows and macOS) reports reachability and the transport medium. A dead Wi-Fi link leaves the app's
connections looking open; when the system says the network is back, or that the app is now on another
medium (Wi-Fi → Ethernet, a new captive network), the old connections are presumed dead: the session
reconnects every stream at once and re-reads the calls, without waiting for a heartbeat to be missed.

Where no backend can be loaded (a container, a minimal desktop) this does nothing, and the streams'
own watchdog and the clock-jump watch (``core/wake.py``) remain.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from cti_desktop.i18n import translate

log = logging.getLogger(__name__)

#: How long after it is made a session's watch loads the system's backend: loading asks the system
#: (a D-Bus round trip or more, ~8 ms here) on the GUI thread, which would hold up the first live
#: picture; the streams' own watchdog covers the moment before.
LOAD_AFTER_MS = 1500

_Reach = QNetworkInformation.Reachability
_REACHABLE = (_Reach.Local, _Reach.Site, _Reach.Online)


class NetworkWatch(QObject):
    """Emits :attr:`networkChanged` (a reason in words) when the system's network came back or changed."""

    networkChanged = Signal(str)

    def __init__(self, parent: QObject | None = None, *, load_after_ms: int = 0) -> None:
        """``load_after_ms``: load the system's backend now (0) or that much later (:data:`LOAD_AFTER_MS`)."""
        super().__init__(parent)
        self._info: QNetworkInformation | None = None
        self._reachability = _Reach.Unknown
        self._medium = QNetworkInformation.TransportMedium.Unknown
        self._detached = False
        if load_after_ms > 0:
            QTimer.singleShot(load_after_ms, self, self._load)
        else:
            self._load()

    def _load(self) -> None:
        if self._detached or self._info is not None:
            return
        try:
            loaded = QNetworkInformation.loadDefaultBackend()
        except Exception:  # a broken plugin must never stop the window
            log.exception("could not load a network-information backend")
            loaded = False
        info = QNetworkInformation.instance() if loaded else None
        if info is None:
            log.info("no network-information backend: network changes are noticed by the streams themselves")
            return
        self._info = info
        self._reachability = info.reachability()
        self._medium = info.transportMedium()
        info.reachabilityChanged.connect(self.reachability_changed)
        info.transportMediumChanged.connect(self.transport_medium_changed)
        log.info("network changes reported by the %s backend", info.backendName())

    @property
    def available(self) -> bool:
        return self._info is not None

    def reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        was = self._reachability
        self._reachability = reachability
        if reachability in _REACHABLE and was not in _REACHABLE:
            self.networkChanged.emit(translate("NetworkWatch", "the network is back"))

    def transport_medium_changed(self, medium: QNetworkInformation.TransportMedium) -> None:
        was = self._medium
        self._medium = medium
        if medium != was and was != QNetworkInformation.TransportMedium.Unknown and self._reachability in _REACHABLE:
            self.networkChanged.emit(translate("NetworkWatch", "the network changed"))

    def detach(self) -> None:
        self._detached = True
        if self._info is not None:
            try:
                self._info.reachabilityChanged.disconnect(self.reachability_changed)
                self._info.transportMediumChanged.disconnect(self.transport_medium_changed)
            except (RuntimeError, TypeError):
                pass
            self._info = None
