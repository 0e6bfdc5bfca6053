"""The simulator's network and server faults over loopback: a stall that holds bytes, a dead link
(silence), a graceful close of every stream, ticket expiry, per-route faults, 429, garbled stream
events only, and streams answered by a captive portal's HTML page."""

from __future__ import annotations

import asyncio
import json
import time
import xml.etree.ElementTree as ET

import httpx
import pytest
from httpx_sse import SSEError, aconnect_sse
from support import first_event_data, sim_state, until

from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, password_ticket
from cti_desktop.simulator.dstny.server import SimulatorThread

D = "demo.example"
pytestmark = pytest.mark.timeout(60)


def path(route: str, user: str = "agent1") -> str:
    return DEFAULT_ROUTES[route].template.format(d=D, u=user)


def ticket_params(user: str) -> list[tuple[str, str]]:
    return [("platform", "other"), *[("api", s) for s in DEFAULT_SCOPES], ("name", "faults"), ("expires", "3600"),
            ("t", password_ticket(user, D, "demo", DEFAULT_SCOPES))]


def get_ticket(sim, user: str = "agent1") -> str:
    r = httpx.post(sim.api_url + path("ticket.create", user), params=ticket_params(user), timeout=10)
    assert r.status_code == 200, r.text
    return r.json()["token"]


def client(sim, user: str = "agent1") -> httpx.Client:
    return httpx.Client(base_url=sim.api_url, headers={"Authorization": "Bearer " + get_ticket(sim, user)}, timeout=10)


async def _auth(sim, user: str = "agent1") -> dict:
    return {"Authorization": "Bearer " + await asyncio.to_thread(get_ticket, sim, user)}


def assert_error_body(r: httpx.Response, status: int, code: str | None = None) -> None:
    assert r.status_code == status, r.text
    field = r.json()["field"][0]
    assert field["description"]
    if code:
        assert field["code"] == code


async def _post(c: httpx.AsyncClient, sim, route: str, body: dict | None = None) -> dict:
    r = await c.post(sim.base_url + route, json=body or {})
    assert r.status_code == 200, r.text
    return r.json()


class RawStream:
    """Reads one stream's raw bytes in the background, each chunk with the time it arrived."""

    def __init__(self, c: httpx.AsyncClient, url: str) -> None:
        self.c, self.url = c, url
        self.chunks: list[tuple[float, bytes]] = []
        self.ended: str | None = None  # "clean" or the transport error's class name
        self.task: asyncio.Task | None = None

    async def __aenter__(self) -> "RawStream":
        self.cm = self.c.stream("GET", self.url)
        self.response = await self.cm.__aenter__()
        assert self.response.status_code == 200

        async def read() -> None:
            try:
                async for chunk in self.response.aiter_raw():
                    self.chunks.append((time.monotonic(), chunk))
                self.ended = "clean"
            except httpx.TransportError as exc:
                self.ended = type(exc).__name__

        self.task = asyncio.create_task(read())
        return self

    async def __aexit__(self, *exc) -> None:
        assert self.task is not None
        self.task.cancel()
        try:
            await self.task
        except asyncio.CancelledError:
            pass
        await self.cm.__aexit__(None, None, None)

    def text(self, since: float = 0.0) -> str:
        return b"".join(b for t, b in self.chunks if t >= since).decode()

    async def wait_text(self, needle: str, timeout: float = 5.0) -> str:
        deadline = time.monotonic() + timeout
        while needle not in self.text() and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert needle in self.text(), f"{needle!r} never came; got {self.text()!r}"
        return self.text()


def _versions(text: str) -> list[int]:
    """The ``version`` attribute of every dialog-info document in the raw stream text, in order."""
    docs = []
    for block in text.split("\n\n"):
        data = "\n".join(line[6:] for line in block.split("\n") if line.startswith("data: "))
        if data:
            docs.append(int(ET.fromstring(data).get("version")))
    return docs


