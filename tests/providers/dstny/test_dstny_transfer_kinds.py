"""The transfer variants of the reference (``type``: VOICEMAIL, CAMP_ON, DIVERSION_BYPASS) from the
client to the simulator on loopback, and what each does there."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from support import dstny_signed_in

from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny.client import DstnyClient


@pytest.fixture
async def clients(sim):
    async with dstny_signed_in(sim, "agent1", "agent2") as signed:
        yield (*signed.clients, signed.sent)


async def _wait(fetch, predicate, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while True:
        for item in await fetch():
            if predicate(item):
                return item
        if time.monotonic() > deadline:
            raise AssertionError("nothing matched in time")
        await asyncio.sleep(0.05)


async def _answered(sim, client: DstnyClient, caller: str):
    async with httpx.AsyncClient(timeout=10) as control:
        (await control.post(sim.base_url + "/_sim/calls",
                            json={"to": client.user, "from": caller, "fromName": "Alice Caller"})).raise_for_status()
    ringing = await _wait(client.get_calls, lambda c: c.status == CallStatus.RINGING and c.remote.number == caller)
    return await client.answer(ringing, ringing.devices_for("ANSWER")[0])


async def test_transfer_to_voicemail_leaves_a_message_without_ringing(sim, clients):
    agent1, agent2, sent = clients
    call = await _answered(sim, agent1, "+46701230011")
    before = {i.item_id for i in await agent2.history()}
    await agent1.transfer(call, "1002", type="VOICEMAIL")
    assert sent[-1].url.path.endswith(f"/calls/{call.call_id}/transfer")
    assert b'"type":"VOICEMAIL"' in sent[-1].content.replace(b" ", b"")
    ended = await agent1.get_call(call.call_id)
    assert ended.status == CallStatus.TERMINATED and "voicemail" in ended.event_description.lower()
    message = await _wait(agent2.history, lambda i: i.item_id not in before)
    assert message.item_type == "VOICEMAIL" and message.remote.number == "+46701230011"
    assert await agent2.get_calls() == []  # agent2's phone never rang


async def test_camp_on_waits_for_a_busy_colleague(sim, clients):
    agent1, agent2, _ = clients
    busy = await _answered(sim, agent2, "+46701230022")
    call = await _answered(sim, agent1, "+46701230033")
    await agent1.transfer(call, "1002", type="CAMP_ON")
    await asyncio.sleep(0.5)
    assert [c.call_id for c in await agent2.get_calls()] == [busy.call_id]  # still waiting
    await agent2.hangup(busy)
    offered = await _wait(agent2.get_calls, lambda c: c.status == CallStatus.RINGING and c.inbound)
    assert offered.remote.number == "+46701230033"
    assert offered.history is not None and offered.history.camp_on
    await agent2.hangup(offered)


async def test_bypass_rings_the_colleague_and_says_so(sim, clients):
    agent1, agent2, _ = clients
    call = await _answered(sim, agent1, "+46701230044")
    await agent1.transfer(call, "1002", type="DIVERSION_BYPASS")
    offered = await _wait(agent2.get_calls, lambda c: c.status == CallStatus.RINGING and c.inbound)
    assert "past your diversion" in offered.history.subject
    await agent2.hangup(offered)


async def test_a_transfer_to_voicemail_refuses_an_outside_number_in_words(sim, clients):
    agent1, _, _ = clients
    call = await _answered(sim, agent1, "+46701230055")
    with pytest.raises(UserFacingError) as refused:
        await agent1.transfer(call, "+46812345678", type="VOICEMAIL")
    assert "A transfer to voicemail needs a colleague" in str(refused.value)
    still = await agent1.get_call(call.call_id)
    assert still.status == CallStatus.ACTIVE
    await agent1.hangup(still)


@pytest.mark.parametrize("kind", ["CAMP_ON", "DIVERSION_BYPASS"])
async def test_camp_on_and_bypass_to_an_outside_number_transfer_the_call(sim, clients, kind):
    """The reference's own transfer sample camps on an outside number (tel:+15555)."""
    agent1, _, _ = clients
    call = await _answered(sim, agent1, "+46701230056")
    await agent1.transfer(call, "+46812345678", type=kind)
    assert await agent1.get_call(call.call_id) is None or (await agent1.get_call(call.call_id)).ended
