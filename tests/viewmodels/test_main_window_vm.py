"""Main-window view-model against a live session: the connection in words, titles, shortcut targets."""

from __future__ import annotations

import asyncio

from support import sim_post, sim_state, until

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.viewmodels.main_window import LEVEL_ERROR, LEVEL_OK, LEVEL_WARNING, MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def test_live_then_reconnecting_then_live_again(agent_session, arun, sim):
    bridge = SessionBridge(agent_session)
    vm = MainWindowViewModel(bridge)
    seen: list[tuple[str, str]] = []
    vm.connectionChanged.connect(lambda: seen.append((vm.connectionText, vm.connectionLevel)))
    assert (vm.connectionText, vm.connectionLevel, vm.live) == ("Live", LEVEL_OK, True)
    assert vm.accountLabel == "agent1@demo.example"
    assert vm.title == "agent1@demo.example — CTI Desktop"

    sim_post(sim, "/_sim/streams/drop", {"outageMs": 1500})
    arun(until(lambda: not vm.live, timeout=5))
    assert vm.connectionLevel in (LEVEL_WARNING, LEVEL_ERROR)
    assert "CTI Desktop" in vm.title and vm.connectionText in vm.title
    arun(until(lambda: vm.live, timeout=15))
    assert vm.connectionText == "Live" and vm.title == "agent1@demo.example — CTI Desktop"
    assert any(level == LEVEL_WARNING for _text, level in seen)
    vm.shutdown()
    bridge.detach()


def test_stale_and_reconnecting_texts_count_by_the_second(agent_session, qloop):
    now = [1000.0]
    bridge = SessionBridge(agent_session)
    vm = MainWindowViewModel(bridge, clock=lambda: now[0])
    bridge.statusChanged.emit(ConnectionStatus(ConnectionState.STALE, last_seen=990.0, at=995.0))
    assert vm.connectionText == "Stale for 10 s" and vm.connectionLevel == LEVEL_WARNING
    assert "Last heard from the server 10 s ago" in vm.connectionDetail
    now[0] = 1003.0
    vm._ticker.timeout.emit()  # the once-a-second refresh
    assert vm.connectionText == "Stale for 13 s"
    assert vm._ticker.isActive()

    bridge.statusChanged.emit(ConnectionStatus(ConnectionState.RECONNECTING, reason="connection lost", retry_in=4.0, at=1003.0))
    assert vm.connectionText == "Reconnecting in 4 s (connection lost)"
    now[0] = 1005.0
    vm._ticker.timeout.emit()
    assert vm.connectionText == "Reconnecting in 2 s (connection lost)"
    now[0] = 1010.0
    vm._ticker.timeout.emit()
    assert vm.connectionText == "Reconnecting… (connection lost)"

    bridge.statusChanged.emit(ConnectionStatus(ConnectionState.FAILED, reason="the server refused the sign-in"))
    assert vm.connectionText == "Failed: the server refused the sign-in" and vm.connectionLevel == LEVEL_ERROR
    assert not vm._ticker.isActive()
    vm.shutdown()
    bridge.detach()


def test_shortcut_targets_follow_the_server_calls(agent_session, arun, sim):
    bridge = SessionBridge(agent_session)
    vm = MainWindowViewModel(bridge)
    assert vm.target_for("answer") is None and vm.target_for("hangup") is None

    # One coroutine for the whole scenario: the loop keeps running while the call streams open.
    async def scenario():
        first = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Ada"})["callId"]
        await until(lambda: vm.target_for("answer") is not None, timeout=5)
        assert vm.target_for("answer").call_id == first
        assert vm.target_for("hangup").call_id == first  # reject a ringing call
        assert vm.target_for("hold") is None

        # answer it for real; a second call rings: answer goes to the ringing one, hold to the active one
        ringing = vm.target_for("answer")
        await agent_session.commands.run("answer", ringing, ringing.devices_for("ANSWER")[0])
        await until(lambda: vm.target_for("hold") is not None, timeout=5)
        second = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46707654321"})["callId"]
        await until(lambda: vm.target_for("answer") is not None, timeout=5)
        assert vm.target_for("answer").call_id == second
        assert vm.target_for("hold").call_id == first
        assert vm.target_for("hangup").call_id == first  # the active call goes first
        assert vm.target_for("hangup", selected_call_id=second).call_id == second  # unless another is selected
        assert {c["callId"]: c["status"] for c in sim_state(sim)["calls"]} == {first: "ACTIVE", second: "RINGING"}
        await settle(sim, agent_session)

    arun(scenario())
    vm.shutdown()
    bridge.detach()


async def settle(sim, session):
    """End the calls and let their streams wind down before the session closes."""
    for call in sim_state(sim)["calls"]:
        sim_post(sim, f"/_sim/calls/{call['callId']}/remote-hangup")
    await until(lambda: not [c for c in session.store.calls() if not c.ended], timeout=5)
    await asyncio.sleep(0.3)
