"""Noticing that the machine slept, or the app was frozen, from the loop's own clocks (no Qt).

A laptop lid closed for an hour leaves every TCP connection of the app looking open but dead: the
streams would only find out when their heartbeat watchdog fires, and the person would look at an
old picture meanwhile. A small task wakes up every ``interval`` seconds and compares two clocks:

* the monotonic clock, which on Linux and macOS stops while the machine is suspended, against a
  clock that does not stop (``CLOCK_BOOTTIME`` on Linux, the wall clock elsewhere): when the latter
  ran ahead by ``threshold`` seconds or more, the machine slept;
* the monotonic time between two ticks against ``interval``: when the tick came ``threshold`` or
  more seconds late, the process did not run (a virtual machine paused, the process stopped, or a
  system whose monotonic clock keeps counting through sleep, as on Windows).

Either way the caller is told once per jump, with the reason in words, and reconnects at once.
A wall clock set by hand or by NTP can look like a jump too: the cost is one extra reconnect.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from cti_desktop.i18n import translate

__all__ = ["ClockJump", "ClockJumpWatch", "detect_jump"]

log = logging.getLogger(__name__)

#: Seconds between two looks at the clocks, and the jump that counts as sleep or a freeze.
DEFAULT_INTERVAL = 1.0
DEFAULT_THRESHOLD = 3.0


def _unstopping_clock() -> float:
    if hasattr(time, "CLOCK_BOOTTIME"):
        return time.clock_gettime(time.CLOCK_BOOTTIME)
    return time.time()


@dataclass(frozen=True, slots=True)
class ClockJump:
    reason: str
    seconds: float


def detect_jump(previous: tuple[float, float], now: tuple[float, float], *, interval: float,
                threshold: float) -> ClockJump | None:
    """Compare two readings of (monotonic, unstopping) clocks taken ``interval`` seconds apart."""
    mono = now[0] - previous[0]
    ahead = (now[1] - previous[1]) - mono
    if ahead >= threshold:
        return ClockJump(translate("Wake", "the computer woke from sleep"), ahead)
    late = mono - interval
    if late >= threshold:
        return ClockJump(translate("Wake", "the app was not running for a while"), late)
    return None


class ClockJumpWatch:
    """Calls ``on_jump`` whenever the clocks show that the machine slept or the app was frozen."""

    def __init__(
        self,
        on_jump: Callable[[ClockJump], None],
        *,
        interval: float = DEFAULT_INTERVAL,
        threshold: float = DEFAULT_THRESHOLD,
        monotonic: Callable[[], float] = time.monotonic,
        unstopping: Callable[[], float] = _unstopping_clock,
    ) -> None:
        if interval <= 0 or threshold <= 0:
            raise ValueError("interval and threshold must be positive")
        self._on_jump = on_jump
        self._interval = interval
        self._threshold = threshold
        self._monotonic = monotonic
        self._unstopping = unstopping

    def _read(self) -> tuple[float, float]:
        return self._monotonic(), self._unstopping()

    async def run(self) -> None:
        """Watch until cancelled."""
        previous = self._read()
        while True:
            await asyncio.sleep(self._interval)
            now = self._read()
            jump = detect_jump(previous, now, interval=self._interval, threshold=self._threshold)
            previous = now
            if jump is None:
                continue
            log.info("%s (%.1f s); reconnecting at once", jump.reason, jump.seconds)
            try:
                self._on_jump(jump)
            except Exception:
                log.exception("the clock-jump listener failed")
