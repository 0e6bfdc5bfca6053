"""The call panel widget against a real view-model and the simulator."""

from __future__ import annotations

import httpx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLineEdit
from support import hang_up_all, sim_post, sim_state, until
from panel_support import call_panel



@pytest.fixture
def panel(qtbot, agent_session, arun):
    yield from call_panel(agent_session, arun, qtbot)


def sim_call(sim, call_id: str) -> dict:
    return next(c for c in sim_state(sim)["calls"] if c["callId"] == call_id)


BUTTON_FLAGS = {
    "hangup": "canHangup",
    "hold": "canHold",
    "resume": "canResume",
    "mute": "canMute",
    "unmute": "canUnmute",
    "keypad": "canDtmf",
    "park": "canPark",
    "move": "canMove",
    "transfer": "canTransfer",
    "consult": "canConsult",
    "alternate": "canAlternate",
    "transfer_to_call": "canTransferToCall",
    "conference": "canConference",
    "leave": "canLeaveConference",
    "answer": "canAnswer",
}
REC_FLAGS = {"start": "canStartRecording", "pause": "canPauseRecording", "resume": "canResumeRecording",
             "stop": "canStopRecording", "save": "canSaveRecording", "discard": "canDiscardRecording"}


def assert_buttons_match(card) -> None:
    item = card.item
    for attr, flag in BUTTON_FLAGS.items():
        assert getattr(card, attr).isEnabled() == getattr(item, flag), f"{attr} vs {flag}"
    for op, flag in REC_FLAGS.items():
        assert card.rec[op].isEnabled() == getattr(item, flag), f"recording {op} vs {flag}"


def ring(sim, arun, widget) -> str:
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice Andersson",
                                            "via": None})["callId"]
    arun(until(lambda: widget.card(call_id) is not None, what="a card for the ringing call"))
    return call_id


def test_empty_state_says_no_calls(panel):
    assert panel.empty.isVisible()
    assert panel.empty.text() == "No calls"
    assert not panel.blocked.isVisible()


def test_ringing_card_enables_exactly_what_the_server_allows_and_answer_works(sim, arun, panel, agent_session):
    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    assert not panel.empty.isVisible()
    assert card.name.text() == "Alice Andersson"
    assert card.name.font().bold()
    assert card.number.text() == "070-123 45 67"
    assert card.status.text() == "Ringing"
    assert card.hangup.text() == "Reject"
    assert sim_call(sim, call_id)["actions"] == ["ANSWER"]
    assert card.answer.isEnabled() and card.hangup.isEnabled()
    assert not card.hold.isEnabled() and not card.transfer.isEnabled() and not card.mute.isEnabled()
    assert_buttons_match(card)

    qtbot_click(card.answer)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "ACTIVE", what="the call to be answered"))
    arun(until(lambda: card.hold.isEnabled()))
    assert card.status.text() == "Connected"
    assert not card.answer.isEnabled()
    assert_buttons_match(card)
    assert set(sim_call(sim, call_id)["actions"]) >= {"HOLD", "MUTE", "TRANSFER", "PARK", "START_REC"}

    qtbot_click(card.hold)
    arun(until(lambda: card.resume.isEnabled() and card.resume.isVisible()))
    assert not card.hold.isVisible()
    assert sim_call(sim, call_id)["status"] == "HELD"
    assert_buttons_match(card)
    qtbot_click(card.resume)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "ACTIVE"))
    arun(until(lambda: card.hold.isEnabled()))

    qtbot_click(card.mute)
    arun(until(lambda: card.muted_badge.isVisible() and card.unmute.isEnabled()))
    assert sim_call(sim, call_id)["muted"] is True
    hang_up_all(arun, agent_session)


def test_keypad_popup_sends_tones(sim, arun, panel, agent_session):
    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    qtbot_click(card.answer)
    arun(until(lambda: card.keypad.isEnabled()))
    qtbot_click(card.keypad)
    assert card.dtmf.isVisible()
    qtbot_click(card.dtmf.buttons["5"])
    qtbot_click(card.dtmf.buttons["#"])
    arun(until(lambda: sim_call(sim, call_id)["dtmf"] == "5#"))
    card.dtmf.hide()
    hang_up_all(arun, agent_session)


def test_transfer_from_the_card(sim, arun, panel, qtbot, agent_session):
    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    qtbot_click(card.answer)
    arun(until(lambda: card.transfer.isEnabled()))

    qtbot.keyClicks(card.destination, "1 800 FLOWERS")
    qtbot_click(card.transfer)
    assert card.error.isVisible() and "Letters" in card.error.text()
    assert sim_call(sim, call_id)["status"] == "ACTIVE"

    card.destination.clear()
    qtbot.keyClicks(card.destination, "08-123 456 78")
    qtbot.keyClick(card.destination, Qt.Key.Key_Return)
    arun(until(lambda: panel.card(call_id) is None, what="the card to go after the transfer"))
    assert sim_call(sim, call_id)["status"] == "TERMINATED"
    assert panel.empty.isVisible()
    hang_up_all(arun, agent_session)


def test_every_control_has_an_accessible_name(sim, arun, panel, agent_session):
    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    controls = card.findChildren(QAbstractButton) + card.findChildren(QLineEdit)
    assert len(controls) > 20
    for control in controls:
        assert control.accessibleName(), control
        assert control.toolTip(), control.accessibleName()
    hang_up_all(arun, agent_session)


def test_buttons_go_off_with_a_reason_when_the_connection_drops(sim, arun, panel, agent_session):
    from cti_desktop.core.connection import ConnectionState

    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    # The server holds every stream's bytes (no events, no heartbeats): the link goes stale.
    sim_post(sim, "/_sim/faults", {"stall": True})
    try:
        arun(until(lambda: agent_session.status.state is ConnectionState.STALE, timeout=15, what="a stale link"))
        assert panel.blocked.isVisible() and "Stale" in panel.blocked.text()
        assert not card.answer.isEnabled() and not card.hangup.isEnabled()
        assert_buttons_match(card)
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    arun(until(lambda: agent_session.status.state is ConnectionState.LIVE, timeout=15, what="the link live again"))
    arun(until(lambda: card.answer.isEnabled() and not panel.blocked.isVisible(), what="the buttons back on"))
    assert card.answer.isEnabled() and not panel.blocked.isVisible()
    hang_up_all(arun, agent_session)


def qtbot_click(button) -> None:
    """A real mouse click (through Qt's event system, as a person would)."""
    from PySide6.QtTest import QTest

    assert button.isEnabled(), f"{button.accessibleName()} is disabled"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
