"""The colleagues view-model, headless, against the simulator: busy lamps follow a colleague's phone,
Pick up connects the caller to me, and the refusals are in words."""

from __future__ import annotations

import pytest
from support import sim_post, until

from cti_desktop.core.colleagues import IDLE, IN_CALL, RINGING
from cti_desktop.viewmodels.colleagues import ColleaguesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def colleagues_vm(sim, agent_session, arun):
    sim.sim.org.users["agent1"].contacts["agent2"] = "FAVORITE"
    bridge = SessionBridge(agent_session)
    vm = ColleaguesViewModel(bridge, presence_every=0.5)
    yield vm
    arun(vm.aclose())
    bridge.detach()


def line(vm, cid):
    return vm.board.get(cid)


def test_lamp_rings_then_pick_up_connects_the_caller_to_me(sim, colleagues_vm, agent_session, arun):
    vm = colleagues_vm
    arun(until(lambda: line(vm, "agent2") is not None and line(vm, "agent2").live, what="agent2 watched"))
    assert line(vm, "agent2").lamp == IDLE
    leg = sim_post(sim, "/_sim/calls", {"to": "agent2", "from": "+46701239999", "fromName": "Carl Caller"})["callId"]
    arun(until(lambda: vm.ringingCount == 1, what="ringing shown"))
    row = vm.model.row_of("agent2")
    assert vm.model.data(vm.model.index(row), vm.model.StatusRole).startswith("Ringing: Carl Caller")
    call_id = arun(vm.pick_up())
    assert call_id and not vm.error
    arun(until(lambda: call_id in agent_session.store.state, what="the picked-up call in my calls"))
    assert agent_session.store.state[call_id].remote.name == "Carl Caller"
    arun(until(lambda: line(vm, "agent2").lamp == IDLE, what="agent2 idle: the call left their phone"))
    assert sim.sim.pbx.legs[leg].event == "PICKED_UP"
    arun(agent_session.backend.call_control.hangup(agent_session.store.state[call_id]))


def test_pick_up_after_the_colleague_answered_says_so(sim, colleagues_vm, arun):
    vm = colleagues_vm
    leg = sim_post(sim, "/_sim/calls", {"to": "agent2", "from": "+46701238888"})["callId"]
    arun(until(lambda: line(vm, "agent2") is not None and line(vm, "agent2").lamp == RINGING))
    # The colleague answers while my (older) view still shows it ringing.
    sim_post(sim, f"/_sim/calls/{leg}/answer")
    assert arun(vm.pick_up("agent2")) is None
    # Either the server refused it (the view was behind) or the view had caught up: words both ways.
    assert "was already answered" in vm.error or "phone is not ringing" in vm.error
    arun(until(lambda: line(vm, "agent2").lamp == IN_CALL))
    assert arun(vm.pick_up("agent2")) is None and "not ringing" in vm.error
    sim_post(sim, f"/_sim/calls/{leg}/remote-hangup")


def test_nothing_ringing_is_said_in_words(colleagues_vm, arun):
    arun(until(lambda: colleagues_vm.count >= 1))
    assert arun(colleagues_vm.pick_up()) is None
    assert colleagues_vm.error == "No colleague's phone is ringing"