async def test_stall_holds_events_and_delivers_them_in_order_when_it_ends(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await _post(c, sim, "/_sim/config", {"heartbeat": 0.2})
        async with RawStream(c, path("cs.dialog_stream")) as s:
            await s.wait_text("version=\"0\"")
            await s.wait_text(": heartbeat")
            await _post(c, sim, "/_sim/faults", {"stall": True})
            await asyncio.sleep(0.1)
            stalled_at = time.monotonic()
            for n in range(3):
                await _post(c, sim, "/_sim/calls", {"to": "agent1", "from": f"+4670123456{n}"})
            await asyncio.sleep(1.0)  # five heartbeat periods
            assert s.text(since=stalled_at) == "", "a stalled stream wrote nothing, not even a heartbeat"
            await _post(c, sim, "/_sim/faults", {"stall": False})
            await s.wait_text("version=\"3\"")
            assert _versions(s.text()) == [0, 1, 2, 3], "every held event came, in order"
            await s.wait_text("version=\"3\"")
            resumed = time.monotonic()
            await asyncio.sleep(0.5)
            assert ": heartbeat" in s.text(since=resumed), "heartbeats resume after the stall"
            assert s.ended is None


async def test_a_drop_during_a_stall_cuts_the_stream(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with RawStream(c, path("cs.dialog_stream")) as s:
            await s.wait_text("version=\"0\"")
            await _post(c, sim, "/_sim/faults", {"stall": True})
            await _post(c, sim, "/_sim/calls", {"to": "agent1"})
            assert (await _post(c, sim, "/_sim/streams/drop"))["dropped"] == 1
            await until(lambda: s.ended is not None)
            assert s.ended == "RemoteProtocolError"
            assert _versions(s.text()) == [0], "the held event died with the connection"


async def test_silenced_streams_never_send_again_but_new_streams_work(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await _post(c, sim, "/_sim/config", {"heartbeat": 0.2})
        async with RawStream(c, path("cs.dialog_stream")) as dead:
            await dead.wait_text("version=\"0\"")
            assert (await _post(c, sim, "/_sim/streams/silence"))["silenced"] == 1
            silenced_at = time.monotonic()
            await _post(c, sim, "/_sim/calls", {"to": "agent1"})
            async with RawStream(c, path("cs.dialog_stream")) as fresh:
                await fresh.wait_text("version=\"0\"")
                await _post(c, sim, "/_sim/calls", {"to": "agent1", "from": "+46701111111"})
                await fresh.wait_text("version=\"1\"")
                await fresh.wait_text(": heartbeat")
            await until(lambda: sim_state(sim)["streams"] == 1)  # the fresh one is closed by its client
            assert (await _post(c, sim, "/_sim/streams/drop"))["dropped"] == 0, "a drop does not reach a dead link"
            assert (await _post(c, sim, "/_sim/streams/close"))["closed"] == 0, "nor does a graceful close"
            await asyncio.sleep(0.6)
            assert dead.text(since=silenced_at) == "" and dead.ended is None
            state = sim_state(sim)
            assert state["silentStreams"] == 1 and state["streamsByKind"] == {"dialog": 1}
        # the client closed it: the server lets go of it
        await until(lambda: sim_state(sim)["streams"] == 0)


async def test_reset_ends_silenced_streams(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with RawStream(c, path("cfg.stream")) as dead:
            await dead.wait_text("retry:")
            await _post(c, sim, "/_sim/streams/silence")
            await _post(c, sim, "/_sim/reset")
            await until(lambda: dead.ended is not None)
            assert dead.ended == "clean"


async def test_streams_close_ends_every_stream_cleanly(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        async with RawStream(c, path("cs.dialog_stream")) as a, RawStream(c, path("cfg.stream")) as b:
            await a.wait_text("version=\"0\"")
            await b.wait_text("retry:")
            assert (await _post(c, sim, "/_sim/streams/close"))["closed"] == 2
            await until(lambda: a.ended is not None and b.ended is not None)
            assert (a.ended, b.ended) == ("clean", "clean")
        r = await c.get(path("cs.snapshot"))
        assert r.status_code == 200, "a close is no outage"


def test_expired_tickets_are_401_for_that_user_only(sim):
    with client(sim, "agent5") as mine, client(sim, "agent6") as theirs:
        assert mine.get(path("pr.get", "agent5")).status_code == 200
        r = httpx.post(sim.base_url + "/_sim/tickets/expire", json={"user": "agent5"})
        assert r.status_code == 200 and r.json()["expired"] >= 1
        assert_error_body(mine.get(path("pr.get", "agent5")), 401, "ticket.invalid")
        assert theirs.get(path("pr.get", "agent6")).status_code == 200
        fresh = get_ticket(sim, "agent5")  # signing in again works
        r = httpx.get(sim.api_url + path("pr.get", "agent5"), headers={"Authorization": "Bearer " + fresh})
        assert r.status_code == 200
    assert httpx.post(sim.base_url + "/_sim/tickets/expire", json={"user": "nobody"}).status_code == 404


def test_expiring_without_a_user_expires_every_ticket():
    with SimulatorThread(seed=2, heartbeat=1.0) as s:
        with client(s, "agent1") as a, client(s, "agent2") as b:
            r = httpx.post(s.base_url + "/_sim/tickets/expire")
            assert r.status_code == 200 and r.json()["expired"] == 2
            assert a.get(path("pr.get", "agent1")).status_code == 401
            assert b.get(path("pr.get", "agent2")).status_code == 401
        assert sim_state(s)["tickets"] == 0


def test_faults_can_target_named_routes(sim):
    with client(sim) as c:
        r = httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1, "routes": ["ticket.create"]})
        assert r.status_code == 200 and r.json()["routes"] == ["ticket.create"]
        assert c.get(path("pr.get")).status_code == 200, "other routes are untouched"
        r = httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1"))
        assert_error_body(r, 503, "service.unavailable")
        assert r.headers["Retry-After"] == "1"
        httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 0, "malformedRate": 1}).raise_for_status()
        r = httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1"))
        assert r.status_code == 200
        with pytest.raises(ValueError):
            json.loads(r.content)
        assert c.get(path("pr.get")).json()["available"] is True
        httpx.post(sim.base_url + "/_sim/faults", json={"malformedRate": 0, "outageMs": 2000}).raise_for_status()
        assert c.get(path("pr.get")).status_code == 200
        assert httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1")).status_code == 503
        httpx.post(sim.base_url + "/_sim/faults", json={"routes": [], "outageMs": 0}).raise_for_status()
        assert httpx.post(sim.api_url + path("ticket.create"), params=ticket_params("agent1")).status_code == 200


def test_fault_control_refuses_unknown_routes_and_statuses(sim):
    for body in ({"routes": ["ticket.make"]}, {"routes": "ticket.create"}, {"status": 500}, {"retryAfter": -1}):
        r = httpx.post(sim.base_url + "/_sim/faults", json=body)
        assert r.status_code == 400 and r.json()["error"], body
    assert httpx.get(sim.base_url + "/_sim/faults").json()["routes"] == []


def test_error_status_429_with_retry_after(sim):
    with client(sim) as c:
        httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1, "status": 429, "retryAfter": 2}).raise_for_status()
        r = c.get(path("pr.get"))
        assert_error_body(r, 429)
        assert r.headers["Retry-After"] == "2"


