"""``TelavoxClient``: the Telavox v1 ("Home") API and CAPI over an injected ``httpx.AsyncClient``.

One method per route of :data:`~cti_desktop.providers.telavox.routes.DEFAULT_ROUTES`. The rules every
request follows (``shared/api/telavox.md``, the seed, ``shared/PITFALLS.md`` 8–11, 22):

* Authentication, chosen by the account (``auth``): ``session`` — ``username`` + ``password`` are
  posted to the (assumed) login route and the session cookie it sets is sent on every request;
  ``basic`` — HTTP Basic with the same pair (v1 only); ``bearer`` — ``Authorization: Bearer {JWT}``
  (a token made in the portal, My Account → Manage tokens; v1 and CAPI). CAPI accepts only a token.
* The cookie is kept by the client's :class:`~.auth.SessionAuth` (not in the shared cookie jar) and
  sent as a ``Cookie`` header; it never appears in a ``repr``, a log line or an error. Every request
  goes through the one :class:`~cti_desktop.providers.http.RequestLoop`.
* 401 in a session: log in again *once* and re-send (a 401 means nothing was executed); a second
  401, or a refused re-login, is :class:`AuthExpired` in words. With Basic or a token there is no
  re-login: the 401 is :class:`AuthExpired` at once.
* ``Accept: application/json`` and a ``Content-Type`` on every request (the seed asks for it).
* A timeout, dropped connection or 5xx is never retried here: a command (dial, hang-up, SMS) may
  have run. Reads are retried by the poller, with back-off.
* Telavox's "data may change from other sources": nothing is cached for long — colleagues for
  ``colleagues_ttl`` seconds (10 s) so a search while typing is not a request storm; a hang-up first
  re-reads my calls.

What Telavox cannot do (no API for it in the contract) raises :class:`NotSupported` in words: answer,
hold, transfer and the other call-control commands (answer on the phone), changing presence, and
marking history items seen. :data:`TELAVOX_CAPABILITIES` says so to the app.

Contract decisions (documented here, see also :mod:`.wire`):

* ``make_call`` dials with ``autoanswer`` from the account option ``autoanswer`` (default false:
  my phone rings first). It answers with my outgoing call as the next read shows it, or — if the
  extension does not list it yet — an ``INITIATED`` call with the id the next read will give it.
* ``hangup`` ends *the current call* (``POST /hangup`` takes no call id): it is sent only when the
  chosen call is the one in progress (or the only call), otherwise :class:`NotSupported` says why.
* Directory ``favourites()`` is the colleague list (Telavox has no favourites); ``search`` filters
  ``GET /extensions/`` locally by name, number, mobile, e-mail and keywords.
* History covers the last ``history_days`` days (30), newest first.

The client keeps the plumbing, the session and the extensions; its operations are mixins by area:
:mod:`.ops_calls` (calls and call control), :mod:`.ops_directory` (presence, colleagues, CAPI users),
:mod:`.ops_history` (history, recordings, SMS), with dial strings in :mod:`.numbers`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping

import httpx

from ...core.capabilities import Capabilities
from ...core.errors import AuthExpired, InvalidInput, ServerUnavailable, UserFacingError
from . import wire
from ..http import CredentialAuth, RequestLoop, VendorDialect
from .auth import SessionAuth, basic_auth, bearer_auth
from .errors import error_from_response, error_from_transport
from .routes import CAPI, V1, RouteTable
from .wire import Extension
from .numbers import clean_number
from .ops_calls import TelavoxCallOps
from .ops_directory import TelavoxDirectoryOps
from .ops_history import MAX_SMS_LENGTH, TelavoxHistoryOps  # noqa: F401 — MAX_SMS_LENGTH: importable as it was

__all__ = ["API_KINDS", "AUTH_KINDS", "FEATURES", "TELAVOX_CAPABILITIES", "TelavoxClient", "clean_number"]

log = logging.getLogger("cti_desktop.providers.telavox")

AUTH_KINDS = ("session", "basic", "bearer")
API_KINDS = ("v1", "capi")

TELAVOX_CAPABILITIES = Capabilities(
    call_control=frozenset({"make_call", "hangup"}),
    call_events=True,  # by polling GET /extensions/me
    presence_read=True,
    presence_write=False,
    directory=True,
    history=True,
    sms=True,
)

FEATURES: Mapping[str, str] = {
    "session.login": "Sign-in",
    "session.logout": "Sign-out",
    "v1.extensions": "Colleagues",
    "v1.extension": "Colleague",
    "v1.me": "Your calls",
    "v1.calls": "Call history",
    "v1.dial": "Calling",
    "v1.hangup": "Hang up",
    "v1.sms": "SMS",
    "v1.recording": "Recording",
    "capi.users": "Users",
    "capi.user": "User",
    "capi.pbx": "PBX resource",
    "capi.history": "Call history",
    "capi.recordings": "Recordings",
    "capi.dial": "Calling",
    "capi.colleague": "Colleague profile",
}

_JSON = "application/json; charset=utf-8"
_FORM = "application/x-www-form-urlencoded; charset=utf-8"


def _response_error(response: httpx.Response, *, feature: str, route: str) -> UserFacingError:
    return error_from_response(response, feature=feature)


#: The Telavox words of the request loop.
TELAVOX_DIALECT = VendorDialect(FEATURES, _response_error, error_from_transport, wire.parse_json, log)


class TelavoxClient(TelavoxCallOps, TelavoxDirectoryOps, TelavoxHistoryOps):
    """The Telavox APIs for one person. Implements the core capability protocols it can."""

    capabilities: Capabilities = TELAVOX_CAPABILITIES

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_url: str,
        capi_url: str,
        user: str = "",
        password: str | None = None,
        token: str | None = None,
        auth: str = "session",
        api: str = "v1",
        routes: RouteTable | None = None,
        autoanswer: bool = False,
        colleagues_ttl: float = 10.0,
        history_days: int = 30,
    ) -> None:
        if auth not in AUTH_KINDS:
            raise InvalidInput(f"Unknown Telavox sign-in kind {auth!r}: use one of {', '.join(AUTH_KINDS)}")
        if api not in API_KINDS:
            raise InvalidInput(f"Unknown Telavox API {api!r}: use v1 or capi")
        if auth == "bearer" and not token:
            raise InvalidInput("Signing in to Telavox with a token needs the token (My Account → Manage tokens)")
        if auth in ("session", "basic") and not (user and password):
            raise InvalidInput("Signing in to Telavox needs the user name and password")
        if api == "capi" and auth != "bearer":
            raise InvalidInput("The Telavox CAPI accepts only a token: create one under My Account → Manage tokens")
        self._http = http
        self._bases = {V1: api_url.rstrip("/"), CAPI: capi_url.rstrip("/")}
        self.user = user
        self._password = password
        self.auth = auth
        self.api = api
        self._routes = routes or RouteTable()
        self.autoanswer = autoanswer
        self._colleagues_ttl = colleagues_ttl
        self._history_days = history_days
        if auth == "session":
            self._auth: CredentialAuth = SessionAuth(http, sign_in=self.login)
        elif auth == "basic":
            self._auth = basic_auth(user, password or "")
        else:
            self._auth = bearer_auth(token or "")
        self._requests = RequestLoop(http, TELAVOX_DIALECT, routes=self._routes, base_url=self._bases, auth=self._auth,
                                     base_headers={"Content-Type": _JSON})
        self._send = self._requests.send
        self._json = self._requests.json
        self._colleagues: tuple[float, list[Extension]] | None = None
        self.call_ids = wire.CallIds()
        #: Successful logins so far (the first one included).
        self.logins = 0
        #: My extension number, once read.
        self.my_extension = ""

    def __repr__(self) -> str:  # never the password, token or cookie
        return f"TelavoxClient(api_url={self._bases[V1]!r}, user={self.user!r}, auth={self.auth!r}, api={self.api!r})"

    # ------------------------------------------------------------------ plumbing

    @property
    def has_session(self) -> bool:
        return self._auth.signed_in

    @property
    def _cookies(self) -> dict[str, str]:
        return self._auth.cookies if isinstance(self._auth, SessionAuth) else {}

    def url(self, route: str, **fields: object) -> str:
        return self._requests.url(route, **fields)

    # ------------------------------------------------------------------ session

    async def login(self) -> None:
        """Log in with user name and password; the session cookie becomes the current session."""
        if not isinstance(self._auth, SessionAuth):
            return
        if not (self.user and self._password):
            raise AuthExpired("Signing in to Telavox needs the user name and password")
        cookies: dict[str, str] = {}

        def keep_out_of_the_jar(response: httpx.Response) -> None:
            cookies.update((name, value) for name, value in response.cookies.items() if value)
            for name in response.cookies:
                self._http.cookies.delete(name)

        await self._requests.sign_in(
            "session.login",
            data={"username": self.user, "password": self._password},
            headers={"Accept": "application/json", "Content-Type": _FORM},
            refused="Telavox refused the user name or password",
            on_answer=keep_out_of_the_jar,
        )
        if not cookies:
            raise ServerUnavailable("Sign-in: Telavox answered without a session cookie; check the server address")
        self._auth.replace(cookies)
        self.logins += 1

    async def logout(self) -> None:
        """End the session on the server (best effort) and forget the cookie."""
        if not isinstance(self._auth, SessionAuth) or not self._auth.signed_in:
            return
        route = "session.logout"
        try:
            await self._http.request(self._routes[route].method, self.url(route), headers=self._requests.headers())
        except httpx.HTTPError as exc:
            log.debug("session.logout failed: %s", type(exc).__name__)
        finally:
            self._auth.forget_received()
            self._auth.replace({})

    async def check(self) -> Extension:
        """Sign in (if needed) and read my extension: proves the account works."""
        if not self._auth.signed_in:
            await self.login()
        return await self.me()

    # ------------------------------------------------------------------ extensions

    async def me(self) -> Extension:
        ext = wire.parse_extension(await self._json("v1.me"))
        if ext.extension:
            self.my_extension = ext.extension
        return ext

    async def extension(self, extension: str) -> Extension:
        return wire.parse_extension(await self._json("v1.extension", fields={"extension": extension}))

    async def extensions(self, *, fresh: bool = True) -> list[Extension]:
        """Every extension (colleagues with presence and calls); ``fresh=False`` may use a ≤10 s old read."""
        now = time.monotonic()
        if not fresh and self._colleagues is not None and now - self._colleagues[0] < self._colleagues_ttl:
            return list(self._colleagues[1])
        items = wire.parse_extensions(await self._json("v1.extensions"))
        self._colleagues = (time.monotonic(), items)
        return list(items)

    def _names(self) -> dict[str, str]:
        if self._colleagues is None:
            return {}
        return {e.extension: e.name for e in self._colleagues[1] if e.extension and e.name}
