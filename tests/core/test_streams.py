"""The stream supervisor against a scripted loopback server: real bytes over TCP for every case."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from collections.abc import Callable

import httpx
import pytest
from httpx_sse import ServerSentEvent

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.http_headers import retry_after_seconds as parse_retry_after
from cti_desktop.core.streams import StreamSupervisor
from sse_test_server import CHUNKED_END, Abort, Hold, ScriptedServer, Sleep, chunk, head, simple

pytestmark = pytest.mark.timeout(20)

HB = 0.3  # heartbeat interval used by most tests
S = ConnectionState


class MaxRandom(random.Random):
    """Full jitter pinned to its upper bound, so delays are exact."""

    def uniform(self, a: float, b: float) -> float:
        return b


class Harness:
    def __init__(self, server: ScriptedServer, client: httpx.AsyncClient, **kwargs) -> None:
        self.server = server
        self.events: list[ServerSentEvent] = []
        self.statuses: list[ConnectionStatus] = []
        self.log: list[str] = []
        self.header_calls = 0
        kwargs.setdefault("heartbeat_interval", HB)
        kwargs.setdefault("backoff_initial", 0.05)
        kwargs.setdefault("backoff_max", 0.4)
        kwargs.setdefault("rng", random.Random(1234))
        kwargs.setdefault("on_event", self._on_event)
        kwargs.setdefault("on_status", self.statuses.append)
        kwargs.setdefault("headers", self._headers)
        self.sup = StreamSupervisor(client=client, url=server.url, **kwargs)
        self.task: asyncio.Task | None = None

    def _headers(self) -> dict[str, str]:
        self.header_calls += 1
        return {"Authorization": f"Bearer SECRET-{self.header_calls}"}

    def _on_event(self, event: ServerSentEvent) -> None:
        self.events.append(event)
        self.log.append(f"event:{event.data}")

    @property
    def data(self) -> list[str]:
        return [e.data for e in self.events]

    def states(self) -> list[ConnectionState]:
        return [s.state for s in self.statuses]

    def waits(self) -> list[ConnectionStatus]:
        """The statuses that announced a wait before the next connection."""
        return [s for s in self.statuses if s.state is S.RECONNECTING and s.retry_in is not None]

    def delays(self) -> list[float]:
        """How long each announced wait was."""
        return [s.retry_in for s in self.waits()]

    def start(self) -> asyncio.Task:
        self.task = asyncio.create_task(self.sup.run())
        return self.task

    async def until(self, predicate: Callable[[], bool], timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if self.task is not None and self.task.done():
                self.task.result()
                assert predicate(), "run() ended before the condition held"
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out; states={self.states()} data={self.data}")
            await asyncio.sleep(0.01)

    async def stop(self) -> None:
        self.sup.stop()
        assert self.task is not None
        await asyncio.wait_for(self.task, 3)

    async def finished(self, timeout: float = 5.0) -> None:
        """run() ends by itself."""
        assert self.task is not None
        await asyncio.wait_for(asyncio.shield(self.task), timeout)


class Asked:
    """A question (``should_stop_on_end``) always answered yes, counting how often it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return True


class Renewals:
    """A ``reauthenticate`` that always succeeds, counting how often it was asked."""

    def __init__(self) -> None:
        self.calls = 0

    async def __call__(self) -> bool:
        self.calls += 1
        return True


def pool_connections(client: httpx.AsyncClient) -> list:
    return list(client._transport._pool.connections)  # type: ignore[attr-defined]


@pytest.fixture
async def client():
    async with httpx.AsyncClient() as c:
        yield c
        # Every supervisor is finished by now: nothing may be left in the pool.
        assert pool_connections(c) == []


def ev(data: str, *, id: str | None = None, event: str | None = None) -> bytes:
    out = b""
    if event is not None:
        out += f"event: {event}\n".encode()
    if id is not None:
        out += f"id: {id}\n".encode()
    return out + f"data: {data}\n\n".encode()


async def assert_no_leaks(server: ScriptedServer, name: str = "stream") -> None:
    await asyncio.sleep(0)
    current = asyncio.current_task()
    leftovers = [t for t in asyncio.all_tasks() if t is not current and t not in server.tasks and not t.done()]
    # Server-side EOF watchers belong to the server; anything else would be ours.
    ours = [t for t in leftovers if t.get_name().startswith(f"{name}:") or "streams" in repr(t.get_coro())]
    assert ours == []


# -- reconnecting ---------------------------------------------------------------------------


