"""The Dstny call sync against the real simulator: calls appear, change and end, and the store
heals after the server drops every stream — events missed during an outage included."""

from __future__ import annotations

import asyncio
import time

import httpx
import pytest

from cti_desktop.core.calls import CallChange
from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import StaleState
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.dstny.backend import connect_dstny

from support import apost, until


@pytest.fixture
async def session(sim):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.2)
    session = Session(account, backend)
    changes: list[CallChange] = []
    statuses = []
    session.on_calls(changes.extend)
    session.on_status(statuses.append)
    session.changes, session.statuses = changes, statuses
    session.start()
    assert await session.wait_live(10), session.status
    yield session
    await session.aclose()
    leftover = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()
                and (t.get_name().startswith("dstny") or t.get_name() == "call-sync")]
    assert not leftover, leftover


async def test_an_injected_call_rings_changes_and_ends(sim, session):
    call_id = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Ada Lovelace"}))["callId"]
    await until(lambda: (c := session.store.get(call_id)) is not None and c.status == "RINGING", 5)
    call = session.store.get(call_id)
    assert call.allows("ANSWER") and not call.allows("HOLD")
    assert call.remote.number.endswith("701234567")
    device = call.devices_for("ANSWER")[0]
    await session.commands.run("answer", call, device)
    await until(lambda: session.store.get(call_id).status == "ACTIVE", 5)
    await session.commands.run("hold", session.store.get(call_id))
    await until(lambda: session.store.get(call_id).status == "HELD", 5)
    await apost(sim, f"/_sim/calls/{call_id}/remote-hangup")
    await until(lambda: session.store.get(call_id) is None, 5)
    kinds = [c.kind for c in session.changes if c.call.call_id == call_id]
    assert kinds[0] == "added" and kinds[-1] == "ended"
    assert session.changes[-1].call.status == "TERMINATED"


async def test_heals_after_a_drop_with_a_hangup_during_the_outage(sim, session):
    call_id = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"}))["callId"]
    await until(lambda: session.store.get(call_id) is not None, 5)
    await apost(sim, "/_sim/streams/drop", {"outageMs": 1000})
    await until(lambda: session.status.state is not ConnectionState.LIVE, 5, what="the drop to be noticed")
    await apost(sim, f"/_sim/calls/{call_id}/remote-hangup")  # nobody hears of it: streams are down
    reachable_at = time.monotonic() + 1.0
    await until(lambda: session.store.get(call_id) is None, 10, what="the hang-up to be healed")
    assert time.monotonic() - reachable_at < 2.0
    await until(lambda: session.status.state is ConnectionState.LIVE, 5)


async def test_a_stale_state_token_is_refused_refreshed_and_never_resent(sim, session):
    call_id = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"}))["callId"]
    await until(lambda: session.store.get(call_id) is not None, 5)
    call = session.store.get(call_id)
    await session.commands.run("answer", call, call.devices_for("ANSWER")[0])
    await until(lambda: session.store.get(call_id).status == "ACTIVE", 5)
    seen = session.store.get(call_id)  # what the person sees…
    await session.commands.run("hold", seen)  # …then the call changes under them
    await until(lambda: session.store.get(call_id).status == "HELD", 5)
    requests: list[str] = []
    client = session.backend.client

    async def record(request: httpx.Request) -> None:
        requests.append(f"{request.method} {request.url.path}")

    client._http.event_hooks["request"].append(record)
    with pytest.raises(StaleState):
        await session.commands.run("hold", seen)  # the old token
    holds = [r for r in requests if r.endswith("/hold")]
    assert holds == [f"POST /api/callcontrol/demo.example/agent1/calls/{call_id}/hold"], requests
    assert any(r.startswith("GET ") and call_id in r for r in requests), "the call was not refreshed"
    assert session.store.get(call_id).status == "HELD"


async def adelete(sim, path):
    async with httpx.AsyncClient(timeout=10) as c:
        (await c.delete(sim.base_url + path)).raise_for_status()


async def test_an_unreadable_event_is_healed_by_reading_the_call_again(sim, session):
    """Finding 3: one garbled event on a call stream used to leave that call stale (RINGING shown
    for an ACTIVE call) while the connection said live."""
    call_id = (await session.backend.client.make_call("+46812345678")).call_id  # rings at the far end
    await until(lambda: (c := session.store.get(call_id)) is not None and c.status != "ACTIVE", 5)
    await asyncio.sleep(0.3)
    assert session.store.get(call_id).status != "ACTIVE"
    await apost(sim, "/_sim/faults", {"malformedRate": 1.0})  # every event and every body garbled
    await apost(sim, f"/_sim/calls/{call_id}/remote-answer")
    await asyncio.sleep(0.4)
    await adelete(sim, "/_sim/faults")
    cleared = time.monotonic()
    await until(lambda: session.store.get(call_id).status == "ACTIVE", 5, what="the answered call to be seen")
    assert time.monotonic() - cleared < 2.0
    await until(lambda: session.status.state is ConnectionState.LIVE, 5)


async def test_a_read_overtaken_by_an_answer_does_not_put_the_call_back_to_ringing(sim, session):
    """CI's keypad flake: the call's first read was answered by the server while it still rang and
    arrived after the response to "answer" — the call showed RINGING again (its keypad off) until
    the stream's held-back events caught up; with those events delivered during the read but no
    fence in the store, it would have stayed RINGING."""
    await apost(sim, "/_sim/faults", {"latencyMs": 2000, "routes": ["cs.call"]})  # 1 s each way
    reads: list[float] = []

    async def record(request: httpx.Request) -> None:
        if request.method == "GET" and "/calls/" in request.url.path and not request.url.path.endswith("/stream"):
            reads.append(time.monotonic())

    session.backend.client._http.event_hooks["request"].append(record)
    call_id = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"}))["callId"]
    await until(lambda: reads, 5, what="the call stream to read the call")
    await asyncio.sleep(max(0.0, reads[0] + 1.4 - time.monotonic()))  # the server has answered that read
    call = session.store.get(call_id)
    assert call.status == "RINGING"
    await session.commands.run("answer", call, call.devices_for("ANSWER")[0])
    await until(lambda: session.store.get(call_id).status == "ACTIVE", 5)
    await asyncio.sleep(max(0.0, reads[0] + 2.6 - time.monotonic()))  # …and its answer has landed
    assert time.monotonic() > reads[0] + 2.0
    assert session.store.get(call_id).status == "ACTIVE"
    shown = [c.call.status for c in session.changes if c.call.call_id == call_id]
    assert shown[shown.index("ACTIVE"):].count("RINGING") == 0, shown
    await adelete(sim, "/_sim/faults")


async def test_reconnect_now_re_reads_at_once_even_in_a_long_backoff_wait(sim):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=4.0)
    session = Session(account, backend)
    session.start()
    try:
        assert await session.wait_live(10)
        await apost(sim, "/_sim/streams/drop", {"outageMs": 300})
        await until(lambda: session.status.state is ConnectionState.RECONNECTING and session.status.retry_in, 5)
        call_id = (await apost(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567"}))["callId"]
        await asyncio.sleep(0.4)  # the server is back; the client would wait up to 4 s more
        asked = time.monotonic()
        session.reconnect_now("the network changed")
        await until(lambda: session.store.get(call_id) is not None, 3, what="the call rung meanwhile")
        assert time.monotonic() - asked < 1.0
    finally:
        await session.aclose()
