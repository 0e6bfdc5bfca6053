"""The system's network word reaches the session: back online or another medium → reconnect at once."""

from __future__ import annotations

from PySide6.QtNetwork import QNetworkInformation

from support import until

from cti_desktop.core.connection import ConnectionState
from cti_desktop.viewmodels.network_watch import NetworkWatch
from cti_desktop.viewmodels.session_bridge import SessionBridge

R = QNetworkInformation.Reachability
M = QNetworkInformation.TransportMedium


def test_back_online_reconnects_the_session_at_once(agent_session, arun):
    bridge = SessionBridge(agent_session)
    statuses = []
    agent_session.on_status(statuses.append)
    try:
        bridge.network.reachability_changed(R.Disconnected)
        assert statuses == []  # going offline itself changes nothing: the streams will tell
        bridge.network.reachability_changed(R.Online)
        arun(until(lambda: any(s.state is ConnectionState.RECONNECTING and "network is back" in s.reason
                               for s in statuses), timeout=3))
        arun(until(lambda: agent_session.status.state is ConnectionState.LIVE, timeout=5))
    finally:
        bridge.detach()


def test_which_changes_count(qapp):
    watch = NetworkWatch()
    seen: list[str] = []
    watch.reachability_changed(R.Disconnected)  # a known start, whatever this machine says
    watch.transport_medium_changed(M.Unknown)
    watch.networkChanged.connect(seen.append)
    watch.reachability_changed(R.Disconnected)
    assert seen == []
    watch.reachability_changed(R.Online)
    watch.reachability_changed(R.Online)
    assert seen == ["the network is back"]
    watch.transport_medium_changed(M.WiFi)  # first word of the medium: nothing changed
    watch.transport_medium_changed(M.WiFi)
    assert seen == ["the network is back"]
    watch.transport_medium_changed(M.Ethernet)
    assert seen == ["the network is back", "the network changed"]
    watch.reachability_changed(R.Disconnected)
    watch.transport_medium_changed(M.WiFi)  # offline: nothing to reconnect to yet
    watch.reachability_changed(R.Local)
    assert seen == ["the network is back", "the network changed", "the network is back"]
    watch.detach()


def test_a_sessions_watch_loads_the_system_backend_a_moment_after_it_is_made(agent_session, arun, qapp):
    """Loading asks the system (on the GUI thread): a session's watch does it after LOAD_AFTER_MS,
    not on the way to the first live picture; a watch detached before then never loads it."""
    import asyncio

    from cti_desktop.viewmodels.network_watch import LOAD_AFTER_MS

    bridge = SessionBridge(agent_session)
    later = NetworkWatch(load_after_ms=50)
    gone = NetworkWatch(load_after_ms=50)
    try:
        assert LOAD_AFTER_MS >= 500
        assert bridge.network._info is None and later._info is None  # nothing asked yet
        gone.detach()
        loaded_now = NetworkWatch()  # what this machine offers, asked at once
        arun(asyncio.sleep(0.3))
        assert later.available == loaded_now.available
        assert gone._info is None
        loaded_now.detach()
    finally:
        later.detach()
        bridge.detach()
