"""Reading HTTP header values that come from a server: never trusted, never a crash.

``Retry-After`` (RFC 9110 §10.2.3) is either delta-seconds (ASCII digits only) or an HTTP date.
Anything else — other digits (``²``, ``٣``), signs, fractions, huge numbers, dates out of range —
is "no usable value": ``None``, never an exception.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["MAX_RETRY_AFTER", "retry_after_seconds"]

#: Longest ``Retry-After`` honoured (seconds); a server asking for more is capped.
MAX_RETRY_AFTER = 3600.0
#: Delta-seconds longer than this many characters are certainly above the cap: not converted.
_MAX_DIGITS = 12


def retry_after_seconds(value: object, *, now: datetime | float | None = None) -> float | None:
    """``Retry-After`` as seconds in ``[0, MAX_RETRY_AFTER]``; ``None`` when absent or unreadable.

    ``now`` (a datetime or a POSIX timestamp) is the reference for an HTTP date.
    """
    if not isinstance(value, str):
        return None
    text = value.strip(" \t")
    if not text:
        return None
    if text.isascii() and text.isdigit():
        if len(text.lstrip("0")) > _MAX_DIGITS:
            return MAX_RETRY_AFTER
        return min(float(int(text)), MAX_RETRY_AFTER)
    if not text.isascii() or len(text) > 64:
        return None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when is None:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    if now is None:
        reference = datetime.now(UTC)
    elif isinstance(now, datetime):
        reference = now if now.tzinfo is not None else now.replace(tzinfo=UTC)
    else:
        reference = datetime.fromtimestamp(now, UTC)
    try:
        delta = (when - reference).total_seconds()
    except (OverflowError, ValueError):
        return None
    if not math.isfinite(delta):
        return None
    return min(max(0.0, delta), MAX_RETRY_AFTER)
