"""The Telavox backend's call polling against the simulator: screen-pop flow, re-login, back-off."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from support import sim_post, sim_state, until

from cti_desktop.core.calls import CallStore
from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import AuthExpired, InvalidInput
from cti_desktop.core.models import CallStatus
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.telavox.backend import connect_telavox, urls_for


async def start_session(tvx, *, options=None, credentials=None, **kwargs):
    account = Account("telavox", tvx.base_url, user="agent1", options=options or {})
    kwargs.setdefault("poll_interval", 0.1)
    kwargs.setdefault("backoff_initial", 0.1)
    backend = await connect_telavox(account, credentials or Credentials(password="demo"), **kwargs)
    session = Session(account, backend)
    statuses = []
    session.on_status(statuses.append)
    session.start()
    assert await session.wait_live(5), session.status
    return session, statuses


@pytest.fixture
async def live(tvx):
    session, statuses = await start_session(tvx)
    yield session, statuses
    await session.aclose()


async def test_ringing_call_pops_then_active_then_gone(tvx, live):
    session, _ = live
    changes = []
    session.on_calls(changes.extend)
    call_id = sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550123", "fromName": "Acme"})["callId"]
    await until(lambda: session.store.calls(), 2.0, "the ringing call in the store")
    (call,) = session.store.calls()
    assert call.status == CallStatus.RINGING and call.inbound and call.remote.number == "+46705550123"
    assert [c.kind for c in changes] == ["added"]  # what the screen-pop listens for

    sim_post(tvx, f"/_sim/calls/{call_id}/answer")
    await until(lambda: session.store.calls()[0].status == CallStatus.ACTIVE, 2.0, "ACTIVE")
    assert session.store.calls()[0].call_id == call.call_id  # the same call, the same id

    sim_post(tvx, f"/_sim/calls/{call_id}/remote-hangup")
    await until(lambda: not session.store.calls(), 2.0, "the call gone")
    assert [c.kind for c in changes] == ["added", "updated", "ended"]
    assert changes[-1].call.status == CallStatus.TERMINATED


async def test_session_expiry_mid_session_logs_in_once_and_carries_on(tvx, live):
    session, statuses = live
    assert sim_state(tvx)["logins"] == 1
    sim_post(tvx, "/_sim/sessions/expire")
    await asyncio.sleep(0.5)  # several polls
    sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550124"})
    await until(lambda: session.store.calls(), 2.0, "a call after the re-login")
    assert sim_state(tvx)["logins"] == 2
    assert session.status.state is ConnectionState.LIVE
    assert all(s.state is not ConnectionState.FAILED for s in statuses)


async def test_refused_relogin_fails_in_words_and_stops(tvx, live):
    session, _ = live
    sim_post(tvx, "/_sim/faults", {"status": 401, "errorRate": 1, "paths": "/login"})
    sim_post(tvx, "/_sim/sessions/expire")
    await until(lambda: session.status.state is ConnectionState.FAILED, 3.0, "FAILED")
    assert "refused the user name or password" in session.status.reason
    before = sim_state(tvx)["requests"].get("v1.me", 0)
    await asyncio.sleep(0.4)
    assert sim_state(tvx)["requests"].get("v1.me", 0) == before  # stopped polling


async def test_wrong_password_is_auth_expired_in_words(tvx):
    account = Account("telavox", tvx.base_url, user="agent1")
    with pytest.raises(AuthExpired) as info:
        await connect_telavox(account, Credentials(password="not-it"))
    assert "refused the user name or password" in str(info.value) and "not-it" not in str(info.value)


async def test_429_with_retry_after_backs_off(tvx, live):
    session, statuses = live
    sim_post(tvx, "/_sim/faults", {"status": 429, "errorRate": 1, "retryAfter": 1, "paths": "/extensions/me"})
    start = sim_state(tvx)["requests"]["v1.me"]
    await asyncio.sleep(2.5)
    during = sim_state(tvx)["requests"]["v1.me"] - start
    # Polling every 0.1 s would be ~25 requests; honouring Retry-After: 1 s allows at most 4.
    assert 1 <= during <= 4, during
    waits = [s for s in statuses if s.state is ConnectionState.RECONNECTING]
    assert waits and all(s.retry_in >= 1.0 for s in waits)
    assert "slow down" in waits[-1].reason
    httpx.delete(tvx.base_url + "/_sim/faults", timeout=10)
    await until(lambda: session.status.state is ConnectionState.LIVE, 3.0, "LIVE again")


async def test_server_errors_back_off_and_recover(tvx, live):
    session, statuses = live
    sim_post(tvx, "/_sim/faults", {"status": 503, "errorRate": 1, "paths": "/extensions/me"})
    start = sim_state(tvx)["requests"]["v1.me"]
    await asyncio.sleep(2.0)
    during = sim_state(tvx)["requests"]["v1.me"] - start
    # Back-off from 0.1 s doubling with jitter: far fewer than the ~20 of plain polling.
    assert 2 <= during <= 8, during
    delays = [s.retry_in for s in statuses if s.state is ConnectionState.RECONNECTING]
    assert delays[-1] > delays[0]
    httpx.delete(tvx.base_url + "/_sim/faults", timeout=10)
    await until(lambda: session.status.state is ConnectionState.LIVE, 5.0, "LIVE again")


async def test_slow_reads_report_stale(tvx):
    session, _ = await start_session(tvx, stale_after=0.2)
    try:
        sim_post(tvx, "/_sim/faults", {"latencyMs": 600, "errorRate": 0, "paths": "/extensions/me"})
        await until(lambda: session.status.state is ConnectionState.STALE, 3.0, "STALE")
        assert session.status.last_seen is not None
        httpx.delete(tvx.base_url + "/_sim/faults", timeout=10)
        await until(lambda: session.status.state is ConnectionState.LIVE, 3.0, "LIVE again")
    finally:
        await session.aclose()


async def test_dial_and_hangup_reach_the_simulator(tvx, live):
    session, _ = live
    sim_post(tvx, "/_sim/config", {"autoAnswerMs": 200})
    call = await session.commands.make_call("+46 70 222 33 44")
    assert session.store.get(call.call_id) is not None
    assert sim_state(tvx)["dials"][0]["number"] == "+46702223344"
    await until(lambda: session.store.calls() and session.store.calls()[0].status == CallStatus.ACTIVE, 3.0, "answered")
    assert session.store.calls()[0].call_id == call.call_id
    await session.commands.run("hangup", session.store.calls()[0])
    assert sim_state(tvx)["hangups"] == 1
    await until(lambda: not session.store.calls(), 2.0, "the call gone")


async def test_token_on_capi_dials_through_capi(tvx):
    session, _ = await start_session(tvx, options={"api": "capi"}, credentials=Credentials(ticket="demo-token"))
    try:
        assert session.backend.client.auth == "bearer"
        await session.commands.make_call("+46701234567")
        seen = sim_state(tvx)
        assert seen["requests"].get("capi.dial") == 1 and "v1.dial" not in seen["requests"]
        assert seen["logins"] == 0
    finally:
        await session.aclose()


async def test_sign_out_ends_the_session_on_the_server(tvx):
    session, _ = await start_session(tvx)
    assert sim_state(tvx)["sessions"] == 1
    await session.aclose()
    assert sim_state(tvx)["sessions"] == 0


async def test_store_with_no_session_gets_snapshots_from_the_poller(tvx):
    """The poller alone (as the backend runs it) feeds a bare CallStore."""
    account = Account("telavox", tvx.base_url, user="agent1", options={"auth": "basic"})
    backend = await connect_telavox(account, Credentials(password="demo"), poll_interval=0.1)
    store, statuses = CallStore(), []
    task = asyncio.ensure_future(backend.follow_calls(store, statuses.append))
    try:
        sim_post(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550999"})
        await until(lambda: store.calls(), 2.0, "the call")
        assert statuses[0].state is ConnectionState.CONNECTING and statuses[1].state is ConnectionState.LIVE
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await backend.aclose()


@pytest.mark.parametrize(
    "options, words",
    [
        ({"api": "v2"}, "v1 or capi"),
        ({"auth": "cookie"}, "session, basic, bearer"),
        ({"routes": {"v1.me": "extensions/me"}}, "starting with"),
        ({"poll_interval": 0.01}, "between"),
        ({"api": "capi"}, "only a token"),
    ],
)
async def test_bad_options_in_words(tvx, options, words):
    account = Account("telavox", tvx.base_url, user="agent1", options=options)
    with pytest.raises(InvalidInput, match=words):
        await connect_telavox(account, Credentials(password="demo"))


def test_urls():
    assert urls_for(Account("telavox", "")) == ("https://api.telavox.se", "https://home.telavox.se/api/capi")
    assert urls_for(Account("telavox", "http://127.0.0.1:9/")) == ("http://127.0.0.1:9", "http://127.0.0.1:9/api/capi")
    assert urls_for(Account("telavox", "https://x", options={"capi_url": "https://y/capi"}))[1] == "https://y/capi"
    for bad in ("ftp://x", "https://u:p@x", "nonsense"):
        with pytest.raises(InvalidInput):
            urls_for(Account("telavox", bad))
