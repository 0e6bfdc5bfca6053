"""Pure parsers: Telavox wire JSON → core models, and the synthetic call ids of polled calls.

Tolerant in the way ``shared/api/telavox.md`` asks for: unknown fields are ignored, any field may be
missing or ``null`` (``profile: null`` is common), numbers may come as strings, times as ISO-8601,
``YYYY-MM-DD HH:MM:SS`` or epoch milliseconds, and a ``linestatus`` we do not know is kept as it
came (upper-cased, the open-enum convention of :mod:`cti_desktop.core.models`). A body of the wrong
*shape* where one is needed (an extension that is not an object) raises :class:`MalformedResponse`, a
:class:`~cti_desktop.core.errors.ServerUnavailable` — never a ``KeyError`` or ``TypeError``.

For any bytes at all, :func:`parse_json` and each ``parse_*`` here return a value or raise
:class:`MalformedResponse` — nothing else (``tests/property`` proves it with hypothesis,
``benchmarks/fuzz_parsers.py`` with a million inputs). Hostile values read as no value: numbers in
other digits than ASCII (``"²"``), integers of thousands of digits, ``NaN``/``Infinity``, times out
of range; a lone surrogate in text becomes U+FFFD (see :mod:`~cti_desktop.providers.wire_common`).

Telavox calls have no id on the wire (``calls: [{callerid, direction, linestatus}]``).
:class:`CallIds` gives each one a stable synthetic id derived from the extension, the caller id, the
direction and the time the call was *first seen*: the same call keeps its id from ringing to answered
for as long as consecutive reads list it, and a later call from the same number gets a new id.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ...core.models import Call, CallStatus, CommLogItem, Contact, Party, Presence
from ..wire_common import UnreadableResponse, decode_json, datetime_from_epoch, iso_datetime, to_bool, whole_number
from ..wire_common import to_int as _int
from ..wire_common import to_str as _str

__all__ = [
    "CallIds",
    "Extension",
    "MalformedResponse",
    "PbxResource",
    "Profile",
    "Recording",
    "WireCall",
    "call_status",
    "calls_from_extension",
    "contact_from_extension",
    "contact_from_user",
    "parse_extension",
    "parse_extensions",
    "parse_history",
    "parse_json",
    "parse_pbx",
    "parse_recordings",
    "parse_time",
    "parse_users",
    "presence_from_profile",
]

UNREADABLE = "Telavox sent a response the app could not read"


class MalformedResponse(UnreadableResponse):
    """The server answered, but not with a body of the shape the contract describes."""

    message = UNREADABLE


# --------------------------------------------------------------------------------------------
# Small tolerant converters


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


# --------------------------------------------------------------------------------------------
# Extensions


@dataclass(frozen=True, slots=True)
class Profile:
    """A presence profile (``profile: {available, name, until, message}``)."""

    available: bool | None = None
    name: str = ""
    until: datetime | None = None
    message: str = ""


@dataclass(frozen=True, slots=True)
class WireCall:
    """One entry of an extension's ``calls``."""

    callerid: str
    direction: str  # "in", "out" or what the server sent (lower-case)
    linestatus: str  # "up", "down", "ringing" or what the server sent (lower-case)


@dataclass(frozen=True, slots=True)
class Extension:
    extension: str
    name: str = ""
    email: str = ""
    mobile: str = ""
    profile: Profile | None = None
    calls: tuple[WireCall, ...] = ()
    keywords: tuple[str, ...] = ()


def _profile(value: Any) -> Profile | None:
    if not isinstance(value, dict):
        return None
    return Profile(
        available=_opt_bool(value.get("available")),
        name=_str(value.get("name")),
        until=parse_time(value.get("until")),
        message=_str(value.get("message")),
    )


def _wire_calls(value: Any) -> tuple[WireCall, ...]:
    if not isinstance(value, list):
        return ()
    out = []
    for c in value:
        if not isinstance(c, dict):
            continue
        out.append(
            WireCall(
                callerid=_str(_first(c, "callerid", "callerId", "number")),
                direction=_str(c.get("direction")).lower(),
                linestatus=_str(_first(c, "linestatus", "lineStatus", "status")).lower(),
            )
        )
    return tuple(out)


