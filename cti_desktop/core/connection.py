"""The state of a live connection to a backend, as the person sees it."""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field


class ConnectionState(str, enum.Enum):
    CONNECTING = "connecting"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STALE = "stale"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class ConnectionStatus:
    state: ConnectionState
    #: Why it is reconnecting or failed, in words (never a secret).
    reason: str = ""
    #: ``time.monotonic()`` of the last event or heartbeat received; ``None`` before the first.
    last_seen: float | None = None
    #: ``time.monotonic()`` when this status was produced.
    at: float = field(default_factory=time.monotonic)
    #: Seconds until the next attempt, when reconnecting.
    retry_in: float | None = None

    def age(self, now: float | None = None) -> float | None:
        """Seconds since anything was last heard, or ``None``."""
        if self.last_seen is None:
            return None
        return max(0.0, (time.monotonic() if now is None else now) - self.last_seen)

    def describe(self, now: float | None = None) -> str:
        if self.state is ConnectionState.LIVE:
            return "Live"
        if self.state is ConnectionState.CONNECTING:
            return "Connecting…"
        if self.state is ConnectionState.STALE:
            age = self.age(now)
            return f"Stale for {age:.0f} s" if age is not None else "Stale"
        if self.state is ConnectionState.RECONNECTING:
            text = "Reconnecting"
            if self.retry_in:
                text += f" in {self.retry_in:.0f} s"
            return f"{text} ({self.reason})" if self.reason else text
        return f"Failed: {self.reason}" if self.reason else "Failed"
