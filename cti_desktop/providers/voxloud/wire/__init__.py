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

The parsers live by area in this package (``base``, ``contacts``, ``users``, ``webhooks``, ``calls``,
``events``); import them from here.
"""

from __future__ import annotations

from .base import (
    CALL_EVENT_TYPES,
    CDR_EVENT_TYPES,
    EVENT_TYPES,
    UNREADABLE,
    MalformedResponse,
    mask_callback_url,
    normalise_e164,
    parse_datetime,
    parse_error_detail,
    parse_json,
)
from .contacts import CompanyInfo, ContactDraft, ContactPage, parse_company, parse_contact, parse_contact_page
from .users import Did, VoxloudUser, parse_users
from .webhooks import (
    WebhookEvent,
    WebhookSubscription,
    parse_webhook_event,
    parse_webhook_subscription,
    parse_webhook_subscriptions,
)
from .calls import ClickToCall, parse_click_to_call, parse_click_to_calls
from .events import TelephonyEvent, TelephonyPage, parse_telephony_event, parse_telephony_page

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
