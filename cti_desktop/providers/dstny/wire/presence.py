"""Presence, activities, roles, answer places and presence shortcuts.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from ....core.models import Activity, Presence, Role
from ....core.presence_config import DEFAULT_IMAGE_ID, AnswerPlace, PresenceLists, PresenceShortcut
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import MalformedResponse, _bool, _dict, _first, _items, _opt_bool, parse_datetime


def parse_presence(value: Any) -> Presence:
    """``{activity{id,expiration,available}, note, role, available, idle, …}`` → :class:`Presence`."""
    d = _dict(value, "presence")
    if "presence" in d and isinstance(d["presence"], dict) and "activity" not in d:
        d = d["presence"]
    activity = d.get("activity")
    if isinstance(activity, dict):
        act_id = _str(_first(activity, "id", "name"))
        expires = parse_datetime(activity.get("expiration"))
        act_available = _opt_bool(activity.get("available"))
    else:
        act_id, expires, act_available = _str(activity), None, None
    available = _opt_bool(d.get("available"))
    if available is None:
        available = True if act_available is None else act_available
    role = d.get("role")
    if isinstance(role, dict):
        role = _first(role, "id", "name")
    return Presence(
        activity=act_id,
        activity_expires=expires,
        available=available,
        note=_str(d.get("note")),
        role=_str(role),
        idle=_bool(d.get("idle")),
    )


def parse_activities(value: Any) -> list[Activity]:
    out = []
    for a in _items(value, "activity", "activities"):
        if isinstance(a, dict) and _str(a.get("id")):
            out.append(
                Activity(
                    id=_str(a.get("id")),
                    name=_str(_first(a, "name", "stateName")) or _str(a.get("id")),
                    available=_bool(a.get("available"), True),
                    default=_bool(a.get("default")),
                )
            )
    return out


def parse_roles(value: Any) -> list[Role]:
    out = []
    for r in _items(value, "role", "roles"):
        if isinstance(r, dict) and _str(r.get("id")):
            out.append(Role(id=_str(r.get("id")), name=_str(_first(r, "name", "stateName")) or _str(r.get("id"))))
    return out


def parse_answer_places(value: Any) -> list[AnswerPlace]:
    out = []
    for a in _items(value, "answerplace", "answer places"):
        if isinstance(a, dict) and _str(a.get("id")):
            out.append(AnswerPlace(id=_str(a.get("id")), name=_str(a.get("name"))))
    return out


def parse_presence_shortcut(value: Any) -> PresenceShortcut:
    d = _dict(value, "presenceShortcut")
    return PresenceShortcut(
        id=_str(d.get("id")),
        name=_str(d.get("name")),
        activity_id=_str(d.get("activityId")),
        available=_bool(d.get("available")),
        duration_type=_str(d.get("durationType")),
        duration_minutes=max(0, _int(d.get("durationMinutes"))),
        order=_int(d.get("order")),
        image_id=_str(d.get("imageId")),
        diversion_number=_str(d.get("diversionPhoneNumber")),
        apply_diversion_number=_bool(d.get("applyDiversionNumber")),
    )


def parse_presence_shortcuts(value: Any) -> list[PresenceShortcut]:
    key = "shortcut" if isinstance(value, dict) and "presenceShortcut" not in value and "shortcut" in value else "presenceShortcut"
    return [parse_presence_shortcut(s) for s in _items(value, key, "presence shortcuts") if isinstance(s, dict)]


def parse_user_config_lists(value: Any) -> PresenceLists:
    """The aggregated configuration document (``{activities{activity[]}, roles{role[]},
    answerplaces{answerplace[]}, …}``) → its activities, roles and answer places.

    A document that is not an object, or lacks the activities or the roles, is
    :class:`MalformedResponse` (the caller then reads the lists one by one); answer places are optional.
    """
    d = _dict(value, "configuration")
    for key in ("activities", "roles"):
        if not isinstance(d.get(key), (dict, list)):
            raise MalformedResponse(f"the configuration document has no {key}")
    places = d.get("answerplaces")
    return PresenceLists(
        activities=parse_activities(d["activities"]),
        roles=parse_roles(d["roles"]),
        answer_places=parse_answer_places(places) if isinstance(places, (dict, list)) else [],
    )


#: The reference's ``durationType`` values (PresenceShortcutDTO); it is required.
DURATION_TYPES = ("NO_END_TIME", "UNTIL_NEXT_WORKING_DAY", "MINUTES")


def shortcut_duration_type(shortcut: PresenceShortcut) -> str:
    """The shortcut's ``durationType``, never empty: a missing one is ``MINUTES`` when it has
    minutes, else ``NO_END_TIME``; ``MINUTES`` without minutes is ``NO_END_TIME``."""
    kind = shortcut.duration_type.strip().upper()
    if not kind:
        kind = "MINUTES" if shortcut.duration_minutes > 0 else "NO_END_TIME"
    if kind == "MINUTES" and shortcut.duration_minutes <= 0:
        kind = "NO_END_TIME"
    return kind


def presence_shortcut_body(shortcut: PresenceShortcut) -> dict[str, Any]:
    """A PresenceShortcutDTO; ``durationType`` and ``imageId`` are always sent (the reference requires it), and
    ``durationMinutes`` only with ``MINUTES`` (it "is only applicable if durationType is set to MINUTES")."""
    kind = shortcut_duration_type(shortcut)
    body: dict[str, Any] = {
        "id": shortcut.id,
        "name": shortcut.name,
        "activityId": shortcut.activity_id,
        "available": shortcut.available,
        "durationType": kind,
        "order": shortcut.order,
        "applyDiversionNumber": shortcut.apply_diversion_number,
    }
    if kind == "MINUTES":
        body["durationMinutes"] = shortcut.duration_minutes
    # imageId is required by the reference (an enum of icons): a shortcut without one gets the green icon
    body["imageId"] = shortcut.image_id or DEFAULT_IMAGE_ID
    if shortcut.diversion_number:
        body["diversionPhoneNumber"] = shortcut.diversion_number
    return body


def presence_body(
    *,
    activity: str | None = None,
    available: bool | None = None,
    note: str | None = None,
    role: str | None = None,
    expires: datetime | None = None,
) -> dict[str, Any]:
    """The body of ``PUT …/presence``: ``{role?, note?, activity?{id, expiration?, available?}}``.

    The reference's request lists exactly ``role``, ``note`` and ``activity`` (an Activity object,
    ``{id, expiration, available}`` as its presence sample shows it): there is no top-level
    ``available`` in the update, so the availability goes inside the activity, and without an
    activity it cannot be sent (``ValueError``; the client reads the current activity first).
    ``role`` is a role id (``business``), as :func:`parse_presence` reads it back.
    """
    if activity is None and (available is not None or expires is not None):
        raise ValueError("availability and end time belong to an activity")
    body: dict[str, Any] = {}
    if role is not None:
        body["role"] = role
    if note is not None:
        body["note"] = note
    if activity is not None:
        act: dict[str, Any] = {"id": activity}
        if expires is not None:
            if expires.tzinfo is not None:
                expires = expires.astimezone(timezone.utc)
            act["expiration"] = expires.replace(microsecond=0, tzinfo=None).isoformat() + "Z"
        if available is not None:
            act["available"] = available
        body["activity"] = act
    return body


def parse_available(content: bytes | str) -> bool:
    """``true``/``false`` (JSON or plain text) or ``{"available": …}``."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    try:
        value = json.loads(text, parse_constant=str)
    except (ValueError, RecursionError):
        value = text.strip().strip('"')
    if isinstance(value, dict):
        value = value.get("available")
    result = _opt_bool(value)
    if result is None:
        raise MalformedResponse("availability is not true/false")
    return result


def parse_activity_end_time(content: bytes | str) -> datetime | None:
    """The activity end time: ISO-8601 or ``never`` (plain text, a JSON string, or an object)."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    try:
        value = json.loads(text, parse_constant=str)
    except (ValueError, RecursionError):
        value = text.strip()
    if isinstance(value, dict):
        value = _first(value, "endTime", "endtime", "expires", "expiration")
    text = _str(value)
    if not text or text.lower() == "never":
        return None
    result = parse_datetime(text)
    if result is None:
        raise MalformedResponse("activity end time is not ISO-8601")
    return result
