"""``VoxloudClient``: the Voxloud developer API over an injected ``httpx.AsyncClient``.

One method per route of :data:`~cti_desktop.providers.voxloud.routes.DEFAULT_ROUTES`. The rules
every request follows (``shared/api/voxloud.md``, ``shared/PITFALLS.md`` 10, 11, 22, 23):

* ``Voverc-Auth: {api_key}`` and ``Accept: application/json`` on every request, plus
  ``Content-Type: application/json`` with a body. The key is never logged, never in a repr or an
  error message (the log filter of :mod:`cti_desktop.core.logsetup` masks ``Voverc-Auth: …`` too).
* 401 → :class:`AuthExpired` "The API key was refused" (an API key cannot be renewed by itself).
* Nothing that changes data is retried: after a timeout it may have been carried out.
* What the person typed is checked before sending (:class:`~.wire.ContactDraft`, E.164 numbers),
  so a mistake is a message in words, not a server 400.
* Contacts become core :class:`~cti_desktop.core.models.Contact` values with ``source="voxloud"``;
  a CRM link survives only when it is a safe http(s) URL.

Name search: Voxloud filters by ``first_name`` and ``last_name`` separately (partial,
case-insensitive). "Maria Rossi" asks first=Maria and last=Rossi; one word asks both fields
concurrently and merges the answers, so a surname typed alone is found too.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import httpx

from ...core.errors import (
    InvalidInput,
    NotFound,
    ServerUnavailable,
    UserFacingError,
)
from ...core.links import safe_url
from ...core.models import Contact
from ...core.screenpop import number_keys
from ..http_errors import (
    MAX_RETRY_AFTER,
    error_for_status,
    response_detail,
    retry_after_seconds,
    transport_failure,
)
from ..http import HeaderAuth, RequestLoop, VendorDialect
from . import wire
from .routes import FEATURES, RouteTable
from .wire import (
    CALL_EVENT_TYPES,
    EVENT_TYPES,
    ClickToCall,
    CompanyInfo,
    ContactDraft,
    ContactPage,
    TelephonyEvent,
    TelephonyPage,
    VoxloudUser,
    WebhookSubscription,
)

__all__ = ["DEFAULT_API_URL", "MAX_RETRY_AFTER", "VoxloudClient", "error_from_response", "error_from_transport",
           "retry_after_seconds"]

log = logging.getLogger("cti_desktop.providers.voxloud")

DEFAULT_API_URL = "https://developer.voxloud.com/api"
AUTH_HEADER = "Voverc-Auth"
MAX_PAGE = 100
_LOOKS_LIKE_NUMBER = re.compile(r"^\+?[0-9][0-9 ()./\-]*$")


# ------------------------------------------------------------------------------------ errors
_WORDS = {
    "signed_out": "The API key was refused: check it in the account settings (Voxloud admin portal → API)",
    "forbidden": "{feature} is not allowed with this API key",
    "not_found": "{feature}: Voxloud does not know this item (it may have been removed)",
    "rejected": "{feature}: Voxloud refused the request",  # 409 too: no "conflict" words
    "busy": "{feature}: Voxloud is receiving too many requests; try again shortly",
    "server": "{feature}: Voxloud had a problem (HTTP {status}); try again later",
    "refused": "{feature}: Voxloud refused the request (HTTP {status})",
    "unexpected": "{feature}: Voxloud gave an unexpected answer (HTTP {status})",
}

_TRANSPORT_WORDS = {
    "connect_timeout": "Voxloud could not be reached in time",
    "timeout": "Voxloud did not answer in time",
    "connect": "could not connect to Voxloud (check the network and the API address)",
    "lost": "the connection to Voxloud was lost",
    "proxy": "the proxy refused the connection to Voxloud",
    "address": "the Voxloud API address is not a valid http(s) address",
    "other": "could not talk to Voxloud",
}


def error_from_response(response: httpx.Response, *, feature: str) -> UserFacingError:
    """The error for a non-success answer to a request made for ``feature``."""
    detail = response_detail(response, wire.parse_error_detail)
    return error_for_status(response, words=_WORDS, detail=detail, feature=feature)


def _response_error(response: httpx.Response, *, feature: str, route: str) -> UserFacingError:
    return error_from_response(response, feature=feature)


def error_from_transport(exc: BaseException, *, feature: str, command: bool = False) -> ServerUnavailable:
    """A timeout, refused or dropped connection in words; a command may still have been carried out."""
    kind, may_have_run = transport_failure(exc)
    message = f"{feature}: {_TRANSPORT_WORDS[kind]}"
    if command and may_have_run:
        message += "; it may still have been carried out, so check before trying again"
    return ServerUnavailable(message)


#: The Voxloud words of the request loop (an unreadable answer is worth a warning here).
VOXLOUD_DIALECT = VendorDialect(FEATURES, _response_error, error_from_transport, wire.parse_json, log,
                                unreadable_level=logging.WARNING, log_label="Voxloud ")


# ------------------------------------------------------------------------------------ client
class VoxloudClient:
    """The Voxloud API for one company API key. Implements the core ``Directory`` protocol."""

    #: How the directory is named in merged results and error messages.
    name = "Voxloud"

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_key: str,
        api_url: str = DEFAULT_API_URL,
        routes: RouteTable | None = None,
        region: str = "IT",
    ) -> None:
        if not api_key or not api_key.strip():
            raise InvalidInput("A Voxloud API key is needed (Voxloud admin portal → API)")
        if any(ch in api_key for ch in "\r\n\0"):
            raise InvalidInput("The Voxloud API key contains a line break or control character")
        self._http = http
        self._api_key = api_key.strip()
        self._api_url = api_url.rstrip("/")
        self._routes = routes or RouteTable()
        self.region = (region or "IT").upper()
        # A 401 stays a 401: an API key cannot be renewed; its words are those of error_from_response.
        self._requests = RequestLoop(http, VOXLOUD_DIALECT, routes=self._routes, base_url=self._api_url,
                                     auth=HeaderAuth(AUTH_HEADER, self._api_key))
        self._send = self._requests.send
        self._json = self._requests.json

    def __repr__(self) -> str:  # never the key
        return f"VoxloudClient(api_url={self._api_url!r})"

    @property
    def api_url(self) -> str:
        return self._api_url

    # ------------------------------------------------------------------ plumbing
    def url(self, route: str, **fields: object) -> str:
        return self._requests.url(route, **fields)

    # ------------------------------------------------------------------ authentication
    async def validate_auth(self) -> CompanyInfo:
        """The company the key belongs to; :class:`AuthExpired` "The API key was refused" on 401."""
        return wire.parse_company(await self._json("auth.validate", body={}))

    # ------------------------------------------------------------------ contacts
    async def search_contacts(self, *, phone: str | None = None, first_name: str | None = None,
                              last_name: str | None = None, email: str | None = None,
                              offset: int = 0, limit: int = 20) -> ContactPage:
        """One page of ``GET /v1/contacts`` with the given filters (each partial)."""
        limit = max(1, min(MAX_PAGE, int(limit)))
        params: dict[str, str] = {"offset": str(max(0, int(offset))), "limit": str(limit)}
        for key, value in (("phone", phone), ("first_name", first_name), ("last_name", last_name), ("email", email)):
            if value is not None and str(value).strip():
                params[key] = str(value).strip()
        return wire.parse_contact_page(await self._json("contacts.search", params=params))

    async def search_by_phone(self, number: str, limit: int = 20) -> list[Contact]:
        """Contacts with a phone containing ``number`` (the screen-pop lookup).

        A full number is sent in E.164 (``+39…``); a fragment as its digits (Voxloud matches parts).
        """
        keys = number_keys(number, self.region)
        if not keys.is_number:
            raise InvalidInput(f"{number!r} is not a phone number to look up")
        query = keys.e164 or (("+" if number.strip().startswith("+") else "") + keys.digits)
        return list((await self.search_contacts(phone=query, limit=limit)).contacts)

    async def search_by_name(self, text: str, limit: int = 20) -> list[Contact]:
        """Contacts whose first or last name contains the words of ``text`` (the search box)."""
        words = (text or "").split()
        if not words:
            return []
        if len(words) == 1:
            pages = await asyncio.gather(
                self.search_contacts(first_name=words[0], limit=limit),
                self.search_contacts(last_name=words[0], limit=limit),
            )
            contacts = [c for page in pages for c in page.contacts]
        else:
            first, last = " ".join(words[:-1]), words[-1]
            page = await self.search_contacts(first_name=first, last_name=last, limit=limit)
            contacts = list(page.contacts)
            if not contacts:  # "Rossi Maria": the other way round
                page = await self.search_contacts(first_name=words[-1], last_name=" ".join(words[:-1]), limit=limit)
                contacts = list(page.contacts)
        seen: set[str] = set()
        unique = []
        for c in contacts:
            if c.id not in seen:
                seen.add(c.id)
                unique.append(c)
        return unique[:limit]

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        """``Directory.search``: by phone when ``query`` looks like a number, else by name."""
        query = (query or "").strip()
        if not query:
            return []
        limit = max(1, min(MAX_PAGE, int(limit)))
        if _LOOKS_LIKE_NUMBER.match(query) and sum(ch.isdigit() for ch in query) >= 2:
            return await self.search_by_phone(query, limit)
        return await self.search_by_name(query, limit)

    async def favourites(self) -> list[Contact]:
        """Voxloud has no favourites list."""
        return []

    async def get_contact(self, contact_id: str) -> Contact:
        return wire.parse_contact(await self._json("contacts.get", fields={"id": _id(contact_id, "contact")}))

    async def get_contact_draft(self, contact_id: str) -> ContactDraft:
        """The contact's editable state, for an update form (Voxloud's update replaces everything)."""
        return ContactDraft.from_wire(await self._json("contacts.get", fields={"id": _id(contact_id, "contact")}))

    async def create_contact(self, draft: ContactDraft) -> Contact:
        body = draft.body(self.region)  # InvalidInput before anything is sent
        return wire.parse_contact(await self._json("contacts.create", body=body, command=True))

    async def update_contact(self, contact_id: str, draft: ContactDraft) -> Contact:
        body = draft.body(self.region)
        return wire.parse_contact(
            await self._json("contacts.update", fields={"id": _id(contact_id, "contact")}, body=body, command=True)
        )

    async def delete_contact(self, contact_id: str) -> None:
        await self._send("contacts.delete", fields={"id": _id(contact_id, "contact")}, command=True)

    # ------------------------------------------------------------------ users
    async def users(self) -> list[VoxloudUser]:
        return wire.parse_users(await self._json("users.list"))

    async def find_user(self, who: str) -> VoxloudUser:
        """The user whose extension number or id is ``who``; :class:`NotFound` in words otherwise."""
        who = (who or "").strip()
        if not who:
            raise InvalidInput("Say which extension is yours (the account's user: an extension number or user id)")
        for user in await self.users():
            if who in (user.extension, user.id):
                return user
        raise NotFound(f"Voxloud has no user with extension or id {who!r}")

    # ------------------------------------------------------------------ webhook subscriptions
    async def webhook_subscriptions(self) -> list[WebhookSubscription]:
        return wire.parse_webhook_subscriptions(await self._json("webhooks.list"))

    async def webhook_subscription(self, subscription_id: str) -> WebhookSubscription:
        return wire.parse_webhook_subscription(
            await self._json("webhooks.get", fields={"id": _id(subscription_id, "subscription")})
        )

    async def create_webhook_subscription(self, callback_url: str, event_type: str, *,
                                          notification_email: str | None = None) -> WebhookSubscription:
        body = _subscription_body(callback_url, event_type, notification_email)
        return wire.parse_webhook_subscription(await self._json("webhooks.create", body=body, command=True))

    async def update_webhook_subscription(self, subscription_id: str, *, callback_url: str, event_type: str,
                                          enabled: bool | None = None,
                                          notification_email: str | None = None) -> WebhookSubscription:
        sid = _id(subscription_id, "subscription")
        body = {"id": sid, **_subscription_body(callback_url, event_type, notification_email)}
        if enabled is not None:
            body["enabled"] = bool(enabled)
        return wire.parse_webhook_subscription(
            await self._json("webhooks.update", fields={"id": sid}, body=body, command=True)
        )

    async def delete_webhook_subscription(self, subscription_id: str) -> None:
        await self._send("webhooks.delete", fields={"id": _id(subscription_id, "subscription")}, command=True)

    async def ensure_subscriptions(self, callback_url: str, event_types: Iterable[str] = CALL_EVENT_TYPES, *,
                                   notification_email: str | None = None) -> list[WebhookSubscription]:
        """One enabled subscription per event type pointing at ``callback_url``.

        Existing ones are kept; a disabled one (after failed deliveries) is enabled again; missing
        ones are created. Returns the subscriptions for ``callback_url``.
        """
        wanted = [t.upper() for t in event_types]
        callback_url = _subscription_body(callback_url, wanted[0] if wanted else "CALL_INCOMING", None)["callback_url"]
        existing = [s for s in await self.webhook_subscriptions() if s.callback_url == callback_url]
        result = []
        for event_type in wanted:
            match = next((s for s in existing if s.event_type == event_type), None)
            if match is None:
                match = await self.create_webhook_subscription(callback_url, event_type,
                                                               notification_email=notification_email)
            elif not match.enabled:
                log.info("re-enabling the %s webhook subscription (%d failed deliveries, last error: %s)",
                         event_type, match.failed_count, match.last_error or "none")
                match = await self.update_webhook_subscription(match.id, callback_url=callback_url,
                                                               event_type=event_type, enabled=True)
            result.append(match)
        return result

    # ------------------------------------------------------------------ telephony events (history)
    async def telephony_events(self, *, date_from: datetime | None = None, date_to: datetime | None = None,
                               number: str | None = None, page: int = 0, size: int = 100,
                               sort: str = "timestamp,desc") -> TelephonyPage:
        """One page of the telephony events (CDRs: calls, click-to-calls, faxes), newest first.

        ``POST /v1/telephony-events?sort=&size=&page=`` with ``{date_time_from, date_time_to, number?}``
        (the reference); dates are sent in UTC as ``2021-01-01T00:00:00.000Z``.
        """
        body: dict[str, Any] = {}
        if date_from is not None:
            body["date_time_from"] = iso_ms(date_from)
        if date_to is not None:
            body["date_time_to"] = iso_ms(date_to)
        if number is not None and str(number).strip():
            body["number"] = str(number).strip()
        params = {"sort": sort, "size": str(max(1, min(MAX_PAGE, int(size)))), "page": str(max(0, int(page)))}
        return wire.parse_telephony_page(await self._json("events.query", params=params, body=body))

    async def telephony_event(self, event_id: str) -> TelephonyEvent:
        """``GET /v1/telephony-events/{id}``."""
        return wire.parse_telephony_event(await self._json("events.get", fields={"id": _id(str(event_id), "event")}))

    async def telephony_events_for_call(self, call_id: str) -> list[TelephonyEvent]:
        """``GET /v1/telephony-events?callId=`` (the reference shows one record; a page is read too)."""
        page = wire.parse_telephony_page(await self._json("events.by_call", params={"callId": _id(call_id, "call")}))
        return list(page.events)

    # ------------------------------------------------------------------ click-to-call
    async def click_to_calls(self) -> list[ClickToCall]:
        return wire.parse_click_to_calls(await self._json("ctc.list"))

    async def create_click_to_call(self, *, name: str, extension: str, outbound_number: str,
                                   dial_first: str = "extension") -> ClickToCall:
        if dial_first not in ("extension", "contact"):
            raise InvalidInput("dial_first must be 'extension' or 'contact'")
        body = {"name": name, "extension": str(extension), "outboundNumber": outbound_number, "dial_first": dial_first}
        return wire.parse_click_to_call(await self._json("ctc.create", body=body, command=True))

    async def connect_click_to_call(self, click_to_call_id: str, destination: str) -> str:
        """Have Voxloud connect the click-to-call's extension with ``destination``; returns the E.164 dialled."""
        contact = wire.normalise_e164(destination, self.region, what="The number to call")
        answer = await self._json("ctc.connect", fields={"id": _id(click_to_call_id, "click-to-call")},
                                  body={"contact": contact}, command=True)
        if isinstance(answer, dict) and isinstance(answer.get("contact"), str) and answer["contact"].strip():
            return answer["contact"].strip()
        return contact


def iso_ms(moment: datetime) -> str:
    """An aware datetime as the reference writes them: ``2018-03-11T07:00:00.000Z`` (UTC)."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def _id(value: str, what: str) -> str:
    text = (value or "").strip() if isinstance(value, str) else str(value or "")
    if not text:
        raise InvalidInput(f"No {what} id was given")
    return text


def _subscription_body(callback_url: str, event_type: str, notification_email: str | None) -> dict[str, Any]:
    kind = (event_type or "").strip().upper()
    if kind not in EVENT_TYPES:
        raise InvalidInput(f"Unknown webhook event type {event_type!r}; use one of {', '.join(EVENT_TYPES)}")
    try:
        url = safe_url((callback_url or "").strip())
    except InvalidInput as exc:
        raise InvalidInput(f"The callback address cannot be used: {exc.message}") from None
    body: dict[str, Any] = {"callback_url": url, "event_type": kind}
    if notification_email and notification_email.strip():
        body["notification_email"] = notification_email.strip()
    return body
