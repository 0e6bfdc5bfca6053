"""Following queue statistics on the simulator: seeded from REST, live from the XML stream, healed
after the server drops every stream (changes made during the outage included), refused politely."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest
from support import apost, dstny_client, until

from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.queue_board import Level, QueueBoard
from cti_desktop.core.transport import command_client, stream_client
from cti_desktop.providers.dstny.queuestats import (
    DENIED_MESSAGE,
    DstnyQueueStatsFollower,
)
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES

pytestmark = pytest.mark.timeout(60)


@contextlib.asynccontextmanager
async def following(sim, user="super1", scopes=DEFAULT_SCOPES, check_every=30.0):
    http, stream_http = command_client(), stream_client()
    client = dstny_client(sim, http, user, scopes=scopes)
    board = QueueBoard()
    denied: list[str] = []
    follower = DstnyQueueStatsFollower(client, board, stream_http=stream_http, heartbeat_interval=1.0,
                                       check_every=check_every, backoff_initial=0.1, on_denied=denied.append)
    follower.denied_calls = denied
    try:
        await client.create_ticket()
        task = asyncio.create_task(follower.run(), name="queue-stats-test")
        try:
            yield follower, board, task
        finally:
            follower.stop()
            await asyncio.wait_for(task, 10)
    finally:
        await stream_http.aclose()
        await http.aclose()


def figure(board, qid):
    board.flush()
    tile = board.tiles.get(qid)
    return tile.stats if tile else None


async def test_seeded_then_live_from_the_stream(sim):
    async with following(sim) as (follower, board, _task):
        await until(lambda: follower.status.state is ConnectionState.LIVE, 10)
        board.flush()
        assert sorted(board.tiles) == ["101", "102", "103", "104"]
        assert board.tiles["103"].name == "Switchboard"
        await apost(sim, "/_sim/queues/103", {"callsWaiting": 7, "longestWaiting": 200})
        await until(lambda: (s := figure(board, "103")) is not None and s.queue_length == 7, 5)
        assert board.tiles["103"].level is Level.CRITICAL and follower.documents >= 1
        # a real group call rings through the queue, then the caller gives up: counters follow
        await apost(sim, "/_sim/queues/103", {"callsWaiting": 0})
        dropped_before = figure(board, "101").dropped_period
        call = await apost(sim, "/_sim/calls", {"via": 101, "from": "+46701234567"})
        await until(lambda: figure(board, "101").queue_length == 1, 5)
        await apost(sim, f"/_sim/calls/{call['callId']}/remote-hangup")
        await until(lambda: figure(board, "101").queue_length == 0, 5)
        await until(lambda: figure(board, "101").dropped_period == dropped_before + 1, 5)
        assert figure(board, "101").total_period == figure(board, "101").answered_period + dropped_before + 1


async def test_resync_after_the_server_drops_every_stream(sim):
    async with following(sim) as (follower, board, _task):
        await until(lambda: follower.status.state is ConnectionState.LIVE, 10)
        statuses = []
        follower._on_status = statuses.append
        await apost(sim, "/_sim/streams/drop", {"outageMs": 600})
        await apost(sim, "/_sim/queues/102", {"callsWaiting": 4})  # published while nobody listens
        await until(lambda: any(s.state is ConnectionState.RECONNECTING for s in statuses), 5)
        await until(lambda: follower.status.state is ConnectionState.LIVE, 10)
        assert figure(board, "102").queue_length == 4  # from the seed at the reconnect


async def test_cross_check_removes_a_queue_that_went_away(sim):
    await apost(sim, "/_sim/queues/load", {"queues": 3, "rate": 1, "seconds": 30})
    try:
        async with following(sim, check_every=0.3) as (follower, board, _task):
            await until(lambda: follower.status.state is ConnectionState.LIVE, 10)
            board.flush()
            assert len(board.tiles) == 7
            async with httpx.AsyncClient(timeout=10) as c:
                (await c.delete(sim.base_url + "/_sim/queues/load")).raise_for_status()
            await until(lambda: (board.flush(), len(board.tiles))[1] == 4, 5)
    finally:
        async with httpx.AsyncClient(timeout=10) as c:
            await c.delete(sim.base_url + "/_sim/queues/load")


async def test_refused_statistics_end_with_a_message(sim):
    scopes = tuple(s for s in DEFAULT_SCOPES if s != "QUEUE_STATISTICS")
    async with following(sim, user="agent1", scopes=scopes) as (follower, board, task):
        await asyncio.wait_for(task, 10)  # ends by itself: nothing to retry
        assert follower.denied == DENIED_MESSAGE and follower.denied_calls == [DENIED_MESSAGE]
        assert not board.tiles


async def test_an_agent_sees_only_their_own_queues(sim):
    async with following(sim, user="agent20") as (follower, board, _task):
        await until(lambda: follower.status.state is ConnectionState.LIVE, 10)
        board.flush()
        assert sorted(board.tiles) == ["103", "104"]
