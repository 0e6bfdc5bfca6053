"""The Telavox simulator's own route table: every API route it serves, where, and how it authenticates.

Written from ``shared/api/telavox.md`` and its seed (``shared/seeds/telavox-home-api-getting-started.txt``),
never imported from the client: ``tests/simulator/test_route_tables_agree.py`` compares it with the
client's table and lists every difference.

``base`` is where a route lives: ``v1`` at the server's root (``https://api.telavox.se``), ``capi``
below ``/api/capi`` (``https://home.telavox.se/api/capi``). ``auth`` is what a request must carry:

* ``none`` — the session login and logout (the seed: logging in with user name and password gives
  the session cookie every later request carries; the path ``/login`` and its form fields are the
  simulator's choice, the contract names none);
* ``v1`` — the session cookie, HTTP Basic or ``Authorization: Bearer {JWT}`` (the contract's v1 API);
* ``capi`` — the Bearer token only (the contract's CAPI).

Anything else is ``401 Unauthorized`` (the seed). ``aliases`` are further paths of the same route
(``GET /extensions`` without the trailing slash).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

__all__ = ["CAPI", "ROUTES", "V1", "SimRoute"]

V1 = "v1"
CAPI = "capi"


@dataclass(frozen=True, slots=True)
class SimRoute:
    method: str
    template: str
    base: str
    #: "none", "v1" (cookie, Basic or Bearer) or "capi" (Bearer only)
    auth: str
    aliases: tuple[str, ...] = ()


ROUTES: Mapping[str, SimRoute] = MappingProxyType({
    # Home session (the seed); the paths are ours
    "session.login": SimRoute("POST", "/login", V1, "none"),
    "session.logout": SimRoute("POST", "/logout", V1, "none"),
    # v1 API (the vendor's pages; hangup, sms, recordings from third-party code)
    "v1.extensions": SimRoute("GET", "/extensions/", V1, V1, aliases=("/extensions",)),
    "v1.me": SimRoute("GET", "/extensions/me", V1, V1),
    "v1.extension": SimRoute("GET", "/extensions/{extension}", V1, V1),
    "v1.calls": SimRoute("GET", "/calls", V1, V1),
    "v1.dial": SimRoute("GET", "/dial/{number}", V1, V1),
    "v1.hangup": SimRoute("POST", "/hangup", V1, V1),
    "v1.sms": SimRoute("GET", "/sms/{number}", V1, V1),
    "v1.recording": SimRoute("GET", "/recordings/{recording}", V1, V1),
    # CAPI (the vendor's migration page)
    "capi.users": SimRoute("GET", "/v1/extensions/users", CAPI, CAPI),
    "capi.history": SimRoute("GET", "/v1/extensions/users/me/calls/history", CAPI, CAPI),
    "capi.recordings": SimRoute("GET", "/v1/extensions/users/me/calls/recordings", CAPI, CAPI),
    "capi.dial": SimRoute("POST", "/v1/extensions/users/me/dial", CAPI, CAPI),
    "capi.user": SimRoute("GET", "/v1/extensions/users/{user}", CAPI, CAPI),
    "capi.pbx": SimRoute("GET", "/v1/extensions/pbx/{extension}", CAPI, CAPI),
    "capi.colleague": SimRoute("GET", "/v1/contacts/colleagues/{user}", CAPI, CAPI),
})
