"""The transfer variants on the call card (to voicemail, camp-on, past diversion): the view-model
headless and the widget, against the simulator."""

from __future__ import annotations

import pytest
from support import hang_up_all, sim_post, sim_state, until
from panel_support import call_panel_vm

from cti_desktop.core.call_operations import TRANSFER_VARIANTS
from cti_desktop.ui.call_panel import CallPanel

VARIANT_FLAGS = {op.name: op.flag for op in TRANSFER_VARIANTS}


@pytest.fixture
def vm(agent_session, arun):
    yield from call_panel_vm(agent_session, arun)


def sim_call(sim, call_id: str) -> dict:
    return next(c for c in sim_state(sim)["calls"] if c["callId"] == call_id)


def ring(sim, arun, vm, caller="+46701234567") -> str:
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": caller, "fromName": "Alice Andersson",
                                            "via": None})["callId"]
    arun(until(lambda: vm.item(call_id) is not None, what="the ringing call"))
    return call_id


def voicemails(arun, session) -> list:
    return [i for i in arun(session.backend.client.history()) if i.item_type == "VOICEMAIL"]


def test_the_variants_come_with_the_transfer(sim, arun, vm, agent_session):
    call_id = ring(sim, arun, vm)
    item = vm.item(call_id)
    assert not item.canTransfer and not any(getattr(item, f) for f in VARIANT_FLAGS.values())  # ringing
    arun(vm.answer(call_id))
    arun(until(lambda: item.canTransfer, what="the answered call to allow transfer"))
    assert all(getattr(item, f) for f in VARIANT_FLAGS.values())
    arun(vm.hold(call_id))
    arun(until(lambda: item.status == "HELD"))
    assert item.canTransfer and all(getattr(item, f) for f in VARIANT_FLAGS.values())
    hang_up_all(arun, agent_session)


def test_refusals_in_words(sim, arun, vm, agent_session):
    call_id = ring(sim, arun, vm)
    arun(vm.answer(call_id))
    item = vm.item(call_id)
    arun(until(lambda: item.canTransferToVoicemail))
    assert vm.transferAs(call_id, "transfer_somewhere", "1002") is None
    assert "unknown kind of transfer" in item.error
    assert vm.transferAs(call_id, "transfer_camp_on", "1 800 FLOWERS") is None
    assert item.error.startswith("Camp-on transfer: ") and "Letters" in item.error
    # The server refuses a voicemail transfer to an outside number, in words; the call stays.
    arun(vm.transferAs(call_id, "transfer_to_voicemail", "08-123 456 78"))
    assert "needs a colleague" in item.error
    assert sim_call(sim, call_id)["status"] == "ACTIVE"
    hang_up_all(arun, agent_session)


def test_view_model_transfers_to_voicemail(sim, arun, vm, agent_session, agent2_session):
    before = len(voicemails(arun, agent2_session))
    call_id = ring(sim, arun, vm, caller="+46701239999")
    arun(vm.answer(call_id))
    arun(until(lambda: vm.item(call_id).canTransferToVoicemail))
    arun(vm.transferAs(call_id, "transfer_to_voicemail", "1002"))
    arun(until(lambda: vm.item(call_id) is None, what="the transferred call to leave the panel"))
    after = voicemails(arun, agent2_session)
    assert len(after) == before + 1 and "+46701239999" in {i.remote.number for i in after}
    assert not agent2_session.store.calls()  # agent2 never rang


@pytest.fixture
def panel(qtbot, vm):
    widget = CallPanel(vm)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_card_offers_the_variants_in_a_menu(sim, arun, panel, qtbot, agent_session, agent2_session):
    vm = panel.vm
    call_id = ring(sim, arun, vm)
    card = panel.card(call_id)
    assert not card.transfer_as.isEnabled()
    arun(vm.answer(call_id))
    arun(until(lambda: card.transfer_as.isEnabled(), what="the variants once the call may be transferred"))
    assert [label for _, label in card.transfer_as.options] == ["To voicemail", "Camp on", "Past diversion"]
    assert card.transfer_as.menu() is not None
    qtbot.keyClicks(card.destination, "1002")
    camp_on = next(a for a in card.transfer_as.menu().actions() if a.text() == "Camp on")
    camp_on.trigger()
    arun(until(lambda: panel.card(call_id) is None, what="the card to go after the transfer"))
    arun(until(lambda: any(c.status == "RINGING" and c.history is not None and c.history.camp_on
                           for c in agent2_session.store.calls()), what="agent2 to ring, camped on"))
    hang_up_all(arun, agent2_session)
    hang_up_all(arun, agent_session)
