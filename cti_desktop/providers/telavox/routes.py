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

import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from urllib.parse import quote

__all__ = ["CAPI", "DEFAULT_ROUTES", "V1", "Route", "RouteTable"]

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


def template_fields(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in string.Formatter().parse(template) if name)


class RouteTable:
    """The routes in force: the defaults with a deployment's overrides applied.

    Overrides map a route name to a path template (same fields as the default) or to
    ``"METHOD /path"``. Unknown names, paths not starting with ``/`` and templates with other fields
    are refused with a clear message, so a typo in the settings shows at sign-in, not mid-call.
    """

    def __init__(self, routes: Mapping[str, Route] = DEFAULT_ROUTES) -> None:
        self._routes = dict(routes)

    def __getitem__(self, name: str) -> Route:
        return self._routes[name]

    def __iter__(self):
        return iter(self._routes)

    def __len__(self) -> int:
        return len(self._routes)

    def items(self):
        return self._routes.items()

    def with_overrides(self, overrides: Mapping[str, str] | None) -> RouteTable:
        if overrides is not None and not isinstance(overrides, Mapping):
            raise ValueError("the Telavox routes setting must be a table of route name = path")
        routes = dict(self._routes)
        for name, value in (overrides or {}).items():
            if name not in routes:
                raise ValueError(f"unknown Telavox route {name!r} in the settings")
            text = str(value).strip()
            method, _, path = text.partition(" ")
            if path and method.isalpha() and method.isupper():
                path = path.strip()
            else:
                method, path = routes[name].method, text
            if not path.startswith("/"):
                raise ValueError(f"Telavox route {name!r} must be a path starting with '/'")
            if set(template_fields(path)) != set(template_fields(routes[name].template)):
                raise ValueError(
                    f"Telavox route {name!r} must use the fields {sorted(template_fields(routes[name].template))}"
                )
            old = routes[name]
            routes[name] = Route(method, path, old.base, old.confirmed)
        return RouteTable(routes)

    def path(self, route_name: str, /, **fields: object) -> str:
        """The path of a route (below its base URL) with every field percent-encoded."""
        route = self._routes[route_name]
        encoded = {k: quote(str(v), safe="") for k, v in fields.items()}
        return route.template.format(**encoded)
