"""Dial strings for Telavox: a number without its visual separators, or :class:`InvalidInput` in words."""

from __future__ import annotations

import re

from ...core.errors import InvalidInput

__all__ = ["SEPARATORS", "clean_number", "same_number"]

SEPARATORS = re.compile(r"[\s\-.()/]")
_DIALLABLE = re.compile(r"^\+?[0-9*#]{1,32}$")


def clean_number(text: str, *, what: str = "number") -> str:
    """A dial string without visual separators; :class:`InvalidInput` when it is not a number."""
    raw = (text or "").strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    number = SEPARATORS.sub("", raw)
    if number.startswith("00") and len(number) > 2:
        number = "+" + number[2:]
    if not number:
        raise InvalidInput(f"Enter a {what}")
    if not _DIALLABLE.match(number) or not any(ch.isdigit() for ch in number):
        raise InvalidInput(f"{raw[:40]!r} is not a {what} Telavox can use (digits, optionally a leading +)")
    return number


def same_number(a: str, b: str) -> bool:
    a, b = SEPARATORS.sub("", a or ""), SEPARATORS.sub("", b or "")
    return bool(a) and (a == b or a.lstrip("+") == b.lstrip("+"))
