"""The call panel's "Transfer from my mobile…": the view-model headless against the simulator.

The agent's call is on their mobile (placed with "Call via my mobile", or answered there); the card
offers the mobile transfer (attended or blind), shows the transfer while it is ongoing, and cancels
an attended one. Other calls do not offer it, and an account without it never does.
"""

from __future__ import annotations

import asyncio

import pytest
from support import dstny_signed_in, hang_up_all, sim_post, sim_state, until
from panel_support import call_panel_vm

from cti_desktop.core.models import CallStatus


@pytest.fixture
def panel(agent_session, arun):
    yield from call_panel_vm(agent_session, arun)


def via_mobile(arun, session, vm, number="+46701119999") -> str:
    arun(session.backend.call_control.call_via_mobile(number))
    arun(until(lambda: any(vm.item(c.call_id) and vm.item(c.call_id).onMobile and c.status == CallStatus.ACTIVE
                           for c in session.store.calls()), timeout=8, what="the call on the mobile, connected"))
    return next(c.call_id for c in session.store.calls() if vm.item(c.call_id).onMobile)


def sim_status(sim, call_id):
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), "GONE")


def agent2_answers(sim, arun, then_until) -> None:
    """agent2 answers the call ringing for them; once ``then_until()`` holds, hangs it up."""

    async def run() -> None:
        async with dstny_signed_in(sim, "agent2") as signed:
            agent2 = signed.client
            ringing: list = []

            async def find() -> bool:
                ringing[:] = [c for c in await agent2.get_calls() if c.status == CallStatus.RINGING]
                return bool(ringing)

            for _ in range(100):
                if await find():
                    break
                await asyncio.sleep(0.05)
            call = ringing[0]
            await agent2.answer(call, call.device_ids[0])
            await until(then_until, timeout=5, what="the transfer to complete")
            await agent2.hangup(await agent2.get_call(call.call_id))

    arun(run())


def test_an_attended_transfer_shows_its_status_and_cancel_gives_the_call_back(sim, agent_session, panel, arun):
    assert panel.mobileTransferSupported
    cid = via_mobile(arun, agent_session, panel)
    item = panel.item(cid)
    assert item.canTransferFromMobile and not item.canCancelMobileTransfer and item.mobileTransferText == ""

    assert panel.transferFromMobile(cid, "1 800 FLOWERS", True) is None
    assert "Letters" in item.error and sim_status(sim, cid) == "ACTIVE"

    arun(panel.transferFromMobile(cid, "1002", True))
    assert item.error == ""
    assert "Transferring to 1002" in item.mobileTransferText and "attended" in item.mobileTransferText
    assert item.canCancelMobileTransfer and not item.canTransferFromMobile
    arun(until(lambda: item.status == CallStatus.HELD, what="the call to hold while 1002 rings"))
    assert panel._mobile_poll.isActive()  # the status is read again while it is ongoing

    arun(panel.cancelMobileTransfer(cid))
    assert item.error == "" and item.mobileTransferText == "" and not item.canCancelMobileTransfer
    arun(until(lambda: item.status == CallStatus.ACTIVE, what="the call to come back"))
    assert item.canTransferFromMobile and not panel._mobile_poll.isActive()
    hang_up_all(arun, agent_session)


def test_the_status_ends_when_the_colleague_answers(sim, agent_session, panel, arun):
    cid = via_mobile(arun, agent_session, panel)
    item = panel.item(cid)
    arun(panel.transferFromMobile(cid, "1002", True))
    assert "Transferring to 1002" in item.mobileTransferText
    agent2_answers(sim, arun, lambda: panel._mobile_transfer is None)  # the status read sees it over
    assert sim_status(sim, cid) in ("TERMINATED", "GONE")
    assert panel.item(cid) is None or panel.item(cid).mobileTransferText == ""
    hang_up_all(arun, agent_session)


def test_a_blind_transfer_hands_the_call_over(sim, agent_session, panel, arun):
    cid = via_mobile(arun, agent_session, panel)
    item = panel.item(cid)
    arun(panel.transferFromMobile(cid, "1002", False))
    assert item.error == ""
    ongoing = panel._mobile_transfer
    assert ongoing is not None and ongoing.attended is False and ongoing.destination == "1002"
    arun(until(lambda: sim_status(sim, cid) in ("TERMINATED", "GONE"), what="the call to leave the mobile"))
    # The status stays while the colleague rings, then ends when they answer.
    agent2_answers(sim, arun, lambda: panel._mobile_transfer is None)
    assert not panel._mobile_poll.isActive()
    hang_up_all(arun, agent_session)


def test_a_call_answered_on_the_mobile_offers_it_and_a_desk_call_does_not(sim, agent_session, panel, arun):
    first = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice"})["callId"]
    arun(until(lambda: panel.item(first) is not None, what="the ringing call"))
    assert not panel.item(first).canTransferFromMobile  # ringing, not connected yet
    arun(panel.answer(first, "agent1-soft"))
    arun(until(lambda: panel.item(first).canHold, what="the answered call"))
    assert not panel.item(first).onMobile and not panel.item(first).canTransferFromMobile
    assert panel.transferFromMobile(first, "1002", True) is None
    assert "not possible" in panel.item(first).error
    hang_up_all(arun, agent_session)

    second = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice"})["callId"]
    arun(until(lambda: panel.item(second) is not None, what="the ringing call"))
    arun(panel.answer(second, "agent1-mobile"))
    arun(until(lambda: panel.item(second).canTransferFromMobile, what="the call answered on the mobile"))
    # A server refusal comes back in words on the card: transferring to oneself.
    arun(panel.transferFromMobile(second, "1001", False))
    assert "yourself" in panel.item(second).error
    assert panel.item(second).canTransferFromMobile and panel._mobile_transfer is None
    hang_up_all(arun, agent_session)
