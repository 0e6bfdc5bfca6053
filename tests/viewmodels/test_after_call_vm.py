"""After-call work's view-model against the real simulator (agent1 starts available)."""

from __future__ import annotations

import pytest
from support import settle_live, sim_post, sim_state, until

from cti_desktop.core.after_call_settings import AfterCallSettings
from cti_desktop.viewmodels.after_call import AfterCallViewModel
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

CUSTOMER_SERVICE = "101"  # an ACD group agent1 is logged in to


def server_presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


@pytest.fixture
def make_vm(agent_session, arun):
    made: list[tuple] = []

    def make(**table):
        bridge = SessionBridge(agent_session)
        presence_vm = PresenceViewModel(bridge, poll_interval=0.2, max_backoff=0.5)
        assert arun(presence_vm.load())
        presence_vm.setActive(True)
        vm = AfterCallViewModel(bridge, AfterCallSettings.from_table({"enabled": True} | table), presence_vm,
                                tick_ms=50)
        vm.start()
        arun(until(lambda: vm.state().current is not None and vm.state().activities, what="presence read"))
        made.append((bridge, presence_vm, vm))
        return vm

    yield make
    for bridge, presence_vm, vm in made:
        arun(vm.aclose())
        arun(presence_vm.aclose())
        bridge.detach()


def answered_call(sim, arun, session, **extra) -> str:
    """A call rings agent1 and is answered (on agent1's phone)."""
    body = {"to": "agent1", "from": "+46701234567", "fromName": "Alice Andersson"} | extra
    call_id = sim_post(sim, "/_sim/calls", body)["callId"]
    arun(until(lambda: session.store.get(call_id) is not None, what="the ringing call"))
    sim_post(sim, f"/_sim/calls/{call_id}/answer", {})
    arun(until(lambda: (c := session.store.get(call_id)) is not None and c.status == "ACTIVE", what="answered"))
    return call_id


def remote_hangup(sim, arun, session, call_id: str) -> None:
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup", {})
    arun(until(lambda: session.store.get(call_id) is None, what="the call to end"))


def test_answered_call_wrap_up_on_the_server_then_restored(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=2)
    call_id = answered_call(sim, arun, agent_session)
    assert vm.phase == "idle"
    remote_hangup(sim, arun, agent_session, call_id)
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    p = server_presence(sim)
    assert (p["activity"]["id"], p["available"]) == ("busy", False)  # the simulator's busy: see core.after_call
    assert vm.active and vm.countdownText in ("0:02", "0:01") and vm.statusText.startswith("Wrap-up 0:0")
    assert vm.canExtend and vm.canReady
    arun(until(lambda: vm.phase == "idle", timeout=6, what="the countdown to end"))
    p = server_presence(sim)
    assert (p["activity"]["id"], p["available"]) == ("available", True)
    assert vm.message == "" and not vm.active
    settle_live(arun, agent_session)


def test_queue_scope_skips_a_direct_call_and_wraps_up_a_queue_call(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="queue", seconds=30)
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(_pause(0.5))
    assert vm.phase == "idle" and server_presence(sim)["activity"]["id"] == "available"
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session, via=CUSTOMER_SERVICE))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up after the queue call"))
    assert server_presence(sim)["activity"]["id"] == "busy"
    vm.ready()
    arun(until(lambda: vm.phase == "idle", what="Ready to restore"))
    assert server_presence(sim)["activity"]["id"] == "available"
    settle_live(arun, agent_session)


def test_a_missed_call_is_not_wrapped_up(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all")
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"})["callId"]
    arun(until(lambda: agent_session.store.get(call_id) is not None, what="the ringing call"))
    remote_hangup(sim, arun, agent_session, call_id)
    arun(_pause(0.5))
    assert vm.phase == "idle" and server_presence(sim)["activity"]["id"] == "available"
    settle_live(arun, agent_session)


def test_a_presence_changed_during_wrap_up_is_left_as_it_is(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=2)
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    sim_post(sim, "/_sim/presence/agent1", {"activity": "lunch"})  # another device, the administrator
    arun(until(lambda: vm.phase == "idle", what="wrap-up to notice the change"))
    assert "changed during wrap-up" in vm.message
    arun(_pause(2.5))  # past the countdown's end: nothing is written back
    assert server_presence(sim)["activity"]["id"] == "lunch"
    settle_live(arun, agent_session)


def test_a_failed_wrap_up_write_is_said_in_words_and_the_presence_is_left(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all")
    call_id = answered_call(sim, arun, agent_session)
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["pr.put"]})
    try:
        remote_hangup(sim, arun, agent_session, call_id)
        arun(until(lambda: "Wrap-up did not start" in vm.message, what="the failure in words"))
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0, "routes": []})
    assert vm.phase == "idle" and server_presence(sim)["activity"]["id"] == "available"
    settle_live(arun, agent_session)


