"""Server-sent event streams of the simulator: the change hub, faults, and the SSE response.

* :class:`Hub` — every open stream is a :class:`Subscription` with its own ``asyncio.Queue``. The PBX
  publishes each change *already rendered* (so a stream sees every intermediate state, one event per
  change) to the subscriptions whose ``wants`` filter accepts it. Event ids come from one counter per
  simulator, so ids increase across reconnects; ``Last-Event-ID`` is accepted but no replay is done
  (the contract says clients re-read snapshots after a reconnect).
* :class:`Faults` — latency, error rate, malformed rate, stall, and an outage window.
* :class:`SSEResponse` — a raw ASGI response: headers, a ``retry:`` hint with the first block, then the
  events, ``: heartbeat`` comment lines every ``heartbeat`` seconds of quiet, nothing at all while
  stalled. A *drop* raises :class:`StreamDropped` inside the response after the headers went out, so
  uvicorn aborts the connection without the final chunk: the client sees a transport error
  (``httpx.RemoteProtocolError``), never a clean end. A *close* (reset, shutdown, call terminated)
  ends the chunked body properly.
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


@dataclass
class Faults:
    latency_ms: float = 0.0
    error_rate: float = 0.0
    malformed_rate: float = 0.0
    stall: bool = False
    outage_until: float = 0.0  # time.monotonic() deadline

    def to_json(self) -> dict:
        return {
            "latencyMs": self.latency_ms,
            "errorRate": self.error_rate,
            "malformedRate": self.malformed_rate,
            "stall": self.stall,
            "outageMs": max(0, round((self.outage_until - time.monotonic()) * 1000)),
        }

    def in_outage(self) -> bool:
        return time.monotonic() < self.outage_until


@dataclass(eq=False)
class Subscription:
    kind: str
    user: str
    wants: Callable[[str, Any], bool]
    queue: asyncio.Queue = field(default_factory=asyncio.Queue)
    opened: float = field(default_factory=time.time)


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
            if sub.wants(topic, payload):
                sub.queue.put_nowait((topic, payload))

    def drop_all(self) -> int:
        n = len(self.subs)
        for sub in list(self.subs):
            sub.queue.put_nowait(_DROP)
        return n

    def close_all(self) -> int:
        n = len(self.subs)
        for sub in list(self.subs):
            sub.queue.put_nowait(_CLOSE)
        return n

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
        rate = self.sim.faults.malformed_rate
        if rate and self.sim.fault_rng.random() < rate:
            return self.malform(data)
        return data

    async def _events(self) -> AsyncIterator[bytes]:
        sim, hub, sub = self.sim, self.sim.hub, self.sub
        retry: int | None = RETRY_MS
        while sim.faults.stall:  # new streams: headers, then nothing
            try:
                item = await asyncio.wait_for(sub.queue.get(), 0.1)
            except asyncio.TimeoutError:
                continue
            if item is _DROP:
                raise StreamDropped()
            if item is _CLOSE:
                return
            sub.queue.put_nowait(item)
            await asyncio.sleep(0.05)
        for data in self.initial:
            yield frame(self._maybe_malformed(data), hub.next_id(), retry=retry)
            retry = None
        if self.end_after_initial:
            return
        if retry is not None:
            yield f"retry: {retry}\n\n".encode()
        last_beat = time.monotonic()
        while True:
            if sim.faults.stall:
                timeout = 0.1
            else:
                timeout = max(0.0, last_beat + sim.heartbeat - time.monotonic())
            try:
                item = await asyncio.wait_for(sub.queue.get(), timeout)
            except asyncio.TimeoutError:
                if not sim.faults.stall:
                    last_beat = time.monotonic()
                    yield b": heartbeat\n\n"
                continue
            if item is _DROP:
                raise StreamDropped()
            if item is _CLOSE:
                return
            if sim.faults.stall:
                continue  # a stalled stream swallows everything
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
