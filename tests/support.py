"""Small helpers shared by tests (importable as ``support``)."""

from __future__ import annotations

import argparse

import asyncio
import contextlib
import functools
import ssl
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, AsyncIterator, Awaitable, Callable

import httpx

if TYPE_CHECKING:
    from cti_desktop.providers.dstny.client import DstnyClient


@functools.cache
def tls() -> ssl.SSLContext:
    """One TLS context for every test client (building one per client costs ~0.1 s; all traffic is
    plain HTTP on loopback anyway)."""
    return ssl.create_default_context()


async def until(predicate: Callable[[], object], timeout: float = 5.0, what: str = "", *, interval: float = 0.02) -> None:
    """Wait (on the running loop, so Qt and asyncio keep working) until ``predicate()`` is truthy."""
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or predicate}")
        await asyncio.sleep(interval)


class LoopbackServer:
    """A scripted asyncio TCP server on 127.0.0.1 (a free port) for the life of an ``async with``.
    A subclass answers in ``_handle(reader, writer)``; ``_closing()`` runs between closing the
    listening socket and waiting for it to be closed (to cancel the connections' own tasks)."""

    port = 0
    _server: asyncio.base_events.Server | None = None

    async def __aenter__(self):
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def __aexit__(self, *exc) -> None:
        assert self._server is not None
        self._server.close()
        await self._closing()
        await self._server.wait_closed()

    async def _closing(self) -> None:
        """Nothing more to close by default."""