def test_an_ended_session_stops_the_timer(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=30)
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    assert vm._timer.isActive()
    arun(vm.aclose())
    assert vm.phase == "idle" and not vm._timer.isActive()
    vm.ready()  # nothing is written after the end
    arun(_pause(0.3))
    assert server_presence(sim)["activity"]["id"] == "busy"
    settle_live(arun, agent_session)


def test_off_by_default_nothing_is_read_or_written(sim, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = AfterCallViewModel(bridge, AfterCallSettings())
    vm.start()
    assert vm.supported and not vm.enabled
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(_pause(0.3))
    assert vm.phase == "idle" and vm.state().current is None
    assert server_presence(sim)["activity"]["id"] == "available"
    arun(vm.aclose())
    bridge.detach()
    settle_live(arun, agent_session)


async def _pause(seconds: float) -> None:
    import asyncio

    await asyncio.sleep(seconds)


# ------------------------------------------- File › Settings… changes apply without signing in again
def test_turned_off_during_wrap_up_ends_it_and_puts_the_presence_back(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=30)
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    assert server_presence(sim)["activity"]["id"] == "busy"
    changed = []
    vm.settingsChanged.connect(lambda: changed.append(vm.enabled))
    vm.set_settings_table({"enabled": False, "scope": "all", "seconds": 30})
    assert changed == [False] and not vm.enabled
    arun(until(lambda: vm.phase == "idle", what="wrap-up to end"))
    p = server_presence(sim)
    assert (p["activity"]["id"], p["available"]) == ("available", True) and vm.message == ""
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))  # off: no more wrap-up
    arun(_pause(0.5))
    assert vm.phase == "idle" and server_presence(sim)["activity"]["id"] == "available"
    settle_live(arun, agent_session)


def test_a_new_wrap_up_time_applies_to_the_next_call(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=30, extend_seconds=30)
    vm.set_settings_table({"enabled": True, "scope": "all", "seconds": 2, "extend_seconds": 5})
    assert vm.extendSeconds == 5
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    assert vm.countdownText in ("0:02", "0:01")
    arun(until(lambda: vm.phase == "idle", timeout=6, what="the shorter countdown to end"))
    assert server_presence(sim)["activity"]["id"] == "available"
    settle_live(arun, agent_session)


def test_a_running_countdown_keeps_its_end_when_the_time_changes(sim, arun, agent_session, make_vm):
    vm = make_vm(scope="all", seconds=30)
    remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up to start"))
    ends_at = vm.state().ends_at
    vm.set_settings_table({"enabled": True, "scope": "all", "seconds": 2})
    assert vm.state().ends_at == ends_at
    arun(_pause(2.5))  # past what the new time would have given
    assert vm.phase == "wrapping"
    vm.ready()
    arun(until(lambda: vm.phase == "idle", what="Ready"))
    settle_live(arun, agent_session)


def test_turned_on_it_reads_the_presence_and_wraps_up_the_next_call(sim, arun, agent_session):
    bridge = SessionBridge(agent_session)
    presence_vm = PresenceViewModel(bridge, poll_interval=0.2, max_backoff=0.5)
    assert arun(presence_vm.load())
    vm = AfterCallViewModel(bridge, AfterCallSettings(), presence_vm, tick_ms=50)
    vm.start()
    try:
        live = answered_call(sim, arun, agent_session)  # a call under way when it is turned on
        vm.set_settings_table({"enabled": True, "scope": "all", "seconds": 2})
        assert vm.enabled
        arun(until(lambda: vm.state().current is not None and vm.state().activities, what="presence read"))
        remote_hangup(sim, arun, agent_session, live)
        arun(_pause(0.5))
        assert vm.phase == "idle" and server_presence(sim)["activity"]["id"] == "available"
        remote_hangup(sim, arun, agent_session, answered_call(sim, arun, agent_session))
        arun(until(lambda: vm.phase == "wrapping", what="wrap-up after the next call"))
        assert server_presence(sim)["activity"]["id"] == "busy"
        arun(until(lambda: vm.phase == "idle", timeout=6, what="the countdown to end"))
        assert server_presence(sim)["activity"]["id"] == "available"
    finally:
        arun(vm.aclose())
        arun(presence_vm.aclose())
        bridge.detach()
    settle_live(arun, agent_session)
