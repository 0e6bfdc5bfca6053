"""The shared ground of the Voxloud parsers: the refusal type, converters, JSON, numbers.

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import phonenumbers

from ....core.errors import InvalidInput
from ...wire_common import UnreadableResponse, datetime_from_epoch, decode_json, to_bool, to_int, whole_number
from ...wire_common import to_str as _str


UNREADABLE = "The Voxloud server sent an answer this app cannot read"

#: Every ``event_type`` a subscription may have (the reference's list).
EVENT_TYPES = ("FAX_CALL", "PHONE_CALL", "CLICK_TO_CALL", "CALL_STARTED", "CALL_INCOMING", "CALL_ANSWERED", "CALL_HANGUP")
#: The real-time call events the desktop follows.
CALL_EVENT_TYPES = ("CALL_INCOMING", "CALL_STARTED", "CALL_ANSWERED", "CALL_HANGUP")
#: The telephony events (CDRs, sent a few seconds after a call): the call history.
CDR_EVENT_TYPES = ("PHONE_CALL", "CLICK_TO_CALL", "FAX_CALL")


class MalformedResponse(UnreadableResponse):
    """The server answered, but not with a body of the shape the contract describes."""

    message = UNREADABLE




_dict = MalformedResponse.expect_object


def _int(value: Any, default: int = 0) -> int:
    """An integer (ASCII digits only, at most ±1e18), else ``default``; ``"3.5"`` is not one."""
    if isinstance(value, str) and not value.strip().lstrip("+-").isdigit():
        return default
    return to_int(value, default)


_TRUE = ("true", "yes", "1", "on")
_FALSE = ("false", "no", "0", "off")


def _bool(value: Any, default: bool = False) -> bool:
    return to_bool(value, default, _TRUE, _FALSE)


def _first(d: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        value = d.get(key)
        if value is not None and value != "":
            return value
    return None


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        value = [value]
    if not isinstance(value, list):
        return ()
    return tuple(s for s in (_str(v) for v in value) if s)


def parse_json(content: bytes | str) -> Any:
    """Decode a JSON body; anything undecodable is a :class:`MalformedResponse` (see
    :func:`~cti_desktop.providers.wire_common.decode_json`: NaN, Infinity and absurdly long integers
    are ``None``)."""
    return decode_json(content, MalformedResponse)


def parse_error_detail(content: bytes | str | Any) -> str | None:
    """The server's own words from an error body (``message``/``error``/``detail``…); never raises."""
    value = content
    if isinstance(content, (bytes, bytearray, str)):
        try:
            value = json.loads(content)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
    if isinstance(value, dict):
        for key in ("message", "detail", "description", "error_description", "error"):
            text = _str(value.get(key))
            if text:
                return mask_callback_url(text[:300])  # it may quote our callback URL and its secret
        errors = value.get("errors")
        if isinstance(errors, list):
            for entry in errors:
                text = _str(entry.get("message") if isinstance(entry, dict) else entry)
                if text:
                    return mask_callback_url(text[:300])
    return None


def parse_datetime(value: Any) -> datetime | None:
    """ISO-8601 text, or epoch milliseconds (seconds when small), as an aware datetime; else None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return datetime_from_epoch(value)
    if isinstance(value, str):
        text = value.strip()
        if text.isascii() and text.isdigit():  # "²" and "٣" are no epoch
            return datetime_from_epoch(whole_number(text))
        if len(text) > 64 or not text.isascii():
            return None
        if text.endswith("Z"):
            text = text[:-1] + "+00:00"
        # "2018-05-15T15:47:03.000+0000" → "+00:00"
        m = re.match(r"^(.*[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)([+-]\d{2})(\d{2})$", text)
        if m:
            text = f"{m.group(1)}{m.group(2)}:{m.group(3)}"
        try:
            parsed = datetime.fromisoformat(text)
        except (ValueError, OverflowError):
            return None
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    return None




_E164_TEXT = re.compile(r"^\+?[0-9 ()./\-\u00a0]{4,30}$")


def normalise_e164(number: str, region: str = "IT", *, what: str = "The phone number") -> str:
    """``number`` in E.164 (``+390312345678``), as Voxloud requires; else :class:`InvalidInput`.

    A national number is read in ``region`` (an ISO 3166 code). Letters, extensions and non-ASCII
    digits are refused rather than guessed at (PITFALLS 24); the number must be a valid public number.
    """
    text = (number or "").strip()
    if not text:
        raise InvalidInput(f"{what} is missing")
    if text.startswith("00") and text[2:3].isdigit():
        text = "+" + text[2:]
    if not text.isascii() or not _E164_TEXT.match(text):
        raise InvalidInput(f"{what} {number!r} is not a phone number (use digits, e.g. +39 031 234 5678)")
    try:
        parsed = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        raise InvalidInput(
            f"{what} {number!r} cannot be read: give it with its country code, e.g. +39 031 234 5678"
        ) from None
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidInput(f"{what} {number!r} is not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


_SECRET_PATH = re.compile(r"(/webhook/)[^/?#\s]+")


def mask_callback_url(url: str) -> str:
    """A callback URL fit to show or log: the receiver's secret path segment masked."""
    return _SECRET_PATH.sub(r"\1***", url or "")


_SHORT_TYPES = {"INCOMING": "CALL_INCOMING", "STARTED": "CALL_STARTED", "ANSWERED": "CALL_ANSWERED",
                "HANGUP": "CALL_HANGUP", "HANG_UP": "CALL_HANGUP", "CALL_HANG_UP": "CALL_HANGUP"}


def _event_type(value: Any) -> str:
    text = _str(value).upper().replace("-", "_").replace(" ", "_")
    return _SHORT_TYPES.get(text, text)
