"""A resilient supervisor for one server-sent-event stream (plain asyncio, no Qt).

httpx-sse only opens the request; everything that keeps the stream alive lives here, following the
WHATWG "Server-sent events" text ("Interpreting an event stream", "Reestablishing the connection"):
status checks before reading, reconnection with full-jitter backoff, ``Last-Event-ID`` (any id, sent as
UTF-8), ``retry:``, redirects followed, a heartbeat watchdog, "stale" reporting, a re-read of the
caller's snapshot after every connect (``on_open``) and after every silence long enough to be shown
as stale, and re-authentication on 401/403.

Recovery is bounded: the wait between attempts is at most half as long as the trouble has lasted so
far (full jitter, at least the base delay), a connection that delivered its snapshot ends the trouble,
no wait is longer than ``backoff_max``, and :meth:`StreamSupervisor.reconnect` (the machine woke up, the network
changed, an event could not be read) skips the wait altogether. Re-authentication that meets a server
error, a transport failure or an unreadable answer is retried with the same backoff; only a definite
refusal of the credentials (``reauthenticate`` returning ``False``) ends the stream.

By default the events that arrive during a re-read wait until it is done. With
``events_during_refresh`` they are delivered while it runs (LIVE still waits for the read): for a
caller that can tell an event from an older read, as the call store does, this shows what the
server says as soon as it says it, and a read that the events overtook never wins over them.

Deliberate departures from the spec, for a long-lived client: a 5xx or 429 answer is retried (with
``Retry-After``) instead of failing the connection, as is a 200 that is not an event stream (a proxy's
login page) — with backoff, never hammering; a 401/403 re-authenticates first.

Reasons shown to the person are words plus a status code only: never a body, header or URL.

The supervisor keeps the connection; its policies are modules of their own: the waits between
attempts (:mod:`.stream_backoff`), the heartbeat timings of stale and watchdog
(:mod:`.stream_watchdog`), and how an attempt ended in words (:mod:`.stream_outcomes`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import inspect
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx
from httpx_sse import ServerSentEvent, aconnect_sse

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.sse import SSEDecoder
from cti_desktop.core.stream_backoff import (  # noqa: F401 — the policy's bounds, importable from here too
    RETRY_AFTER_MIN,
    RETRY_FIELD_MAX,
    RETRY_FIELD_MIN,
    TROUBLE_SHARE,
    StreamBackoff,
)
from cti_desktop.core.stream_outcomes import REASON_NOT_AUTHORISED, outcome_of_answer, outcome_of_failure  # noqa: F401
from cti_desktop.core.stream_outcomes import Outcome as _Outcome
from cti_desktop.core.stream_watchdog import (  # noqa: F401 — the timings, importable from here too
    STALE_AFTER_HEARTBEATS,
    STALE_REPORT_EVERY,
    WATCHDOG_GRACE_HEARTBEATS,
    WATCHDOG_GRACE_MIN,
    WATCHDOG_HEARTBEATS,
    HeartbeatTiming,
)
from cti_desktop.i18n import translate

__all__ = ["StreamSupervisor"]

logger = logging.getLogger("cti_desktop.core.streams")

#: Delivery of the events of one network chunk yields to the loop after this many events, or after
#: this much time (seconds) spent handling them, whichever comes first.
YIELD_EVERY_EVENTS = 64
YIELD_AFTER = 0.005

#: How often a cancelled connection is checked, and when an ignored cancellation is repeated.
CANCEL_RECHECK = 0.25
CANCEL_GIVE_UP = 3.0


class StreamSupervisor:
    """Keeps one SSE stream connected until stopped, cancelled or refused for good."""

    def __init__(
        self,
        *,
        client: httpx.AsyncClient,
        url: str,
        headers: Callable[[], Mapping[str, str]],
        on_event: Callable[[ServerSentEvent], Awaitable[None] | None],
        on_open: Callable[[], Awaitable[None]] | None = None,
        on_status: Callable[[ConnectionStatus], None] | None = None,
        reauthenticate: Callable[[], Awaitable[bool]] | None = None,
        should_stop_on_end: Callable[[], bool] | None = None,
        heartbeat_interval: float = 15.0,
        backoff_initial: float = 1.0,
        backoff_max: float = 60.0,
        name: str = "stream",
        rng: random.Random | None = None,
        clock: Callable[[], float] = time.monotonic,
        events_during_refresh: bool = False,
    ) -> None:
        if heartbeat_interval <= 0 or backoff_initial <= 0 or backoff_max < backoff_initial:
            raise ValueError("heartbeat_interval and backoff times must be positive, initial ≤ max")
        self._client = client
        self._url = url
        self._headers = headers
        self._on_event = on_event
        self._on_open = on_open
        self._on_status = on_status
        self._reauthenticate = reauthenticate
        self._should_stop_on_end = should_stop_on_end
        self._timing = HeartbeatTiming(float(heartbeat_interval))
        self._name = name
        self._clock = clock
        self._backoff = StreamBackoff(initial=backoff_initial, maximum=backoff_max,
                                      rng=rng if rng is not None else random.Random(), clock=clock)
        self._events_during_refresh = events_during_refresh

        self._status = ConnectionStatus(ConnectionState.CONNECTING, at=clock())
        self._last_event_id = ""
        self._last_seen: float | None = None

        self._running = False
        self._stop_requested = False
        self._reconnect_requested = False
        self._reconnect_reason = ""
        self._wake = asyncio.Event()
        self._session_task: asyncio.Task[_Outcome] | None = None
        self._watchdog_fired = False
        self._cancellable = False  # True while the connection may be cancelled safely
        # Per connection:
        self._live = False
        self._live_at: float | None = None
        self._activity = 0.0
        self._last_stale_report = 0.0
        self._resync_on_resume = False  # the stream was stale: re-read the snapshot when it speaks again
        self._refresh_task: asyncio.Task[bool] | None = None  # a re-read running beside the events
        self._refresh_failed = False
        self._reauth_tried = False

    # -- public ---------------------------------------------------------------------------

    @property
    def status(self) -> ConnectionStatus:
        """The current status, with ``last_seen`` brought up to date."""
        if self._status.last_seen != self._last_seen:
            return dataclasses.replace(self._status, last_seen=self._last_seen)
        return self._status

    @property
    def last_event_id(self) -> str:
        return self._last_event_id

    @property
    def name(self) -> str:
        return self._name

    def stop(self) -> None:
        """Ask :meth:`run` to end soon; safe to call at any time from the loop's thread."""
        self._stop_requested = True
        self._wake.set()
        self._end_connection()

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

    def reconnect(self, reason: str = "reconnecting at once") -> None:
        """Drop the current connection, if any, and connect again now, skipping any backoff wait.

        For what the stream cannot tell by itself: the machine woke from sleep, the network changed,
        an event could not be read. The new connection re-reads the snapshot (``on_open``) as always.
        Safe at any time from the loop's thread, including from the stream's own callbacks.
        """
        if self._stop_requested or not self._running:
            return
        logger.info("%s: reconnecting at once: %s", self._name, reason)
        self._reconnect_requested = True
        self._reconnect_reason = reason
        self._backoff.trouble_over()
        self._wake.set()
        self._end_connection()

    async def run(self) -> None:
        """Keep the stream connected. Returns when stopped or FAILED; raises only CancelledError."""
        if self._running:
            raise RuntimeError(f"{self._name}: run() is already running")
        self._running = True
        try:
            await self._run()
        except asyncio.CancelledError:
            raise
        except Exception:  # a bug of ours: never let it escape as anything but FAILED
            logger.exception("%s: supervisor failed unexpectedly", self._name)
            self._set_status(ConnectionState.FAILED, reason=translate("Connection", "internal error"))
        finally:
            self._running = False

    # -- the loop -------------------------------------------------------------------------

    async def _run(self) -> None:
        reason = ""
        first = True
        while not self._stop_requested:
            if first:
                self._set_status(ConnectionState.CONNECTING, force=True)
                first = False
            else:
                self._set_status(ConnectionState.RECONNECTING, reason=reason)
            outcome = await self._attempt()
            if self._stop_requested or outcome.kind == "stopped":
                return
            reason = outcome.reason
            logger.info("%s: connection ended: %s", self._name, reason)

            if outcome.kind == "fatal":
                self._fail(reason)
                return
            if outcome.kind == "reconnect":
                continue  # asked for: at once, no delay
            if outcome.kind == "auth":
                if self._reauth_tried:
                    # Refused again right after new credentials were made.
                    if outcome.status == 403:  # forbidden: new credentials will not change that
                        self._fail(translate("Connection", "{reason}; the new ticket was refused too").format(reason=reason))
                        return
                    # 401: those expired too (or were replaced elsewhere): renew again, after a wait.
                    delay = self._next_delay(outcome)
                    self._set_status(ConnectionState.RECONNECTING, reason=reason, retry_in=delay)
                    if await self._sleep(delay):
                        return
                result = await self._try_reauthenticate()
                if result == "stopped" or self._stop_requested:
                    return
                if result == "ok":
                    reason = translate("Connection", "signed in again")
                    continue  # at once, no delay
                self._fail(reason)
                return
            if outcome.went_live or outcome.kind != "auth":
                # Past the refusal: the renewed credentials were not refused right away, so a
                # later refusal (the new ticket expired too) may be renewed again.
                self._reauth_tried = False
            if outcome.kind == "ended" and self._should_stop_on_end is not None:
                try:
                    stop = bool(self._should_stop_on_end())
                except Exception:
                    logger.exception("%s: should_stop_on_end raised; reconnecting", self._name)
                    stop = False
                if stop:
                    logger.info("%s: stream finished", self._name)
                    return

            delay = self._next_delay(outcome)
            self._set_status(ConnectionState.RECONNECTING, reason=reason, retry_in=delay)
            if await self._sleep(delay):
                return

    async def _try_reauthenticate(self) -> str:
        """Sign in again: ``"ok"``, ``"refused"`` (the credentials were refused), or ``"stopped"``.

        Failures that are not a refusal (server error, transport, an unreadable answer) are retried
        with the backoff, for as long as it takes. A stream refused again right after new credentials
        were made is renewed again after a backoff wait on 401, and refused for good on 403.
        """
        if self._reauthenticate is None:
            return "refused"
        self._reauth_tried = True
        while not self._stop_requested:
            retry_after: float | None = None
            try:
                if await self._reauthenticate():
                    return "ok"
                return "refused"
            except asyncio.CancelledError:
                raise
            except UserFacingError as exc:
                why = exc.message
                retry_after = getattr(exc, "retry_after", None)
                logger.warning("%s: signing in again failed: %s; retrying", self._name, why)
            except Exception:  # a bug of ours or of a library: shown once with its traceback, still retried
                why = translate("Connection", "internal error")
                logger.exception("%s: signing in again failed unexpectedly; retrying", self._name)
            delay = self._next_delay(_Outcome("auth", why, retry_after=retry_after))
            self._set_status(ConnectionState.RECONNECTING, reason=translate("Connection", "signing in again failed: {why}").format(why=why), retry_in=delay)
            if await self._sleep(delay):
                return "stopped"
            self._reconnect_requested = False
        return "stopped"

    def _fail(self, reason: str) -> None:
        logger.warning("%s: giving up: %s", self._name, reason)
        self._set_status(ConnectionState.FAILED, reason=reason)

    async def _sleep(self, delay: float) -> bool:
        """Wait ``delay`` seconds, or less if :meth:`reconnect` is called; True if stop() was called."""
        if self._stop_requested:
            return True
        if self._reconnect_requested:
            return False
        self._wake.clear()
        if delay <= 0:
            await asyncio.sleep(0)
            return self._stop_requested
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=delay)
        except asyncio.TimeoutError:
            pass
        return self._stop_requested

    def _next_delay(self, outcome: _Outcome) -> float:
        """The wait before the next attempt (:meth:`StreamBackoff.next_delay`)."""
        return self._backoff.next_delay(went_live=outcome.went_live, retry_after=outcome.retry_after)

    # -- one connection -------------------------------------------------------------------

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

    # -- status ---------------------------------------------------------------------------

    def _set_status(
        self,
        state: ConnectionState,
        *,
        reason: str = "",
        retry_in: float | None = None,
        force: bool = False,
    ) -> None:
        old = self._status
        if not force and (old.state, old.reason, old.retry_in) == (state, reason, retry_in):
            return
        self._status = ConnectionStatus(
            state, reason=reason, last_seen=self._last_seen, at=self._clock(), retry_in=retry_in
        )
        if self._on_status is not None:
            try:
                self._on_status(self._status)
            except Exception:
                logger.exception("%s: status callback failed", self._name)
