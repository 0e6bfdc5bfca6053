"""A tiny scriptable HTTP/1.1 server on loopback that writes exact bytes per connection.

Each accepted connection reads one request head, records it, then plays the next script from
the list (or ``default`` once the list is used up). A script is a list of steps:

* ``bytes`` — written as they are, then drained;
* :class:`Sleep` — wait;
* :class:`Hold` — keep the socket open until the client closes it (or the server stops);
* :class:`Abort` — reset the connection (RST) at once.

When a script ends without ``Hold``/``Abort`` the server closes the socket cleanly (FIN). Every
connection watches for the client's EOF so tests can assert that the client closed it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from support import LoopbackServer

__all__ = [
    "Abort",
    "Conn",
    "Hold",
    "ScriptedServer",
    "Sleep",
    "chunk",
    "head",
    "CHUNKED_END",
]


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Hold:
    pass


@dataclass(frozen=True)
class Abort:
    pass


Step = bytes | Sleep | Hold | Abort
CHUNKED_END = b"0\r\n\r\n"


def head(
    status: int = 200,
    *,
    content_type: str | None = "text/event-stream",
    headers: Sequence[tuple[str, str]] = (),
    chunked: bool = False,
    content_length: int | None = None,
) -> bytes:
    """A response head. Without ``chunked``/``content_length`` the body ends when the socket closes."""
    reasons = {200: "OK", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests",
               500: "Internal Server Error", 503: "Service Unavailable"}
    lines = [f"HTTP/1.1 {status} {reasons.get(status, 'Status')}"]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append("Connection: close")
    lines.append("Cache-Control: no-store")
    if chunked:
        lines.append("Transfer-Encoding: chunked")
    if content_length is not None:
        lines.append(f"Content-Length: {content_length}")
    lines.extend(f"{k}: {v}" for k, v in headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def chunk(data: bytes) -> bytes:
    """One chunk of a chunked body."""
    return f"{len(data):x}\r\n".encode() + data + b"\r\n"


def simple(status: int, body: bytes = b"", *, content_type: str = "application/json",
           headers: Sequence[tuple[str, str]] = ()) -> list[Step]:
    """A complete non-streaming response."""
    return [head(status, content_type=content_type, headers=headers, content_length=len(body)) + body]


@dataclass
class Conn:
    """One accepted connection, as the server saw it."""

    index: int
    opened_at: float
    request_line: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    client_closed: asyncio.Event = field(default_factory=asyncio.Event)
    finished: asyncio.Event = field(default_factory=asyncio.Event)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class ScriptedServer(LoopbackServer):
    def __init__(self, scripts: Sequence[Sequence[Step]] = (), *, default: Sequence[Step] | None = None) -> None:
        self.scripts: list[list[Step]] = [list(s) for s in scripts]
        self.default: list[Step] = list(default) if default is not None else [head(), Hold()]
        self.conns: list[Conn] = []
        self.tasks: set[asyncio.Task] = set()
        self.new_conn = asyncio.Condition()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/events?ticket=SECRET"

    async def _closing(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        if self.tasks:
            await asyncio.wait(self.tasks, timeout=5)

    async def wait_conns(self, n: int, timeout: float = 5.0) -> None:
        """Wait until at least ``n`` connections were accepted and their requests read."""
        async with self.new_conn:
            await asyncio.wait_for(self.new_conn.wait_for(lambda: sum(1 for c in self.conns if c.request_line) >= n),
                                   timeout)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self.tasks.add(task)
        conn = Conn(index=len(self.conns), opened_at=time.monotonic())
        self.conns.append(conn)
        script = self.scripts.pop(0) if self.scripts else list(self.default)
        watcher: asyncio.Task | None = None
        try:
            try:
                raw = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 10)
            except (asyncio.IncompleteReadError, ConnectionError, asyncio.TimeoutError):
                conn.client_closed.set()
                return
            lines = raw.decode("latin-1").split("\r\n")
            conn.request_line = lines[0]
            for line in lines[1:]:
                if ":" in line:
                    k, _, v = line.partition(":")
                    conn.headers[k.strip().lower()] = v.strip()
            async with self.new_conn:
                self.new_conn.notify_all()
            watcher = asyncio.create_task(self._watch_eof(reader, conn))
            for step in script:
                if isinstance(step, bytes):
                    if conn.client_closed.is_set():
                        break
                    writer.write(step)
                    try:
                        await writer.drain()
                    except ConnectionError:
                        break
                elif isinstance(step, Sleep):
                    await asyncio.sleep(step.seconds)
                elif isinstance(step, Hold):
                    await conn.client_closed.wait()
                elif isinstance(step, Abort):
                    writer.transport.abort()
                    return
        finally:
            conn.finished.set()
            if watcher is not None:
                watcher.cancel()
                try:
                    await watcher
                except asyncio.CancelledError:
                    pass
            writer.close()
            try:
                await writer.wait_closed()
            except (ConnectionError, asyncio.CancelledError):
                pass
            self.tasks.discard(task)

    async def _watch_eof(self, reader: asyncio.StreamReader, conn: Conn) -> None:
        try:
            while await reader.read(65536):
                pass
        except ConnectionError:
            pass
        conn.client_closed.set()
