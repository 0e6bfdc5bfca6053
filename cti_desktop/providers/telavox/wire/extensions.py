"""Telavox extensions (``GET /extensions/…``): profiles, calls with their synthetic ids, contacts and presence."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ....core.models import Call, CallStatus, Contact, Party, Presence
from ...wire_common import to_str as _str
from .common import _dict, _opt_bool, _first, _items, parse_time


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
