"""The local webhook receiver: a small, strict HTTP/1.1 server for Voxloud's webhooks.

Voxloud tells about calls only by POSTing to a ``callback_url`` of a webhook subscription. The
desktop receives them with :class:`WebhookReceiver` on plain asyncio (``h11`` parses the requests;
no Qt, no signal handlers, so it runs on the app's own loop). It is built to be safe on an untrusted
network (PITFALLS 25). Every request must pass, in this order:

1. a **rate limit** — a token bucket per source address (default burst 30, 10 per second) → 429;
2. the path ``/webhook/{secret}`` (or ``/webhook`` with an ``X-Webhook-Secret`` header) and ``POST``
   → 404 / 405;
3. the ``Host`` header names the bound address and port, the address the connection arrived at, or a
   configured public host name (a DNS-rebinding page names its own host) → 403;
4. no browser headers: any ``Origin``, ``Sec-Fetch-*`` or ``Referer`` → 403;
5. the per-install **secret**, compared in constant time (``hmac.compare_digest``) → 401;
6. a **body size cap** (default 64 KiB), checked against ``Content-Length`` and while reading → 413;
7. the body read by :func:`~.webhook_body.parse_webhook_body` — JSON whatever the ``Content-Type``
   says (the reference promises none) — as an event with a type → 400 (or 415 for a charset it
   cannot read).

The browser checks (4) and the secret (5) are what keep a web page from posting here, so the media
type is not needed for that (PITFALLS 25 asks for ``application/json``; Voxloud promises no content
type, so a JSON body sent as ``text/plain`` or without one is read).

It cannot be starved by slow or many connections: at most ``max_connections`` are served at once
and at most ``max_per_address`` of them from one source address (an IPv6 /64 counts as one address;
503 beyond either, answered at once),
so one address never holds more than its share; the request line and headers must arrive within
``header_timeout`` (a slowloris is dropped with 408), the body may pause at most ``idle_timeout``
between reads, and the whole request must arrive within ``request_timeout`` (408).

Every refusal is answered with a short plain-text status and logged at WARNING with the status, the
source address and the reason — never the secret, the path or the body — but boundedly, so that a
flood cannot rotate the log away: the first ``log_per_address`` refusals per address and at most
``log_total`` in all per ``log_interval`` seconds are logged, then one summary line per address
("N more refusals from ADDR suppressed") when the interval ends. The receiver binds ``127.0.0.1`` by
default; a person who wants Voxloud to reach it configures a public URL (a tunnel or reverse proxy)
whose host is then accepted too. Events go to ``on_event``.

The bounded bookkeeping (refusal log, token buckets, connection shares, the ``Host`` split) is
:mod:`.receiver_guards`'s; this module serves the connections and applies the checks.
"""

from __future__ import annotations

import asyncio
import errno
import hmac
import logging
import secrets as _secrets
from collections.abc import Callable, Iterable

import h11

from ...core.errors import UserFacingError
from .receiver_guards import _PHRASES, _RefusalLog, _share_of, _split_host, _TokenBuckets
from .webhook_body import WebhookRefused, parse_webhook_body
from .wire import WebhookEvent, mask_callback_url

__all__ = ["DEFAULT_HOST", "DEFAULT_PORT", "MAX_BODY", "WebhookReceiver", "WebhookReceiverError", "new_webhook_secret"]

# The receiver logs under the name it always had, so log filters and tests keep finding its lines.
log = logging.getLogger("cti_desktop.providers.voxloud.webhooks")

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 48765
MAX_BODY = 64 * 1024
SECRET_HEADER = "x-webhook-secret"
_LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1", "[::1]"}

_Refused = WebhookRefused


def new_webhook_secret() -> str:
    """A fresh per-install secret (URL-safe, 256 bits). The caller stores it in the keyring."""
    return _secrets.token_urlsafe(32)


class WebhookReceiverError(UserFacingError):
    """The receiver could not start listening."""

    kind = "webhook-receiver"


