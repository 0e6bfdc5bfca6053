"""The state of a live connection to a backend, as the person sees it."""

from __future__ import annotations

import enum
import time
from dataclasses import dataclass, field

from cti_desktop.i18n import translate


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
        """The state in the agent's words: "Live", "Stale for 12 s", "Reconnecting in 3 s (why)"."""
        if self.state is ConnectionState.LIVE:
            return translate("Connection", "Live")
        if self.state is ConnectionState.CONNECTING:
            return translate("Connection", "Connecting…")
        if self.state is ConnectionState.STALE:
            age = self.age(now)
            if age is None:
                return translate("Connection", "Stale")
            return translate("Connection", "Stale for {seconds:.0f} s").format(seconds=age)
        if self.state is ConnectionState.RECONNECTING:
            if self.retry_in:
                text = translate("Connection", "Reconnecting in {seconds:.0f} s").format(seconds=self.retry_in)
            else:
                text = translate("Connection", "Reconnecting")
            return f"{text} ({self.reason})" if self.reason else text
        if self.reason:
            return translate("Connection", "Failed: {reason}").format(reason=self.reason)
        return translate("Connection", "Failed")
