"""Supervisor calls (the reference's make-call ``type`` MONITOR / WHISPER / BARGE / INTRUSION) from the
client to the simulator on loopback: who may, what each call state shows, and the refusals' words."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest
from support import dstny_signed_in

from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import CallStatus
from cti_desktop.core.supervision import SupervisedAgent, SupervisionMode
from cti_desktop.providers.dstny.client import DstnyClient

DOMAIN = "demo.example"


@pytest.fixture
async def users(sim):
    users = ("super1", "agent1", "agent2")
    async with dstny_signed_in(sim, *users) as signed:
        yield {**dict(zip(users, signed.clients)), "sent": signed.sent}


async def _until(fetch, timeout: float = 5.0):
    deadline = time.monotonic() + timeout
    while not (found := await fetch()):
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)
    return found


async def _agent_on_a_call(sim, agent: DstnyClient, caller: str = "+46701231111"):
    async with httpx.AsyncClient(timeout=10) as control:
        (await control.post(sim.base_url + "/_sim/calls", json={"to": agent.user, "from": caller,
                                                              "fromName": "Carl Caller"})).raise_for_status()

    async def ringing():
        return next((c for c in await agent.get_calls() if c.status == CallStatus.RINGING), None)

    call = await _until(ringing)
    return await agent.answer(call, call.devices_for("ANSWER")[0])


async def _agent(supervisor: DstnyClient, user_id: str) -> SupervisedAgent:
    groups = await supervisor.supervised_groups()
    return next(a for g in groups if g.supervisor for a in g.agents if a.user_id == user_id)


async def test_the_groups_say_who_supervises(users):
    groups = await users["super1"].supervised_groups()
    service = next(g for g in groups if g.name == "Customer Service")
    assert service.supervisor and "AGENT" in service.roles
    anna = next(a for a in service.agents if a.user_id == "agent1")
    assert anna.name == "Anna Lindqvist" and anna.number == "+4685001001" and anna.domain == DOMAIN
    assert anna.logged_in and anna.in_call is False
    assert not any(g.supervisor for g in await users["agent1"].supervised_groups())


async def test_listen_joins_silently(sim, users):
    super1, agent1 = users["super1"], users["agent1"]
    agent_call = await _agent_on_a_call(sim, agent1)
    anna = await _agent(super1, "agent1")
    assert anna.in_call
    listening = await super1.supervise(anna, SupervisionMode.LISTEN, device_id="super1-soft")
    sent = users["sent"][-1]
    assert sent.url.path == f"/api/callcontrol/{DOMAIN}/super1/devices/super1-soft/calls"
    assert b'"type":"MONITOR"' in sent.content.replace(b" ", b"")
    assert b'"destination":"sip:agent1@demo.example"' in sent.content.replace(b" ", b"")
    active = await _until(lambda: _in(super1, listening.call_id, CallStatus.ACTIVE))
    assert active.remote.name == "Anna Lindqvist" and active.muted and not active.actions
    assert {p.party.number for p in active.participants} == {"+4685001001", "+46701231111"}
    assert "nobody hears you" in active.event_description
    seen_by_agent = await agent1.get_call(agent_call.call_id)
    assert not seen_by_agent.intruded and not seen_by_agent.participants  # a silent listener
    await super1.hangup(active)
    await agent1.hangup(seen_by_agent)


async def _in(client, call_id, status):
    call = await client.get_call(call_id)
    return call if call is not None and call.status == status else None


@pytest.mark.parametrize("mode", [SupervisionMode.WHISPER, SupervisionMode.BARGE])
async def test_whisper_and_barge_are_heard_by_the_agent(sim, users, mode):
    super1, agent1 = users["super1"], users["agent1"]
    agent_call = await _agent_on_a_call(sim, agent1)
    joined = await super1.supervise(await _agent(super1, "agent1"), mode, device_id="super1-soft")
    mine = await _until(lambda: _in(super1, joined.call_id, CallStatus.ACTIVE))
    assert not mine.muted
    assert mine.allows("MUTE") == (mode is SupervisionMode.BARGE)  # a whisperer has nothing to mute

    async def intruded():
        call = await agent1.get_call(agent_call.call_id)
        return call if call.intruded else None

    seen = await _until(intruded)
    assert "Sofia Supervisorsson" in {p.party.name for p in seen.participants}
    await super1.hangup(mine)
    after = await _until(lambda: _not_intruded(agent1, agent_call.call_id))
    assert after.status == CallStatus.ACTIVE  # the agent's call goes on
    await agent1.hangup(after)


async def _not_intruded(client, call_id):
    call = await client.get_call(call_id)
    return call if not call.intruded else None


async def test_the_supervisors_call_ends_with_the_agents(sim, users):
    super1, agent1 = users["super1"], users["agent1"]
    agent_call = await _agent_on_a_call(sim, agent1)
    joined = await super1.supervise(await _agent(super1, "agent1"), SupervisionMode.INTRUDE, device_id="super1-soft")
    await _until(lambda: _in(super1, joined.call_id, CallStatus.ACTIVE))
    await agent1.hangup(agent_call)
    ended = await _until(lambda: _in(super1, joined.call_id, CallStatus.TERMINATED))
    assert "has ended" in ended.event_description


async def test_refusals_in_words(sim, users):
    super1, agent1, agent2 = users["super1"], users["agent1"], users["agent2"]
    anna = await _agent(super1, "agent1")
    with pytest.raises(UserFacingError) as no_call:
        await super1.supervise(anna, SupervisionMode.LISTEN, device_id="super1-soft")
    assert "Anna Lindqvist has no active call to listen in on" in str(no_call.value)

    agent_call = await _agent_on_a_call(sim, agent1)
    with pytest.raises(UserFacingError) as not_theirs:
        await agent2.supervise(SupervisedAgent("agent1", domain=DOMAIN), SupervisionMode.BARGE,
                               device_id="agent2-soft")
    assert "only a supervisor of one of their groups may" in str(not_theirs.value)
    with pytest.raises(UserFacingError) as not_in_my_groups:  # agent13 is in none of super1's groups
        await super1.supervise(SupervisedAgent("agent13", domain=DOMAIN), SupervisionMode.WHISPER,
                               device_id="super1-soft")
    assert "may not whisper to" in str(not_in_my_groups.value)
    with pytest.raises(UserFacingError) as outside:
        await super1.supervise(SupervisedAgent("", number="+46812345678"), SupervisionMode.LISTEN,
                               device_id="super1-soft")
    assert "Only a colleague's call can be supervised" in str(outside.value)

    first = await super1.supervise(anna, SupervisionMode.LISTEN, device_id="super1-soft")
    with pytest.raises(UserFacingError) as twice:
        await super1.supervise(anna, SupervisionMode.BARGE, device_id="super1-desk")
    assert "already being supervised" in str(twice.value)
    await super1.hangup(first)
    await agent1.hangup(agent_call)
    assert not [c for c in await super1.get_calls() if c.status != CallStatus.TERMINATED]
