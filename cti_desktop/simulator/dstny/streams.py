"""Server-sent event streams of the simulator: the change hub, faults, and the SSE response.

* :class:`Hub` — every open stream is a :class:`Subscription` with its own ``asyncio.Queue``. The PBX
  publishes each change *already rendered* (so a stream sees every intermediate state, one event per
  change) to the subscriptions whose ``wants`` filter accepts it. Event ids come from one counter per
  simulator, so ids increase across reconnects; ``Last-Event-ID`` is accepted but no replay is done
  (the contract says clients re-read snapshots after a reconnect).
* :class:`Faults` — latency, error rate (503, or 429, with ``Retry-After``), malformed rate, the same
  for stream events only, HTML-200 streams, stall, an outage window, and the routes they target.
* :class:`SSEResponse` — a raw ASGI response: headers, a ``retry:`` hint with the first block, then the
  events, ``: heartbeat`` comment lines every ``heartbeat`` seconds of quiet. A *drop* raises
  :class:`StreamDropped` inside the response after the headers went out, so uvicorn aborts the
  connection without the final chunk: the client sees a transport error (``httpx.RemoteProtocolError``),
  never a clean end. A *close* (reset, shutdown, call terminated, ``/_sim/streams/close``) ends the
  chunked body properly.

Network faults, as a client meets them:

* *stall* — a link that is dead for a while and then comes back (TCP retransmits): while stalled
  nothing is written, neither events nor heartbeats, but every event is held; when the stall ends the
  held events are delivered in order, then heartbeats resume. A drop during a stall cuts the stream
  (the held events are lost); a close during a stall ends it at once.
* *silence* — a link that died for good (the laptop changed networks): :meth:`Hub.silence_all` marks
  every open stream silent. A silent stream never sends another byte, its events are lost, and a drop
  or a graceful close of the server's streams does not reach it (nothing reaches the client over a dead
  link); it ends only when the client closes it, or at reset/shutdown. Streams opened later are normal.
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import random
import time
from dataclasses import dataclass, field
from typing import Any, AsyncIterator, Callable

RETRY_MS = 1000

_DROP = object()
_CLOSE = object()
_SILENCE = object()  # wakes a waiting stream so it sees it was silenced


class StreamDropped(Exception):
    """Raised inside a streaming response to cut the connection abruptly (on purpose)."""


class _QuietDrops(logging.Filter):
    """Keep uvicorn from logging a traceback for every deliberately dropped stream."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        seen = 0
        while exc is not None and seen < 5:
            if isinstance(exc, StreamDropped):
                return False
            if isinstance(exc, BaseExceptionGroup):
                exc = exc.exceptions[0] if exc.exceptions else None
            else:
                exc = exc.__cause__ or exc.__context__
            seen += 1
        return True


logging.getLogger("uvicorn.error").addFilter(_QuietDrops())


ERROR_STATUSES = (503, 429)


@dataclass
class Faults:
    """What is wrong right now. ``routes`` (route names; empty = every route) narrows the latency, the error rate,
    the REST malformed rate and the outage window to those routes; with ``routes`` set,
    ``malformed_rate`` no longer garbles stream events (``stream_malformed_rate`` always does)."""

    latency_ms: float = 0.0
    error_rate: float = 0.0
    error_status: int = 503
    retry_after_s: int = 1
    malformed_rate: float = 0.0
    stream_malformed_rate: float = 0.0
    stream_html: bool = False
    stall: bool = False
    outage_until: float = 0.0  # time.monotonic() deadline
    routes: frozenset[str] = frozenset()

    def to_json(self) -> dict:
        return {
            "latencyMs": self.latency_ms,
            "errorRate": self.error_rate,
            "status": self.error_status,
            "retryAfter": self.retry_after_s,
            "malformedRate": self.malformed_rate,
            "streamMalformedRate": self.stream_malformed_rate,
            "streamHtml": self.stream_html,
            "stall": self.stall,
            "outageMs": max(0, round((self.outage_until - time.monotonic()) * 1000)),
            "routes": sorted(self.routes),
        }

    def in_outage(self) -> bool:
        return time.monotonic() < self.outage_until

    def targets(self, route: str) -> bool:
        return not self.routes or route in self.routes

    def stream_garble_rate(self) -> float:
        """The chance that one stream event is garbled."""
        rest = 0.0 if self.routes else self.malformed_rate
        return 1.0 - (1.0 - rest) * (1.0 - self.stream_malformed_rate)


