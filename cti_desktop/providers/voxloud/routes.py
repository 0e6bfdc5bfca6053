"""Every URL of the Voxloud developer API this project uses, in one table.

Paths are below the API base (``https://developer.voxloud.com/api``). ``confirmed`` routes are in the
vendor's reference (``shared/seeds/voxloud-api-reference.txt``); the others come from public
third-party code (``shared/api/voxloud.md``) or are assumed (click-to-call list and create).
A deployment corrects any of them from configuration
(``routes = {...}`` in the account options, or :meth:`RouteTable.with_overrides`) without a code
change: a value is either a path template with the same fields or ``"METHOD /path"``.

Every field value is percent-encoded as UTF-8 (``safe=''``) when a path is built, so an id can
never add a path segment or a query.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .. import routing
from ..routing import Route, template_fields

__all__ = ["DEFAULT_ROUTES", "FEATURES", "Route", "RouteTable", "template_fields"]

_C = True  # in the vendor's reference
_T = False  # from public third-party code only
_A = False  # assumed: in neither the reference nor third-party code

DEFAULT_ROUTES: Mapping[str, Route] = MappingProxyType(
    {
        "auth.validate": Route("POST", "/v1/validate-auth", _C),
        "contacts.search": Route("GET", "/v1/contacts", _C),
        "contacts.get": Route("GET", "/v1/contacts/{id}", _C),
        "contacts.create": Route("POST", "/v1/contacts", _C),
        "contacts.update": Route("PUT", "/v1/contacts/{id}", _C),
        "contacts.delete": Route("DELETE", "/v1/contacts/{id}", _C),
        "users.list": Route("GET", "/v2/users", _C),
        "webhooks.list": Route("GET", "/v1/webhook-subscriptions", _C),
        "webhooks.get": Route("GET", "/v1/webhook-subscriptions/{id}", _C),
        "webhooks.create": Route("POST", "/v1/webhook-subscriptions", _C),
        "webhooks.update": Route("PUT", "/v1/webhook-subscriptions/{id}", _C),
        "webhooks.delete": Route("DELETE", "/v1/webhook-subscriptions/{id}", _C),
        # Not in the vendor's reference (it names only the CLICK_TO_CALL event type) and not in the
        # contract's third-party code (which names only connect): assumed.
        "ctc.list": Route("GET", "/v1/click-to-call", _A),
        "ctc.create": Route("POST", "/v1/click-to-call", _A),
        "ctc.connect": Route("POST", "/v1/click-to-call/{id}/connect", _T),
    }
)

#: What each route is for, in the words an error message uses.
FEATURES: Mapping[str, str] = MappingProxyType(
    {
        "auth.validate": "API key check",
        "contacts.search": "Contact search",
        "contacts.get": "Contact",
        "contacts.create": "New contact",
        "contacts.update": "Contact change",
        "contacts.delete": "Contact removal",
        "users.list": "Users and caller IDs",
        "webhooks.list": "Call notifications (webhook subscriptions)",
        "webhooks.get": "Call notifications (webhook subscription)",
        "webhooks.create": "New webhook subscription",
        "webhooks.update": "Webhook subscription change",
        "webhooks.delete": "Webhook subscription removal",
        "ctc.list": "Click-to-call set-up",
        "ctc.create": "Click-to-call set-up",
        "ctc.connect": "Calling",
    }
)


class RouteTable(routing.RouteTable):
    """The routes in force: the defaults with a deployment's overrides applied.

    Unknown route names and templates with other fields than the default's are refused with a
    message naming the route, so a typo in the settings is reported at sign-in, not as a 404 later.
    """

    default_routes = DEFAULT_ROUTES
    unknown_route = "unknown Voxloud route {name!r} in the settings (known: {known})"
    not_a_path = "Voxloud route {name!r} must be a path starting with '/'"
    wrong_fields = "Voxloud route {name!r} must use exactly the fields {fields}"