class WebhookReceiver:
    """A tiny, strict HTTP server for Voxloud webhooks. ``await start()``, later ``await aclose()``."""

    def __init__(
        self,
        secret: str,
        on_event: Callable[[WebhookEvent], None],
        *,
        host: str = DEFAULT_HOST,
        port: int = DEFAULT_PORT,
        public_url: str | None = None,
        public_hosts: Iterable[str] = (),
        max_body: int = MAX_BODY,
        rate: float = 10.0,
        burst: int = 30,
        request_timeout: float = 30.0,
        header_timeout: float = 5.0,
        idle_timeout: float = 10.0,
        max_connections: int = 32,
        max_per_address: int = 8,
        log_per_address: int = 5,
        log_total: int = 50,
        log_interval: float = 60.0,
    ) -> None:
        if not secret or len(secret) < 16:
            raise ValueError("the webhook secret must be at least 16 characters")
        self._secret = secret.encode("utf-8")
        self._on_event = on_event
        self.host = host
        self._requested_port = int(port)
        self.port: int | None = None
        self.public_url = (public_url or "").strip().rstrip("/") or None
        hosts = {h.strip().lower() for h in public_hosts if h and h.strip()}
        if self.public_url:
            hosts.add(_split_host(self.public_url.split("://", 1)[-1].split("/", 1)[0])[0])
        self.public_hosts = frozenset(hosts)
        self.max_body = int(max_body)
        self.request_timeout = float(request_timeout)
        self.header_timeout = float(header_timeout)
        self.idle_timeout = float(idle_timeout)
        self._buckets = _TokenBuckets(rate, burst)
        self._slots = max(1, int(max_connections))
        self._slots_per_address = max(1, min(self._slots, int(max_per_address)))
        self._active = 0
        self._active_from: dict[str, int] = {}
        self._refusal_log = _RefusalLog(log_per_address, log_total, log_interval)
        self._server: asyncio.base_events.Server | None = None
        self._handlers: set[asyncio.Task] = set()
        #: Counts for a status display.
        self.accepted = 0
        self.refused = 0

    def __repr__(self) -> str:
        return f"WebhookReceiver(local_url={self.local_url!r}, public_url={self.public_url!r})"

    # ------------------------------------------------------------------ addresses
    @property
    def connections(self) -> int:
        """How many connections are being served now (for a status display)."""
        return self._active

    @property
    def listening(self) -> bool:
        return self._server is not None

    @property
    def local_url(self) -> str:
        """Where it listens, e.g. ``http://127.0.0.1:48765`` (no secret: fit to show)."""
        port = self.port if self.port is not None else self._requested_port
        host = self.host
        if host in ("0.0.0.0", ""):
            host = "127.0.0.1"
        elif host == "::":
            host = "::1"
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}"

    @property
    def callback_url(self) -> str:
        """The URL to put in the webhook subscriptions (the public URL when configured). Holds the secret."""
        base = self.public_url or self.local_url
        return f"{base}/webhook/{self._secret.decode('utf-8')}"

    @property
    def display_callback_url(self) -> str:
        return mask_callback_url(self.callback_url)

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Bind and listen; :class:`WebhookReceiverError` in words when the address cannot be used."""
        if self._server is not None:
            return
        try:
            self._server = await asyncio.start_server(
                self._serve_connection, self.host, self._requested_port, reuse_address=True, backlog=64,
                limit=2 ** 16,
            )
        except OSError as exc:
            where = f"{self.host}:{self._requested_port}"
            if exc.errno == errno.EADDRINUSE:
                why = "the port is already in use (is another copy of the app running?)"
            elif exc.errno in (errno.EACCES, errno.EPERM):
                why = "the system does not allow this port (choose one above 1024)"
            elif exc.errno == errno.EADDRNOTAVAIL:
                why = "this computer has no such address"
            else:
                why = exc.strerror or type(exc).__name__
            raise WebhookReceiverError(f"The call-notification receiver could not listen on {where}: {why}") from None
        sock = self._server.sockets[0]
        self.port = sock.getsockname()[1]
        log.info("webhook receiver listening on %s (callback %s)", self.local_url, self.display_callback_url)

    async def aclose(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.close()
        self._refusal_log.flush()
        for task in list(self._handlers):
            task.cancel()
        if self._handlers:
            await asyncio.wait(list(self._handlers), timeout=2.0)
        try:
            await asyncio.wait_for(server.wait_closed(), 2.0)
        except TimeoutError:
            log.warning("webhook receiver: connections still open at shutdown")

    async def __aenter__(self) -> WebhookReceiver:
        await self.start()
        return self

    async def __aexit__(self, *exc) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ requests
    async def _serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._handlers.add(task)
        peer = writer.get_extra_info("peername")
        source = str(peer[0]) if isinstance(peer, tuple) and peer else "unknown"
        local = writer.get_extra_info("sockname")
        local_host = str(local[0]) if isinstance(local, tuple) and local else ""
        share = _share_of(source)
        status, text = 500, "internal error"
        crowded = False
        try:
            if self._active >= self._slots:
                status, text, crowded = 503, "busy", True
                self._refuse(source, status, f"more than {self._slots} connections at once")
            elif self._active_from.get(share, 0) >= self._slots_per_address:
                status, text, crowded = 503, "busy", True
                self._refuse(source, status, f"more than {self._slots_per_address} connections at once from this address")
            else:
                self._active += 1
                self._active_from[share] = self._active_from.get(share, 0) + 1
                try:
                    async with asyncio.timeout(self.request_timeout):
                        status, text = await self._handle(reader, writer, source, local_host)
                except TimeoutError:
                    status, text = 408, "request took too long"
                    self._refuse(source, status, f"the request took longer than {self.request_timeout:g} s")
                except _Refused as refused:
                    status, text = refused.status, refused.reason
                    self._refuse(source, status, refused.reason)
                finally:
                    self._active -= 1
                    left = self._active_from.pop(share, 1) - 1
                    if left > 0:
                        self._active_from[share] = left
            await self._respond(writer, status, text)
            if status >= 400:  # a crowd is let go sooner: it holds no slot while lingering
                await self._linger(reader, writer, 0.25 if crowded else 1.0)
        except (OSError, TimeoutError, asyncio.IncompleteReadError) as exc:
            log.debug("webhook connection from %s ended early: %s", source, type(exc).__name__)
        except asyncio.CancelledError:
            writer.close()
            raise
        except Exception:  # a bug here must not kill the server or reach the loop's handler unlogged
            log.exception("webhook connection from %s failed", source)
        finally:
            if task is not None:
                self._handlers.discard(task)
            if not writer.is_closing():
                writer.close()
            try:
                await asyncio.wait_for(writer.wait_closed(), 1.0)
            except (OSError, TimeoutError) as exc:
                log.debug("webhook connection from %s did not close cleanly: %s", source, type(exc).__name__)

    async def _linger(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, seconds: float) -> None:
        """After an early refusal, read and drop what the client still sends (briefly, capped), so
        closing does not reset the connection before the client has read the answer."""
        try:
            if writer.can_write_eof():
                writer.write_eof()
            left = 4 * self.max_body
            async with asyncio.timeout(seconds):
                while left > 0:
                    data = await reader.read(min(65536, left))
                    if not data:
                        break
                    left -= len(data)
        except (TimeoutError, ConnectionError, OSError):
            pass

    def _refuse(self, source: str, status: int, reason: str) -> None:
        self.refused += 1
        self._refusal_log.refused(source, status, reason)

    async def _respond(self, writer: asyncio.StreamWriter, status: int, text: str) -> None:
        if status == 204:
            body = b""
        else:
            body = (text if status >= 400 else "ok").encode("utf-8") + b"\n"
        head = (
            f"HTTP/1.1 {status} {_PHRASES.get(status, 'Error')}\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\n"
            "Connection: close\r\n"
            "Cache-Control: no-store\r\n\r\n"
        ).encode("ascii")
        writer.write(head + body)
        await asyncio.wait_for(writer.drain(), 5.0)

    async def _next_event(self, conn: h11.Connection, reader: asyncio.StreamReader, idle: float | None = None):
        """The next h11 event; with ``idle``, 408 when no data arrives for that many seconds."""
        while True:
            try:
                event = conn.next_event()
            except h11.RemoteProtocolError as exc:
                status = 413 if getattr(exc, "error_status_hint", 400) == 431 else 400
                raise _Refused(status, "malformed HTTP request") from None
            if event is h11.NEED_DATA:
                if idle is None:
                    data = await reader.read(16384)
                else:
                    try:
                        data = await asyncio.wait_for(reader.read(16384), idle)
                    except TimeoutError:
                        raise _Refused(408, f"no data for {idle:g} s") from None
                try:
                    conn.receive_data(data)
                except h11.RemoteProtocolError:
                    raise _Refused(400, "malformed HTTP request") from None
                if not data:
                    # The peer closed: h11 will now report what it could parse (or an error).
                    pass
                continue
            return event

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, source: str,
                      local_host: str) -> tuple[int, str]:
        conn = h11.Connection(h11.SERVER, max_incomplete_event_size=16 * 1024)
        try:
            async with asyncio.timeout(self.header_timeout):
                request = await self._next_event(conn, reader)
        except TimeoutError:
            raise _Refused(408, f"request line and headers took longer than {self.header_timeout:g} s") from None
        if isinstance(request, h11.ConnectionClosed):
            raise ConnectionResetError("closed before a request")
        if not isinstance(request, h11.Request):
            raise _Refused(400, "malformed HTTP request")
        if not self._buckets.take(source):
            raise _Refused(429, "rate limit: too many requests from this address")
        headers: dict[str, list[str]] = {}
        for name, value in request.headers:
            headers.setdefault(name.decode("latin-1").lower(), []).append(value.decode("latin-1"))
        target = request.target.decode("latin-1")
        path = target.split("?", 1)[0]
        segments = path.split("/")
        if not (len(segments) in (2, 3) and segments[1] == "webhook"):
            raise _Refused(404, "no such path")
        if request.method != b"POST":
            raise _Refused(405, f"method {request.method.decode('latin-1')[:10]} not allowed")
        self._check_host(headers.get("host", []), local_host)
        for name in headers:
            if name == "origin" or name == "referer" or name.startswith("sec-fetch-"):
                raise _Refused(403, f"browser request ({name} header)")
        self._check_secret(segments[2] if len(segments) == 3 else None, headers.get(SECRET_HEADER, []))
        lengths = headers.get("content-length", [])
        if lengths and lengths[0].strip().isdigit() and int(lengths[0].strip()) > self.max_body:
            raise _Refused(413, f"body of {int(lengths[0].strip())} bytes is over the {self.max_body}-byte limit")
        if conn.they_are_waiting_for_100_continue:  # curl asks before sending a larger body
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        body = bytearray()
        while True:
            event = await self._next_event(conn, reader, idle=self.idle_timeout)
            if isinstance(event, h11.Data):
                body += event.data
                if len(body) > self.max_body:
                    raise _Refused(413, f"body over the {self.max_body}-byte limit")
            elif isinstance(event, h11.EndOfMessage):
                break
            else:
                raise _Refused(400, "the request body ended early")
        content_type = (headers.get("content-type") or [""])[0]
        event = parse_webhook_body(bytes(body), content_type)
        self.accepted += 1
        try:
            self._on_event(event)
        except Exception:
            log.exception("webhook %s could not be handled", event.event_type)
            return 500, "internal error"
        return 204, ""

    def _check_host(self, values: list[str], local_host: str) -> None:
        if len(values) != 1:
            raise _Refused(403, "no Host header" if not values else "several Host headers")
        host, port = _split_host(values[0])
        shown = values[0][:80]
        if host in self.public_hosts and port != -1:
            return
        if port is None:
            port = 80
        if port == self.port:
            bound = self.host.lower().strip("[]")
            if host == bound or (local_host and host == local_host.lower()):
                return
            if host in _LOOPBACK_NAMES and bound in ("127.0.0.1", "::1", "localhost", "0.0.0.0", "::", ""):
                return
        raise _Refused(403, f"foreign Host header {shown!r}")

    def _check_secret(self, from_path: str | None, from_header: list[str]) -> None:
        given = from_path if from_path else (from_header[0].strip() if len(from_header) == 1 else "")
        if not given:
            raise _Refused(401, "no secret")
        if not hmac.compare_digest(given.encode("utf-8", "surrogateescape"), self._secret):
            raise _Refused(401, "wrong secret")
