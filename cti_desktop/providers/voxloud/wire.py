"""Pure parsers and request bodies of the Voxloud API, and of the webhooks it sends.

Tolerant in the way ``shared/api/voxloud.md`` asks: unknown fields are ignored, optional fields may
be missing or ``null``, numbers may come as strings, enumerations stay open. A body of the wrong
shape where a shape is needed (a list where an object must be, a contact without an ``id``) raises
:class:`MalformedResponse` — a :class:`~cti_desktop.core.errors.ServerUnavailable` — never a
``KeyError`` or ``TypeError``.

For any bytes at all, :func:`parse_json` and each ``parse_*`` here return a value or raise
:class:`MalformedResponse` — nothing else (``tests/property`` proves it with hypothesis,
``benchmarks/fuzz_parsers.py`` with a million inputs). Hostile values read as no value: numbers in
other digits than ASCII (``"²"``), integers of thousands of digits, ``NaN``/``Infinity``, times out
of range; a lone surrogate in text becomes U+FFFD (see :mod:`~cti_desktop.providers.wire_common`).

Webhook payloads (:func:`parse_webhook_event`): the vendor's reference shows an envelope
``{"timestamp", "type": "CALL_STARTED", "data": {"callId", "originatorNumber", "destinationNumber",
"userExtension", "type": "STARTED", …}, "pbx_id"}`` and also flat examples; the project contract
adds the likely flat keys (``event_type``/``type``/``event``, ``call_id``/``id``, ``caller``/``from``/
``caller_number``, ``called``/``to``/``callee``, ``extension``/``user_id``, ``timestamp``/
``created_at``). Both shapes are read; the envelope's ``data`` wins over the top level for call
fields, the top level's ``CALL_*`` type wins over ``data.type``'s short form (``INCOMING``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

import phonenumbers

from ...core.errors import InvalidInput
from ...core.links import safe_url
from ...core.models import Contact, Line
from ..wire_common import UnreadableResponse, decode_json, datetime_from_epoch, to_bool, to_int, whole_number
from ..wire_common import to_str as _str

__all__ = [
    "CALL_EVENT_TYPES",
    "EVENT_TYPES",
    "ClickToCall",
    "CompanyInfo",
    "ContactDraft",
    "ContactPage",
    "Did",
    "MalformedResponse",
    "VoxloudUser",
    "WebhookEvent",
    "WebhookSubscription",
    "mask_callback_url",
    "normalise_e164",
    "parse_click_to_call",
    "parse_click_to_calls",
    "parse_company",
    "parse_contact",
    "parse_contact_page",
    "parse_error_detail",
    "parse_json",
    "parse_users",
    "parse_webhook_event",
    "parse_webhook_subscription",
    "parse_webhook_subscriptions",
    "CDR_EVENT_TYPES",
    "TelephonyEvent",
    "TelephonyPage",
    "parse_telephony_event",
    "parse_telephony_page",
]

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


# ------------------------------------------------------------------------------------ converters
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


# ----------------------------------------------------------------------------------- numbers
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


# ---------------------------------------------------------------------------------- company
@dataclass(frozen=True, slots=True)
class CompanyInfo:
    """What ``validate-auth`` says about the key's owner."""

    name: str = ""
    email: str = ""


def parse_company(value: Any) -> CompanyInfo:
    d = _dict(value, "validate-auth")
    return CompanyInfo(name=_str(d.get("name")), email=_str(d.get("email")))


# ---------------------------------------------------------------------------------- contacts
def _safe_record_url(value: Any) -> str:
    text = _str(value)
    if not text:
        return ""
    if "://" not in text:
        return ""  # "www.crm.com/…" is not a link we open
    try:
        return safe_url(text)
    except InvalidInput:
        return ""