@dataclass(eq=False)
class Subscription:
    kind: str
    user: str
    wants: Callable[[str, Any], bool]
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)
    opened: float = field(default_factory=time.time)
    silent: bool = False


class Hub:
    """Fan-out of PBX changes to open streams."""

    def __init__(self) -> None:
        self.subs: set[Subscription] = set()
        self._ids = itertools.count(1)

    def next_id(self) -> int:
        return next(self._ids)

    def subscribe(self, kind: str, user: str, wants: Callable[[str, Any], bool]) -> Subscription:
        sub = Subscription(kind, user, wants)
        self.subs.add(sub)
        return sub

    def unsubscribe(self, sub: Subscription) -> None:
        self.subs.discard(sub)

    def publish(self, topic: str, payload: Any) -> None:
        for sub in list(self.subs):
            if not sub.silent and sub.wants(topic, payload):
                sub.queue.put_nowait((topic, payload))

    def drop_all(self) -> int:
        """Cut every stream that can still hear the server."""
        live = [sub for sub in self.subs if not sub.silent]
        for sub in live:
            sub.queue.put_nowait(_DROP)
        return len(live)

    def close_all(self, *, silent_too: bool = True) -> int:
        """End streams cleanly: all of them (reset, shutdown), or those that can still hear the server."""
        subs = [sub for sub in self.subs if silent_too or not sub.silent]
        for sub in subs:
            sub.queue.put_nowait(_CLOSE)
        return len(subs)

    def silence_all(self) -> int:
        """Every open stream stays open but never sends another byte (a dead link)."""
        n = 0
        for sub in list(self.subs):
            if not sub.silent:
                sub.silent = True
                sub.queue.put_nowait(_SILENCE)
                n += 1
        return n

    def silent_count(self) -> int:
        return sum(1 for sub in self.subs if sub.silent)

    def close(self, sub: Subscription) -> None:
        sub.queue.put_nowait(_CLOSE)

    def counts(self) -> dict:
        out: dict[str, int] = {}
        for sub in self.subs:
            out[sub.kind] = out.get(sub.kind, 0) + 1
        return out


def frame(data: str, event_id: int | None, *, event: str | None = None, retry: int | None = None) -> bytes:
    lines = []
    if retry is not None:
        lines.append(f"retry: {retry}")
    if event_id is not None:
        lines.append(f"id: {event_id}")
    if event:
        lines.append(f"event: {event}")
    for line in data.split("\n"):
        lines.append(f"data: {line}")
    return ("\n".join(lines) + "\n\n").encode("utf-8")


class End(Exception):
    """Raised by a renderer to end the stream cleanly after the current event (e.g. TERMINATED)."""


Renderer = Callable[[str, Any], "str | tuple[str, bool] | None"]


