"""The simulator's time stamps, in the form the vendor reference's examples show."""

from __future__ import annotations

from datetime import datetime, timezone


def iso(ts: float | datetime) -> str:
    """ISO-8601 UTC with a ``Z`` and no fraction, as the reference's examples show."""
    if not isinstance(ts, datetime):
        ts = datetime.fromtimestamp(ts, timezone.utc)
    return ts.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


__all__ = ["iso"]