def parse_contact(value: Any) -> Contact:
    """A Voxloud ``Contact`` as a core contact: every phone in ``numbers``, a safe CRM link only."""
    d = _dict(value, "contact")
    cid = _str(d.get("id"))
    if not cid:
        raise MalformedResponse("contact without an id")
    primary = _str(d.get("primary_phone"))
    numbers: list[str] = [primary] if primary else []
    for n in _strings(d.get("phones")):
        if n not in numbers:
            numbers.append(n)
    email = _str(d.get("primary_email")) or next(iter(_strings(d.get("emails"))), "")
    return Contact(
        id=cid,
        first_name=_str(d.get("first_name")),
        last_name=_str(d.get("last_name")),
        company=_str(d.get("company_name")),
        numbers=tuple(numbers),
        preferred_number=primary or (numbers[0] if numbers else ""),
        email=email,
        kind="CONTACT",
        source="voxloud",
        record_url=_safe_record_url(d.get("crm_contact_url")),
    )


@dataclass(frozen=True, slots=True)
class ContactPage:
    contacts: tuple[Contact, ...]
    has_next: bool = False


def parse_contact_page(value: Any) -> ContactPage:
    """``{data: [Contact], has_next}`` (a bare list is accepted too); unreadable items are skipped."""
    if isinstance(value, list):
        items, has_next = value, False
    else:
        d = _dict(value, "contact search")
        items = d.get("data")
        if items is None:
            items = []
        if not isinstance(items, list):
            raise MalformedResponse("contact search: data is not a list")
        has_next = _bool(d.get("has_next"))
    contacts = []
    for item in items:
        try:
            contacts.append(parse_contact(item))
        except MalformedResponse:
            continue
    return ContactPage(tuple(contacts), has_next)


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """A contact to create or a contact's full new state (Voxloud's update is a PUT of everything).

    :meth:`body` checks it first: ``first_name`` and an E.164 ``primary_phone`` are required, other
    phones must be E.164 too, a CRM link must be a safe http(s) URL. Problems are
    :class:`InvalidInput` in words, before anything is sent.
    """

    first_name: str
    primary_phone: str
    last_name: str = ""
    phones: tuple[str, ...] = ()
    primary_email: str = ""
    emails: tuple[str, ...] = ()
    company_name: str = ""
    job_title: str = ""
    website: str = ""
    crm_name: str = ""
    crm_contact_url: str = ""

    def body(self, region: str = "IT") -> dict[str, Any]:
        first = (self.first_name or "").strip()
        if not first:
            raise InvalidInput("A contact needs a first name")
        if len(first) > 200 or len((self.last_name or "").strip()) > 200:
            raise InvalidInput("A contact's name may be at most 200 characters")
        primary = normalise_e164(self.primary_phone, region, what="The main phone number")
        phones: list[str] = []
        for n in self.phones:
            if not (n or "").strip():
                continue
            e164 = normalise_e164(n, region, what="The other phone number")
            if e164 != primary and e164 not in phones:
                phones.append(e164)
        for email in (self.primary_email, *self.emails):
            text = (email or "").strip()
            if text and not re.match(r"^[^@\s]+@[^@\s]+\.[^@\s]+$", text):
                raise InvalidInput(f"{text!r} is not an e-mail address")
        body: dict[str, Any] = {"first_name": first, "primary_phone": primary}
        if self.last_name.strip():
            body["last_name"] = self.last_name.strip()
        if phones:
            body["phones"] = phones
        if self.primary_email.strip():
            body["primary_email"] = self.primary_email.strip()
        emails = [e.strip() for e in self.emails if e.strip()]
        if emails:
            body["emails"] = emails
        for key in ("company_name", "job_title", "website", "crm_name"):
            text = (getattr(self, key) or "").strip()
            if text:
                body[key] = text
        if (self.crm_contact_url or "").strip():
            try:
                body["crm_contact_url"] = safe_url(self.crm_contact_url.strip())
            except InvalidInput as exc:
                raise InvalidInput(f"The CRM link cannot be used: {exc.message}") from None
        return body

    @classmethod
    def from_wire(cls, value: Any) -> ContactDraft:
        """The editable state of a contact as the server sent it (for an update form)."""
        d = _dict(value, "contact")
        return cls(
            first_name=_str(d.get("first_name")),
            primary_phone=_str(d.get("primary_phone")),
            last_name=_str(d.get("last_name")),
            phones=_strings(d.get("phones")),
            primary_email=_str(d.get("primary_email")),
            emails=_strings(d.get("emails")),
            company_name=_str(d.get("company_name")),
            job_title=_str(d.get("job_title")),
            website=_str(d.get("website")),
            crm_name=_str(d.get("crm_name")),
            crm_contact_url=_str(d.get("crm_contact_url")),
        )

    def with_changes(self, **changes: Any) -> ContactDraft:
        return replace(self, **changes)


