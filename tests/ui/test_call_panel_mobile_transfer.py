"""The call card's "Transfer from my mobile…" (pytest-qt, against the simulator): offered only for
the call on the agent's mobile, the destination checked like the other transfers, the transfer's
status shown while it is ongoing, and "Cancel transfer" giving the call back."""

from __future__ import annotations

import pytest
from support import hang_up_all, sim_post, sim_state, until
from panel_support import call_panel

from cti_desktop.core.models import CallStatus
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def panel(qtbot, agent_session, arun):
    yield from call_panel(agent_session, arun, qtbot)


def sim_status(sim, call_id) -> str:
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), "GONE")


def mobile_call(arun, session, panel) -> str:
    arun(session.backend.call_control.call_via_mobile("+46701119999"))
    vm = panel.vm
    arun(until(lambda: any(vm.item(c.call_id) is not None and vm.item(c.call_id).canTransferFromMobile
                           for c in session.store.calls()), timeout=8, what="the call on the mobile, connected"))
    return next(c.call_id for c in session.store.calls() if vm.item(c.call_id).onMobile)


def choose(card, label_start: str) -> None:
    next(a for a in card.mobile_transfer.menu().actions() if a.text().startswith(label_start)).trigger()


def test_attended_transfer_from_the_mobile_shows_its_status_and_cancels(sim, arun, panel, qtbot, agent_session):
    call_id = mobile_call(arun, agent_session, panel)
    card = panel.card(call_id)
    assert card.mobile_transfer.isVisible() and card.mobile_transfer.isEnabled()
    assert card.mobile_transfer.text() == "Transfer from my mobile…"
    assert not card.cancel_mobile.isVisible() and not card.mobile_status.isVisible()

    qtbot.keyClicks(card.destination, "1 800 FLOWERS")
    choose(card, "Attended")
    assert card.error.isVisible() and "Letters" in card.error.text()
    assert sim_status(sim, call_id) == "ACTIVE"

    card.destination.clear()
    qtbot.keyClicks(card.destination, "1002")
    choose(card, "Attended")
    # The command's success clears the earlier refusal once it has finished.
    arun(until(lambda: card.cancel_mobile.isVisible() and not card.error.isVisible(),
               what="the transfer's status on the card"))
    assert card.mobile_status.isVisible() and "Transferring to 1002" in card.mobile_status.text()
    assert "on hold" in card.mobile_status.text() and not card.mobile_transfer.isVisible()
    arun(until(lambda: sim_status(sim, call_id) == "HELD", what="the call to hold while 1002 rings"))

    async def cancel() -> None:
        card.cancel_mobile.click()
        await until(lambda: not card.cancel_mobile.isVisible(), what="the cancel to finish")

    arun(cancel())
    arun(until(lambda: sim_status(sim, call_id) == "ACTIVE", what="the call to come back"))
    arun(until(lambda: card.mobile_transfer.isEnabled(), what="the transfer to be offered again"))
    assert not card.mobile_status.isVisible() and not card.error.isVisible()
    hang_up_all(arun, agent_session)


def test_a_call_on_the_desk_phone_has_no_mobile_transfer(sim, arun, panel, agent_session):
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice"})["callId"]
    vm = panel.vm
    arun(until(lambda: vm.item(call_id) is not None, what="the ringing call"))
    arun(vm.answer(call_id, "agent1-soft"))
    arun(until(lambda: vm.item(call_id).status == CallStatus.ACTIVE, what="the answered call"))
    card = panel.card(call_id)
    assert not card.mobile_transfer.isVisible() and not card.cancel_mobile.isVisible()
    assert card.destination.isEnabled()  # the ordinary transfer still is
    hang_up_all(arun, agent_session)


def test_an_account_without_it_never_offers_it(telavox_session, arun, qtbot):
    session = telavox_session
    bridge = SessionBridge(session)
    vm = CallPanelViewModel(bridge)
    try:
        assert vm.mobileTransferSupported is False
        assert arun(vm.read_mobile_transfer()) is None
    finally:
        vm.detach()
        bridge.detach()
