"""Every URL the Telavox backend uses, in one table: v1 ("Home") API, CAPI and the session login.

``shared/api/telavox.md`` lists the paths; each :class:`Route` says whether it is *confirmed* (the
vendor's public developer pages) or *assumed* (third-party clients, or our choice in the vendor's
style). Assumed:

* ``session.login`` — ``POST /login`` with a form body ``username`` + ``password`` answered by a
  session cookie. The seed says only that logging in with user name and password gives a session
  cookie; the path and field names are ours, in the style of the Home web login.
* ``session.logout`` — ``POST /logout`` (ends the session cookie; best effort on sign-out).
* ``v1.hangup``, ``v1.sms``, ``v1.recording`` and the shape of ``v1.calls`` — third-party code.

Each route names its *base*: ``v1`` (``https://api.telavox.se``; also where the session login
lives, so the cookie is sent to the host that set it) or ``capi``
(``https://home.telavox.se/api/capi``). A deployment corrects any path from configuration
(``Account.options["routes"]`` → :meth:`RouteTable.with_overrides`) without a code change.

Template fields are percent-encoded as UTF-8 (``safe=''``) when a path is built, so a number such
as ``+46406280001`` or a user id with ``@`` is always one path segment.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .. import routing
from ..routing import template_fields

__all__ = ["CAPI", "DEFAULT_ROUTES", "V1", "Route", "RouteTable", "template_fields"]

V1 = "v1"
CAPI = "capi"


@dataclass(frozen=True, slots=True)
class Route:
    method: str
    template: str
    base: str = V1
    confirmed: bool = False


_C = True  # confirmed on the vendor's pages
_A = False  # assumed (third-party code, or chosen in the vendor's style)

DEFAULT_ROUTES: Mapping[str, Route] = MappingProxyType(
    {
        # Home session (cookie)
        "session.login": Route("POST", "/login", V1, _A),
        "session.logout": Route("POST", "/logout", V1, _A),
        # v1 API
        "v1.extensions": Route("GET", "/extensions/", V1, _C),
        "v1.extension": Route("GET", "/extensions/{extension}", V1, _C),
        "v1.me": Route("GET", "/extensions/me", V1, _C),
        "v1.calls": Route("GET", "/calls", V1, _C),
        "v1.dial": Route("GET", "/dial/{number}", V1, _C),
        "v1.hangup": Route("POST", "/hangup", V1, _A),
        "v1.sms": Route("GET", "/sms/{number}", V1, _A),
        "v1.recording": Route("GET", "/recordings/{recording}", V1, _A),
        # CAPI
        "capi.users": Route("GET", "/v1/extensions/users", CAPI, _C),
        "capi.user": Route("GET", "/v1/extensions/users/{user}", CAPI, _C),
        "capi.pbx": Route("GET", "/v1/extensions/pbx/{extension}", CAPI, _C),
        "capi.history": Route("GET", "/v1/extensions/users/me/calls/history", CAPI, _C),
        "capi.recordings": Route("GET", "/v1/extensions/users/me/calls/recordings", CAPI, _C),
        "capi.dial": Route("POST", "/v1/extensions/users/me/dial", CAPI, _C),
        "capi.colleague": Route("GET", "/v1/contacts/colleagues/{user}", CAPI, _C),
    }
)


class RouteTable(routing.RouteTable):
    """The routes in force: the defaults with a deployment's overrides applied.

    Overrides map a route name to a path template (same fields as the default) or to
    ``"METHOD /path"``. Unknown names, paths not starting with ``/`` and templates with other fields
    are refused with a clear message, so a typo in the settings shows at sign-in, not mid-call. An
    overridden route keeps its base.
    """

    default_routes = DEFAULT_ROUTES
    not_a_table = "the Telavox routes setting must be a table of route name = path"
    unknown_route = "unknown Telavox route {name!r} in the settings"
    not_a_path = "Telavox route {name!r} must be a path starting with '/'"
    wrong_fields = "Telavox route {name!r} must use the fields {fields}"

    def __len__(self) -> int:
        return len(self._routes)
