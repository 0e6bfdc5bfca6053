"""The heartbeat timings of a stream: when it is shown stale, when the watchdog drops it, how long
httpx may wait for one chunk, and how often the supervisor looks (plain Python, no I/O)."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "HeartbeatTiming",
    "STALE_AFTER_HEARTBEATS",
    "STALE_REPORT_EVERY",
    "WATCHDOG_GRACE_HEARTBEATS",
    "WATCHDOG_GRACE_MIN",
    "WATCHDOG_HEARTBEATS",
]

#: Silence (in heartbeat intervals) before the stream is shown as stale, and before it is dropped.
STALE_AFTER_HEARTBEATS = 1.5
WATCHDOG_HEARTBEATS = 2.5
#: The watchdog is a backstop behind httpx's read timeout (also 2.5 heartbeats): it fires a little
#: later, so the two never cancel the same read at once (a read cancelled twice can leak its
#: pooled connection, httpx #3782). It catches what the read timeout cannot, e.g. a hung handler.
WATCHDOG_GRACE_HEARTBEATS = 0.2
WATCHDOG_GRACE_MIN = 0.5
#: How often the age is re-reported while stale, in seconds.
STALE_REPORT_EVERY = 1.0


@dataclass(frozen=True, slots=True)
class HeartbeatTiming:
    """The timings that follow from the server's heartbeat interval (seconds)."""

    heartbeat: float

    @property
    def read_timeout(self) -> float:
        """httpx's per-chunk read timeout (PITFALLS 6)."""
        return WATCHDOG_HEARTBEATS * self.heartbeat

    @property
    def stale_after(self) -> float:
        """Silence after which the stream is shown as stale."""
        return STALE_AFTER_HEARTBEATS * self.heartbeat

    @property
    def watchdog_after(self) -> float:
        """Silence after which the watchdog drops the connection (a little after the read timeout)."""
        grace = max(WATCHDOG_GRACE_MIN, WATCHDOG_GRACE_HEARTBEATS * self.heartbeat)
        return WATCHDOG_HEARTBEATS * self.heartbeat + grace

    @property
    def tick(self) -> float:
        """How often the supervisor checks a connection's liveness."""
        return max(0.02, min(0.5, self.heartbeat / 5))
