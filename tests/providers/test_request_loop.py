"""The one request loop (``providers/http.py``) and the vendors' auth strategies, over real loopback HTTP.

Two kinds of server: the PBX simulators (the real vendor clients, their real sign-in), and a tiny
scripted HTTP/1.1 server defined here, which answers by path and credentials so a test can make
every request refused, or the renewal itself fail, in exact bytes.
"""

from __future__ import annotations

import asyncio
import json
import logging

import httpx
import pytest
from support import LoopbackServer, dstny_client, dstny_signed_in

from cti_desktop.core.errors import AuthExpired, ServerUnavailable
from cti_desktop.providers.dstny.auth import TicketAuth
from cti_desktop.providers.dstny.errors import error_from_response, error_from_transport
from cti_desktop.providers.dstny.routes import RouteTable
from cti_desktop.providers.dstny.wire import MalformedResponse, parse_json
from cti_desktop.providers.http import HeaderAuth, RequestLoop, VendorDialect
from cti_desktop.providers.routing import Route
from cti_desktop.providers.telavox.client import TelavoxClient
from cti_desktop.providers.voxloud.client import VoxloudClient

pytestmark = pytest.mark.timeout(30)


# ----------------------------------------------------------------------------------------------
# A scripted loopback server: GET /api/... answers 200 only to "Bearer good-N" of the current N