async def test_clean_end_reconnects_with_last_event_id_and_fresh_headers(client) -> None:
    scripts = [[head() + ev("a", id="1") + ev("b", id="2")], [head() + ev("c"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, should_stop_on_end=lambda: False)
        h.start()
        await h.until(lambda: h.data == ["a", "b", "c"])
        await h.stop()
        first, second = server.conns[0], server.conns[1]
        assert first.header("last-event-id") is None
        assert second.header("last-event-id") == "2"
        assert first.header("accept") == "text/event-stream"
        assert first.header("cache-control") == "no-store"
        # The header callable is called before every connect.
        assert first.header("authorization") == "Bearer SECRET-1"
        assert second.header("authorization") == "Bearer SECRET-2"
        reconnecting = [s for s in h.statuses if s.state is S.RECONNECTING]
        assert reconnecting and reconnecting[0].reason == "the server ended the stream"
        assert h.states()[0] is S.CONNECTING
        assert h.sup.last_event_id == "2"
    await assert_no_leaks(server)


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param([head(chunked=True) + chunk(ev("x", id="9"))], id="chunked-without-terminator"),
        pytest.param([head(content_length=1000) + ev("x", id="9")], id="content-length-mismatch"),
        pytest.param([head() + ev("x", id="9"), Sleep(0.05), Abort()], id="reset"),
    ],
)
async def test_abrupt_drop_reconnects(client, broken) -> None:
    async with ScriptedServer([broken, [head() + ev("y"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["x", "y"])
        await h.stop()
        assert server.conns[1].header("last-event-id") == "9"
        reasons = [s.reason for s in h.statuses if s.state is S.RECONNECTING]
        assert reasons[0] in ("connection lost", "the server ended the stream") and reasons
        if broken[0].startswith(head(chunked=True)) or b"Content-Length" in broken[0]:
            assert reasons[0] == "connection lost"


async def test_chunked_stream_clean_end_is_not_a_drop(client) -> None:
    scripts = [[head(chunked=True) + chunk(ev("x")) + CHUNKED_END], [head() + ev("y"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["x", "y"])
        await h.stop()
        assert [s.reason for s in h.statuses if s.state is S.RECONNECTING][0] == "the server ended the stream"


async def test_stall_reports_stale_then_reconnects(client) -> None:
    async with ScriptedServer([[head() + ev("a"), Hold()], [head() + ev("b"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        states = h.states()
        assert S.STALE in states
        assert states.index(S.STALE) < states.index(S.RECONNECTING)
        stale = next(s for s in h.statuses if s.state is S.STALE)
        assert stale.last_seen is not None and stale.age(stale.at) >= 1.5 * HB * 0.9
        reason = next(s.reason for s in h.statuses if s.state is S.RECONNECTING)
        assert reason in ("no heartbeat from the server", "no data from the server")
        # The stalled connection was closed by us.
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


async def test_stale_returns_to_live_when_bytes_arrive(client) -> None:
    script = [head() + ev("a"), Sleep(1.7 * HB), b": hb\n", Sleep(0.1), b": hb\n", Hold()]
    async with ScriptedServer([script]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: S.STALE in h.states() and h.states()[-1] is S.LIVE)
        await h.stop()
        assert len(server.conns) == 1
        assert h.states()[:4] == [S.CONNECTING, S.LIVE, S.STALE, S.LIVE]


async def test_stale_age_is_reported_about_every_second(client) -> None:
    async with ScriptedServer([[head(), Hold()]]) as server:
        h = Harness(server, client, heartbeat_interval=1.6)  # stale after 2.4 s, dropped after 4 s
        h.start()
        await h.until(lambda: h.sup.status.retry_in is not None, timeout=8)  # waiting to reconnect
        await h.stop()
        stale = [s for s in h.statuses if s.state is S.STALE]
        assert len(stale) >= 2  # first at ~2.4 s, again at ~3.4 s
        assert stale[1].at - stale[0].at >= 0.9


async def test_heartbeat_comments_keep_it_live(client) -> None:
    beats: list = [head() + ev("a")]
    for _ in range(12):  # 1.8 s of heartbeats, far beyond the 0.75 s watchdog
        beats += [Sleep(HB / 2), b": heartbeat\n"]
    async with ScriptedServer([beats + [ev("b"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        assert len(server.conns) == 1
        assert h.states() == [S.CONNECTING, S.LIVE]
        assert h.sup.status.last_seen is not None


async def test_empty_events_after_an_id_are_not_delivered_but_keep_the_id(client) -> None:
    body = head() + ev("a", id="1") + b": hb\n\n" + b"id: 2\n\n" + b"data:\n\n" + ev("b")
    async with ScriptedServer([[body], [head(), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await server.wait_conns(2)
        await h.stop()
        assert h.data == ["a", "b"]
        assert h.events[1].id == "2"
        assert server.conns[1].header("last-event-id") == "2"


async def test_bom_and_crlf(client) -> None:
    body = head() + b"\xef\xbb\xbfid: 1\r\nevent: call\r\ndata: a\r\n\r\nid: 2\rdata: b\r\r"
    async with ScriptedServer([[body, Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: len(h.events) == 2)
        await h.stop()
        assert [(e.event, e.id, e.data) for e in h.events] == [("call", "1", "a"), ("message", "2", "b")]
        assert h.sup.last_event_id == "2"


async def test_bad_retry_values_are_ignored_and_a_good_one_used(client) -> None:
    scripts = [
        [head() + b"retry: -5\n\nretry: 1_000\n\nretry: abc\n\n" + ev("a")],
        [head() + b"retry: 700\n\n" + ev("b")],
        [head(), Hold()],
    ]
    async with ScriptedServer(scripts) as server:
        # Every connection went live, so every delay is the base itself.
        h = Harness(server, client, rng=MaxRandom(), backoff_max=1.0)
        h.start()
        await server.wait_conns(3, timeout=8)
        await h.stop()
        delays = h.delays()
        assert delays[:2] == [pytest.approx(0.05), pytest.approx(0.7)]
        gap = server.conns[2].opened_at - server.conns[1].opened_at
        assert gap >= 0.6


async def first_delay_after_retry(client, retry: bytes, backoff_max: float) -> float:
    """The wait announced after a first connection that sent ``retry: <retry>`` and an event."""
    scripts = [[head() + b"retry: " + retry + b"\n\n" + ev("a")], [head(), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, rng=MaxRandom(), backoff_max=backoff_max)
        h.start()
        await server.wait_conns(2)
        await h.stop()
        return h.delays()[0]


async def test_retry_is_clamped_to_half_a_second(client) -> None:
    assert await first_delay_after_retry(client, b"0", backoff_max=1.0) == pytest.approx(0.5)


async def test_retry_field_never_stretches_the_wait_beyond_backoff_max(client) -> None:
    assert await first_delay_after_retry(client, b"300000", backoff_max=0.4) == pytest.approx(0.4)


async def test_every_reconnect_that_went_live_resets_the_backoff(client) -> None:
    flap = [head() + ev("x")]
    scripts = [simple(503), simple(503)] + [flap] * 4
    async with ScriptedServer(scripts, default=[head(), Hold()]) as server:
        h = Harness(server, client, rng=MaxRandom(), backoff_initial=0.05, backoff_max=10.0)
        h.start()
        await server.wait_conns(7, timeout=8)
        await h.stop()
        delays = h.delays()
        # Two quick failures wait the base delay (the trouble is young); every drop of a stream
        # that went live (its snapshot delivered) starts again from the base, however often it
        # happens: a run of short outages never leaves the client blind for long.
        assert delays[:6] == pytest.approx([0.05] * 6)


# -- refusals -------------------------------------------------------------------------------


async def test_403_reauthenticates_once_then_fails(client) -> None:
    reauth = Renewals()

    scripts = [simple(403, b'{"error":"SECRET-BODY"}'), simple(403, b'{"error":"SECRET-BODY"}')]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, reauthenticate=reauth)
        h.start()
        await h.finished()
        await asyncio.sleep(0.3)
        assert reauth.calls == 1
        assert len(server.conns) == 2
        assert h.sup.status.state is S.FAILED
        assert h.sup.status.reason.startswith("Not authorised: the ticket was refused")
        assert "SECRET" not in h.sup.status.reason and "403" in h.sup.status.reason
        assert server.conns[1].header("authorization") == "Bearer SECRET-2"


async def test_a_401_right_after_new_credentials_renews_again_after_a_wait(client) -> None:
    """The new ticket expired too (or another stream's renewal replaced it): renew again — after a
    backoff wait, never in a tight loop — and fail only when the renewal itself is refused."""
    reauth = Renewals()

    scripts = [simple(401), simple(401), simple(401)]
    async with ScriptedServer(scripts, default=[head() + ev("in"), Hold()]) as server:
        h = Harness(server, client, reauthenticate=reauth, rng=MaxRandom())
        h.start()
        await h.until(lambda: h.data == ["in"])
        await h.stop()
        assert reauth.calls == 3 and len(server.conns) == 4
        assert S.FAILED not in h.states()
        gaps = [b.opened_at - a.opened_at for a, b in zip(server.conns[1:], server.conns[2:])]
        assert all(gap >= 0.045 for gap in gaps)  # a backoff wait (the base, 0.05 s) before each renewal


async def test_401_then_success_resets_the_reauthentication(client) -> None:
    reauth = Renewals()

    scripts = [simple(401), [head() + ev("a")], simple(401), [head() + ev("b"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, reauthenticate=reauth)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        assert reauth.calls == 2


@pytest.mark.parametrize("reauth_result", [None, False])
async def test_403_without_successful_reauthentication_fails(client, reauth_result) -> None:
    kwargs = {}
    if reauth_result is False:
        async def refuse() -> bool:
            return False

        kwargs["reauthenticate"] = refuse
    async with ScriptedServer([simple(403)]) as server:
        h = Harness(server, client, **kwargs)
        h.start()
        await h.finished()
        await asyncio.sleep(0.3)
        assert len(server.conns) == 1
        assert h.states()[-1] is S.FAILED
        assert "403" in h.sup.status.reason


async def test_404_fails_without_retrying(client) -> None:
    async with ScriptedServer([simple(404, b"<html>SECRET</html>", content_type="text/html")]) as server:
        h = Harness(server, client)
        h.start()
        await h.finished()
        await asyncio.sleep(0.3)
        assert len(server.conns) == 1
        assert h.sup.status.state is S.FAILED
        assert "404" in h.sup.status.reason and "SECRET" not in h.sup.status.reason
        assert "ticket" not in h.sup.status.reason


async def test_503_honours_retry_after(client) -> None:
    scripts = [simple(503, headers=[("Retry-After", "1")]), [head() + ev("a"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, backoff_max=5.0)
        h.start()
        await h.until(lambda: h.data == ["a"])
        await h.stop()
        gap = server.conns[1].opened_at - server.conns[0].opened_at
        assert gap >= 0.9
        waiting = h.waits()[0]
        assert waiting.retry_in == pytest.approx(1.0)
        assert waiting.reason == "server error (HTTP 503)"


async def test_429_with_http_date_and_clamping(client) -> None:
    date = email.utils.formatdate(time.time() + 3600, usegmt=True)
    scripts = [simple(429, headers=[("Retry-After", date)]), simple(429), [head() + ev("a"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, backoff_max=0.6, rng=MaxRandom())
        h.start()
        await h.until(lambda: h.data == ["a"])
        await h.stop()
        waits = h.waits()
        assert waits[0].retry_in == pytest.approx(0.6)  # an hour, clamped to backoff_max
        assert waits[0].reason == "rate limited (HTTP 429)"
        assert 0 < waits[1].retry_in <= 0.6  # no Retry-After: ordinary backoff


def test_parse_retry_after() -> None:
    now = 1_700_000_000.0
    assert parse_retry_after("5") == 5.0
    assert parse_retry_after(" 0 ") == 0.0
    assert parse_retry_after(email.utils.formatdate(now + 30, usegmt=True), now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after(email.utils.formatdate(now - 30, usegmt=True), now=now) == 0.0
    for bad in (None, "", "-1", "soon", "1.5", "²", "٣", "\ud800", "Wed, 21 Oct 99999 07:28:00 GMT"):
        assert parse_retry_after(bad) is None
    assert parse_retry_after("9" * 5000) == 3600.0


async def test_html_200_backs_off_instead_of_hammering(client) -> None:
    login = simple(200, b"<html>SECRET login</html>", content_type="text/html; charset=utf-8")
    opened = 0

    async def on_open() -> None:
        nonlocal opened
        opened += 1

    async with ScriptedServer(default=login) as server:
        h = Harness(server, client, rng=MaxRandom(), on_open=on_open)
        h.start()
        await asyncio.sleep(1.5)
        # Stop while it waits, not while it connects (a cancellation landing right after the TCP
        # connect leaves a NEW connection in httpcore 1.0.9's pool until the client closes).
        await h.until(lambda: h.sup.status.retry_in is not None)
        await h.stop()
        # Delays 0.05, 0.1, 0.2, 0.4, 0.4, … → about six attempts in 1.5 s, not hundreds.
        assert 3 <= len(server.conns) <= 10
        assert S.LIVE not in h.states()
        assert opened == 0
        reasons = {s.reason for s in h.statuses if s.state is S.RECONNECTING}
        assert "unexpected response (HTTP 200, not an event stream)" in reasons
        assert not any("SECRET" in r for r in reasons)


async def test_refused_connection_backs_off(client) -> None:
    async with ScriptedServer() as server:
        url = server.url
    # The port is closed now: connecting fails at once, every time.
    statuses: list[ConnectionStatus] = []
    sup = StreamSupervisor(client=client, url=url, headers=dict, on_event=lambda e: None,
                           on_status=statuses.append, heartbeat_interval=HB, backoff_initial=0.05,
                           backoff_max=0.4, rng=MaxRandom())
    task = asyncio.create_task(sup.run())
    await asyncio.sleep(1.6)
    sup.stop()
    await asyncio.wait_for(task, 3)
    waits = [(s.at, s.retry_in) for s in statuses if s.state is S.RECONNECTING and s.retry_in is not None]
    delays = [w for _at, w in waits]
    # The wait grows with the trouble's age — at most half of it, at least the base — up to the cap.
    assert delays[0] == pytest.approx(0.05)
    assert delays == sorted(delays)
    began = waits[0][0]
    for at, wait in waits:
        assert wait <= max(0.05, 0.5 * (at - began)) + 1e-3  # the stamps are taken a few µs apart
    assert delays[-1] == pytest.approx(0.4)
    assert len(waits) < 16
    assert {s.reason for s in statuses if s.state is S.RECONNECTING} == {"could not connect"}


# -- callbacks ------------------------------------------------------------------------------


async def test_on_open_runs_on_every_connect_before_events(client) -> None:
    scripts = [[head() + ev("a")], [head() + ev("b"), Hold()]]
    seen_states: list[ConnectionState] = []
    async with ScriptedServer(scripts) as server:
        h: Harness

        async def on_open() -> None:
            seen_states.append(h.sup.status.state)
            await asyncio.sleep(0.05)  # a REST read; bytes arrive meanwhile
            h.log.append("open")

        h = Harness(server, client, on_open=on_open)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        assert h.log == ["open", "event:a", "open", "event:b"]
        assert S.LIVE not in seen_states  # LIVE comes only after the snapshot was read
        live_at = [s.at for s in h.statuses if s.state is S.LIVE]
        assert len(live_at) == 2


async def test_on_open_failure_is_retried_and_its_events_dropped(client) -> None:
    attempts = 0

    async def on_open() -> None:
        nonlocal attempts
        attempts += 1
        if attempts == 1:
            raise RuntimeError("snapshot failed")

    scripts = [[head() + ev("lost"), Hold()], [head() + ev("kept"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, on_open=on_open)
        h.start()
        await h.until(lambda: h.data == ["kept"])
        await h.stop()
        assert attempts == 2
        assert S.LIVE in h.states()
        reasons = [s.reason for s in h.statuses if s.state is S.RECONNECTING]
        assert reasons[0] == "could not refresh the current state"
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


async def test_should_stop_on_end_true_ends_run(client) -> None:
    should_stop = Asked()

    async with ScriptedServer([[head() + ev("bye")]]) as server:
        h = Harness(server, client, should_stop_on_end=should_stop)
        h.start()
        await h.finished()
        await asyncio.sleep(0.3)
        assert h.data == ["bye"]
        assert should_stop.calls == 1
        assert len(server.conns) == 1
        assert h.sup.status.state is not S.FAILED


async def test_should_stop_on_end_is_not_asked_after_a_drop(client) -> None:
    should_stop = Asked()

    scripts = [[head(chunked=True) + chunk(ev("a"))], [head() + ev("b"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, should_stop_on_end=should_stop)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        assert should_stop.calls == 0


async def test_exception_in_on_event_does_not_kill_the_stream(client, caplog) -> None:
    got: list[str] = []

    async def on_event(event: ServerSentEvent) -> None:
        got.append(event.data)
        if event.data == "boom":
            raise ValueError("handler bug")

    async with ScriptedServer([[head() + ev("boom") + ev("fine"), Hold()]]) as server:
        h = Harness(server, client, on_event=on_event)
        with caplog.at_level(logging.ERROR, logger="cti_desktop.core.streams"):
            h.start()
            await h.until(lambda: got == ["boom", "fine"])
            await h.stop()
        assert len(server.conns) == 1
        errors = [r for r in caplog.records if r.name == "cti_desktop.core.streams" and r.exc_info]
        assert errors and isinstance(errors[0].exc_info[1], ValueError)


async def test_line_too_long_is_a_broken_connection(client) -> None:
    huge = head() + b"data: " + b"x" * ((1 << 20) + 10)
    async with ScriptedServer([[huge, Hold()], [head() + ev("ok"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["ok"])
        await h.stop()
        assert [s.reason for s in h.statuses if s.state is S.RECONNECTING][0] == "malformed event stream"
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


# -- ending ---------------------------------------------------------------------------------


async def test_stop_closes_the_connection_and_leaves_no_tasks(client) -> None:
    async with ScriptedServer([[head() + ev("a"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["a"])
        await h.stop()
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)
        assert pool_connections(client) == []
        await assert_no_leaks(server)
        assert len(server.conns) == 1


async def test_cancel_closes_the_connection_and_leaves_no_tasks(client) -> None:
    async with ScriptedServer([[head() + ev("a"), Hold()]]) as server:
        h = Harness(server, client)
        task = h.start()
        await h.until(lambda: h.data == ["a"])
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 3)
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)
        assert pool_connections(client) == []
        await assert_no_leaks(server)


async def test_cancel_during_on_open_and_during_connect(client) -> None:
    gate = asyncio.Event()

    async def on_open() -> None:
        gate.set()
        await asyncio.sleep(30)

    async with ScriptedServer([[head() + ev("a"), Hold()]]) as server:
        h = Harness(server, client, on_open=on_open)
        task = h.start()
        await asyncio.wait_for(gate.wait(), 3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await asyncio.wait_for(task, 3)
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)
        await assert_no_leaks(server)


async def test_stop_during_backoff_returns_promptly(client) -> None:
    async with ScriptedServer(default=simple(503, headers=[("Retry-After", "30")])) as server:
        h = Harness(server, client, backoff_max=60.0)
        h.start()
        await h.until(lambda: any(s.retry_in for s in h.statuses))
        t0 = time.monotonic()
        await h.stop()
        assert time.monotonic() - t0 < 2.0
        assert len(server.conns) == 1


async def test_stop_from_inside_on_event(client) -> None:
    h: Harness

    def on_event(event: ServerSentEvent) -> None:
        h.log.append(event.data)
        h.sup.stop()

    async with ScriptedServer([[head() + ev("a") + ev("b"), Hold()]]) as server:
        h = Harness(server, client, on_event=on_event)
        h.start()
        await h.finished(3)
        assert h.log == ["a"]
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


async def test_secrets_stay_out_of_our_logs_and_reasons(client, caplog) -> None:
    scripts = [
        simple(503, b"SECRET-BODY"),
        simple(200, b"<html>SECRET</html>", content_type="text/html"),
        [head(chunked=True) + chunk(ev("a"))],
        simple(401, b"SECRET-BODY"),
    ]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client)
        with caplog.at_level(logging.DEBUG, logger="cti_desktop.core.streams"):
            h.start()
            await h.finished()
    ours = [r for r in caplog.records if r.name == "cti_desktop.core.streams"]
    assert ours
    text = "\n".join(r.getMessage() for r in ours)
    assert "SECRET" not in text and "ticket=" not in text
    assert not any("SECRET" in s.reason for s in h.statuses)
    assert h.sup.status.state is S.FAILED


async def test_run_twice_at_once_is_refused(client) -> None:
    async with ScriptedServer([[head(), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await server.wait_conns(1)
        with pytest.raises(RuntimeError):
            await h.sup.run()
        await h.stop()


async def test_stop_from_a_status_callback(client) -> None:
    h: Harness

    def on_status(status: ConnectionStatus) -> None:
        h.statuses.append(status)
        if status.state is S.LIVE:
            h.sup.stop()

    async with ScriptedServer([[head() + ev("a"), Hold()]]) as server:
        h = Harness(server, client, on_status=on_status)
        h.start()
        await h.finished(3)
        assert h.data == []
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)
        assert len(server.conns) == 1


async def test_the_callers_header_mapping_is_not_mutated(client) -> None:
    mine = {"Authorization": "Bearer SECRET", "Accept": "application/json"}
    async with ScriptedServer([[head() + ev("a")], [head() + ev("b"), Hold()]]) as server:
        h = Harness(server, client, headers=lambda: mine)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        await h.stop()
        assert mine == {"Authorization": "Bearer SECRET", "Accept": "application/json"}
        assert server.conns[1].header("accept") == "text/event-stream"
        assert server.conns[1].header("authorization") == "Bearer SECRET"


async def test_watchdog_drops_a_connection_whose_handler_hangs(client) -> None:
    hung = asyncio.Event()

    async def on_event(event: ServerSentEvent) -> None:
        if event.data == "hang":
            hung.set()
            await asyncio.sleep(30)  # nothing is read meanwhile, so no read timeout can fire
        got.append(event.data)

    got: list[str] = []
    scripts = [[head() + ev("hang", id="1"), Hold()], [head() + ev("next"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, on_event=on_event)
        h.start()
        await h.until(lambda: got == ["next"], timeout=8)
        await h.stop()
        assert hung.is_set()
        # The interrupted event did not count as handled: the server is asked for it again.
        assert server.conns[1].header("last-event-id") is None
        reasons = [s.reason for s in h.statuses if s.state is S.RECONNECTING]
        assert reasons[0] == "no heartbeat from the server"
        assert S.STALE in h.states()
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


# -- cooperative delivery ---------------------------------------------------------------------


async def test_many_events_of_one_chunk_are_delivered_in_order_in_slices_that_let_the_loop_run(client) -> None:
    """A chunk of hundreds of events is handled in slices: other tasks (the GUI under qasync) get
    turns in between; order and Last-Event-ID are those of one event at a time."""
    from cti_desktop.core.stream_connection import YIELD_EVERY_EVENTS

    count = 5 * YIELD_EVERY_EVENTS + 3
    body = b"".join(ev(f"e{n}", id=str(n)) for n in range(count))
    turns = 0
    seen_turns: list[int] = []
    ids_when_handled: list[str] = []

    async def other_task() -> None:
        nonlocal turns
        while True:
            turns += 1
            await asyncio.sleep(0)

    async with ScriptedServer([[head() + body, Hold()], [head(), Hold()]]) as server:
        h = Harness(server, client, should_stop_on_end=lambda: False)

        def on_event(event: ServerSentEvent) -> None:
            h.events.append(event)
            seen_turns.append(turns)
            ids_when_handled.append(h.sup.last_event_id)

        h.sup._on_event = on_event
        runner = asyncio.create_task(other_task())
        try:
            h.start()
            await h.until(lambda: len(h.data) == count)
        finally:
            runner.cancel()
            await asyncio.gather(runner, return_exceptions=True)
        assert h.data == [f"e{n}" for n in range(count)]
        assert h.sup.last_event_id == str(count - 1)
        # While event n is handled, Last-Event-ID is that of event n - 1: never ahead of what was handled.
        assert ids_when_handled[1:] == [str(n) for n in range(count - 1)]
        # The other task ran in between (at least once per slice), not only before and after.
        assert len(set(seen_turns)) >= count // YIELD_EVERY_EVENTS
        await h.stop()
    await assert_no_leaks(server)


# -- bounded recovery ------------------------------------------------------------------------


async def test_a_run_of_short_outages_never_stretches_the_wait(client) -> None:
    """Finding 1: after a few drops the next wait used to grow towards backoff_max; now every
    reconnect that delivered its snapshot starts the backoff again."""
    flap = [head() + ev("x")]
    scripts = ([simple(503), flap] * 6)
    async with ScriptedServer(scripts, default=[head(), Hold()]) as server:
        h = Harness(server, client, rng=MaxRandom(), backoff_initial=0.05, backoff_max=5.0)
        h.start()
        await server.wait_conns(13, timeout=8)
        await h.stop()
        delays = h.delays()
        assert max(delays) <= 0.1 + 1e-9


async def test_reconnect_skips_the_backoff_wait_and_rereads(client) -> None:
    opens = 0

    async def on_open() -> None:
        nonlocal opens
        opens += 1

    scripts = [simple(503), simple(503), simple(503)]
    async with ScriptedServer(scripts, default=[head() + ev("up"), Hold()]) as server:
        h = Harness(server, client, rng=MaxRandom(), on_open=on_open, backoff_initial=2.0, backoff_max=8.0)
        h.start()
        await server.wait_conns(2, timeout=8)  # now waiting 2 s before the third attempt
        await h.until(lambda: len(server.conns) == 2 and h.sup.status.retry_in is not None)
        asked = time.monotonic()
        h.sup.reconnect("the network changed")
        await server.wait_conns(3, timeout=2)
        assert time.monotonic() - asked < 1.0
        # a live connection is dropped and opened again at once, with a fresh snapshot
        await h.until(lambda: h.data == ["up"], timeout=8)
        before = len(server.conns)
        h.sup.reconnect("the machine woke up")
        await h.until(lambda: len(server.conns) == before + 1 and h.data == ["up", "up"], timeout=2)
        await h.stop()
        assert opens == 2
        await asyncio.wait_for(server.conns[before - 1].client_closed.wait(), 2)


async def test_reconnect_from_inside_an_event_handler(client) -> None:
    h: Harness

    def on_event(event: ServerSentEvent) -> None:
        h.events.append(event)
        if event.data == "garbled":
            h.sup.reconnect("an event could not be read")

    scripts = [[head() + ev("garbled") + ev("after"), Hold()], [head() + ev("fresh"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, on_event=on_event, backoff_initial=5.0, backoff_max=10.0)
        h.start()
        await h.until(lambda: h.data[-1:] == ["fresh"], timeout=3)
        await h.stop()
        assert h.data == ["garbled", "fresh"]  # nothing of the old connection after the request


async def test_reauthentication_that_meets_a_server_error_is_retried(client) -> None:
    """Finding 2: a 5xx (or an unreadable answer) to the ticket request used to end the stream for good."""
    from cti_desktop.core.errors import ServerUnavailable

    answers = [ServerUnavailable("server error (HTTP 503)", retry_after=0.1), RuntimeError("garbled"), True]
    calls = 0

    async def reauth() -> bool:
        nonlocal calls
        calls += 1
        answer = answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer

    async with ScriptedServer([simple(401)], default=[head() + ev("back"), Hold()]) as server:
        h = Harness(server, client, reauthenticate=reauth)
        h.start()
        await h.until(lambda: h.data == ["back"], timeout=5)
        await h.stop()
        assert calls == 3
        assert S.FAILED not in h.states()
        reasons = [s.reason for s in h.statuses if s.state is S.RECONNECTING]
        assert any(r.startswith("signing in again failed: server error") for r in reasons)


async def test_a_definite_refusal_of_the_credentials_fails_in_words(client) -> None:
    async def refuse() -> bool:
        return False

    async with ScriptedServer([simple(401)]) as server:
        h = Harness(server, client, reauthenticate=refuse)
        h.start()
        await h.finished()
        assert h.sup.status.state is S.FAILED
        assert h.sup.status.reason == "Not authorised: the ticket was refused (HTTP 401)"


async def test_a_stream_that_speaks_again_after_a_stale_silence_rereads_first(client) -> None:
    opens = 0

    async def on_open() -> None:
        nonlocal opens
        opens += 1

    script = [head() + ev("a"), Sleep(1.7 * HB), ev("b"), Hold()]
    async with ScriptedServer([script]) as server:
        h = Harness(server, client, on_open=on_open)
        h.start()
        await h.until(lambda: h.data == ["a", "b"] and h.states()[-1] is S.LIVE)
        await h.stop()
        assert len(server.conns) == 1
        assert opens == 2  # at connect, and again when the silence ended


# -- the WHATWG corners ----------------------------------------------------------------------


async def test_any_event_id_is_sent_back_as_utf8(client) -> None:
    scripts = [[head() + "id: é€-٣\0x\nid: é€-٣\ndata: a\n\n".encode()], [head(), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client)
        h.start()
        await server.wait_conns(2)
        await h.until(lambda: h.sup.status.state is S.LIVE and len(server.conns) == 2)
        await h.stop()
        raw = server.conns[1].header("last-event-id")  # the test server reads headers as latin-1
        assert raw is not None and raw.encode("latin-1") == "é€-٣".encode()


async def test_empty_data_events_are_not_delivered(client) -> None:
    async with ScriptedServer([[head() + b"data:\n\n" + b"id: 9\ndata\n\n" + ev("a"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["a"])
        await h.stop()
        assert h.sup.last_event_id == "9"


async def test_a_redirect_is_followed(client) -> None:
    moved = b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /moved\r\nContent-Length: 0\r\n\r\n"
    async with ScriptedServer([[moved], [head() + ev("here"), Hold()]]) as server:
        h = Harness(server, client)
        h.start()
        await h.until(lambda: h.data == ["here"])
        await h.stop()
        assert server.conns[1].request_line.split()[1] == "/moved"


# -- events beside the re-read (events_during_refresh) ---------------------------------------


async def test_events_beside_the_reread_are_delivered_while_it_runs_and_live_waits_for_it(client) -> None:
    """The per-call streams' mode: what the stream says during the read is not held back behind
    it (the call store tells which is newer), yet LIVE still comes only after the read."""
    release = asyncio.Event()
    seen_during: list[list[str]] = []

    async def on_open() -> None:
        h.log.append("open")
        await release.wait()
        seen_during.append(list(h.data))
        h.log.append("read")

    script = [head() + ev("a"), Sleep(0.1), ev("b"), Hold()]
    async with ScriptedServer([script]) as server:
        h = Harness(server, client, on_open=on_open, events_during_refresh=True)
        h.start()
        await h.until(lambda: h.data == ["a", "b"])
        assert S.LIVE not in h.states()
        release.set()
        await h.until(lambda: h.states()[-1] is S.LIVE)
        await h.stop()
        assert seen_during == [["a", "b"]]
        assert h.log == ["open", "event:a", "event:b", "read"]


async def test_a_failed_reread_beside_the_events_ends_the_connection_and_backs_off(client) -> None:
    attempts = 0

    async def on_open() -> None:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0.05)
        if attempts == 1:
            raise UserFacingError("the snapshot could not be read")

    scripts = [[head() + ev("first"), Hold()], [head() + ev("second"), Hold()]]
    async with ScriptedServer(scripts) as server:
        h = Harness(server, client, on_open=on_open, events_during_refresh=True)
        h.start()
        await h.until(lambda: h.data == ["first", "second"] and h.states()[-1] is S.LIVE)
        await h.stop()
        assert attempts == 2
        waits = [s for s in h.statuses if s.state is S.RECONNECTING]
        assert waits[0].reason == "could not refresh the current state"
        assert any(s.retry_in for s in waits), "a failed read is retried after a wait, not at once"
        await asyncio.wait_for(server.conns[0].client_closed.wait(), 2)


async def test_a_stale_stream_rereads_beside_its_events_before_it_is_live_again(client) -> None:
    opens = 0
    release = asyncio.Event()

    async def on_open() -> None:
        nonlocal opens
        opens += 1
        if opens == 2:
            await release.wait()

    script = [head() + ev("a"), Sleep(1.7 * HB), ev("b"), Sleep(0.05), ev("c"), Hold()]
    async with ScriptedServer([script]) as server:
        h = Harness(server, client, on_open=on_open, events_during_refresh=True)
        h.start()
        await h.until(lambda: h.data == ["a", "b", "c"])
        assert h.sup.status.state is S.STALE  # spoken again, but not re-read yet
        release.set()
        await h.until(lambda: h.sup.status.state is S.LIVE)
        await h.stop()
        assert opens == 2 and len(server.conns) == 1


async def test_stopping_during_a_reread_beside_the_events_cancels_it(client) -> None:
    cancelled = asyncio.Event()

    async def on_open() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancelled.set()
            raise

    async with ScriptedServer([[head() + ev("a"), Hold()]]) as server:
        h = Harness(server, client, on_open=on_open, events_during_refresh=True)
        h.start()
        await h.until(lambda: h.data == ["a"])
        await asyncio.wait_for(h.stop(), 3)
        assert cancelled.is_set()
        assert not [t for t in asyncio.all_tasks() if t.get_name().endswith(":refresh") and not t.done()]
