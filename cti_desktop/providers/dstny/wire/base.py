"""The shared ground of the Dstny wire parsers: the refusal type, tolerant converters, JSON decoding.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Mapping

from ...wire_common import UnreadableResponse, decode_json, iso_datetime, to_bool, whole_number
from ...wire_common import to_str as _str


UNREADABLE = "The server sent a response the app could not read"


class MalformedResponse(UnreadableResponse):
    """The server answered, but not with a body of the shape the contract describes."""

    message = UNREADABLE


# --------------------------------------------------------------------------------------------
# Small tolerant converters


_dict = MalformedResponse.expect_object


def _opt_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _list(value: Any, what: str) -> list[Any]:
    """A list; ``None`` is an empty list; a loose string like ``"[a, b]"`` is parsed."""
    if value is None:
        return []
    if isinstance(value, list):
        return value
    if isinstance(value, str):
        loose = _parse_loose(value)
        if isinstance(loose, list):
            return loose
        return [value] if value.strip() else []
    raise MalformedResponse(f"{what}: expected a list, got {type(value).__name__}")


def _items(body: Any, key: str, what: str) -> list[Any]:
    """The list under ``key`` of a wrapper object, or the body itself when it is a bare list."""
    if isinstance(body, list):
        return body
    if body is None:
        return []
    return _list(_dict(body, what).get(key), what)


_TRUE = {"true", "1", "yes", "on", "y"}
_FALSE = {"false", "0", "no", "off", "n", ""}


def _bool(value: Any, default: bool = False) -> bool:
    return to_bool(value, default, _TRUE, _FALSE)


def _opt_bool(value: Any) -> bool | None:
    if value is None:
        return None
    if isinstance(value, str) and value.strip().lower() not in _TRUE | _FALSE:
        return None
    return _bool(value)


def _plain_answer(content: bytes | str, *keys: str) -> Any:
    """A plain answer (a JSON string, a bare word or an object): its JSON value (``NaN`` and
    ``Infinity`` as those words), or the bare text, stripped, when it is not JSON; of an object,
    the value under the first of ``keys`` it holds (``None`` when it holds none)."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    try:
        value = json.loads(text, parse_constant=str)
    except (ValueError, RecursionError):
        return text.strip()
    if isinstance(value, dict):
        return next((value[key] for key in keys if key in value), None)
    return value


def _first(d: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in d and d[key] is not None:
            return d[key]
    return None


def _state_token(value: Any) -> int | str | None:
    if value is None or isinstance(value, (bool, dict, list)):
        return None
    if isinstance(value, int):
        return value if _str(value) else None
    text = _str(value)
    if not text:
        return None
    if text.isascii() and text.lstrip("-").isdigit():
        number = whole_number(text)
        return text if number is None else number
    return text


def parse_datetime(value: Any) -> datetime | None:
    """An ISO-8601 time (``Z`` or an offset, with or without fractions); ``never``/junk → ``None``."""
    if isinstance(value, datetime):
        return value
    text = _str(value)
    if not text or text.lower() == "never":
        return None
    return iso_datetime(text)


def number_from_uri(uri: Any) -> str:
    """``tel:+46277464`` → ``+46277464``; ``sip:+4612@x;user=phone`` → ``+4612``; others unchanged."""
    text = _str(uri)
    lower = text.lower()
    for scheme in ("tel:", "sip:", "sips:"):
        if lower.startswith(scheme):
            text = text[len(scheme) :]
            text = text.split(";", 1)[0]
            if scheme != "tel:":
                text = text.split("@", 1)[0]
            return text.strip()
    return text


# The vendor's examples sometimes write lists as unquoted strings. A tiny reader for those.


def _parse_loose(text: str) -> Any:
    """Read ``[a, {k: v, k2: [x]}]``-style text with unquoted atoms; ``None`` if it is not that."""
    text = text.strip()
    if not text.startswith("["):
        return None
    try:
        return json.loads(text, parse_constant=str)
    except (ValueError, RecursionError):
        pass
    pos = 0

    def skip() -> None:
        nonlocal pos
        while pos < len(text) and text[pos].isspace():
            pos += 1

    def atom() -> str:
        nonlocal pos
        start = pos
        while pos < len(text) and text[pos] not in ",:[]{}":
            pos += 1
        return text[start:pos].strip().strip('"').strip("'")

    def value(depth: int) -> Any:
        nonlocal pos
        if depth > 20:
            raise ValueError("too deep")
        skip()
        if pos < len(text) and text[pos] == "[":
            pos += 1
            out: list[Any] = []
            skip()
            if pos < len(text) and text[pos] == "]":
                pos += 1
                return out
            while True:
                out.append(value(depth + 1))
                skip()
                if pos < len(text) and text[pos] == ",":
                    pos += 1
                    continue
                if pos < len(text) and text[pos] == "]":
                    pos += 1
                    return out
                raise ValueError("bad list")
        if pos < len(text) and text[pos] == "{":
            pos += 1
            obj: dict[str, Any] = {}
            skip()
            if pos < len(text) and text[pos] == "}":
                pos += 1
                return obj
            while True:
                skip()
                key = atom()
                skip()
                if pos >= len(text) or text[pos] != ":":
                    raise ValueError("bad object")
                pos += 1
                obj[key] = value(depth + 1)
                skip()
                if pos < len(text) and text[pos] == ",":
                    pos += 1
                    continue
                if pos < len(text) and text[pos] == "}":
                    pos += 1
                    return obj
                raise ValueError("bad object")
        return atom()

    try:
        result = value(0)
        skip()
        return result if pos == len(text) else None
    except (ValueError, IndexError, RecursionError):
        return None


def parse_json(content: bytes | str) -> Any:
    """Decode a JSON body; anything undecodable is a :class:`MalformedResponse` (see
    :func:`~cti_desktop.providers.wire_common.decode_json`: NaN, Infinity and absurdly long integers
    are ``None``)."""
    return decode_json(content, MalformedResponse)


def query_flag(value: bool) -> str:
    """A boolean as the server's query parameters take it: ``true`` or ``false``."""
    return "true" if value else "false"