async def test_stream_malformed_rate_garbles_stream_events_only(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await _post(c, sim, "/_sim/faults", {"streamMalformedRate": 1})
        assert (await c.get(path("cs.snapshot"))).json()["fullState"] is True, "REST bodies are intact"
        garbled = await first_event_data(c, path("cs.dialog_stream"))
        with pytest.raises(ET.ParseError):
            ET.fromstring(garbled)


async def test_malformed_rate_for_named_routes_leaves_stream_events_alone(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await _post(c, sim, "/_sim/faults", {"malformedRate": 1, "routes": ["cs.snapshot"]})
        with pytest.raises(ValueError):
            json.loads((await c.get(path("cs.snapshot"))).content)
        async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
            async for ev in es.aiter_sse():
                if ev.data:
                    assert ET.fromstring(ev.data).get("state") == "full"
                    break


async def test_stream_html_answers_a_login_page_instead_of_events(sim):
    h = await _auth(sim)
    async with httpx.AsyncClient(base_url=sim.api_url, headers=h, timeout=10) as c:
        await _post(c, sim, "/_sim/faults", {"streamHtml": True})
        async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
            assert es.response.status_code == 200
            assert es.response.headers["content-type"].startswith("text/html")
            with pytest.raises(SSEError):
                async for _ in es.aiter_sse():
                    pass
        assert (await c.get(path("cs.snapshot"))).status_code == 200, "REST still reaches the server"
        await _post(c, sim, "/_sim/faults", {"streamHtml": False})
        async with aconnect_sse(c, "GET", path("cs.dialog_stream")) as es:
            assert es.response.headers["content-type"].startswith("text/event-stream")


def test_the_user_answers_on_their_phone(sim):
    call_id = httpx.post(sim.base_url + "/_sim/calls", json={"to": "agent3"}).json()["callId"]
    r = httpx.post(sim.base_url + f"/_sim/calls/{call_id}/answer")
    assert r.status_code == 200 and r.json()["status"] == "ACTIVE"
    leg = next(c for c in sim_state(sim)["calls"] if c["callId"] == call_id)
    assert leg["status"] == "ACTIVE" and len(leg["deviceIds"]) == 1
    again = httpx.post(sim.base_url + f"/_sim/calls/{call_id}/answer")
    assert again.status_code == 400, "an answered call cannot be answered again"
