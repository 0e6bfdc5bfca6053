"""The Voxloud simulator's own route table: every API route it serves (below ``/api``).

Written from ``shared/api/voxloud.md`` and the vendor's reference
(``shared/seeds/voxloud-api-reference.txt``), never imported from the client:
``tests/simulator/test_route_tables_agree.py`` compares it with the client's table and lists every
difference. Every route needs the header ``Voverc-Auth: {api_key}`` (the reference); a wrong or
missing key is 401.

``source`` says where a route comes from: ``reference`` (the vendor's reference: its request lines
and curl examples; for contact and subscription updates the curl's ``PUT``, as the contract reads it),
``third-party`` (public third-party code) or ``simulator`` (in neither document). Every route is in
the reference now: it documents the whole click-to-call API ("Click-to-call API": create, get, get
all, delete, connect), although the contract says ``connect`` is known from third-party code only —
the reference wins — and the telephony events ("Telephony events API": query, get by id, get by
callId; ``events.query`` and ``events.by_call`` share the path and differ in method).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["REFERENCE", "ROUTES", "SIMULATOR", "THIRD_PARTY", "SimRoute"]

REFERENCE, THIRD_PARTY, SIMULATOR = "reference", "third-party", "simulator"


@dataclass(frozen=True, slots=True)
class SimRoute:
    method: str
    template: str
    source: str = REFERENCE


ROUTES: Mapping[str, SimRoute] = MappingProxyType({
    "auth.validate": SimRoute("POST", "/v1/validate-auth"),
    "contacts.search": SimRoute("GET", "/v1/contacts"),
    "contacts.create": SimRoute("POST", "/v1/contacts"),
    "contacts.get": SimRoute("GET", "/v1/contacts/{id}"),
    "contacts.update": SimRoute("PUT", "/v1/contacts/{id}"),
    "contacts.delete": SimRoute("DELETE", "/v1/contacts/{id}"),
    "users.list": SimRoute("GET", "/v2/users"),
    "webhooks.list": SimRoute("GET", "/v1/webhook-subscriptions"),
    "webhooks.create": SimRoute("POST", "/v1/webhook-subscriptions"),
    "webhooks.get": SimRoute("GET", "/v1/webhook-subscriptions/{id}"),
    "webhooks.update": SimRoute("PUT", "/v1/webhook-subscriptions/{id}"),
    "webhooks.delete": SimRoute("DELETE", "/v1/webhook-subscriptions/{id}"),
    "ctc.list": SimRoute("GET", "/v1/click-to-call"),
    "ctc.create": SimRoute("POST", "/v1/click-to-call"),
    "ctc.get": SimRoute("GET", "/v1/click-to-call/{id}"),
    "ctc.delete": SimRoute("DELETE", "/v1/click-to-call/{id}"),
    "ctc.connect": SimRoute("POST", "/v1/click-to-call/{id}/connect"),
    # Telephony events
    "events.query": SimRoute("POST", "/v1/telephony-events"),
    "events.by_call": SimRoute("GET", "/v1/telephony-events"),
    "events.get": SimRoute("GET", "/v1/telephony-events/{eventId}"),
})
