"""Call states and parties.

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it."""

from __future__ import annotations

import time
from typing import Any, Mapping

from ....core.models import (
    AllowedAction,
    Call,
    CallAction,
    CallEvent,
    CallStatus,
    HistoryInfo,
    Participant,
    Party,
)
from ...wire_common import to_int as _int
from ...wire_common import to_str as _str
from .base import (
    MalformedResponse,
    _dict,
    _opt_dict,
    _list,
    _items,
    _TRUE,
    _FALSE,
    _bool,
    _first,
    _state_token,
    number_from_uri,
)


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
