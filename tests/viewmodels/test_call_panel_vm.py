"""The call panel's view-model against the real simulator (agent1 signed in over loopback)."""

from __future__ import annotations

import httpx
import pytest
from support import hang_up_all, sim_post, sim_state, until
from panel_support import call_panel_vm

from cti_desktop.core.connection import ConnectionState
from cti_desktop.providers.dstny.ticket import password_ticket
from cti_desktop.viewmodels.call_panel import CAN_FLAGS

DOMAIN = "demo.example"


@pytest.fixture
def panel(agent_session, arun):
    yield from call_panel_vm(agent_session, arun)


def follow_new_calls(arun, session) -> None:
    """Make the call sync follow a call that a command's answer put into the store.

    Works around a race in ``DstnyCallSync``: when a command's answer (consultation, make call)
    reaches the store before the dialog event, the dialog event no longer looks new, no snapshot
    is read and the new call's own stream is never opened, so it stays INITIATED in the store.
    """
    arun(session.backend.sync.resync())


def sim_call(sim, call_id: str) -> dict | None:
    return next((c for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


def ring(sim, arun, vm, **extra) -> str:
    body = {"to": "agent1", "from": "+46701234567", "fromName": "Alice Andersson"} | extra
    call_id = sim_post(sim, "/_sim/calls", body)["callId"]
    arun(until(lambda: vm.item(call_id) is not None, what="the ringing call in the panel"))
    return call_id


def answered(sim, arun, vm) -> str:
    call_id = ring(sim, arun, vm)
    arun(vm.answer(call_id))
    arun(until(lambda: vm.item(call_id).canHold, what="the answered call to offer hold"))
    return call_id


class OtherDevice:
    """agent1's other client (a desk phone's app): acts on the same calls over plain sync HTTP.

    Used to change a call behind the panel's back without running the test's event loop.
    """

    def __init__(self, sim) -> None:
        scopes = ["CALL_CONTROL", "CALLS", "USER"]
        params = [("platform", "other"), *[("api", s) for s in scopes], ("name", "desk-phone"),
                  ("t", password_ticket("agent1", DOMAIN, "demo", scopes))]
        response = httpx.post(f"{sim.base_url}/api/tickets/{DOMAIN}/agent1", params=params, timeout=10)
        response.raise_for_status()
        self.base = f"{sim.base_url}/api/callcontrol/{DOMAIN}/agent1"
        self.headers = {"Authorization": f"Bearer {response.json()['token']}", "Accept": "application/json"}

    def post(self, path: str, body: dict | None = None) -> None:
        httpx.post(self.base + path, json=body or {}, headers=self.headers, timeout=10).raise_for_status()


def test_ringing_call_offers_answer_only_and_answer_makes_it_active(sim, arun, panel, agent_session):
    call_id = ring(sim, arun, panel, via=None)
    item = panel.item(call_id)
    assert item.remoteName == "Alice Andersson"
    assert item.remoteNumber == "070-123 45 67"
    assert item.statusText == "Ringing"
    assert item.canAnswer and item.canHangup
    assert not any(getattr(item, flag) for flag in CAN_FLAGS if flag not in ("canAnswer", "canHangup"))
    assert panel.selectedCallId == call_id
    assert panel.ticking  # a live duration ticks only while there are calls
    assert [d["id"] for d in item.answerDevices] == sim_call(sim, call_id)["deviceIds"]

    arun(panel.answer(call_id))
    arun(until(lambda: sim_call(sim, call_id)["status"] == "ACTIVE"))
    arun(until(lambda: item.canHold))
    assert not item.canAnswer
    assert item.canMute and item.canTransfer and item.canPark and item.canDtmf and item.canStartRecording
    assert item.canConsult
    assert not item.canResume and not item.canUnmute
    assert item.statusText == "Connected"
    assert not item.error
    hang_up_all(arun, agent_session)


def test_hold_resume_mute_unmute_follow_the_server(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    item = panel.item(call_id)

    arun(panel.hold(call_id))
    arun(until(lambda: item.status == "HELD"))
    assert sim_call(sim, call_id)["status"] == "HELD"
    assert item.canResume and not item.canHold and not item.canDtmf and not item.canMute

    arun(panel.resume(call_id))
    arun(until(lambda: item.status == "ACTIVE"))
    assert sim_call(sim, call_id)["status"] == "ACTIVE"

    arun(panel.mute(call_id))
    arun(until(lambda: item.muted))
    assert sim_call(sim, call_id)["muted"] is True
    assert item.canUnmute and not item.canMute

    arun(panel.unmute(call_id))
    arun(until(lambda: not item.muted))
    assert sim_call(sim, call_id)["muted"] is False
    hang_up_all(arun, agent_session)


def test_dtmf_and_recording(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    item = panel.item(call_id)
    arun(panel.sendDtmf(call_id, "12#"))
    assert sim_call(sim, call_id)["dtmf"] == "12#"
    assert panel.sendDtmf(call_id, "12x") is None  # refused locally, in words
    assert "0–9" in item.error

    arun(panel.recording(call_id, "start"))
    arun(until(lambda: item.canPauseRecording))
    assert item.recording and item.recordingText == "Recording"
    assert sim_call(sim, call_id)["recording"] == "RECORDING"
    arun(panel.recording(call_id, "pause"))
    arun(until(lambda: item.canResumeRecording))
    assert item.recordingText == "Recording paused"
    arun(panel.recording(call_id, "stop"))
    arun(until(lambda: item.canSaveRecording and item.canDiscardRecording))
    arun(panel.recording(call_id, "discard"))
    arun(until(lambda: item.canStartRecording))
    assert sim_call(sim, call_id)["recording"] == "NONE"
    hang_up_all(arun, agent_session)


def test_blind_transfer_to_a_number_ends_the_agents_leg(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    arun(panel.transfer(call_id, "08-123 456 78"))
    arun(until(lambda: panel.item(call_id) is None, what="the transferred call to leave the panel"))
    assert sim_call(sim, call_id)["status"] == "TERMINATED"
    assert not panel.error
    assert not panel.ticking and panel.emptyText == "No calls"
    hang_up_all(arun, agent_session)


def test_transfer_to_garbage_is_refused_without_a_request(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    token = sim_call(sim, call_id)["stateToken"]
    assert panel.transfer(call_id, "1 800 FLOWERS") is None
    item = panel.item(call_id)
    assert item.error.startswith("Transfer: Letters cannot be dialled")
    assert sim_call(sim, call_id)["stateToken"] == token and sim_call(sim, call_id)["status"] == "ACTIVE"
    hang_up_all(arun, agent_session)


def test_consult_then_connect_the_two_calls(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    arun(panel.consult(call_id, "+46 8 123 456 78"))
    arun(until(lambda: panel.count == 2 and panel.item(call_id).status == "HELD"))
    consult_id = next(it.callId for it in panel.calls if it.callId != call_id)
    consult = panel.item(consult_id)
    assert not consult.inbound
    first = panel.item(call_id)
    assert first.canTransferToCall
    assert [t["callId"] for t in first.transferTargets] == [consult_id]

    follow_new_calls(arun, agent_session)
    arun(until(lambda: consult.status == "RINGING"))
    assert consult.statusText == "Calling…"
    sim_post(sim, f"/_sim/calls/{consult_id}/remote-answer", {})
    arun(until(lambda: consult.status == "ACTIVE"))
    # Two connected calls: swap and conference become possible, on either card.
    assert first.canAlternate and consult.canAlternate and first.canConference

    arun(panel.alternate(call_id, consult_id))  # from the held card: retrieve it, hold the other
    arun(until(lambda: first.status == "ACTIVE" and consult.status == "HELD"))

    arun(panel.transferToCall(call_id, consult_id))
    arun(until(lambda: panel.count == 0, what="both legs to end after connecting them"))
    assert sim_call(sim, call_id)["status"] == "TERMINATED"
    assert sim_call(sim, consult_id)["status"] == "TERMINATED"
    hang_up_all(arun, agent_session)


def test_conference_remove_participant_and_leave(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    arun(panel.consult(call_id, "+46812345678"))
    arun(until(lambda: panel.count == 2))
    consult_id = next(it.callId for it in panel.calls if it.callId != call_id)
    follow_new_calls(arun, agent_session)
    arun(until(lambda: panel.item(consult_id).status == "RINGING"))
    sim_post(sim, f"/_sim/calls/{consult_id}/remote-answer", {})
    arun(until(lambda: panel.item(consult_id).status == "ACTIVE"))

    arun(panel.conference(consult_id, call_id))
    arun(until(lambda: panel.count == 1 and panel.calls[0].conference and len(panel.calls[0].participants) == 2))
    conf = panel.calls[0]
    assert conf.canRemoveParticipant and conf.canLeaveConference
    assert not conf.canTransfer and not conf.canPark  # the server offers neither on a conference
    assert conf.remoteName.startswith("Conference")

    pid = conf.participants[0]["id"]
    arun(panel.removeParticipant(conf.callId, pid))
    arun(until(lambda: pid not in {p["id"] for p in conf.participants} if panel.item(conf.callId) else True))
    arun(panel.hangup(conf.callId))
    arun(until(lambda: panel.count == 0))
    hang_up_all(arun, agent_session)


def test_stale_answer_from_another_device_shows_in_words_and_refreshes(sim, arun, panel, agent_session):
    call_id = ring(sim, arun, panel)
    item = panel.item(call_id)
    device = item.answerDevices[0]["id"]
    other = OtherDevice(sim)
    task = panel.answer(call_id)  # the click: the call as the person saw it (ringing) is captured now
    other.post(f"/calls/{call_id}/answer/{device}")  # …but the desk phone answered it first
    arun(task)
    assert "changed" in item.error  # "Answer: the call changed before the command arrived; …"
    arun(until(lambda: item.status == "ACTIVE"))  # the panel shows the truth
    assert item.canHold and not item.canAnswer
    assert sim_call(sim, call_id)["status"] == "ACTIVE"

    arun(panel.hold(call_id))  # the next command works and clears the message
    arun(until(lambda: item.status == "HELD"))
    assert item.error == ""
    hang_up_all(arun, agent_session)


def test_stale_hold_after_the_caller_hung_up_leaves_a_message_on_the_panel(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    task = panel.hold(call_id)
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup", {})
    arun(task)
    arun(until(lambda: panel.item(call_id) is None))
    assert panel.error.startswith("Hold:")
    hang_up_all(arun, agent_session)


def test_hangup_removes_the_call(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    arun(panel.hangup(call_id))
    arun(until(lambda: panel.item(call_id) is None))
    assert sim_call(sim, call_id)["status"] == "TERMINATED"
    assert panel.selectedCallId == ""
    hang_up_all(arun, agent_session)


def test_move_to_another_device(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    item = panel.item(call_id)
    current = sim_call(sim, call_id)["deviceIds"]
    targets = [d["id"] for d in item.moveDevices]
    assert targets, "agent1 has other devices to move the call to (the simulator's seed)"
    assert item.canMove
    assert not set(targets) & set(current)
    arun(panel.moveTo(call_id, targets[0]))
    arun(until(lambda: sim_call(sim, call_id)["deviceIds"] == [targets[0]]))
    hang_up_all(arun, agent_session)


def test_every_command_is_off_while_not_live_and_says_why(sim, arun, panel, agent_session):
    call_id = answered(sim, arun, panel)
    item = panel.item(call_id)
    # The server drops every stream and answers 503 for a while: the session reconnects.
    sim_post(sim, "/_sim/streams/drop", {"outageMs": 2500})
    arun(until(lambda: not panel.commandsEnabled, what="the commands to go off"))
    assert not panel.commandsEnabled
    assert "Reconnecting" in panel.disabledReason
    assert not any(getattr(item, flag) for flag in CAN_FLAGS)
    assert panel.hold(call_id) is None
    assert "connection is live again" in item.error
    assert sim_call(sim, call_id)["status"] == "ACTIVE"
    arun(until(lambda: agent_session.status.state is ConnectionState.LIVE, timeout=15, what="the session live again"))
    arun(until(lambda: panel.commandsEnabled and item.canHold, what="the commands back on"))
    assert panel.commandsEnabled and item.canHold
    hang_up_all(arun, agent_session)


def test_selected_call_prefers_the_ringing_one(sim, arun, panel, agent_session):
    first = answered(sim, arun, panel)
    assert panel.selectedCallId == first
    second = ring(sim, arun, panel, **{"from": "+46812345678", "fromName": "Bertil"})
    assert panel.selectedCallId == second
    assert panel.item(first).canAlternate  # hold the active call and answer the ringing one
    arun(panel.alternate(first, second))
    arun(until(lambda: panel.item(second).status == "ACTIVE" and panel.item(first).status == "HELD"))
    assert panel.selectedCallId == second
    panel.selectedCallId = first
    assert panel.selectedCallId == first
    hang_up_all(arun, agent_session)
