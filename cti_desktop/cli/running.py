"""Running one headless command on a fresh loop: signals stop it (gracefully when it can), and its
errors in words become one line on stderr and the exit status."""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from cti_desktop.core.errors import StaleState, UserFacingError

from .output import EXIT_ERROR, EXIT_STALE

__all__ = ["GRACEFUL_STOP_SECONDS", "Signals", "run"]


class Signals:
    """The signal that asked a command to stop, and the command's way of stopping gracefully."""

    def __init__(self) -> None:
        self.received: int | None = None
        #: Set by a command that can stop cleanly (``watch``); without it a signal cancels the command.
        self.graceful: Callable[[], None] | None = None


#: How long a graceful stop may take before the command is cancelled anyway.
GRACEFUL_STOP_SECONDS = 8.0


def run(make_command: Callable[[Signals], Coroutine[Any, Any, int]]) -> int:
    """Run a command on a fresh loop. SIGINT/SIGTERM stop it gracefully when it can, else cancel it;
    a second signal always cancels. No thread (a hung keyring call) is waited for at the end."""
    signals = Signals()

    async def runner() -> int:
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()

        def on_signal(signum: int) -> None:
            first = signals.received is None
            signals.received = signum
            if first and signals.graceful is not None:
                signals.graceful()
                loop.call_later(GRACEFUL_STOP_SECONDS, task.cancel)
            else:
                task.cancel()

        for signum in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, on_signal, signum)
            except (NotImplementedError, RuntimeError, ValueError):  # not on Windows
                pass
        return await make_command(signals)

    try:
        return asyncio.run(runner())
    except StaleState as exc:
        print(f"stale state: {exc}", file=sys.stderr)
        return EXIT_STALE
    except UserFacingError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except (KeyboardInterrupt, asyncio.CancelledError):
        return 128 + (signals.received or signal.SIGINT)
