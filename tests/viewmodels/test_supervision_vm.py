"""The supervision view-model headless, against the simulator: super1 supervises Customer Service
(agent1 … agent12); agent1 is an agent there."""

from __future__ import annotations

import pytest
from support import hang_up_all, sim_post, sim_state, until

from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.supervision import SupervisionViewModel


@pytest.fixture
def supervisor_vm(super_session, arun):
    bridge = SessionBridge(super_session)
    vm = SupervisionViewModel(bridge)
    assert arun(vm.refresh_now())
    yield vm
    arun(vm.aclose())
    bridge.detach()


def put_agent1_on_a_call(sim, arun, agent_session) -> str:
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701237777", "fromName": "Carl Caller",
                                            "via": None})["callId"]
    arun(until(lambda: agent_session.store.get(call_id) is not None, what="agent1's ringing call"))
    arun(agent_session.commands.run("answer", agent_session.store.get(call_id), "agent1-soft"))
    arun(until(lambda: agent_session.store.get(call_id).status == "ACTIVE"))
    return call_id


def anna(vm) -> dict:
    return next(a for a in vm.agents if a["id"] == "agent1")


def super_calls(sim) -> list[dict]:
    return [c for c in sim_state(sim)["calls"] if c["user"] == "super1" and c["status"] != "TERMINATED"]


def test_only_what_the_server_allows_is_offered(sim, arun, supervisor_vm):
    vm = supervisor_vm
    assert vm.supported and vm.available and vm.note == ""
    assert [m["text"] for m in vm.modes] == ["Listen", "Whisper", "Barge in", "Intrude"]
    assert {a["id"] for a in vm.agents} == {f"agent{i}" for i in range(1, 13)}
    first = anna(vm)
    assert first["name"] == "Anna Lindqvist" and first["groups"] == "Customer Service"
    assert first["statusText"] == "Not on a call" and not first["canSupervise"]
    vm.selectedAgent = "agent1"
    assert not vm.canSupervise and vm.blockedReason == "Anna Lindqvist is not on a call"
    assert arun(vm.supervise_async("agent1", "listen")) is False
    assert vm.error == "Listen: Anna Lindqvist is not on a call"
    assert super_calls(sim) == []
    assert arun(vm.supervise_async("agent1", "shout")) is False and "Unknown way" in vm.error
    assert arun(vm.supervise_async("agent13", "listen")) is False and "not one you supervise" in vm.error


def test_listen_in_once_the_agent_is_on_a_call(sim, arun, supervisor_vm, agent_session, super_session):
    vm = supervisor_vm
    put_agent1_on_a_call(sim, arun, agent_session)
    assert arun(vm.refresh_now())
    vm.selectedAgent = "agent1"
    assert anna(vm)["statusText"] == "On a call" and vm.canSupervise and vm.blockedReason == ""
    assert arun(vm.supervise_async("agent1", "listen")) is True
    assert vm.error == "" and vm.notice.startswith("Listening to Anna Lindqvist's call: nobody hears you")
    (mine,) = super_calls(sim)
    assert mine["remoteParty"]["intrusionType"] == "MONITOR"
    # The supervisor's call is in their call store (from the command's answer and the streams).
    arun(until(lambda: any(c.status == "ACTIVE" and c.remote.name == "Anna Lindqvist"
                           for c in super_session.store.calls()), what="the supervisor's call, active"))
    hang_up_all(arun, super_session)
    assert vm.notice == ""  # the notice was about that call
    hang_up_all(arun, agent_session)


def test_intrude_sends_the_references_intrusion(sim, arun, supervisor_vm, super_session, agent_session):
    vm = supervisor_vm
    put_agent1_on_a_call(sim, arun, agent_session)
    assert arun(vm.refresh_now()) and anna(vm)["canSupervise"]
    assert arun(vm.supervise_async("agent1", "intrude")) is True
    assert vm.error == "" and vm.notice.startswith("Intruding on Anna Lindqvist's call: everyone hears you")
    (mine,) = super_calls(sim)
    assert mine["remoteParty"]["intrusionType"] == "INTRUSION"
    hang_up_all(arun, super_session)
    hang_up_all(arun, agent_session)


def test_a_refusal_is_the_servers_words(sim, arun, supervisor_vm, agent_session):
    vm = supervisor_vm
    call_id = put_agent1_on_a_call(sim, arun, agent_session)
    assert arun(vm.refresh_now()) and anna(vm)["canSupervise"]
    # The call ends before the supervisor clicks: the panel still offers it; the server says no.
    arun(agent_session.commands.run("hangup", agent_session.store.get(call_id)))
    assert arun(vm.supervise_async("agent1", "barge")) is False
    assert vm.error.startswith("Barge in: ") and "Anna Lindqvist has no active call to barge in on" in vm.error
    arun(until(lambda: not anna(vm)["canSupervise"], what="the re-read to show the agent off the call"))
    hang_up_all(arun, agent_session)


def test_an_agent_is_told_they_supervise_nobody(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = SupervisionViewModel(bridge)
    try:
        assert arun(vm.refresh_now())
        assert vm.supported and not vm.available and vm.agents == []
        assert vm.note == "You are not a supervisor of any of your groups, so there is nobody to listen in on"
    finally:
        arun(vm.aclose())
        bridge.detach()