class SSEResponse:
    """An endless ``text/event-stream`` response fed by a hub subscription.

    ``initial`` — data strings sent first (e.g. the current CallState); ``render(topic, payload)``
    returns the data of one event, or ``(data, last)`` where ``last`` ends the stream cleanly after it,
    or ``None`` to skip the change.
    """

    def __init__(self, sim, sub: Subscription, initial: list[str], render: Renderer,
                 *, malform: Callable[[str], str] | None = None, end_after_initial: bool = False) -> None:
        self.sim = sim
        self.sub = sub
        self.initial = initial
        self.render = render
        self.malform = malform or (lambda data: data[: max(1, len(data) // 2)] + "\u0000<<garbage")
        self.end_after_initial = end_after_initial

    def _maybe_malformed(self, data: str) -> str:
        rate = self.sim.faults.stream_garble_rate()
        if rate and self.sim.fault_rng.random() < rate:
            return self.malform(data)
        return data

    async def _hold_while_stalled(self, held: list) -> bool:
        """While the stall lasts, move arriving events into ``held``; False when the stream must end
        (closed, or silenced: nothing will ever be written again). A drop raises."""
        sim, sub = self.sim, self.sub
        while sim.faults.stall and not sub.silent:
            try:
                item = await asyncio.wait_for(sub.queue.get(), 0.05)
            except asyncio.TimeoutError:
                continue
            if item is _DROP:
                raise StreamDropped()
            if item is _CLOSE:
                return False
            if item is not _SILENCE:
                held.append(item)
        return not sub.silent

    async def _silent(self) -> None:
        """A dead link: write nothing, until the client goes away or the server closes everything."""
        while True:
            item = await self.sub.queue.get()
            if item is _CLOSE:
                return

    async def _events(self) -> AsyncIterator[bytes]:
        sim, hub, sub = self.sim, self.sim.hub, self.sub
        retry: int | None = RETRY_MS
        held: list = []
        if not await self._hold_while_stalled(held):  # new streams: headers, then nothing until it ends
            if sub.silent:
                await self._silent()
            return
        for data in self.initial:
            yield frame(self._maybe_malformed(data), hub.next_id(), retry=retry)
            retry = None
        if self.end_after_initial:
            return
        if retry is not None:
            yield f"retry: {retry}\n\n".encode()
        last_beat = time.monotonic()
        while True:
            if sub.silent:
                await self._silent()
                return
            if sim.faults.stall:
                if not await self._hold_while_stalled(held):
                    if sub.silent:
                        await self._silent()
                    return
                last_beat = time.monotonic()
            if held:
                item = held.pop(0)
            else:
                timeout = max(0.0, last_beat + sim.heartbeat - time.monotonic())
                try:
                    item = await asyncio.wait_for(sub.queue.get(), timeout)
                except asyncio.TimeoutError:
                    if time.monotonic() >= last_beat + sim.heartbeat and not sim.faults.stall and not sub.silent:
                        last_beat = time.monotonic()
                        yield b": heartbeat\n\n"
                    continue
            if item is _DROP:
                raise StreamDropped()
            if item is _CLOSE:
                return
            if item is _SILENCE:
                continue
            if sim.faults.stall:
                held.insert(0, item)  # the stall began while waiting: hold it, in order
                continue
            out = self.render(*item)
            if out is None:
                continue
            data, last = out if isinstance(out, tuple) else (out, False)
            yield frame(self._maybe_malformed(data), hub.next_id())
            last_beat = time.monotonic()
            if last:
                return

    async def __call__(self, scope, receive, send) -> None:
        hub, sub = self.sim.hub, self.sub
        await send({
            "type": "http.response.start",
            "status": 200,
            "headers": [
                (b"content-type", b"text/event-stream; charset=utf-8"),
                (b"cache-control", b"no-cache"),
                (b"x-accel-buffering", b"no"),
            ],
        })
        disconnected = False

        async def watch() -> None:
            nonlocal disconnected
            while True:
                msg = await receive()
                if msg["type"] == "http.disconnect":
                    disconnected = True
                    hub.close(sub)
                    return

        watcher = asyncio.create_task(watch())
        try:
            async for chunk in self._events():
                if disconnected:
                    return
                await send({"type": "http.response.body", "body": chunk, "more_body": True})
            if not disconnected:
                await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            watcher.cancel()
            hub.unsubscribe(sub)


def garbage_body(rng: random.Random) -> tuple[bytes, str]:
    """A 200 body a broken proxy might send instead of JSON."""
    choice = rng.randrange(3)
    if choice == 0:
        return b"<html><head><title>502</title></head><body>Gateway says hello</body></html>", "text/html"
    if choice == 1:
        return b'{"stateToken": 12, "callId": "abc", "status": ', "application/json"
    return b"\x00\xff\xfe not json at all", "application/json"
