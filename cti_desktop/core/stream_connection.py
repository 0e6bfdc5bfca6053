"""One connection of a server-sent-event stream, from the request to its end (plain asyncio, no Qt).

The part of :class:`~cti_desktop.core.streams.StreamSupervisor` that runs a single attempt: the
request (fresh headers each time, ``Last-Event-ID`` as UTF-8, redirects followed, a read timeout
from the heartbeat), the status check before reading (:func:`.stream_outcomes.outcome_of_answer`),
the re-read of the caller's snapshot (``on_open``) before the connection is shown live — or beside
the events, with ``events_during_refresh`` — and again when a stale stream speaks again, the
decoding (:class:`~cti_desktop.core.sse.SSEDecoder`) and delivery of the events in slices that let
the loop breathe, the heartbeat watchdog, and cancelling the connection without leaking the pooled
connection (httpx #3782). How the attempt ended comes back as an
:class:`~cti_desktop.core.stream_outcomes.Outcome`; what happens next (a wait, a new sign-in, the
end) is the supervisor's.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx
from httpx_sse import ServerSentEvent, aconnect_sse

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.sse import SSEDecoder
from cti_desktop.core.stream_backoff import StreamBackoff
from cti_desktop.core.stream_outcomes import Outcome as _Outcome
from cti_desktop.core.stream_outcomes import outcome_of_answer, outcome_of_failure
from cti_desktop.core.stream_watchdog import STALE_REPORT_EVERY, HeartbeatTiming
from cti_desktop.i18n import translate

__all__ = ["StreamConnection"]

logger = logging.getLogger("cti_desktop.core.streams")  # one logger for the stream, whichever part speaks

#: Delivery of the events of one network chunk yields to the loop after this many events, or after
#: this much time (seconds) spent handling them, whichever comes first.
YIELD_EVERY_EVENTS = 64
YIELD_AFTER = 0.005

#: How often a cancelled connection is checked, and when an ignored cancellation is repeated.
CANCEL_RECHECK = 0.25
CANCEL_GIVE_UP = 3.0


class StreamConnection:
    """One connection at a time: the base class of :class:`~cti_desktop.core.streams.StreamSupervisor`.

    Not used on its own: the supervisor's ``__init__`` sets the attributes named here, and its
    ``_set_status`` reports the status.
    """

    # What to connect to and whom to tell.
    _client: httpx.AsyncClient
    _url: str
    _headers: Callable[[], Mapping[str, str]]
    _on_event: Callable[[ServerSentEvent], Awaitable[None] | None]
    _on_open: Callable[[], Awaitable[None]] | None
    _name: str
    _clock: Callable[[], float]
    _timing: HeartbeatTiming
    _backoff: StreamBackoff
    _events_during_refresh: bool
    _status: ConnectionStatus
    _set_status: Callable[..., None]
    _last_event_id: str
    _last_seen: float | None
    # What the supervisor was asked for.
    _stop_requested: bool
    _reconnect_requested: bool
    _reconnect_reason: str
    # The connection.
    _session_task: asyncio.Task[_Outcome] | None
    _watchdog_fired: bool
    _cancellable: bool  # True while the connection may be cancelled safely
    _live: bool
    _live_at: float | None
    _activity: float
    _last_stale_report: float
    _resync_on_resume: bool  # the stream was stale: re-read the snapshot when it speaks again
    _refresh_task: asyncio.Task[bool] | None  # a re-read running beside the events
    _refresh_failed: bool

    def _end_connection(self) -> None:
        """Cancel the current connection, unless it is the caller or cannot be cancelled safely."""
        task = self._session_task
        if task is None or task.done() or task.cancelling():
            return
        try:
            current = asyncio.current_task()
        except RuntimeError:  # no running loop
            current = None
        # Called from inside a callback of the connection itself (on_event, on_status): a
        # cancellation would only land in the middle of closing the stream and leak it, so let
        # the connection notice the request at its next step instead.
        if current is not task and self._cancellable:
            task.cancel()

    async def _attempt(self) -> _Outcome:
        self._watchdog_fired = False
        self._reconnect_requested = False
        self._resync_on_resume = False
        self._refresh_failed = False
        self._cancellable = True  # a task cancelled before it starts never runs: safe
        self._live = False
        self._live_at = None
        task = asyncio.get_running_loop().create_task(
            self._session(), name=f"{self._name}:session"
        )
        self._session_task = task
        try:
            while True:
                done, _ = await asyncio.wait({task}, timeout=self._timing.tick)
                if done:
                    break
                self._check_liveness(task)
        finally:
            if not task.done():
                if task.cancelling() == 0 and self._cancellable:
                    task.cancel()
                # Await it without cancelling it again (a second cancel can leak the pooled
                # connection, httpx #3782) — unless the first cancellation was swallowed inside
                # httpx/anyio (the task "uncancelled" and went on reading), or the task ignores it
                # for too long: then ask again, as a stuck task is worse than one leaked socket.
                waited = 0.0
                while not task.done():
                    try:
                        await asyncio.wait({task}, timeout=CANCEL_RECHECK)
                    except asyncio.CancelledError:
                        pass
                    waited += CANCEL_RECHECK
                    if task.done() or not self._cancellable:
                        continue
                    if task.cancelling() == 0 or waited >= CANCEL_GIVE_UP:
                        logger.info("%s: the connection ignored a cancellation; cancelling again", self._name)
                        task.cancel()
                        waited = 0.0
            self._session_task = None
            await self._end_refresh()
        if task.cancelled():
            if self._refresh_failed and not self._stop_requested:
                return _Outcome("open_failed", translate("Connection", "could not refresh the current state"),
                                went_live=self._live_at is not None)
            if self._reconnect_requested and not self._stop_requested:
                return _Outcome("reconnect", self._reconnect_reason, went_live=self._live_at is not None)
            if self._watchdog_fired and not self._stop_requested:
                return _Outcome("watchdog", translate("Connection", "no heartbeat from the server"), went_live=self._live_at is not None)
            return _Outcome("stopped", "stopped", went_live=self._live_at is not None)
        exc = task.exception()
        if exc is not None:  # _session catches everything; be safe anyway
            logger.error("%s: connection task failed", self._name, exc_info=exc)
            return _Outcome("lost", translate("Connection", "connection lost"), went_live=self._live_at is not None)
        outcome = task.result()
        if self._reconnect_requested and outcome.kind == "stopped" and not self._stop_requested:
            return _Outcome("reconnect", self._reconnect_reason, went_live=outcome.went_live)
        return outcome

    def _check_liveness(self, task: asyncio.Task[_Outcome]) -> None:
        if not self._live:
            return
        now = self._clock()
        silent = now - self._activity
        if silent > self._timing.watchdog_after:
            if not self._watchdog_fired and self._cancellable:
                logger.info("%s: no data for %.1f s, reconnecting", self._name, silent)
                self._watchdog_fired = True
                self._live = False
                task.cancel()
        elif silent > self._timing.stale_after:
            if (
                self._status.state is not ConnectionState.STALE
                or now - self._last_stale_report >= STALE_REPORT_EVERY
            ):
                self._last_stale_report = now
                self._set_status(ConnectionState.STALE, force=True)

    def _touch(self) -> None:
        now = self._clock()
        self._activity = now
        self._last_seen = now
        if self._live and self._status.state is ConnectionState.STALE:
            # Whatever was said during the silence may be lost: re-read before saying "live" again.
            self._resync_on_resume = True

    def _request_headers(self) -> dict[str, str]:
        fresh = dict(self._headers())  # httpx-sse mutates the dict it is given
        for key in [k for k in fresh if k.lower() in ("accept", "cache-control", "last-event-id")]:
            del fresh[key]
        fresh["Accept"] = "text/event-stream"
        fresh["Cache-Control"] = "no-store"
        return fresh

    def _last_event_id_header(self) -> bytes | None:
        """The id to resume from, as UTF-8 bytes: the spec allows any id but NUL, CR and LF
        (httpx would refuse a non-ASCII ``str`` value)."""
        if not self._last_event_id:
            return None
        return self._last_event_id.encode("utf-8", "replace")

    async def _session(self) -> _Outcome:
        self._cancellable = True
        try:
            headers: dict[str, str | bytes] = dict(self._request_headers())
        except Exception:
            logger.exception("%s: could not build the request headers", self._name)
            return _Outcome("lost", translate("Connection", "could not prepare the request"))
        resume_from = self._last_event_id_header()
        if resume_from is not None:
            headers["Last-Event-ID"] = resume_from
        timeout = httpx.Timeout(connect=10.0, read=self._timing.read_timeout, write=10.0, pool=5.0)
        try:
            async with aconnect_sse(self._client, "GET", self._url, headers=headers, timeout=timeout,
                                    follow_redirects=True) as source:
                try:
                    response = source.response
                    refusal = outcome_of_answer(response)
                    if refusal is not None:
                        return refusal

                    if self._events_during_refresh:
                        self._refresh_beside_events(first=True)
                        await asyncio.sleep(0)  # the read is on its way before the first event is handled
                    else:
                        if not await self._refresh():
                            return _Outcome("open_failed", translate("Connection", "could not refresh the current state"))
                        if self._stop_requested or self._reconnect_requested:
                            return _Outcome("stopped", "stopped")
                        self._go_live()

                    decoder = SSEDecoder(last_event_id=self._last_event_id)
                    # Closed here, in this task, whichever way the loop ends: an iterator left to the
                    # garbage collector is closed in another task, which httpcore cannot do.
                    chunks = response.aiter_bytes()
                    async with contextlib.aclosing(chunks):
                        async for chunk in chunks:
                            if self._stop_requested or self._reconnect_requested:
                                return _Outcome("stopped", "stopped", went_live=self._live_at is not None)
                            self._touch()
                            events = decoder.feed(chunk)
                            self._take_retry(decoder)
                            slice_started = time.perf_counter()
                            in_slice = 0
                            for event in events:
                                if self._stop_requested or self._reconnect_requested:
                                    return _Outcome("stopped", "stopped", went_live=self._live_at is not None)
                                if event.data:  # an event with empty data carries nothing for us
                                    await self._deliver(event)
                                # Only once handled: an event whose handler was cancelled (stop,
                                # watchdog) is asked for again after the reconnect.
                                self._last_event_id = event.id
                                in_slice += 1
                                if in_slice >= YIELD_EVERY_EVENTS or time.perf_counter() - slice_started >= YIELD_AFTER:
                                    # A chunk can hold hundreds of events: let the loop (the GUI, when
                                    # it runs on qasync) breathe between slices. Same order, same ids.
                                    await asyncio.sleep(0)
                                    slice_started = time.perf_counter()
                                    in_slice = 0
                            self._last_event_id = decoder.last_event_id
                            if self._resync_on_resume and self._live:
                                self._resync_on_resume = False
                                if self._events_during_refresh:
                                    self._refresh_beside_events(first=False)
                                    continue  # the read runs beside the events
                                if not await self._refresh():
                                    return _Outcome("open_failed", translate("Connection", "could not refresh the current state"), went_live=True)
                                if self._status.state is ConnectionState.STALE:
                                    self._set_status(ConnectionState.LIVE)
                    decoder.close()
                    return _Outcome("ended", translate("Connection", "the server ended the stream"), went_live=self._live_at is not None)
                finally:
                    # From here on the stream is being closed: a cancellation landing in the
                    # middle of that would leak the pooled connection (httpx #3782).
                    self._cancellable = False
        except Exception as exc:  # a timeout, a drop, a malformed stream, or a bug: how the attempt ended
            return outcome_of_failure(exc, went_live=self._live_at is not None, name=self._name)

    async def _refresh(self) -> bool:
        """Re-read the caller's snapshot (``on_open``); False when that failed (the caller reconnects)."""
        if self._on_open is None:
            return True
        try:
            await self._on_open()
        except asyncio.CancelledError:
            raise
        except UserFacingError as exc:
            logger.warning("%s: could not refresh the current state: %s; will reconnect", self._name, exc.message)
            return False
        except Exception:
            logger.exception("%s: on_open failed; will reconnect", self._name)
            return False
        return True

    def _refresh_beside_events(self, *, first: bool) -> None:
        """Re-read (``on_open``) while the connection goes on delivering events: what the stream
        says during the read is applied at once, and the caller can tell that it is newer than the
        read (the call store does). ``first``: the connection goes live when the read succeeds;
        else a stale connection is shown live again. A failed read ends the connection."""
        if self._refresh_task is not None:
            self._resync_on_resume = self._resync_on_resume or not first
            return
        session = self._session_task
        task = asyncio.get_running_loop().create_task(self._refresh(), name=f"{self._name}:refresh")
        self._refresh_task = task

        def refreshed(t: asyncio.Task[bool]) -> None:
            if self._refresh_task is t:
                self._refresh_task = None
            if t.cancelled() or self._session_task is not session or session is None or session.done():
                return
            if self._stop_requested or self._reconnect_requested:
                return
            if not t.result():
                self._refresh_failed = True
                self._end_connection()
            elif first:
                self._go_live()
            elif self._status.state is ConnectionState.STALE:
                self._set_status(ConnectionState.LIVE)

        task.add_done_callback(refreshed)

    async def _end_refresh(self) -> None:
        """Cancel a re-read still running beside a connection that ended, and wait for it."""
        task, self._refresh_task = self._refresh_task, None
        if task is not None and not task.done():
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)

    def _go_live(self) -> None:
        now = self._clock()
        self._live = True
        self._live_at = now
        self._activity = now
        self._set_status(ConnectionState.LIVE)

    def _take_retry(self, decoder: SSEDecoder) -> None:
        if decoder.retry is not None:
            self._backoff.take_retry_field(decoder.retry)

    async def _deliver(self, event: ServerSentEvent) -> None:
        try:
            result = self._on_event(event)
            if inspect.isawaitable(result):
                await result
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("%s: handling an event of type %r failed", self._name, event.event)