class TicketServer(LoopbackServer):
    """``POST /sign-in`` → ``{"token": "good-N"}`` (N counts up) or the scripted failure;
    any other request → 200 ``{"ok": true}`` with the current token, else 401 (or always 401)."""

    def __init__(self) -> None:
        self.generation = 0
        self.sign_ins = 0
        self.requests: list[tuple[str, str, str]] = []  # method, path, authorization
        self.sign_in_answer: tuple[int, bytes] | None = None  # a scripted failure of the sign-in
        self.always_refuse = False
        self.sign_in_delay = 0.0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _answer(self, method: str, path: str, authorization: str) -> tuple[int, bytes]:
        if path == "/sign-in":
            self.sign_ins += 1
            await asyncio.sleep(self.sign_in_delay)
            if self.sign_in_answer is not None:
                return self.sign_in_answer
            self.generation += 1
            return 200, json.dumps({"token": f"good-{self.generation}"}).encode()
        if not self.always_refuse and authorization == f"Bearer good-{self.generation}":
            return 200, b'{"ok": true}'
        return 401, b'{"description": "ticket not valid"}'

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    raw = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = raw.decode("latin-1").split("\r\n")
                method, target, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, _, value = line.partition(":")
                        headers[name.strip().lower()] = value.strip()
                if int(headers.get("content-length", "0")):
                    await reader.readexactly(int(headers["content-length"]))
                path = target.split("?", 1)[0]
                self.requests.append((method, path, headers.get("authorization", "")))
                status, body = await self._answer(method, path, headers.get("authorization", ""))
                writer.write(f"HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\n"
                             f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
                await writer.drain()
        finally:
            writer.close()

    def api_requests(self) -> list[str]:
        return [auth for _, path, auth in self.requests if path != "/sign-in"]


def dstny_loop(http: httpx.AsyncClient, server: TicketServer, ticket: str | None) -> RequestLoop:
    """The loop as the Dstny client builds it, signing in at the scripted server's ``/sign-in``."""
    routes = RouteTable({"ticket.create": Route("POST", "/sign-in"), "pr.get": Route("GET", "/thing")})
    loop: RequestLoop

    async def sign_in() -> None:
        response = await loop.sign_in("ticket.create", refused="refused", headers={})
        auth.set(parse_json(response.content)["token"])

    auth = TicketAuth(ticket, sign_in=sign_in)
    dialect = VendorDialect(
        features={"pr.get": "Presence"},
        response_error=lambda response, *, feature, route: error_from_response(response, feature=feature),
        transport_error=error_from_transport, parse_json=parse_json, logger=logging.getLogger("test"),
    )
    loop = RequestLoop(http, dialect, routes=routes, base_url=server.url, auth=auth)
    return loop


@pytest.fixture
async def http():
    client = httpx.AsyncClient(timeout=httpx.Timeout(10.0))
    yield client
    await client.aclose()


async def test_a_401_renews_once_then_the_request_succeeds(http):
    async with TicketServer() as server:
        server.generation = 1
        loop = dstny_loop(http, server, "good-0")  # a ticket the server no longer takes
        assert await loop.json("pr.get") == {"ok": True}
        assert server.api_requests() == ["Bearer good-0", "Bearer good-2"] and server.sign_ins == 1


async def test_without_a_ticket_the_loop_signs_in_before_the_first_request(http):
    async with TicketServer() as server:
        loop = dstny_loop(http, server, None)
        assert await loop.json("pr.get") == {"ok": True}
        assert server.api_requests() == ["Bearer good-1"] and server.sign_ins == 1


async def test_a_401_after_the_renewal_stands_and_nothing_is_sent_a_third_time(http):
    async with TicketServer() as server:
        server.always_refuse = True
        loop = dstny_loop(http, server, "good-0")
        with pytest.raises(AuthExpired) as error:
            await loop.json("pr.get")
        assert error.value.detail == "ticket not valid"  # the answer's own words, as the vendor reads them
        assert server.api_requests() == ["Bearer good-0", "Bearer good-1"] and server.sign_ins == 1


async def test_a_renewal_that_meets_503_raises_server_unavailable_and_sends_nothing_more(http):
    async with TicketServer() as server:
        server.sign_in_answer = (503, b"{}")
        loop = dstny_loop(http, server, "good-old")
        with pytest.raises(ServerUnavailable) as error:
            await loop.json("pr.get")
        assert not isinstance(error.value, AuthExpired)
        assert server.api_requests() == ["Bearer good-old"]
        server.sign_in_answer = (500, b"{}")
        with pytest.raises(ServerUnavailable):  # raised, never False: the caller tries again later
            await loop.auth.renew(loop.auth.generation)


async def test_a_renewal_that_meets_garbage_raises_the_unreadable_answer(http):
    async with TicketServer() as server:
        server.sign_in_answer = (200, b"<html>login</html>")
        loop = dstny_loop(http, server, "good-old")
        with pytest.raises(MalformedResponse):
            await loop.json("pr.get")


async def test_a_refused_renewal_is_false_and_the_401_keeps_its_words(http):
    async with TicketServer() as server:
        server.sign_in_answer = (403, b"{}")
        loop = dstny_loop(http, server, "good-old")
        assert await loop.auth.renew(loop.auth.generation) is False
        with pytest.raises(AuthExpired) as error:
            await loop.json("pr.get")
        assert "no longer accepts this sign-in" in error.value.message


async def test_n_concurrent_401s_make_exactly_one_renewal(http):
    async with TicketServer() as server:
        server.generation = 1
        server.sign_in_delay = 0.2  # every request is refused before the first renewal ends
        loop = dstny_loop(http, server, "good-0")
        answers = await asyncio.gather(*(loop.json("pr.get") for _ in range(8)))
        assert answers == [{"ok": True}] * 8
        assert server.sign_ins == 1
        assert sorted(server.api_requests()) == ["Bearer good-0"] * 8 + ["Bearer good-2"] * 8


async def test_a_fixed_header_cannot_renew_and_is_sent_once(http):
    async with TicketServer() as server:
        loop = dstny_loop(http, server, None)
        loop.auth = HeaderAuth("Authorization", "Bearer portal-token", refused="The token was refused")
        with pytest.raises(AuthExpired) as error:
            await loop.json("pr.get")
        assert error.value.message == "The token was refused"
        assert server.api_requests() == ["Bearer portal-token"] and server.sign_ins == 0


# ----------------------------------------------------------------------------------------------
# The vendor clients against their simulators


async def sim_post(base_url: str, path: str, body: dict | None = None) -> dict:
    async with httpx.AsyncClient(timeout=10) as control:
        response = await control.post(base_url + path, json=body or {})
        response.raise_for_status()
        return response.json() if response.content else {}


async def test_dstny_expired_ticket_many_requests_one_new_ticket(sim):
    async with dstny_signed_in(sim) as signed:
        client = signed.client
        await sim_post(sim.base_url, "/_sim/tickets/expire", {"user": "agent1"})
        signed.sent.clear()
        results = await asyncio.gather(*(client.presence() for _ in range(6)))
        assert len(results) == 6
        assert sum(1 for r in signed.sent if "/tickets/" in r.url.path) == 1


async def test_dstny_reauthenticate_raises_on_503_and_is_false_only_on_refusal(sim):
    async with dstny_signed_in(sim) as signed:
        client = signed.client
        await sim_post(sim.base_url, "/_sim/tickets/expire", {"user": "agent1"})
        await sim_post(sim.base_url, "/_sim/faults", {"errorRate": 1, "routes": ["ticket.create"]})
        with pytest.raises(ServerUnavailable) as error:
            await client.presence()
        assert not isinstance(error.value, AuthExpired) and error.value.retry_after == 1
        with pytest.raises(ServerUnavailable):
            await client.reauthenticate()
        await sim_post(sim.base_url, "/_sim/faults", {"errorRate": 0, "routes": []})
        assert await client.reauthenticate() is True
        assert (await client.presence()).available in (True, False)
        wrong = dstny_client(sim, signed.http, password="wrong")
        assert await wrong.reauthenticate() is False


async def test_telavox_expired_session_many_requests_one_login_and_no_cookie_in_the_jar(tvx):
    async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as http:
        client = TelavoxClient(http, api_url=tvx.base_url, capi_url=tvx.capi_url, user="agent1", password="demo")
        await client.me()
        assert client.logins == 1
        await sim_post(tvx.base_url, "/_sim/sessions/expire")
        await asyncio.gather(*(client.me() for _ in range(6)))
        assert client.logins == 2
        assert client.has_session and not list(http.cookies.jar)  # the session cookie is ours alone


async def test_voxloud_refused_key_is_sent_once_in_its_words():
    async with TicketServer() as server:
        async with httpx.AsyncClient(timeout=httpx.Timeout(10.0)) as http:
            client = VoxloudClient(http, api_key="k-123", api_url=server.url)
            with pytest.raises(AuthExpired) as error:
                await client.users()
            assert error.value.message.startswith("The API key was refused")
            assert len(server.api_requests()) == 1 and server.sign_ins == 0
