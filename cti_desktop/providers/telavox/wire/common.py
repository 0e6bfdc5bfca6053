"""The refusal type of the Telavox parsers and their small tolerant converters (JSON, booleans, times)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from ...wire_common import (
    UnreadableResponse,
    decode_json,
    datetime_from_epoch,
    iso_datetime,
    to_bool,
    whole_number,
)
from ...wire_common import to_str as _str


UNREADABLE = "Telavox sent a response the app could not read"


class MalformedResponse(UnreadableResponse):
    """The server answered, but not with a body of the shape the contract describes."""

    message = UNREADABLE


_dict = MalformedResponse.expect_object


_TRUE = ("true", "1", "yes", "y", "on", "available")
_FALSE = ("false", "0", "no", "n", "off", "unavailable", "busy")


def _opt_bool(value: Any) -> bool | None:
    return to_bool(value, None, _TRUE, _FALSE)


def _first(d: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if d.get(key) is not None and d.get(key) != "":
            return d[key]
    return None


def _items(body: Any, keys: Iterable[str], what: str) -> list[Any]:
    """A bare list, or the list under the first of ``keys`` of a wrapper object; ``null`` is empty."""
    if body is None:
        return []
    if isinstance(body, list):
        return body
    d = _dict(body, what)
    for key in keys:
        value = d.get(key)
        if isinstance(value, list):
            return value
    return []


def parse_json(content: bytes | str) -> Any:
    """Decode a JSON body; anything undecodable is a :class:`MalformedResponse` (see
    :func:`~cti_desktop.providers.wire_common.decode_json`: NaN, Infinity and absurdly long integers
    are ``None``)."""
    return decode_json(content, MalformedResponse)


def parse_time(value: Any) -> datetime | None:
    """ISO-8601 (``Z``/offset or none), ``YYYY-MM-DD HH:MM:SS`` or epoch (ms or s); junk → ``None``.

    A time without an offset is taken as it came (naive, the server's local time).
    """
    if isinstance(value, datetime):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return datetime_from_epoch(value)
    text = _str(value)
    if not text:
        return None
    if text.isascii() and text.isdigit():  # "²" and "٣" are no epoch
        return datetime_from_epoch(whole_number(text))
    return iso_datetime(text)