def parse_extension(value: Any) -> Extension:
    """One ``Extension`` object."""
    d = _dict(value, "extension")
    keywords = d.get("keyWords")
    return Extension(
        extension=_str(_first(d, "extension", "number")),
        name=_str(d.get("name")),
        email=_str(d.get("email")),
        mobile=_str(d.get("mobile")),
        profile=_profile(d.get("profile")),
        calls=_wire_calls(d.get("calls")),
        keywords=tuple(s for s in (_str(k) for k in keywords) if s) if isinstance(keywords, list) else (),
    )


def parse_extensions(value: Any) -> list[Extension]:
    """``[Extension]`` (or ``{"extensions": […]}``); entries that are not objects are skipped."""
    return [parse_extension(e) for e in _items(value, ("extensions", "items"), "extensions") if isinstance(e, dict)]


def call_status(linestatus: str) -> str:
    """``ringing`` → RINGING, ``up`` → ACTIVE, ``down``/``hangup`` → TERMINATED, others kept (upper-case)."""
    text = (linestatus or "").strip().lower()
    if text in ("ringing", "ring", "alerting"):
        return CallStatus.RINGING.value
    if text in ("up", "answered", "connected"):
        return CallStatus.ACTIVE.value
    if text in ("down", "hangup", "ended", "terminated"):
        return CallStatus.TERMINATED.value
    return text.upper()