class SentRequests:
    """The requests an ``httpx.AsyncClient`` really sends, as ``(method, path)`` (an event hook on
    it, taken off again by ``close()``)."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.requests: list[tuple[str, str]] = []
        self._http = http
        http.event_hooks["request"].append(self._seen)

    async def _seen(self, request: httpx.Request) -> None:
        self.requests.append((request.method, request.url.path))

    def to(self, method: str, path_part: str) -> int:
        """How many ``method`` requests went to a path with ``path_part`` in it."""
        return sum(1 for m, p in self.requests if m == method and path_part in p)

    def count(self, suffix: str, method: str = "GET") -> int:
        """How many ``method`` requests went to a path ending in ``suffix``."""
        return sum(1 for m, p in self.requests if m == method and p.endswith(suffix))

    def close(self) -> None:
        self._http.event_hooks["request"].remove(self._seen)


async def until_value(read: Callable[[], Awaitable[object]], timeout: float = 5.0, what: str = "") -> object:
    """Await ``read()`` until it gives something truthy (every 50 ms) and return that."""
    deadline = time.monotonic() + timeout
    while not (found := await read()):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what or read}")
        await asyncio.sleep(0.05)
    return found


async def call_in_status(client, call_id: str, status) -> object:
    """The call ``call_id`` as the client reads it, if it is in ``status``; else None."""
    call = await client.get_call(call_id)
    return call if call is not None and call.status == status else None


async def first_event_data(client: httpx.AsyncClient, path: str) -> str:
    """The data of the first event with data on the SSE stream at ``path``; fails if the stream
    ends before one came (a test that looks at it can then not pass for want of events)."""
    from httpx_sse import aconnect_sse

    async with aconnect_sse(client, "GET", path) as source:
        async for event in source.aiter_sse():
            if event.data:
                return event.data
    raise AssertionError(f"the stream {path} ended without an event")


def reset_around(server, **client_options):
    """Yield ``server`` (a simulator thread) reset to its seeded state, and reset it again after the
    test: no calls, faults cleared. Every simulator fixture is this, whatever the vendor."""
    with httpx.Client(timeout=10, **client_options) as control:
        control.post(server.base_url + "/_sim/reset").raise_for_status()
        yield server
        control.post(server.base_url + "/_sim/reset").raise_for_status()


def sim_post(sim, path: str, json: object | None = None) -> dict:
    response = httpx.post(sim.base_url + path, json=json, timeout=10)
    response.raise_for_status()
    return response.json() if response.content else {}


async def arequest(server, method: str, path: str, json: object | None = None) -> dict:
    """A control request that does not block the loop (the Voxloud simulator delivers webhooks to a
    receiver running on this very loop before it answers); its JSON answer, ``{}`` when empty."""
    async with httpx.AsyncClient(trust_env=False, timeout=15) as http:
        response = await http.request(method, server.base_url + path, json=json)
    response.raise_for_status()
    return response.json() if response.content else {}


async def apost(server, path: str, json: object | None = None) -> dict:
    """``arequest`` with POST."""
    return await arequest(server, "POST", path, json)


def commlog_of(sim, user: str = "agent1") -> dict[str, dict]:
    """The simulator's communication log of ``user`` and of their groups' inboxes, by item id."""
    org = sim.sim.org
    items = list(org.users[user].commlog) + [i for g in org.groups_of(user) for i in org.group_inbox.get(g.gid, ())]
    return {str(i["itemId"]): i for i in items}


def sim_state(sim) -> dict:
    response = httpx.get(sim.base_url + "/_sim/state", timeout=10)
    response.raise_for_status()
    return response.json()


# ---------------------------------------------------------------------- Dstny clients for tests
DSTNY_DOMAIN = "demo.example"


def loopback_http(on_request: Callable[[httpx.Request], Awaitable[None]] | None = None, *,
                  timeout: float = 10.0) -> httpx.AsyncClient:
    """An http client for a simulator on loopback (no proxy from the environment); ``on_request``,
    when given, is awaited with every request it sends. The caller closes it."""
    hooks = {"request": [on_request]} if on_request is not None else {}
    return httpx.AsyncClient(timeout=timeout, trust_env=False, event_hooks=hooks)


def dstny_client(sim, http: httpx.AsyncClient, user: str = "agent1", **options) -> DstnyClient:
    """A ``DstnyClient`` of ``user`` of the Dstny simulator ``sim`` over ``http``, not signed in yet;
    its password is ``demo`` unless ``options`` (the client's own keywords) say otherwise."""
    from cti_desktop.providers.dstny.client import DstnyClient

    options.setdefault("password", "demo")
    return DstnyClient(http, api_url=sim.api_url, domain=DSTNY_DOMAIN, user=user, **options)


async def signed_in(sim, http: httpx.AsyncClient, user: str = "agent1", **options) -> DstnyClient:
    """``dstny_client(...)`` with a ticket of its own (``create_ticket``)."""
    client = dstny_client(sim, http, user, **options)
    await client.create_ticket()
    return client


@dataclass
class SignedIn:
    """What ``dstny_signed_in`` yields: the signed-in clients in the order asked for, the command
    http client they share, every request it sent (signing in included) and, when asked for, an
    http client for streams."""

    clients: list[DstnyClient]
    http: httpx.AsyncClient
    sent: list[httpx.Request]
    streams: httpx.AsyncClient | None = None

    @property
    def client(self) -> DstnyClient:
        """The first (often the only) client."""
        return self.clients[0]


@contextlib.asynccontextmanager
async def dstny_signed_in(sim, *users: str, on_request: Callable[[httpx.Request], Awaitable[None]] | None = None,
                          timeout: float = 10.0, streams: bool = False, **options) -> AsyncIterator[SignedIn]:
    """``users`` (agent1 when none are named) signed in to the Dstny simulator ``sim``, each with a
    ticket of their own, for the block: over one ``loopback_http(timeout=timeout)`` that records
    every request it sends and awaits ``on_request`` (when given) with each; ``options`` go to every
    client. With ``streams`` the block also has a loopback http client for change streams (5 s read
    timeout). Every http client is closed at the end."""
    sent: list[httpx.Request] = []

    async def record(request: httpx.Request) -> None:
        sent.append(request)
        if on_request is not None:
            await on_request(request)

    async with contextlib.AsyncExitStack() as stack:
        http = await stack.enter_async_context(loopback_http(record, timeout=timeout))
        stream_http = None
        if streams:
            stream_http = await stack.enter_async_context(
                httpx.AsyncClient(timeout=httpx.Timeout(10, read=5), trust_env=False))
        clients = [await signed_in(sim, http, user, **options) for user in users or ("agent1",)]
        yield SignedIn(clients, http, sent, stream_http)


# ------------------------------------------------------------------------- Dstny sessions for tests
def start_dstny_session(sim, arun, user: str):
    """A signed-in, live Session as ``user`` (password ``demo``) against the Dstny simulator.

    The caller closes it (``arun(session.aclose())``); ``agent_session`` in conftest does that."""
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny

    account = Account("dstny", sim.base_url, "demo.example", user)

    async def start():
        backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.1)
        session = Session(account, backend)
        session.start()
        assert await session.wait_live(10), f"session did not go live: {session.status}"
        return session

    return arun(start())


