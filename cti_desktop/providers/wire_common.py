"""Small tolerant converters every provider's wire module uses on what a server sends.

They never raise on odd input: a value of the wrong type becomes the empty or default value, so one
unexpected field does not lose a whole answer. What differs between vendors (which words mean yes
and no, which time formats come) stays in the vendor's ``wire`` module. Where a whole body has the
wrong shape, :class:`UnreadableResponse` (each vendor's ``MalformedResponse`` with its own words)
says so; :func:`decode_json` raises it (or the subclass it is given) for a body that is not JSON, and
nothing else.

What a hostile server may send and how it comes out:

* numbers: only ASCII digits count (``"²"`` and ``"٣"`` pass ``str.isdigit`` but are no number here);
  integers of more than :data:`MAX_INT_DIGITS` digits, ``NaN``/``Infinity`` literals and floats out
  of range are no value (``None`` in decoded JSON, the default in :func:`to_int`);
* text: a lone surrogate (``"\\ud800"`` in JSON) becomes U+FFFD in :func:`to_str`, so no later
  ``.encode()`` fails;
* times: an epoch or ISO time out of ``datetime``'s range is ``None``;
* nesting deeper than the interpreter can follow is an unreadable body, not a ``RecursionError``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection
from datetime import UTC, datetime
from typing import Any

from cti_desktop.core.errors import ServerUnavailable

__all__ = [
    "MAX_INT_DIGITS",
    "UnreadableResponse",
    "datetime_from_epoch",
    "decode_json",
    "iso_datetime",
    "to_bool",
    "to_int",
    "to_str",
    "whole_number",
]

#: Longer integers (in decimal digits) than this are no value: no field of any vendor is that large,
#: and Python refuses to convert integers of more than 4300 digits at all.
MAX_INT_DIGITS = 40
_MAX_NUMBER_TEXT = 64


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


def _no_constant(_name: str) -> None:
    return None  # NaN, Infinity, -Infinity: not JSON; read as "no value"


def _bounded_int(text: str) -> int | None:
    return int(text) if len(text.lstrip("-")) <= MAX_INT_DIGITS else None


def _finite_float(text: str) -> float | None:
    value = float(text)
    return value if math.isfinite(value) else None


def decode_json(content: Any, error: type[UnreadableResponse] = UnreadableResponse) -> Any:
    """A JSON body (bytes in UTF-8/16/32, or text) decoded; ``error`` for anything that is not JSON.

    ``NaN``/``Infinity``, floats out of range and integers of more than :data:`MAX_INT_DIGITS`
    digits come out as ``None``; nesting too deep to follow is ``error`` too.
    """
    if isinstance(content, (bytearray, memoryview)):
        content = bytes(content)
    if not isinstance(content, (bytes, str)):
        raise error(f"body is not JSON (a {type(content).__name__})")
    try:
        return json.loads(content, parse_constant=_no_constant, parse_int=_bounded_int, parse_float=_finite_float)
    except (ValueError, UnicodeError, RecursionError) as exc:
        raise error(f"body is not JSON ({type(exc).__name__})") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean_text(text: str) -> str:
    """``text`` with each lone surrogate (``"\\ud800"`` in JSON) replaced by U+FFFD."""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def to_str(value: Any) -> str:
    """Text, stripped; ``None``, objects and lists are empty, ``True`` is ``"true"``, ``2.0`` is ``"2"``.

    A lone surrogate becomes U+FFFD; a float out of range (``inf``, ``nan``) is empty."""
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if not math.isfinite(value):
            return ""
        if value.is_integer():
            return str(int(value))
        return str(value)
    if isinstance(value, int):
        return str(value) if -(10**MAX_INT_DIGITS) < value < 10**MAX_INT_DIGITS else ""
    if isinstance(value, str):
        return _clean_text(value).strip()
    try:
        return _clean_text(str(value)).strip()
    except Exception:  # noqa: BLE001 - a foreign object whose __str__ fails is no text
        return ""


def whole_number(text: str) -> int | None:
    """``"42"``, ``" -3 "``, ``"3.0"`` or ``"1e3"`` as an integer; ``None`` for anything else.

    Only ASCII digits count; more than :data:`MAX_INT_DIGITS` digits, non-finite values and floats
    of more than 1e18 are ``None``."""
    text = text.strip()
    if not text or len(text) > _MAX_NUMBER_TEXT or not text.isascii():
        return None
    try:
        number = int(text, 10)
    except ValueError:
        try:
            value = float(text)
        except ValueError:
            return None
        if not math.isfinite(value) or abs(value) >= 1e18:
            return None
        return int(value)
    return number if len(str(abs(number))) <= MAX_INT_DIGITS else None


def to_int(value: Any, default: int = 0) -> int:
    """An integer from a number or numeric text (``"3.0"`` too); ``default`` for anything else.

    Only ASCII digits count; values beyond ±1e18 (and NaN/inf) are ``default``."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value if -(10**18) <= value <= 10**18 else default
    if isinstance(value, float):
        return int(value) if math.isfinite(value) and abs(value) <= 1e18 else default
    if isinstance(value, str):
        number = whole_number(value)
        return default if number is None or not -(10**18) <= number <= 10**18 else number
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
    if not isinstance(text, str) or len(text) > _MAX_NUMBER_TEXT or not text.isascii():
        return None  # fromisoformat reads non-ASCII digits; no real time is longer than this
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except (ValueError, OverflowError):
        return None


def datetime_from_epoch(value: Any) -> datetime | None:
    """Epoch milliseconds (seconds when at most 1e11) as an aware UTC time; ``None`` when not positive,
    not a number or out of range (a 5,000-digit integer too)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    if not math.isfinite(number) or number <= 0:
        return None
    seconds = number / 1000.0 if number > 1e11 else number
    try:
        return datetime.fromtimestamp(seconds, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None