# ------------------------------------------------------------------------------------- users
@dataclass(frozen=True, slots=True)
class Did:
    number: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class VoxloudUser:
    """A PBX user (extension) and the outbound caller IDs it may use."""

    id: str
    first_name: str = ""
    last_name: str = ""
    extension: str = ""
    outbound_did: Did | None = None
    available_dids: tuple[Did, ...] = ()

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip() or self.extension or self.id

    def lines(self) -> list[Line]:
        """The caller IDs as core lines; the one currently selected is ``active``."""
        dids = list(self.available_dids)
        if self.outbound_did is not None and all(d.number != self.outbound_did.number for d in dids):
            dids.insert(0, self.outbound_did)
        current = self.outbound_did.number if self.outbound_did else ""
        return [Line(type="DID", number=d.number, name=d.label, active=d.number == current) for d in dids]


def _did(value: Any) -> Did | None:
    if not isinstance(value, dict):
        return None
    number = _str(value.get("number"))
    return Did(number, _str(value.get("label"))) if number else None


def parse_users(value: Any) -> list[VoxloudUser]:
    """``GET /v2/users``: a list (or ``{data: [...]}``); users without an id are skipped."""
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if not isinstance(value, list):
        raise MalformedResponse("users: expected a list")
    users = []
    for item in value:
        if not isinstance(item, dict) or not _str(item.get("id")):
            continue
        cli = item.get("outbound_cli") if isinstance(item.get("outbound_cli"), dict) else {}
        raw_dids = cli.get("available_dids")
        available = tuple(d for d in (_did(v) for v in raw_dids) if d) if isinstance(raw_dids, list) else ()
        users.append(
            VoxloudUser(
                id=_str(item.get("id")),
                first_name=_str(item.get("first_name")),
                last_name=_str(item.get("last_name")),
                extension=_str(item.get("extension_number")),
                outbound_did=_did(cli.get("outbound_did")),
                available_dids=available,
            )
        )
    return users


# ------------------------------------------------------------------------ webhook subscriptions
_SECRET_PATH = re.compile(r"(/webhook/)[^/?#\s]+")


def mask_callback_url(url: str) -> str:
    """A callback URL fit to show or log: the receiver's secret path segment masked."""
    return _SECRET_PATH.sub(r"\1***", url or "")


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


# ---------------------------------------------------------------------------- click-to-call
@dataclass(frozen=True, slots=True)
class ClickToCall:
    id: str
    name: str = ""
    extension: str = ""
    outbound_number: str = ""
    dial_first: str = ""


def parse_click_to_call(value: Any) -> ClickToCall:
    d = _dict(value, "click-to-call")
    cid = _str(d.get("id"))
    if not cid:
        raise MalformedResponse("click-to-call without an id")
    return ClickToCall(
        id=cid,
        name=_str(d.get("name")),
        extension=_str(d.get("extension")),
        outbound_number=_str(_first(d, "outboundNumber", "outbound_number")),
        dial_first=_str(d.get("dial_first")).lower(),
    )


def parse_click_to_calls(value: Any) -> list[ClickToCall]:
    if isinstance(value, dict) and isinstance(value.get("data"), list):
        value = value["data"]
    if not isinstance(value, list):
        raise MalformedResponse("click-to-call list: expected a list")
    out = []
    for item in value:
        try:
            out.append(parse_click_to_call(item))
        except MalformedResponse:
            continue
    return out


# -------------------------------------------------------------------------- telephony events
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


# ---------------------------------------------------------------------------------- webhooks
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


_SHORT_TYPES = {"INCOMING": "CALL_INCOMING", "STARTED": "CALL_STARTED", "ANSWERED": "CALL_ANSWERED",
                "HANGUP": "CALL_HANGUP", "HANG_UP": "CALL_HANGUP", "CALL_HANG_UP": "CALL_HANGUP"}


def _event_type(value: Any) -> str:
    text = _str(value).upper().replace("-", "_").replace(" ", "_")
    return _SHORT_TYPES.get(text, text)


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
