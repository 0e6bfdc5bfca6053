"""Call forwarding on Dstny: ``DiversionOps`` against the real simulator on loopback.

What is proven: forwarding every call (the PRIMARY line's CFWD_ALL rule) is read back and really
moves calls in the simulated PBX (to a colleague, who sees who the call was for; or out to an
outside number); turning it off rings me again; the active diversion number with
``activityScoped`` ends at the next activity change; an activity diversion forwards calls while
I am in that activity; a number the server refuses, an unreadable body and a 5xx each come back
as a user-facing error in words.
"""

from __future__ import annotations

import asyncio
import time

import pytest
from support import arequest as control
from support import loopback_http, signed_in

from cti_desktop.core.errors import BadRequest, InvalidInput, ServerUnavailable, UserFacingError
from cti_desktop.core.forwarding import ActivityForwarding, ForwardingState
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny.client import DstnyClient
from cti_desktop.providers.dstny.wire import MalformedResponse


@pytest.fixture
async def http():
    async with loopback_http() as client:
        yield client


@pytest.fixture
async def agent1(sim, http):
    return await signed_in(sim, http, "agent1")


@pytest.fixture
async def agent2(sim, http):
    return await signed_in(sim, http, "agent2")


async def ringing(client: DstnyClient, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        calls = [c for c in await client.get_calls() if c.inbound and c.status == CallStatus.RINGING]
        if calls:
            return calls[0]
        await asyncio.sleep(0.05)
    return None


async def test_forward_all_is_read_back_and_moves_calls_to_the_colleague(sim, agent1, agent2):
    assert await agent1.forwarding() == ForwardingState()
    state = await agent1.forward_all("1002")  # agent2's extension
    assert state.number == "1002" and state.active and state.target == "1002"
    rules = await agent1.diversion_rules()
    assert [line.line_order for line in rules] == ["PRIMARY", "SECONDARY"]
    assert rules[0].rule("CFWD_ALL").number == "1002"
    assert (await agent1.diversion_rule("CFWD_ALL")).number == "1002"

    answer = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert [d["user"] for d in answer["diverted"]] == ["agent1"] and answer["diverted"][0]["toUser"] == "agent2"
    call = await ringing(agent2)
    assert call is not None, "the forwarded call does not ring the colleague"
    assert await ringing(agent1, timeout=0.3) is None
    assert call.history is not None and call.history.previous_party is not None
    assert call.history.previous_party.number == "+4685001001"  # agent1, whom the caller rang
    assert call.history.previous_retarget_reason == "DIVERTED"
    await agent2.hangup(call)

    state = await agent1.stop_forwarding()
    assert state == ForwardingState()
    await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert await ringing(agent1) is not None, "with forwarding off the call rings me again"
    # Turning off what is already off is no error.
    assert await agent1.stop_forwarding() == ForwardingState()


async def test_forward_to_an_outside_number_takes_the_call_out_of_the_pbx(sim, agent1):
    await agent1.forward_all("+46701112233")
    answer = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert answer["callId"] is None and answer["queued"] is False
    assert answer["diverted"][0]["to"] == "+46701112233" and answer["diverted"][0]["reason"] == "CFWD_ALL"
    assert await ringing(agent1, timeout=0.3) is None
    state = await control(sim, "GET", "/_sim/diversions")
    assert state["users"]["agent1"]["target"] == "+46701112233"


async def test_the_server_refuses_numbers_in_words(agent1):
    with pytest.raises(BadRequest) as refused:
        await agent1.forward_all("not a number")
    assert "Cannot divert calls to" in str(refused.value)
    with pytest.raises(BadRequest) as own:
        await agent1.forward_all("+4685001001")
    assert "your own number" in str(own.value)
    with pytest.raises(InvalidInput):
        await agent1.forward_all("   ")
    assert await agent1.forwarding() == ForwardingState()


async def test_an_activity_scoped_diversion_number_ends_with_the_activity(sim, agent1):
    assert await agent1.diversion_number() == ""
    assert await agent1.set_diversion_number("+46701112233", activity_scoped=True) == "+46701112233"
    assert (await agent1.forwarding()).presence_number == "+46701112233"
    await agent1.set_presence(activity="lunch", available=False)
    assert await agent1.diversion_number() == ""
    # Not scoped: it stays over activity changes.
    await agent1.set_diversion_number("+46701112233")
    await agent1.set_presence(activity="available", available=True)
    assert await agent1.diversion_number() == "+46701112233"


async def test_activity_diversions_forward_while_in_that_activity(sim, agent1):
    assert await agent1.activity_forwarding() == []
    assert await agent1.set_activity_forwarding("lunch", "1002") == ActivityForwarding("lunch", "1002")
    assert await agent1.activity_forwarding() == [ActivityForwarding("lunch", "1002")]
    assert await agent1.activity_forwarding_of("lunch") == ActivityForwarding("lunch", "1002")
    assert await agent1.activity_forwarding_of("meeting") is None
    assert (await agent1.forwarding()).presence_number == ""
    await agent1.set_presence(activity="lunch", available=False)
    assert (await agent1.forwarding()).presence_number == "1002"
    answer = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert answer["diverted"][0]["reason"] == "ACTIVE_DIVERSION_NUMBER"
    await agent1.clear_activity_forwarding("lunch")
    await agent1.clear_activity_forwarding("lunch")  # already gone: no error
    assert await agent1.activity_forwarding() == []
    with pytest.raises(BadRequest):
        await agent1.set_activity_forwarding("no-such-activity", "1002")


async def test_unreadable_bodies_and_server_errors_are_words(sim, agent1):
    await control(sim, "POST", "/_sim/faults", {"malformedRate": 1.0, "routes": ["div.rules"]})
    with pytest.raises(MalformedResponse) as unreadable:
        await agent1.forwarding()
    assert "could not read" in str(unreadable.value)
    await control(sim, "POST", "/_sim/faults", {"malformedRate": 0, "errorRate": 1.0, "routes": ["div.rule_put"]})
    with pytest.raises(ServerUnavailable) as busy:
        await agent1.forward_all("1002")
    assert "Call forwarding change" in str(busy.value)
    await control(sim, "DELETE", "/_sim/faults")
    assert (await agent1.forwarding()).number == ""


async def test_a_diversion_chain_and_a_loop(sim, agent1, agent2):
    agent3 = await signed_in(sim, agent1._http, "agent3")
    await agent1.forward_all("1002")
    await agent2.forward_all("1003")
    answer = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert [d["toUser"] for d in answer["diverted"]] == ["agent2", "agent3"]
    assert await ringing(agent3) is not None
    await agent2.forward_all("1001")  # back to agent1: the loop rings agent2, where it closes
    answer = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert answer["callIds"] == {"agent2": answer["callId"]}


def test_errors_are_user_facing():
    assert issubclass(MalformedResponse, UserFacingError)


async def test_forward_on_busy_takes_the_second_call_and_counts_as_conditional(sim, agent1, agent2, http):
    # The reference's rule for one line order and type, set through the client's generic rule call.
    await agent1.set_diversion_rule("CFWD_ON_BUSY", "1002")
    state = await agent1.forwarding()
    assert state == ForwardingState(conditional=1) and not state.active
    first = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46701234567"})
    assert first["diverted"] == []  # not busy yet: it rings me
    call = await ringing(agent1)
    await agent1.answer(call, call.devices_for("ANSWER")[0])
    second = await control(sim, "POST", "/_sim/calls", {"to": "agent1", "from": "+46709876543"})
    assert second["diverted"][0]["reason"] == "CFWD_ON_BUSY" and second["diverted"][0]["toUser"] == "agent2"
    assert await ringing(agent2) is not None
    await agent1.delete_diversion_rule("CFWD_ON_BUSY")
    assert await agent1.forwarding() == ForwardingState()


async def test_the_rules_of_my_line_are_listed_and_turned_off_at_once(sim, agent1):
    """The reference's "diversion rules for specified line order type" (read and delete)."""
    await agent1.set_diversion_rule("CFWD_ON_BUSY", "1002")
    await agent1.set_diversion_rule("CFWD_NO_ANSWER", "+46701112233")
    await agent1.set_diversion_rule("CFWD_ON_BUSY", "+46812345678", line_order="SECONDARY")
    await agent1.forward_all("1003")
    line = await agent1.line_diversion_rules("PRIMARY")
    assert line is not None and line.line_order == "PRIMARY"
    assert line.rule("CFWD_ALL").number == "1003"
    assert sorted(await agent1.forwarding_rules()) == [("CFWD_NO_ANSWER", "+46701112233"), ("CFWD_ON_BUSY", "1002")]

    state = await agent1.clear_forwarding_rules()
    assert state.number == "" and await agent1.forwarding_rules() == []
    assert (await agent1.line_diversion_rules("SECONDARY")).rule("CFWD_ON_BUSY").number == "+46812345678"
    assert state.conditional == 1  # the other line keeps its rule
    await agent1.delete_line_diversion_rules("SECONDARY")
    assert await agent1.forwarding() == ForwardingState()
    await agent1.delete_line_diversion_rules("SECONDARY")  # nothing left: no error
    with pytest.raises(BadRequest):
        await agent1._json("div.line_rules", fields={"line_order": "TERTIARY"})
