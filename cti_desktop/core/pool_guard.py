"""A connection pool that heals itself when cancelled requests leak its slots.

httpcore's ``AsyncConnectionPool`` (1.0.9, the last release) loses a slot for good when a request
is cancelled after the pool handed it a new connection but before that connection was made
(encode/httpcore#1093, #658, #830): the connection stays in the pool, CONNECTING, owned by nobody.
An agent desktop cancels requests all day (a resync supersedes a read, a call ends while its stream
reconnects, a poll is stopped), so after enough of them every slot is gone and each request fails
with ``PoolTimeout`` against a healthy server — the window stayed "Reconnecting: could not refresh
the current state" with a ringing call missing, until restarted.

:class:`PoolGuard` is an httpx transport around the real one that counts the requests *it* has open
on the pool (from the moment they ask for a connection until their response is closed). A
``PoolTimeout`` while fewer of them are open than the pool has slots means slots were lost: the pool
is replaced by a fresh one and the request — which never got a connection, so was never sent — is
tried once on it. The old pool is closed when the last request still using it is done. A full pool
of our own requests is a real timeout and is raised as it is.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

import httpx

log = logging.getLogger(__name__)

__all__ = ["PoolGuard"]


class _Released(httpx.AsyncByteStream):
    """A response body that tells its guard once, when it is closed, that its connection is free."""

    def __init__(self, inner: httpx.AsyncByteStream, release: Callable[[], object]) -> None:
        self._inner = inner
        self._release = release
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._inner:
            yield chunk

    async def aclose(self) -> None:
        try:
            await self._inner.aclose()
        finally:
            if not self._done:
                self._done = True
                await self._release()


class PoolGuard(httpx.AsyncBaseTransport):
    """An httpx transport (``make()`` builds the real one) that replaces a pool whose slots leaked."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport], max_connections: int) -> None:
        self._make = make
        self._slots = max(1, int(max_connections))
        self._transport = make()
        #: id(transport) → (transport, requests of ours open on it)
        self._open: dict[int, list] = {id(self._transport): [self._transport, 0]}
        #: How many times a pool was found short of slots and replaced.
        self.replaced = 0
        self._closed = False

    @property
    def open_requests(self) -> int:
        """Requests of ours open on the current pool (waiting for a connection or not yet closed)."""
        return self._open[id(self._transport)][1]

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = self._transport
        try:
            return await self._send(transport, request)
        except httpx.PoolTimeout:
            if self._closed or transport is not self._transport or self._open[id(transport)][1] >= self._slots:
                raise  # the pool is full of requests of ours: a real wait, not a leak
            await self._replace(transport)
            return await self._send(self._transport, request)

    async def _send(self, transport: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
        entry = self._open[id(transport)]
        entry[1] += 1
        try:
            response = await transport.handle_async_request(request)
        except BaseException:
            await self._release(transport)
            raise
        stream = response.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        response.stream = _Released(stream, lambda: self._release(transport))
        return response

    async def _replace(self, leaking: httpx.AsyncBaseTransport) -> None:
        ours = self._open[id(leaking)][1]
        log.warning("connection pool: %d of its %d connections were lost to cancelled requests; "
                    "using a fresh pool", self._slots - ours, self._slots)
        self.replaced += 1
        self._transport = self._make()
        self._open[id(self._transport)] = [self._transport, 0]
        if ours <= 0:  # nobody uses the old one: close it now (else the last of its requests does)
            del self._open[id(leaking)]
            await _close_quietly(leaking)

    async def _release(self, transport: httpx.AsyncBaseTransport) -> None:
        entry = self._open.get(id(transport))
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] <= 0 and transport is not self._transport:
            del self._open[id(transport)]  # a replaced pool nobody uses any more
            await _close_quietly(transport)

    async def aclose(self) -> None:
        self._closed = True
        for transport, _count in list(self._open.values()):
            await _close_quietly(transport)
        self._open = {id(self._transport): [self._transport, 0]}


async def _close_quietly(transport: httpx.AsyncBaseTransport) -> None:
    try:
        await transport.aclose()
    except Exception as exc:  # noqa: BLE001 - a broken old pool must not fail the request that let it go
        log.info("connection pool: closing a replaced pool failed: %s", exc)
