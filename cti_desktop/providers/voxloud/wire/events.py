"""Telephony events: the call records of the call history.

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ....core.errors import InvalidInput
from ....core.links import safe_url
from ...wire_common import to_str as _str
from .base import CDR_EVENT_TYPES, MalformedResponse, _bool, _dict, _event_type, _first, _int, parse_datetime


def _link(value: Any) -> str:
    """A media or CRM link from a telephony event: kept only as a safe http(s) URL, else ""."""
    text = _str(value)
    if not text or len(text) > 4096:
        return ""
    try:
        return safe_url(text)
    except InvalidInput:
        return ""


@dataclass(frozen=True, slots=True)
class TelephonyEvent:
    """One call detail record (CDR): a phone call, a click-to-call or a fax, as the telephony-events
    API and the PHONE_CALL / CLICK_TO_CALL / FAX_CALL webhooks tell it (the reference's "Telephony
    events"). Links (recording, voicemail, fax document, CRM contact) are safe http(s) URLs or ""."""

    id: str
    kind: str  # PHONE_CALL, CLICK_TO_CALL, FAX_CALL, or what came (open)
    call_id: str = ""
    direction: str = ""  # INBOUND, OUTBOUND, INTERNAL (upper case)
    timestamp: datetime | None = None
    originator_number: str = ""
    originator_name: str = ""
    destination_number: str = ""
    destination_name: str = ""
    answerer_number: str = ""
    answerer_name: str = ""
    masked: bool = False
    last_event: str = ""
    duration: int = 0
    ring_time: int = 0
    recorded: bool = False
    recording_url: str = ""
    voicemail: bool = False
    voicemail_url: str = ""
    fax_url: str = ""
    fax_pages: int = 0
    crm_url: str = ""
    summary: str = ""

    @property
    def key(self) -> str:
        """What identifies the record: its kind and id (or its call id)."""
        return f"{self.kind}:{self.id or self.call_id}"


def _kind(d: Mapping[str, Any]) -> str:
    kind = _event_type(_first(d, "type", "event_type"))
    if kind in CDR_EVENT_TYPES:
        return kind
    if _first(d, "attachment_url", "total_pages") is not None:
        return "FAX_CALL"  # the reference's fax example has no type
    if _first(d, "clickToCallType") is not None:
        return "CLICK_TO_CALL"
    return kind or "PHONE_CALL"


def parse_telephony_event(value: Any) -> TelephonyEvent:
    """A telephony event (CDR) object; :class:`MalformedResponse` when it is no object or has neither
    an ``id`` nor a ``callId``. A fax's ``sender``/``recipient`` are its originator/destination."""
    d = _dict(value, "telephony event")
    if isinstance(d.get("data"), dict):  # a webhook envelope: the record is its data
        inner = dict(d["data"])
        inner.setdefault("type", d.get("type"))
        d = inner
    rid = _str(d.get("id"))[:100]
    call_id = _str(_first(d, "callId", "call_id"))[:200]
    if not rid and not call_id:
        raise MalformedResponse("telephony event without an id")
    return TelephonyEvent(
        id=rid,
        kind=_kind(d),
        call_id=call_id,
        direction=_str(d.get("direction")).upper()[:20],
        timestamp=parse_datetime(d.get("timestamp")),
        originator_number=_str(_first(d, "originatorNumber", "sender"))[:64],
        originator_name=_str(d.get("originatorName"))[:200],
        destination_number=_str(_first(d, "destinationNumber", "recipient"))[:64],
        destination_name=_str(d.get("destinationName"))[:200],
        answerer_number=_str(d.get("answererNumber"))[:64],
        answerer_name=_str(d.get("answererName"))[:200],
        masked=_bool(d.get("maskCallerNumber")),
        last_event=_str(d.get("lastEvent")).upper()[:40],
        duration=max(0, _int(d.get("duration"))),
        ring_time=max(0, _int(d.get("ringTime"))),
        recorded=_bool(d.get("recorded")),
        recording_url=_link(d.get("recordingUrl")),
        voicemail=_bool(d.get("voicemail")),
        voicemail_url=_link(_first(d, "voicemail_url", "voicemailUrl")),
        fax_url=_link(d.get("attachment_url")),
        fax_pages=max(0, _int(d.get("total_pages"))),
        crm_url=_link(d.get("contactCrmUrl")),
        summary=_str(d.get("summary"))[:3500],
    )


@dataclass(frozen=True, slots=True)
class TelephonyPage:
    events: tuple[TelephonyEvent, ...]
    last: bool = True
    total: int = 0


def parse_telephony_page(value: Any) -> TelephonyPage:
    """A page of the telephony-events query ``{content: [...], last, totalElements, …}`` (a bare list,
    or one record as ``GET …?callId=`` may answer, is read too); unreadable records are skipped."""
    if isinstance(value, list):
        items, last, total = value, True, len(value)
    else:
        d = _dict(value, "telephony events")
        if "content" not in d and ("id" in d or "callId" in d):
            return TelephonyPage((parse_telephony_event(d),), True, 1)
        items = d.get("content")
        if items is None:
            items = []
        if not isinstance(items, list):
            raise MalformedResponse("telephony events: content is not a list")
        last = _bool(d.get("last"), True)
        total = max(0, _int(d.get("totalElements"), len(items)))
    events = []
    for item in items:
        try:
            events.append(parse_telephony_event(item))
        except MalformedResponse:
            continue
    return TelephonyPage(tuple(events), last, total)