async def start_telavox_session(server, user: str = "agent1", *, options: dict | None = None, **connect_options):
    """A signed-in, live Session as ``user`` (password ``demo``) against the Telavox simulator
    ``server``, polling every 0.1 s unless ``connect_options`` say otherwise. The caller closes it."""
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.telavox.backend import connect_telavox

    account = Account("telavox", server.base_url, user=user, options=options or {})
    connect_options.setdefault("poll_interval", 0.1)
    connect_options.setdefault("backoff_initial", 0.1)
    backend = await connect_telavox(account, Credentials(password="demo"), **connect_options)
    session = Session(account, backend)
    session.start()
    try:
        assert await session.wait_live(5), session.status
    except BaseException:
        await session.aclose()
        raise
    return session


# ------------------------------------------------- ending a test body with the loop still running
# pytest-qt processes Qt events right after a test body, outside the asyncio loop: a stream still
# reconnecting, opening or closing at that moment fails there. Tests end their bodies with one of these.
def act(arun, *steps: Callable[[], object]) -> None:
    """Do widget steps while the asyncio loop runs, so the tasks they start step inside it."""

    async def run() -> None:
        for step in steps:
            step()
            await asyncio.sleep(0)

    arun(run())


def settle_live(arun, session) -> None:
    """After a fault, end the test body with the session live again and its streams quiet."""
    from cti_desktop.core.connection import ConnectionState

    arun(until(lambda: session.status.state is ConnectionState.LIVE, timeout=10, what="the session to be live"))
    arun(asyncio.sleep(0.3))


def hang_up_all(arun, session) -> None:
    """End the test with no calls left and their streams closed, hanging up through the API."""
    from cti_desktop.core.errors import UserFacingError

    async def run() -> None:
        for call in session.store.calls():
            try:
                await session.commands.run("hangup", call)
            except UserFacingError:  # it ended meanwhile
                pass
        await until(lambda: not session.store.calls(), what="every call to end")
        await asyncio.sleep(0.3)

    arun(run())


def end_all_calls(sim, arun, session, *, user: str = "agent1", pause: float = 0.3) -> None:
    """The far end hangs up every live call of ``user`` (through the simulator's control API);
    then wait until the session has no calls left and its call streams had ``pause`` s to finish."""
    for c in sim_state(sim)["calls"]:
        if c["user"] == user and c["status"] != "TERMINATED":
            sim_post(sim, f"/_sim/calls/{c['callId']}/remote-hangup")
    arun(until(lambda: not session.store.calls(), what="every call to end"))
    arun(asyncio.sleep(pause))


def demo_app(vendor: str, arun, keep_running):
    """The real app (``DesktopApp``, the composition root) signed in to the ``vendor`` demo, live;
    returns it and the list its quit appends to."""
    from cti_desktop.app import DesktopApp

    quits: list[bool] = []
    args = argparse.Namespace(server=None, domain=None, user=None, ca_file=None, heartbeat=1.0, demo=vendor,
                              seed=3, verbose=False, backend="dstny", option=[])
    controller = DesktopApp(args, app=keep_running, tray=False, backoff_initial=0.1, quit=lambda: quits.append(True))
    keep_running.setQuitOnLastWindowClosed(False)
    controller.start()
    arun(until(lambda: controller.window is not None and controller.window.vm.live, timeout=15))
    return controller, quits


# ------------------------------------------------------------- the vendor reference's JSON examples
def strip_redoc_markers(text: str) -> str:
    """Drop redoc's ``- `` list markers that follow ``{``, ``[``, ``,`` or a line start (outside strings)."""
    out: list[str] = []
    in_str = esc = False
    last = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if in_str:
            out.append(ch)
            if esc:
                esc = False
            elif ch == "\\":
                esc = True
            elif ch == '"':
                in_str, last = False, '"'
            i += 1
            continue
        if ch == '"':
            in_str = True
        elif ch == "-" and last in ("", "{", "[", ",") and i + 1 < len(text) and text[i + 1] in " \n":
            i += 1
            continue
        out.append(ch)
        if not ch.isspace():
            last = ch
        i += 1
    return "".join(out)
