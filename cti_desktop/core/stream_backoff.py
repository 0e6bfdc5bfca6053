"""How long a stream supervisor waits before it connects again (plain Python, no I/O).

Full jitter, ``uniform(0, cap)``, where the cap grows with how long the trouble has lasted: the
server's ``Retry-After`` is honoured as it is (within bounds), its ``retry:`` field becomes the base
delay. See :meth:`StreamBackoff.next_delay`.
"""

from __future__ import annotations

import random
from collections.abc import Callable

__all__ = ["RETRY_AFTER_MIN", "RETRY_FIELD_MAX", "RETRY_FIELD_MIN", "StreamBackoff", "TROUBLE_SHARE"]

#: Bounds for the server's ``retry:`` field, in seconds.
RETRY_FIELD_MIN = 0.5
RETRY_FIELD_MAX = 300.0
#: Lower bound for an honoured ``Retry-After``, in seconds.
RETRY_AFTER_MIN = 0.5
#: The longest wait between attempts, as a share of how long the stream has been in trouble.
TROUBLE_SHARE = 0.5


class StreamBackoff:
    """The waits between the connection attempts of one stream."""

    def __init__(self, *, initial: float, maximum: float, rng: random.Random, clock: Callable[[], float]) -> None:
        self.initial = float(initial)
        self.maximum = float(maximum)
        self._rng = rng
        self._clock = clock
        #: From the server's ``retry:`` field, seconds (``None``: none was sent).
        self.retry: float | None = None
        #: When the current trouble began (the first failure since the stream was live).
        self.trouble_since: float | None = None

    def take_retry_field(self, milliseconds: int) -> None:
        """The server's ``retry:`` (milliseconds), clamped to :data:`RETRY_FIELD_MIN`–:data:`RETRY_FIELD_MAX` s."""
        self.retry = min(RETRY_FIELD_MAX, max(RETRY_FIELD_MIN, milliseconds / 1000.0))

    def trouble_over(self) -> None:
        """The next failure starts a new trouble (a reconnect was asked for: the wait starts afresh)."""
        self.trouble_since = None

    def next_delay(self, *, went_live: bool, retry_after: float | None) -> float:
        """Full jitter, ``uniform(0, cap)``, where the cap grows with how long the trouble has lasted.

        The cap is :data:`TROUBLE_SHARE` of the time since the stream was last live (at least the
        base delay — the server's ``retry:`` or ``initial`` — and at most ``maximum``).
        So the number of attempts grows only with the logarithm of an outage's length, like an
        exponential backoff, yet the wait left when the server comes back is at most half as long
        as the outage was: a 2 s outage costs at most another second. A connection that delivered
        its snapshot (``went_live``) ends the trouble: the next one starts afresh.
        """
        now = self._clock()
        if went_live or self.trouble_since is None:
            self.trouble_since = now
        if retry_after is not None:
            return min(self.maximum, max(RETRY_AFTER_MIN, retry_after))
        base = min(self.maximum, self.retry if self.retry is not None else self.initial)
        cap = min(self.maximum, max(base, TROUBLE_SHARE * (now - self.trouble_since)))
        return self._rng.uniform(0.0, cap)