class CallIds:
    """Stable synthetic ids for calls that have none on the wire.

    A call is known by ``(extension, callerid, direction)``; the *n*-th such call in one read is the
    *n*-th one first seen earlier. A call that is missing from a read is forgotten, so a later call
    from the same number is a new call with a new id. Pure: the caller passes the time.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str, str], list[float]] = {}

    @staticmethod
    def make_id(extension: str, callerid: str, direction: str, first_seen: float) -> str:
        raw = f"{extension}\x1f{callerid}\x1f{direction}\x1f{first_seen:.6f}".encode()
        return "tvx-" + hashlib.sha256(raw).hexdigest()[:24]

    def assign(self, extension: str, calls: Iterable[WireCall], now: float) -> list[str]:
        """Ids for ``calls`` (in order), remembering first-seen times; forgets calls not listed."""
        fresh: dict[tuple[str, str, str], list[float]] = {}
        ids = []
        for c in calls:
            key = (extension, c.callerid, c.direction)
            taken = fresh.setdefault(key, [])
            known = self._seen.get(key, [])
            first_seen = known[len(taken)] if len(taken) < len(known) else now
            taken.append(first_seen)
            ids.append(self.make_id(extension, c.callerid, c.direction, first_seen))
        # Keep the other extensions' memory; replace this extension's.
        self._seen = {k: v for k, v in self._seen.items() if k[0] != extension}
        self._seen.update(fresh)
        return ids

    def expect(self, extension: str, callerid: str, direction: str, now: float) -> str:
        """The id the next read will give a call we just started (a dial), remembered from ``now``."""
        key = (extension, callerid, direction)
        times = self._seen.setdefault(key, [])
        times.append(now)
        return self.make_id(extension, callerid, direction, now)


def calls_from_extension(
    ext: Extension,
    ids: CallIds,
    *,
    now: float | None = None,
    received_at: float | None = None,
    names: Mapping[str, str] | None = None,
) -> list[Call]:
    """My calls as core :class:`Call` values (ended ``down`` calls are left out).

    ``names`` maps a number to a colleague's name, so an internal caller is shown by name.
    """
    wall = time.time() if now is None else now
    at = time.monotonic() if received_at is None else received_at
    live = [c for c in ext.calls if call_status(c.linestatus) != CallStatus.TERMINATED]
    call_ids = ids.assign(ext.extension or "me", live, wall)
    out = []
    for c, call_id in zip(live, call_ids):
        number = c.callerid
        out.append(
            Call(
                call_id=call_id,
                state_token=None,
                status=call_status(c.linestatus),
                remote=Party(number=number, name=(names or {}).get(number, "")),
                inbound=c.direction == "in",
                received_at=at,
            )
        )
    return out


def _split_name(name: str) -> tuple[str, str]:
    name = " ".join(name.split())
    if " " not in name:
        return name, ""
    first, last = name.rsplit(" ", 1)
    return first, last


def contact_from_extension(ext: Extension) -> Contact:
    """A colleague as a directory :class:`Contact` with presence (``source="telavox"``)."""
    first, last = _split_name(ext.name)
    numbers = tuple(dict.fromkeys(n for n in (ext.extension, ext.mobile) if n))
    profile = ext.profile
    in_call = any(call_status(c.linestatus) in (CallStatus.ACTIVE, CallStatus.RINGING) for c in ext.calls)
    return Contact(
        id=ext.extension or ext.email or ext.name,
        first_name=first,
        last_name=last,
        numbers=numbers,
        preferred_number=ext.extension or ext.mobile,
        email=ext.email,
        status="CONTACT",
        in_call=in_call,
        kind="COLLEAGUE",
        presence_activity=profile.name if profile else "",
        available=profile.available if profile else None,
        source="telavox",
    )


def presence_from_profile(profile: Profile | None) -> Presence:
    """A presence profile as core :class:`Presence` (no profile: available, no activity)."""
    if profile is None:
        return Presence()
    return Presence(
        activity=profile.name,
        activity_expires=profile.until,
        available=True if profile.available is None else profile.available,
        note=profile.message,
    )


# --------------------------------------------------------------------------------------------
# CAPI users, colleagues and PBX resources


def contact_from_user(value: Any) -> Contact:
    """A CAPI user or colleague object. Field names vary; the common spellings are all read."""
    d = _dict(value, "user")
    name = _str(_first(d, "name", "displayName", "fullName"))
    first = _str(_first(d, "firstName", "firstname"))
    last = _str(_first(d, "lastName", "lastname"))
    if not (first or last):
        first, last = _split_name(name)
    extension = _str(_first(d, "extension", "number", "phoneNumber", "directNumber"))
    mobile = _str(_first(d, "mobile", "mobileNumber"))
    numbers = tuple(dict.fromkeys(n for n in (extension, mobile) if n))
    profile = _profile(d.get("profile"))
    return Contact(
        id=_str(_first(d, "userId", "id", "username", "extension")) or extension,
        first_name=first,
        last_name=last,
        company=_str(_first(d, "company", "organisation", "organization")),
        numbers=numbers,
        preferred_number=extension or mobile,
        email=_str(d.get("email")),
        status="CONTACT",
        kind="COLLEAGUE",
        presence_activity=profile.name if profile else "",
        available=profile.available if profile else None,
        source="telavox",
    )


def parse_users(value: Any) -> list[Contact]:
    """``[User]`` (or ``{"users"|"items"|"content": […]}``) → contacts; entries without an id are skipped."""
    out = []
    for item in _items(value, ("users", "items", "content", "data"), "users"):
        if not isinstance(item, dict):
            continue
        contact = contact_from_user(item)
        if contact.id:
            out.append(contact)
    return out


@dataclass(frozen=True, slots=True)
class PbxResource:
    """A PBX resource (a queue, an IVR) behind an extension number."""

    extension: str
    name: str = ""
    kind: str = ""  # "queue", "ivr", … (open)
    members: tuple[str, ...] = ()


def parse_pbx(value: Any) -> PbxResource:
    d = _dict(value, "PBX resource")
    members = d.get("members")
    return PbxResource(
        extension=_str(_first(d, "extension", "number")),
        name=_str(d.get("name")),
        kind=_str(_first(d, "type", "kind")).lower(),
        members=tuple(s for s in (_str(m.get("extension") if isinstance(m, dict) else m) for m in members) if s)
        if isinstance(members, list)
        else (),
    )


# --------------------------------------------------------------------------------------------
# Call history and recordings

_HISTORY_TYPES = {
    "incoming": "INCOMING_CALL",
    "in": "INCOMING_CALL",
    "answered": "INCOMING_CALL",
    "outgoing": "OUTGOING_CALL",
    "out": "OUTGOING_CALL",
    "missed": "MISSED_CALL",
}


def _recording_id(value: Any) -> str:
    text = _str(value)
    return "" if text in ("", "0", "null") else text


def _history_item(d: Mapping[str, Any], item_type: str) -> CommLogItem | None:
    number = _str(_first(d, "number", "callerid", "phoneNumber", "remoteNumber"))
    start = parse_time(_first(d, "datetimeISO", "datetime", "date", "startTime"))
    call_id = _str(_first(d, "callId", "id"))
    if not call_id:
        if not number and start is None:
            return None
        # No id on the wire: derive one from what identifies the item.
        call_id = "tvx-h-" + hashlib.sha256(f"{item_type}\x1f{number}\x1f{start}".encode()).hexdigest()[:20]
    return CommLogItem(
        item_id=call_id,
        item_type=item_type,
        remote=Party(number=number, name=_str(_first(d, "name", "callerName", "displayName"))),
        start_time=start,
        duration=max(0, _int(d.get("duration"))),
        seen=item_type != "MISSED_CALL",
    )


def _sort_key(item: CommLogItem) -> float:
    if item.start_time is None:
        return float("-inf")
    when = item.start_time if item.start_time.tzinfo else item.start_time.astimezone()
    return when.timestamp()


def parse_history(value: Any) -> list[CommLogItem]:
    """Call history, newest first.

    v1: ``{"incoming":[…], "outgoing":[…], "missed":[…]}``. CAPI: a list (or ``{"calls"|"items":[…]}``)
    whose items say their kind in ``callType``/``type``/``direction``; the v1 shape is read too.
    Items of an unknown kind are kept with the kind upper-cased.
    """
    out: list[CommLogItem] = []
    if isinstance(value, dict) and any(isinstance(value.get(k), list) for k in ("incoming", "outgoing", "missed")):
        for key in ("incoming", "outgoing", "missed"):
            entries = value.get(key)
            for entry in entries if isinstance(entries, list) else []:
                if isinstance(entry, dict):
                    item = _history_item(entry, _HISTORY_TYPES[key])
                    if item is not None:
                        out.append(item)
    else:
        for entry in _items(value, ("calls", "items", "history", "content"), "call history"):
            if not isinstance(entry, dict):
                continue
            kind = _str(_first(entry, "callType", "type", "direction")).lower()
            item = _history_item(entry, _HISTORY_TYPES.get(kind, kind.upper() or "CALL"))
            if item is not None:
                out.append(item)
    out.sort(key=_sort_key, reverse=True)
    return out


@dataclass(frozen=True, slots=True)
class Recording:
    recording_id: str
    call_id: str = ""
    number: str = ""
    start_time: datetime | None = None
    duration: int = 0


def parse_recordings(value: Any) -> list[Recording]:
    out = []
    for entry in _items(value, ("recordings", "items", "content"), "recordings"):
        if not isinstance(entry, dict):
            continue
        rid = _recording_id(_first(entry, "recordingId", "id"))
        if not rid:
            continue
        out.append(
            Recording(
                recording_id=rid,
                call_id=_str(entry.get("callId")),
                number=_str(_first(entry, "number", "phoneNumber")),
                start_time=parse_time(_first(entry, "datetimeISO", "datetime", "startTime")),
                duration=max(0, _int(entry.get("duration"))),
            )
        )
    return out


def history_recording_ids(value: Any) -> dict[str, str]:
    """``callId`` → ``recordingId`` of the items of a v1 history body that have a recording."""
    out: dict[str, str] = {}
    if not isinstance(value, dict):
        return out
    for key in ("incoming", "outgoing", "missed"):
        entries = value.get(key)
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                rid = _recording_id(entry.get("recordingId"))
                cid = _str(entry.get("callId"))
                if rid and cid:
                    out[cid] = rid
    return out
