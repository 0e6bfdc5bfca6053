"""Small tolerant converters every provider's wire module uses on what a server sends.

They never raise on odd input: a value of the wrong type becomes the empty or default value, so one
unexpected field does not lose a whole answer. What differs between vendors (which words mean yes
and no, which time formats come) stays in the vendor's ``wire`` module. Where a whole body has the
wrong shape, :class:`UnreadableResponse` (each vendor's ``MalformedResponse`` with its own words)
says so.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from cti_desktop.core.errors import ServerUnavailable

__all__ = ["UnreadableResponse", "datetime_from_epoch", "iso_datetime", "to_bool", "to_int", "to_str"]


class UnreadableResponse(ServerUnavailable):
    """The server answered, but not with a body of the shape the contract describes.

    Each vendor subclasses it with its own :attr:`message`, the words the person sees."""

    message = "The server sent a response the app could not read"

    def __init__(self, reason: str | None = None) -> None:
        super().__init__(self.message)
        #: What was wrong, for the log only (never a body excerpt: it may hold personal data).
        self.reason = reason or ""

    @classmethod
    def expect_object(cls, value: Any, what: str) -> dict[str, Any]:
        """``value`` if it is a JSON object, else this error naming ``what``."""
        if not isinstance(value, dict):
            raise cls(f"{what}: expected an object, got {type(value).__name__}")
        return value


def to_str(value: Any) -> str:
    """Text, stripped; ``None``, objects and lists are empty, ``True`` is ``"true"``, ``2.0`` is ``"2"``."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def to_int(value: Any, default: int = 0) -> int:
    """An integer from a number or numeric text (``"3.0"`` too); ``default`` for anything else."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if math.isfinite(value) else default
    if isinstance(value, str):
        text = value.strip()
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return default
            return int(number) if math.isfinite(number) else default
    return default


def to_bool(value: Any, default: Any, truths: Collection[str], falsehoods: Collection[str]) -> Any:
    """A boolean, a number (non-zero is true) or one of the vendor's words (any case); else ``default``."""
    if isinstance(value, bool):
        return value
    if value is None:
        return default
    if isinstance(value, (int, float)):
        return value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in truths:
            return True
        if text in falsehoods:
            return False
    return default


def iso_datetime(text: str) -> datetime | None:
    """An ISO-8601 time (``Z``/``z`` or an offset, or none: then naive); junk → ``None``."""
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        return None


def datetime_from_epoch(value: float) -> datetime | None:
    """Epoch milliseconds (seconds when at most 1e11) as an aware UTC time; ``None`` when not positive
    or out of range."""
    if not math.isfinite(value) or value <= 0:
        return None
    seconds = value / 1000.0 if value > 1e11 else float(value)
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
