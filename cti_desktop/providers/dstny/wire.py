"""Pure parsers: Dstny Core wire JSON → core models, and core models → request bodies.

Every function here is tolerant in the way ``shared/api/dstny-core.md`` asks for: unknown fields are
ignored, optional fields may be missing, enumerations stay open (unknown values are kept as
strings), numbers may come as strings, and party addresses may be ``tel:``/``sip:`` URIs.

What is *not* tolerated is a body of the wrong shape where a shape is needed (a list where an object
must be, a call without a ``callId``): that raises :class:`MalformedResponse`, a
:class:`~cti_desktop.core.errors.ServerUnavailable`, never a ``KeyError`` or ``TypeError``.

For any bytes at all, :func:`parse_json` and each ``parse_*`` here return a value or raise
:class:`MalformedResponse` — nothing else (``tests/property`` proves it with hypothesis,
``benchmarks/fuzz_parsers.py`` with a million inputs). Hostile values read as no value: numbers in
other digits than ASCII (``"²"``), integers of thousands of digits, ``NaN``/``Infinity``, times out
of range; a lone surrogate in text becomes U+FFFD (see :mod:`~cti_desktop.providers.wire_common`).

The vendor's own examples contain a few oddities that are accepted on purpose: ``deviceIds`` and
``actions`` written as unquoted strings (``"[{action: ANSWER, deviceIds: [+1555555]}]"``),
``recording`` as a boolean, ``acdSupport`` as a number, and communication-log items wrapped in a
single-key object named after their DTO class (``{".CallDTO": {…}}``).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Iterable, Mapping

from ...core.models import (
    Activity,
    AllowedAction,
    Call,
    CallAction,
    CallEvent,
    CallStatus,
    CommLogItem,
    Contact,
    Device,
    Group,
    GroupCallLogItem,
    HistoryInfo,
    Line,
    Participant,
    Party,
    Presence,
    QueueStats,
    Role,
)
from ..wire_common import UnreadableResponse, decode_json, iso_datetime, to_bool, whole_number
from ..wire_common import to_int as _int
from ..wire_common import to_str as _str

__all__ = [
    "AnswerPlace",
    "MalformedResponse",
    "PresenceShortcut",
    "TicketInfo",
    "parse_acd_group",
    "parse_acd_groups",
    "parse_activities",
    "parse_activity_end_time",
    "parse_answer_places",
    "parse_available",
    "parse_call_snapshot",
    "parse_call_state",
    "parse_commlog",
    "parse_contact",
    "parse_contacts",
    "parse_datetime",
    "parse_devices",
    "parse_error_body",
    "parse_group",
    "parse_group_call_log",
    "parse_group_call_log_item",
    "parse_groups",
    "parse_json",
    "parse_line",
    "parse_lines",
    "parse_party",
    "parse_presence",
    "parse_presence_shortcut",
    "parse_presence_shortcuts",
    "parse_queue_stat",
    "parse_queue_stats_json",
    "parse_roles",
    "parse_ticket",
    "number_from_uri",
    "line_body",
    "presence_body",
    "presence_shortcut_body",
]

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


# --------------------------------------------------------------------------------------------
# Calls


def parse_party(value: Any) -> Party:
    """A ``remoteParty``-like object (``telUri``/``number``, ``displayName``/``name``, ``type``)."""
    d = _opt_dict(value)
    uri = _first(d, "telUri", "uri", "sipUri", "number", "phoneNumber", "telephoneNumber")
    return Party(
        number=number_from_uri(uri),
        name=_str(_first(d, "displayName", "name")),
        display_number=_str(_first(d, "displayNumber")),
        kind=_str(d.get("type")),
        company=_str(d.get("company")),
    )


def _opt_party(value: Any) -> Party | None:
    return parse_party(value) if isinstance(value, dict) else None


def _history(value: Any) -> HistoryInfo | None:
    if not isinstance(value, dict):
        return None
    acd = value.get("acdSupport")
    acd_support = _bool(acd) if isinstance(acd, (bool, int)) or _str(acd).lower() in _TRUE | _FALSE else True
    return HistoryInfo(
        subject=_str(value.get("subject")),
        acd_support=acd_support,
        camp_on=_bool(value.get("campOn")),
        initial_party=_opt_party(value.get("initialParty")),
        previous_party=_opt_party(value.get("previousParty")),
        previous_retarget_reason=_str(value.get("previousRetargetReason")),
    )


def _str_tuple(value: Any, what: str) -> tuple[str, ...]:
    return tuple(s for s in (_str(v) for v in _list(value, what)) if s)


def _actions(value: Any) -> tuple[AllowedAction, ...]:
    out: list[AllowedAction] = []
    for item in _list(value, "actions"):
        if isinstance(item, dict):
            name = CallAction.parse(item.get("action"))
            devices = _str_tuple(item.get("deviceIds"), "actions.deviceIds")
        else:
            name, devices = CallAction.parse(item), ()
        if name:
            out.append(AllowedAction(name, devices))
    return tuple(out)


def _recording(d: Mapping[str, Any]) -> str:
    rec = d.get("recording")
    if isinstance(rec, str) and rec.strip().lower() not in _TRUE | _FALSE:
        return rec.strip().upper()
    if _bool(rec):
        return "RECORDING"
    if _bool(d.get("externalRecording")):
        return "EXTERNAL_PAUSED" if _bool(d.get("externalRecordingPaused")) else "EXTERNAL"
    return ""


def parse_call_state(value: Any, *, received_at: float | None = None) -> Call:
    """One ``CallState`` object → :class:`Call`. A state without a ``callId`` is malformed."""
    d = _dict(value, "CallState")
    call_id = _str(d.get("callId"))
    if not call_id:
        raise MalformedResponse("CallState without callId")
    participants = []
    for p in _list(d.get("participants"), "participants"):
        if not isinstance(p, dict):
            continue
        participants.append(
            Participant(id=_str(p.get("id")), party=parse_party(p.get("remoteParty")), history=_history(p.get("historyInfo")))
        )
    rec_duration = _first(d, "recordingDuration", "externalRecordingDuration")
    return Call(
        call_id=call_id,
        state_token=_state_token(d.get("stateToken")),
        status=CallStatus.parse(d.get("status")),
        remote=parse_party(d.get("remoteParty")),
        inbound=_bool(d.get("inbound")),
        conference=_bool(d.get("conference")),
        conference_id=_str(d.get("conferenceId")),
        participants=tuple(participants),
        history=_history(d.get("historyInfo")),
        event=CallEvent.parse(d.get("event")),
        event_description=_str(d.get("eventDescription")),
        muted=_bool(d.get("muted")),
        intruded=_bool(d.get("intruded")),
        duration=max(0, _int(d.get("duration"))),
        recordable=_bool(d.get("recordable")),
        recording=_recording(d),
        recording_duration=max(0, _int(rec_duration)),
        device_ids=_str_tuple(d.get("deviceIds"), "deviceIds"),
        actions=_actions(d.get("actions")),
        correlation_id=_str(d.get("correlationId")),
        received_at=time.monotonic() if received_at is None else received_at,
    )


def parse_call_snapshot(value: Any, *, received_at: float | None = None) -> list[Call]:
    """``{"fullState":…, "calls":[CallState…]}`` (or a bare list of states) → calls."""
    at = time.monotonic() if received_at is None else received_at
    return [parse_call_state(c, received_at=at) for c in _items(value, "calls", "call snapshot")]


# --------------------------------------------------------------------------------------------
# Groups and queues


def parse_group(value: Any) -> Group:
    """A distribution group (``{id,domain,name,type,loggedIn,…}``) or a legacy ACD group."""
    d = _dict(value, "group")
    stat = _opt_dict(d.get("statistic"))
    return Group(
        id=_str(d.get("id")),
        domain=_str(d.get("domain")),
        name=_str(d.get("name")),
        type=_str(d.get("type")),
        logged_in=_bool(_first(d, "loggedIn", "isLoggedIn")),
        night_mode=_bool(_first(d, "nightMode", "isNightMode")),
        logged_in_agents=_int(_first(d, "loggedInAgents") if "loggedInAgents" in d else stat.get("numberOfLoggedInAgents")),
        free_agents=_int(_first(d, "freeAgents") if "freeAgents" in d else stat.get("numberOfFreeAgents")),
        calls_waiting=_int(_first(d, "callsWaiting") if "callsWaiting" in d else stat.get("numberOfCallsInQueue")),
    )


def parse_groups(value: Any) -> list[Group]:
    """``{"group":[…]}`` from the distribution-groups API."""
    return [parse_group(g) for g in _items(value, "group", "groups") if isinstance(g, dict)]


def parse_acd_group(value: Any) -> Group:
    return parse_group(value)


def parse_acd_groups(value: Any) -> list[Group]:
    """``{"groups":[…statistic…]}`` from the legacy ACD/attendant-group API."""
    return [parse_group(g) for g in _items(value, "groups", "ACD groups") if isinstance(g, dict)]


def _presence_counts(value: Any) -> tuple[tuple[str, int], ...]:
    out = []
    for p in _list(value, "current-agent-presence"):
        if isinstance(p, dict):
            name = _str(p.get("name"))
            if name:
                out.append((name, max(0, _int(p.get("count")))))
    return tuple(out)


def parse_queue_stat(value: Any) -> QueueStats:
    d = _dict(value, "QueueStat")

    def n(key: str) -> int:
        return max(0, _int(d.get(key)))

    return QueueStats(
        id=_str(d.get("id")),
        domain=_str(d.get("domain")),
        name=_str(d.get("name")),
        number=_str(d.get("number")),
        queue_length=n("queueLength"),
        available_agents=n("availableAgents"),
        logged_in_agents=n("loggedInAgents"),
        longest_waiting=n("longestWaiting"),
        last_wait=n("lastWait"),
        average_wait=n("averageWait"),
        answered_period=n("answeredCallsForPeriod"),
        dropped_period=n("droppedCallsForPeriod"),
        total_period=n("totalCallsForPeriod"),
        answered_24h=n("answeredCallsLast24h"),
        dropped_24h=n("droppedCallsLast24h"),
        total_24h=n("totalCallsLast24h"),
        agent_presence=_presence_counts(_first(d, "current-agent-presence", "currentAgentPresence")),
    )


def parse_queue_stats_json(value: Any) -> list[QueueStats]:
    """``{"queue":[QueueStat…]}``, a bare list, or one ``QueueStat`` → statistics."""
    if isinstance(value, dict) and "queue" not in value and ("id" in value or "queueLength" in value):
        return [parse_queue_stat(value)]
    return [parse_queue_stat(q) for q in _items(value, "queue", "queue statistics") if isinstance(q, dict)]


def parse_group_call_log_item(value: Any) -> GroupCallLogItem:
    d = _dict(value, "callLogItem")
    agent = d.get("agent")
    handled = _opt_dict(d.get("handledStatus"))
    handled_agent = handled.get("agent")

    def who(a: Any) -> str:
        if isinstance(a, dict):
            return _str(_first(a, "name", "userId", "number"))
        return _str(a)

    return GroupCallLogItem(
        item_id=_str(d.get("itemId")),
        group_id=_str(d.get("groupId")),
        item_type=_str(d.get("itemType")).upper(),
        caller_number=number_from_uri(d.get("callerNumber")),
        callback_number=number_from_uri(d.get("callbackToNumber")),
        start_time=parse_datetime(d.get("startTime")),
        call_duration=max(0, _int(d.get("callDuration"))),
        queue_duration=max(0, _int(d.get("queueDuration"))),
        call_count=max(1, _int(d.get("callCount"), 1)),
        agent=who(agent),
        handled_state=_str(_first(handled, "state") or d.get("state")).upper(),
        handled_by=who(handled_agent),
        handled_note=_str(_first(handled, "note") or d.get("note")),
        forward_reason=_str(d.get("forwardReason")),
    )


def parse_group_call_log(value: Any) -> list[GroupCallLogItem]:
    """``{"callLogItem":[…], "generatedAt", …}`` → items."""
    return [parse_group_call_log_item(i) for i in _items(value, "callLogItem", "group call log") if isinstance(i, dict)]


# --------------------------------------------------------------------------------------------
# Presence and configuration


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


@dataclass(frozen=True, slots=True)
class AnswerPlace:
    """Where a call-back call may ring first (``aptype`` of the call-back route), e.g. ``mobile``."""

    id: str
    name: str = ""


def parse_answer_places(value: Any) -> list[AnswerPlace]:
    out = []
    for a in _items(value, "answerplace", "answer places"):
        if isinstance(a, dict) and _str(a.get("id")):
            out.append(AnswerPlace(id=_str(a.get("id")), name=_str(a.get("name"))))
    return out


@dataclass(frozen=True, slots=True)
class PresenceShortcut:
    id: str
    name: str = ""
    activity_id: str = ""
    available: bool = False
    duration_type: str = ""  # MINUTES, UNTIL_NEXT_WORKING_DAY, … (open)
    duration_minutes: int = 0
    order: int = 0
    image_id: str = ""
    diversion_number: str = ""
    apply_diversion_number: bool = False


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


def presence_shortcut_body(shortcut: PresenceShortcut) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": shortcut.id,
        "name": shortcut.name,
        "activityId": shortcut.activity_id,
        "available": shortcut.available,
        "durationType": shortcut.duration_type,
        "order": shortcut.order,
        "applyDiversionNumber": shortcut.apply_diversion_number,
    }
    if shortcut.duration_minutes:
        body["durationMinutes"] = shortcut.duration_minutes
    if shortcut.image_id:
        body["imageId"] = shortcut.image_id
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
    """The body of ``PUT …/presence``: ``{role?, note?, activity?{id, expiration?, available?}, available?}``.

    ``role`` is a role id (``business``), as :func:`parse_presence` reads it back.
    """
    body: dict[str, Any] = {}
    if role is not None:
        body["role"] = role
    if note is not None:
        body["note"] = note
    if activity is not None:
        act: dict[str, Any] = {"id": activity}
        if expires is not None:
            act["expiration"] = expires.isoformat().replace("+00:00", "Z")
        if available is not None:
            act["available"] = available
        body["activity"] = act
    if available is not None:
        # As in the reference's example: the availability at the top level too.
        body["available"] = available
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


# --------------------------------------------------------------------------------------------
# Devices and lines


def parse_devices(value: Any) -> list[Device]:
    out = []
    for d in _items(value, "device", "devices"):
        if isinstance(d, dict) and _str(d.get("deviceId")):
            out.append(
                Device(
                    device_id=_str(d.get("deviceId")),
                    kind=_str(d.get("deviceType")),
                    name=_str(d.get("deviceName")),
                    type_name=_str(d.get("deviceTypeName")),
                    status=_str(d.get("deviceStatus")),
                    icon=_str(d.get("deviceIcon")),
                )
            )
    return out


def parse_line(value: Any) -> Line:
    d = _dict(value, "line")
    return Line(
        type=_str(d.get("type")),
        group_id=_str(d.get("groupId")),
        number=number_from_uri(d.get("number")),
        name=_str(d.get("name")),
        active=_bool(d.get("active")),
    )


def parse_lines(value: Any) -> list[Line]:
    return [parse_line(item) for item in _items(value, "line", "lines") if isinstance(item, dict)]


def line_body(line: Line) -> dict[str, Any]:
    """``{type, groupId}`` — the ``userLine`` of a make-call body and the active-line PUT body."""
    group: int | str = _int(line.group_id) if line.group_id.strip().lstrip("-").isdigit() else line.group_id
    return {"type": line.type, "groupId": group if line.group_id else 0}


# --------------------------------------------------------------------------------------------
# Contacts


#: Single-number fields a contact may carry besides ``preferredNumber`` and ``phonenumbers``. The
#: reference's ContactDTO also shows ``faxNumber``: left out on purpose, a fax is not a number to
#: offer for a call (and ``numbers`` is what the app dials).
_CONTACT_NUMBER_FIELDS = ("mobileNumber", "businessNumber", "workNumber", "officeNumber", "homeNumber",
                          "privateNumber", "phoneNumber", "telephoneNumber")


def _contact_numbers(d: Mapping[str, Any], preferred: str) -> tuple[str, ...]:
    """Every number of a ContactDTO, the preferred one first, each once.

    ``phonenumbers`` (the reference: ``[{number, type}]``), ``phoneNumbers`` (personal contacts:
    ``[{type, phoneNumber, preferredNumber}]``) and ``numbers`` lists, then the single-number fields.
    """
    numbers: list[str] = []

    def add(raw: Any) -> None:
        number = number_from_uri(raw)
        if number and number not in numbers:
            numbers.append(number)

    add(preferred)
    for key in ("phonenumbers", "phoneNumbers", "numbers"):
        raw_list = d.get(key)
        if isinstance(raw_list, dict):
            raw_list = [raw_list]
        try:
            items = _list(raw_list, key)
        except MalformedResponse:
            continue
        for n in items:
            add(_first(n, "number", "phoneNumber", "telUri", "uri") if isinstance(n, dict) else n)
    for key in _CONTACT_NUMBER_FIELDS:
        if not isinstance(d.get(key), (dict, list, bool)):
            add(d.get(key))
    return tuple(numbers)


def parse_contact(value: Any, *, source: str = "dstny") -> Contact:
    """A ``ContactDTO`` → :class:`Contact` (``source`` ``"dstny"``)."""
    d = _dict(value, "ContactDTO")
    preferred = number_from_uri(d.get("preferredNumber"))
    numbers = _contact_numbers(d, preferred)
    presence = _opt_dict(d.get("presence"))
    activity = presence.get("activity")
    activity_id = _str(_first(activity, "id", "name")) if isinstance(activity, dict) else _str(activity)
    email = d.get("email")
    if isinstance(email, list):
        email = email[0] if email else ""
    cid = _str(_first(d, "contactEntryId", "cid", "id", "contactId"))
    if not cid:
        # Search results may carry no id at all: derive a stable one from what is there.
        vcard = _str(d.get("vcard"))
        cid = f"vcard:{vcard}" if vcard else (preferred or _str(email) or f"{_str(d.get('firstname'))} {_str(d.get('lastname'))}".strip())
    return Contact(
        id=cid,
        first_name=_str(_first(d, "firstname", "firstName")),
        last_name=_str(_first(d, "lastname", "lastName")),
        company=_str(d.get("company")),
        numbers=numbers,
        preferred_number=preferred,
        email=_str(email),
        status=_str(d.get("contactStatus")).upper(),
        in_list=_bool(d.get("inlist")),
        in_call=_bool(d.get("incall")),
        kind=_str(d.get("type")),
        presence_activity=activity_id,
        available=_opt_bool(presence.get("available")),
        source=source,
    )


def parse_contacts(value: Any) -> list[Contact]:
    """``{"query","contact":[ContactDTO]}`` or ``{"contact":[…]}`` → contacts."""
    return [parse_contact(c) for c in _items(value, "contact", "contacts") if isinstance(c, dict)]


# --------------------------------------------------------------------------------------------
# Communication log


def _unwrap_history_item(item: Any) -> tuple[str, dict[str, Any]] | None:
    if not isinstance(item, dict):
        return None
    if len(item) == 1:
        (key, inner), = item.items()
        if isinstance(inner, dict) and (key.startswith(".") or key.endswith("DTO")):
            return key.lstrip("."), inner
    return "", item


def parse_commlog(value: Any) -> list[CommLogItem]:
    """``{"historyItems":[{".CallDTO":{…}}, …]}`` → items (plain, unwrapped items are fine too)."""
    out = []
    for raw in _items(value, "historyItems", "communication log"):
        unwrapped = _unwrap_history_item(raw)
        if unwrapped is None:
            continue
        _dto, d = unwrapped
        item_id = _str(d.get("itemId"))
        if not item_id:
            continue
        out.append(
            CommLogItem(
                item_id=item_id,
                item_type=_str(d.get("itemType")).upper(),
                remote=parse_party(d.get("remoteParty")),
                start_time=parse_datetime(d.get("startTime")),
                duration=max(0, _int(d.get("duration"))),
                seen=_bool(_first(d, "isSeen", "seen")),
            )
        )
    return out


# --------------------------------------------------------------------------------------------
# Tickets and errors


@dataclass(frozen=True, slots=True)
class TicketInfo:
    """A ticket as ``POST /api/tickets/…`` returns it. ``repr`` never shows the token."""

    token: str = field(repr=False)
    name: str = ""
    expires: datetime | None = None
    allowed_apis: tuple[str, ...] = ()


def parse_ticket(value: Any) -> TicketInfo:
    d = _dict(value, "ticket")
    token = _str(d.get("token"))
    if not token:
        raise MalformedResponse("ticket without token")
    return TicketInfo(
        token=token,
        name=_str(d.get("name")),
        expires=parse_datetime(d.get("expires")),
        allowed_apis=_str_tuple(d.get("allowedApis"), "allowedApis"),
    )


def parse_error_body(value: Any) -> str | None:
    """The server's own words from ``{"field":[…],"warning":[…],"generated-id"}``.

    The first ``description`` (else ``code``) of ``field``, then of ``warning``; ``None`` when the body
    has none. Accepts bytes, text or already-decoded JSON; never raises.
    """
    if isinstance(value, (bytes, bytearray, str)):
        try:
            value = json.loads(value)
        except (ValueError, UnicodeDecodeError, RecursionError):
            return None
    if not isinstance(value, dict):
        return None
    for key in ("field", "warning"):
        entries = value.get(key)
        if isinstance(entries, dict):
            entries = [entries]
        if not isinstance(entries, list):
            continue
        for entry in entries:
            if not isinstance(entry, dict):
                continue
            text = _str(entry.get("description")) or _str(entry.get("code"))
            if text:
                return text[:300]
    for key in ("description", "message", "code"):
        text = _str(value.get(key))
        if text:
            return text[:300]
    return None


def iter_strings(values: Iterable[Any]) -> list[str]:
    """Non-empty strings of a list (helper for query parameters)."""
    return [s for s in (_str(v) for v in values) if s]
