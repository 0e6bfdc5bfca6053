"""``watch``: every call and connection change as one JSON object per line, until stopped.

Signing in is retried while the server answers with errors; SIGHUP ("the network changed")
reconnects every stream at once; SIGINT/SIGTERM end it gracefully with a ``closed`` line.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import signal
from typing import TYPE_CHECKING

from cti_desktop.core.calls import CallChange
from cti_desktop.core.connection import ConnectionStatus
from cti_desktop.core.errors import ServerUnavailable
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Session

from .account import open_session
from .output import EXIT_ERROR, call_json, connection_json, emit

if TYPE_CHECKING:
    from .running import Signals

__all__ = ["WATCH_SIGN_IN_RETRY_MAX", "cmd_watch"]

log = logging.getLogger("cti_desktop.cli")

#: The longest wait between two sign-in attempts of ``watch`` while the server answers with errors.
WATCH_SIGN_IN_RETRY_MAX = 5.0


async def _open_watched_session(args: argparse.Namespace, secrets: SecretStore, wake: asyncio.Event) -> Session:
    """Sign in for ``watch``; a server error, a timeout or an unreadable answer is retried (each
    attempt printed as a ``reconnecting`` line; ``wake`` cuts the wait short), a refusal of the
    credentials is not."""
    attempt = 0
    rng = random.Random()
    while True:
        try:
            return await open_session(args, secrets, announce=attempt == 0)
        except ServerUnavailable as exc:
            attempt += 1
            wait = rng.uniform(0.0, min(WATCH_SIGN_IN_RETRY_MAX, 0.5 * 2 ** min(attempt, 8)))
            if exc.retry_after is not None:
                wait = max(wait, min(exc.retry_after, WATCH_SIGN_IN_RETRY_MAX))
            log.warning("signing in failed: %s; trying again in %.1f s", exc, wait)
            emit({"kind": "connection", "state": "reconnecting", "reason": f"signing in: {exc}",
                  "retryIn": round(wait, 2)})
            wake.clear()
            try:
                await asyncio.wait_for(wake.wait(), timeout=wait)
            except TimeoutError:
                pass


async def cmd_watch(args: argparse.Namespace, secrets: SecretStore, signals: "Signals") -> int:
    # SIGHUP: "the network changed" — e.g. from a NetworkManager dispatcher script — reconnect every
    # stream at once and re-read the calls (while signing in: try again now), instead of waiting.
    loop = asyncio.get_running_loop()
    wake = asyncio.Event()
    current: list[Session] = []

    def on_hangup() -> None:
        if current:
            current[0].reconnect_now("asked to reconnect (SIGHUP)")
        else:
            wake.set()

    hangup = getattr(signal, "SIGHUP", None)
    if hangup is not None:
        try:
            loop.add_signal_handler(hangup, on_hangup)
        except (NotImplementedError, RuntimeError, ValueError):
            hangup = None
    try:
        session = await _open_watched_session(args, secrets, wake)
    except BaseException:
        if hangup is not None:
            loop.remove_signal_handler(hangup)
        raise
    current.append(session)
    stop = asyncio.Event()
    closing = False  # our own shutdown clears the store: those are not the calls' changes

    def on_status(status: ConnectionStatus) -> None:
        if closing:
            return
        emit(connection_json(status))
        if status.state.value == "failed":
            stop.set()

    def on_calls(changes: list[CallChange]) -> None:
        if closing:
            return
        for change in changes:
            emit(call_json(change.call, change.kind))

    session.on_status(on_status)
    session.on_calls(on_calls)
    signals.graceful = stop.set
    session.start()
    try:
        await stop.wait()
    finally:
        closing = True
        if hangup is not None:
            loop.remove_signal_handler(hangup)
        await session.aclose()
    emit({"kind": "connection", "state": "closed"})
    if signals.received is not None:
        return 0
    return EXIT_ERROR if session.status.state.value == "failed" else 0
