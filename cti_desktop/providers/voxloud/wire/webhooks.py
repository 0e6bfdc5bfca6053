"""Webhook subscriptions, and the webhooks Voxloud sends.

Part of :mod:`cti_desktop.providers.voxloud.wire`, which re-exports it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ...wire_common import to_str as _str
from .base import (
    CALL_EVENT_TYPES,
    CDR_EVENT_TYPES,
    MalformedResponse,
    _bool,
    _dict,
    _event_type,
    _first,
    _int,
    mask_callback_url,
    parse_datetime,
)
from .events import TelephonyEvent, parse_telephony_event




@dataclass(frozen=True, slots=True)
class WebhookSubscription:
    id: str
    event_type: str
    callback_url: str = field(default="", repr=False)
    enabled: bool = True
    failed_count: int = 0
    last_error: str = ""
    notification_email: str = ""

    @property
    def display_url(self) -> str:
        return mask_callback_url(self.callback_url)

    def __repr__(self) -> str:  # the callback URL may carry the receiver's secret
        return (
            f"WebhookSubscription(id={self.id!r}, event_type={self.event_type!r}, callback_url={self.display_url!r}, "
            f"enabled={self.enabled}, failed_count={self.failed_count}, last_error={self.last_error!r})"
        )

    def describe(self) -> str:
        """One line for a settings panel."""
        state = "enabled" if self.enabled else "DISABLED"
        text = f"{self.event_type} → {self.display_url} ({state}, {self.failed_count} failed deliveries)"
        if self.last_error:
            text += f"; last error: {self.last_error}"
        return text


def parse_webhook_subscription(value: Any) -> WebhookSubscription:
    d = _dict(value, "webhook subscription")
    sid = _str(d.get("id"))
    if not sid:
        raise MalformedResponse("webhook subscription without an id")
    return WebhookSubscription(
        id=sid,
        event_type=_str(_first(d, "event_type", "type")).upper(),
        callback_url=_str(d.get("callback_url")),
        enabled=_bool(d.get("enabled"), True),
        failed_count=_int(d.get("failed_count")),
        last_error=_str(d.get("last_error"))[:500],
        notification_email=_str(d.get("notification_email")),
    )


def parse_webhook_subscriptions(value: Any) -> list[WebhookSubscription]:
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if not isinstance(value, list):
        raise MalformedResponse("webhook subscriptions: expected a list")
    out = []
    for item in value:
        try:
            out.append(parse_webhook_subscription(item))
        except MalformedResponse:
            continue
    return out




@dataclass(frozen=True, slots=True)
class WebhookEvent:
    """One real-time call event as a webhook told it."""

    event_type: str  # CALL_INCOMING, CALL_STARTED, CALL_ANSWERED, CALL_HANGUP, or what came (open)
    call_id: str = ""
    caller: str = ""
    caller_name: str = ""
    called: str = ""
    called_name: str = ""
    extension: str = ""  # the user (extension) the event is about: ``userExtension``
    user_id: str = ""
    user_email: str = ""  # the e-mail address of the user the event is about: ``userEmail``
    timestamp: datetime | None = None
    direction: str = ""  # INBOUND, OUTBOUND, INTERNAL when given
    #: For a telephony event (PHONE_CALL, CLICK_TO_CALL, FAX_CALL): the call detail record.
    record: TelephonyEvent | None = None

    @property
    def is_call_event(self) -> bool:
        return self.event_type in CALL_EVENT_TYPES

    @property
    def is_record(self) -> bool:
        return self.record is not None


def parse_webhook_event(value: Any) -> WebhookEvent | None:
    """A webhook body (already JSON-decoded) as a :class:`WebhookEvent`; ``None`` when unreadable.

    Unreadable means: not an object, or no event type at all. A call event without a call id is
    returned as is (``call_id == ""``): the caller decides to ignore it.
    """
    if not isinstance(value, dict):
        return None
    data = value.get("data") if isinstance(value.get("data"), dict) else {}
    merged: dict[str, Any] = dict(value)
    merged.pop("data", None)
    merged.update(data)  # call fields: data wins

    top_type = _event_type(_first(value, "event_type", "type", "event"))
    data_type = _event_type(_first(data, "event_type", "type", "event")) if data else ""
    event_type = top_type if top_type.startswith("CALL_") or top_type in CDR_EVENT_TYPES or not data_type else data_type
    if not event_type and _first(merged, "attachment_url", "total_pages") is not None:
        event_type = "FAX_CALL"  # the reference's fax example carries no type
    if not event_type:
        return None
    record = None
    if event_type in CDR_EVENT_TYPES:
        try:
            record = parse_telephony_event({**merged, "type": event_type})
        except MalformedResponse:
            record = None
    call_id = _str(_first(merged, "call_id", "callId", "callid", "uuid"))
    if not call_id:
        call_id = _str(_first(data, "id")) if data else _str(value.get("id"))
    return WebhookEvent(
        event_type=event_type,
        call_id=call_id[:200],
        caller=_str(_first(merged, "caller", "from", "caller_number", "originatorNumber", "callerNumber"))[:64],
        caller_name=_str(_first(merged, "caller_name", "originatorName", "callerName", "from_name"))[:200],
        called=_str(_first(merged, "called", "to", "callee", "called_number", "destinationNumber"))[:64],
        called_name=_str(_first(merged, "called_name", "destinationName", "calleeName", "to_name"))[:200],
        extension=_str(_first(merged, "extension", "userExtension", "extension_number"))[:32],
        user_id=_str(_first(merged, "user_id", "userId"))[:100],
        user_email=_str(_first(merged, "userEmail", "user_email"))[:254],
        timestamp=parse_datetime(_first(merged, "timestamp", "created_at", "createdAt")),
        direction=_str(merged.get("direction")).upper(),
        record=record,
    )
