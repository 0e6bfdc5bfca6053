"""Buddy list, colleagues' line state (busy lamps) and pickup by SIP dialog, against the simulator.

The follower is the real one (``DstnyColleagues.follower``) over loopback; the simulator plays the
callers (``POST /_sim/calls``) and the colleagues' phones (``/_sim/calls/{id}/answer``).
"""

from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

import pytest

from cti_desktop.core.colleagues import IDLE, IN_CALL, RINGING, ColleagueBoard
from cti_desktop.core.errors import NotFound, StaleState
from cti_desktop.core.models import CallStatus
from cti_desktop.providers.dstny.presence_watch import DstnyColleagues
from support import apost, dstny_signed_in, until

@asynccontextmanager
async def following(me, streams):
    """A colleague board that follows ``me``'s favourite colleagues for the block."""
    board = ColleagueBoard()
    follower = DstnyColleagues(me, streams, heartbeat_interval=1.0, backoff_initial=0.1).follower(board)
    task = asyncio.create_task(follower.run())
    try:
        yield board
    finally:
        follower.stop()
        await task


@pytest.fixture
async def clients(sim):
    async with dstny_signed_in(sim, "agent1", "agent2", streams=True) as signed:
        yield (*signed.clients, signed.streams)


async def ring(sim, to: str, caller: str = "+46701234567", name: str = "Alice Caller") -> str:
    return (await apost(sim, "/_sim/calls", {"to": to, "from": caller, "fromName": name}))["callId"]


async def test_buddy_list_add_verify_remove(clients):
    me, _other, _ = clients
    await me.add_buddy("agent2")
    assert await me.is_buddy("agent2")
    assert "agent2" in [c.id for c in await me.buddies()]
    await me.remove_buddy("agent2")
    assert not await me.is_buddy("agent2")
    assert "agent2" not in [c.id for c in await me.buddies()]
    with pytest.raises(NotFound):
        await me.remove_buddy("agent2")  # not a favourite any more
    await me.apply_buddy_templates()  # the switchboard's members are in the organisation's template
    assert {"agent2", "agent18"} <= {c.id for c in await me.buddies()}


async def test_line_state_and_pickup_by_dialog(sim, clients):
    me, other, streams = clients
    await me.add_buddy("agent2")
    async with following(me, streams) as board:
        await until(lambda: board.get("agent2") is not None and board.get("agent2").live, what="agent2 watched")
        assert board.get("agent2").lamp == IDLE and not await me.line_state("agent2")
        leg = await ring(sim, "agent2")
        await until(lambda: board.get("agent2").lamp == RINGING, what="agent2 ringing")
        assert await me.line_state("agent2")
        target = board.get("agent2").pickup_target()
        assert target is not None and target.call_id == leg and target.caller == "Alice Caller"
        mine = await me.pickup_ringing(target, "agent1-soft")
        assert mine.status == CallStatus.ACTIVE and mine.remote.name == "Alice Caller"
        # The colleague's leg ended as picked up elsewhere; their lamp goes back to idle.
        gone = await other.get_call(leg)
        assert gone is not None and gone.status == CallStatus.TERMINATED and gone.event == "PICKED_UP"
        await until(lambda: board.get("agent2").lamp == IDLE, what="agent2 idle after the pickup")
        # A second pickup of the same dialog: gone, in words.
        with pytest.raises(NotFound, match="has gone"):
            await me.pickup_ringing(target, "agent1-soft")
        await me.hangup(mine)


async def test_pickup_of_an_answered_call_says_so(sim, clients):
    me, other, streams = clients
    await me.add_buddy("agent2")
    async with following(me, streams) as board:
        leg = await ring(sim, "agent2")
        await until(lambda: board.get("agent2") is not None and board.get("agent2").lamp == RINGING)
        target = board.get("agent2").pickup_target()
        await apost(sim, f"/_sim/calls/{leg}/answer")
        await until(lambda: board.get("agent2").lamp == IN_CALL, what="agent2 in a call")
        with pytest.raises(StaleState, match="already answered"):
            await me.pickup_ringing(target, "agent1-soft")
        await other.hangup(await other.get_call(leg))


async def test_lamps_are_right_after_a_drop_that_hid_changes(sim, clients):
    """The simulator's streams are cut during an outage while a call rings and is answered: the
    events are lost, and only the re-read after the reconnect can show the colleague in a call."""
    me, other, streams = clients
    await me.add_buddy("agent2")
    async with following(me, streams) as board:
        await until(lambda: board.get("agent2") is not None and board.get("agent2").live)
        await apost(sim, "/_sim/streams/drop", {"outageMs": 600})
        await until(lambda: not board.get("agent2").live, what="the line shown as not current")
        leg = await ring(sim, "agent2")
        await apost(sim, f"/_sim/calls/{leg}/answer")
        await until(lambda: board.get("agent2").live and board.get("agent2").lamp == IN_CALL, timeout=10,
                    what="in a call after the reconnect")
        await other.hangup(await other.get_call(leg))
        await until(lambda: board.get("agent2").lamp == IDLE, what="idle again")


async def test_watches_exactly_the_favourite_colleagues(sim, clients):
    me, _other, streams = clients
    colleagues = DstnyColleagues(me, streams, heartbeat_interval=1.0, backoff_initial=0.1)
    board = ColleagueBoard()
    follower = colleagues.follower(board)
    task = asyncio.create_task(follower.run())
    try:
        await colleagues.add_buddy("agent5")
        await until(lambda: "agent5" in follower.watched, what="agent5 watched after the add")
        favourites = {c.id for c in await me.buddies() if c.kind == "DIRECTORY"}
        assert set(follower.watched) == favourites == {line.id for line in board.lines}
        await colleagues.remove_buddy("agent5")
        await until(lambda: "agent5" not in follower.watched and board.get("agent5") is None)
    finally:
        follower.stop()
        await task


async def test_the_line_is_read_when_its_documents_cannot_be(sim, clients):
    """Every stream event garbled: the lamp still shows the truth, from the line-state read made on
    every connect and after each unreadable document (without it the lamp would stay unknown)."""
    me, other, streams = clients
    await me.add_buddy("agent2")
    leg = await ring(sim, "agent2")
    await apost(sim, f"/_sim/calls/{leg}/answer")
    await apost(sim, "/_sim/faults", {"streamMalformedRate": 1.0})
    board = ColleagueBoard()
    follower = DstnyColleagues(me, streams, heartbeat_interval=1.0, backoff_initial=0.1).follower(board)
    task = asyncio.create_task(follower.run())
    try:
        await until(lambda: board.get("agent2") is not None and board.get("agent2").lamp == IN_CALL,
                    what="in a call from the read")
        assert board.get("agent2").dialogs == () and board.get("agent2").busy_unexplained
        await other.hangup(await other.get_call(leg))
        await until(lambda: board.get("agent2").lamp == IDLE, what="idle from the read after a garbled event")
    finally:
        await apost(sim, "/_sim/faults", {"streamMalformedRate": 0.0})
        follower.stop()
        await task
