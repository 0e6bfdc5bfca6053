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

The supervisor decides what happens between connections (the wait, a new sign-in, the end) and
reports the status; one connection, from the request to its end, is :mod:`.stream_connection` (its
base class). Its policies are modules of their own: the waits between attempts
(:mod:`.stream_backoff`), the heartbeat timings of stale and watchdog (:mod:`.stream_watchdog`), and
how an attempt ended in words (:mod:`.stream_outcomes`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.stream_backoff import StreamBackoff
from cti_desktop.core.stream_connection import StreamConnection
from cti_desktop.core.stream_outcomes import Outcome as _Outcome
from cti_desktop.core.stream_watchdog import HeartbeatTiming
from cti_desktop.i18n import translate

__all__ = ["StreamSupervisor"]

logger = logging.getLogger("cti_desktop.core.streams")


class StreamSupervisor(StreamConnection):
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
