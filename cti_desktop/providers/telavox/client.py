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
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import httpx

from ...core.capabilities import Capabilities
from ...core.errors import (
    AuthExpired,
    InvalidInput,
    NotFound,
    NotSupported,
    ServerUnavailable,
    UserFacingError,
)
from ...core.models import (
    Activity,
    Call,
    CallStatus,
    CommLogItem,
    Contact,
    Device,
    Line,
    Party,
    Presence,
    Role,
)
from . import wire
from ..http import CredentialAuth, RequestLoop, VendorDialect
from .auth import SessionAuth, basic_auth, bearer_auth
from .errors import error_from_response, error_from_transport
from .routes import CAPI, V1, RouteTable
from .wire import Extension, PbxResource, Recording

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

_SEPARATORS = re.compile(r"[\s\-.()/]")
_DIALLABLE = re.compile(r"^\+?[0-9*#]{1,32}$")
#: Longest SMS text accepted (ten concatenated parts of 160 characters).
MAX_SMS_LENGTH = 1600
_JSON = "application/json; charset=utf-8"
_FORM = "application/x-www-form-urlencoded; charset=utf-8"


def _response_error(response: httpx.Response, *, feature: str, route: str) -> UserFacingError:
    return error_from_response(response, feature=feature)


#: The Telavox words of the request loop.
TELAVOX_DIALECT = VendorDialect(FEATURES, _response_error, error_from_transport, wire.parse_json, log)


def clean_number(text: str, *, what: str = "number") -> str:
    """A dial string without visual separators; :class:`InvalidInput` when it is not a number."""
    raw = (text or "").strip()
    if raw.lower().startswith("tel:"):
        raw = raw[4:]
    number = _SEPARATORS.sub("", raw)
    if number.startswith("00") and len(number) > 2:
        number = "+" + number[2:]
    if not number:
        raise InvalidInput(f"Enter a {what}")
    if not _DIALLABLE.match(number) or not any(ch.isdigit() for ch in number):
        raise InvalidInput(f"{raw[:40]!r} is not a {what} Telavox can use (digits, optionally a leading +)")
    return number


class TelavoxClient:
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

    async def get_calls(self) -> list[Call]:
        """My current calls (ringing and in progress), with stable synthetic ids."""
        return wire.calls_from_extension(await self.me(), self.call_ids, names=self._names())

    async def get_call(self, call_id: str) -> Call | None:
        for call in await self.get_calls():
            if call.call_id == call_id:
                return call
        return None

    # ------------------------------------------------------------------ call control

    async def make_call(
        self, destination: str, *, device_id: str | None = None, line: Line | None = None, autoanswer: bool | None = None
    ) -> Call:
        """Dial ``destination`` from my extension (Telavox has no device or caller-ID choice here)."""
        number = clean_number(destination)
        auto = self.autoanswer if autoanswer is None else autoanswer
        if self.api == "capi":
            await self._send("capi.dial", body={"phoneNumber": number, "autoAnswer": auto}, command=True)
        else:
            await self._send("v1.dial", fields={"number": number}, params={"autoanswer": "true" if auto else "false"},
                             command=True)
        try:
            ext = await self.me()
        except UserFacingError as exc:
            log.info("dialled, but could not re-read the calls: %s", exc)
            ext = None
        if ext is not None:
            for call in wire.calls_from_extension(ext, self.call_ids, names=self._names()):
                if not call.inbound and _same_number(call.remote.number, number):
                    return call
        owner = (ext.extension if ext is not None else "") or "me"
        call_id = self.call_ids.expect(owner, number, "out", time.time())
        return Call(
            call_id=call_id,
            state_token=None,
            status=CallStatus.INITIATED.value,
            remote=Party(number=number, name=self._names().get(number, "")),
            inbound=False,
            received_at=time.monotonic(),
        )

    async def hangup(self, call: Call) -> None:
        """End ``call`` — Telavox ends *the current call*, so first check that it is this one."""
        calls = await self.get_calls()
        target = next((c for c in calls if c.call_id == call.call_id), None)
        if target is None:
            raise NotFound("Hang up: the call has already ended")
        active = [c for c in calls if c.status == CallStatus.ACTIVE]
        if len(calls) > 1 and not (target.status == CallStatus.ACTIVE and len(active) == 1):
            raise NotSupported(
                "Hang up: Telavox can end only your current call, and this is not it; end the call in "
                "progress first, or use your phone"
            )
        await self._send("v1.hangup", command=True)

    async def _unsupported(self, what: str) -> Any:
        raise NotSupported(f"{what}: Telavox has no API for this; use your phone")

    async def answer(self, call: Call, device_id: str) -> Call:
        return await self._unsupported("Answer")

    async def hold(self, call: Call) -> Call:
        return await self._unsupported("Hold")

    async def resume(self, call: Call) -> Call:
        return await self._unsupported("Resume")

    async def mute(self, call: Call) -> Call:
        return await self._unsupported("Mute")

    async def unmute(self, call: Call) -> Call:
        return await self._unsupported("Unmute")

    async def park(self, call: Call) -> Call:
        return await self._unsupported("Park")

    async def dtmf(self, call: Call, digits: str) -> Call:
        return await self._unsupported("Keypad tones")

    async def transfer(self, call: Call, destination: str) -> Call:
        return await self._unsupported("Transfer")

    async def transfer_to_call(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Attended transfer")

    async def consultation(self, call: Call, destination: str) -> Call:
        return await self._unsupported("Consultation call")

    async def alternate(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Switch calls")

    async def conference(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Conference")

    async def remove_participant(self, call: Call, participant_id: str) -> Call:
        return await self._unsupported("Remove from conference")

    async def leave_conference(self, call: Call) -> Call:
        return await self._unsupported("Leave conference")

    async def move(self, call: Call, device_id: str) -> Call:
        return await self._unsupported("Move call")

    async def pickup(self, call_id: str, device_id: str) -> Call:
        return await self._unsupported("Call pickup")

    async def recording(self, call: Call, op: str) -> Call:
        return await self._unsupported("Call recording")

    async def devices(self) -> list[Device]:
        return []  # Telavox rings the person's own phones; there is nothing to choose

    async def lines(self) -> list[Line]:
        return []

    # ------------------------------------------------------------------ presence (read-only)

    async def presence(self) -> Presence:
        return wire.presence_from_profile((await self.me()).profile)

    async def activities(self) -> list[Activity]:
        return []  # the contract has no list of presence profiles

    async def roles(self) -> list[Role]:
        return []

    async def set_presence(self, **_changes: Any) -> Presence:
        raise NotSupported("Changing presence: Telavox has no API for it; change it in the Telavox app")

    # ------------------------------------------------------------------ directory

    async def colleagues(self, *, fresh: bool = False) -> list[Contact]:
        """Every colleague (not me) as a contact with presence, sorted by name."""
        mine = self.my_extension
        contacts = [wire.contact_from_extension(e) for e in await self.extensions(fresh=fresh)
                    if not (mine and e.extension == mine)]
        return sorted(contacts, key=lambda c: c.display_name.casefold())

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        """Colleagues whose name, number, mobile, e-mail or keywords contain ``query``."""
        text = (query or "").strip().casefold()
        if not text:
            return []
        digits = _SEPARATORS.sub("", text)
        out = []
        for ext in await self.extensions(fresh=False):
            haystack = " ".join((ext.name, ext.email, *ext.keywords)).casefold()
            numbers = [_SEPARATORS.sub("", n) for n in (ext.extension, ext.mobile) if n]
            if text in haystack or (digits and any(ch.isdigit() for ch in digits) and any(
                digits.lstrip("+") in n.lstrip("+") for n in numbers
            )):
                out.append(wire.contact_from_extension(ext))
        out.sort(key=lambda c: c.display_name.casefold())
        return out[: max(1, int(limit))]

    async def favourites(self) -> list[Contact]:
        """The colleague list (Telavox has no favourites)."""
        return await self.colleagues(fresh=False)

    # ------------------------------------------------------------------ CAPI users and resources

    async def users(self) -> list[Contact]:
        return wire.parse_users(await self._json("capi.users"))

    async def capi_user(self, user_id: str) -> Contact:
        """One user (CAPI); ``"me"`` is the token's owner."""
        return wire.contact_from_user(await self._json("capi.user", fields={"user": user_id}))

    async def colleague(self, user: str) -> Contact:
        """A colleague's profile (CAPI)."""
        return wire.contact_from_user(await self._json("capi.colleague", fields={"user": user}))

    async def pbx(self, extension: str) -> PbxResource:
        return wire.parse_pbx(await self._json("capi.pbx", fields={"extension": extension}))

    # ------------------------------------------------------------------ history, recordings, SMS

    async def history(self, *, max_items: int = 100, types: Sequence[str] = (), from_date: date | None = None,
                      to_date: date | None = None, call_type: str | None = None) -> list[CommLogItem]:
        """Call history, newest first (the last ``history_days`` days unless dates are given).

        ``types`` are the core's item types to keep (``MISSED_CALL``, ``INCOMING_CALL``, …; empty:
        all), as :class:`~cti_desktop.core.capabilities.History` asks; Telavox has no such filter,
        so they are picked here, before ``max_items`` is applied."""
        end = to_date or date.today()
        start = from_date or (end - timedelta(days=self._history_days))
        if start > end:
            raise InvalidInput("Call history: the start date is after the end date")
        if self.api == "capi":
            params = {"fromDate": start.isoformat(), "toDate": end.isoformat()}
            if call_type:
                params["callType"] = call_type
            items = wire.parse_history(await self._json("capi.history", params=params))
        else:
            params = {"fromDate": start.isoformat(), "toDate": end.isoformat(), "withRecordings": "true"}
            items = wire.parse_history(await self._json("v1.calls", params=params))
            if call_type:
                wanted = {"incoming": "INCOMING_CALL", "outgoing": "OUTGOING_CALL", "missed": "MISSED_CALL"}
                items = [i for i in items if i.item_type == wanted.get(call_type.lower(), call_type.upper())]
        if types:
            keep = {str(t).upper() for t in types}
            items = [i for i in items if i.item_type in keep]
        return items[: max(0, int(max_items))]

    async def history_recordings(self, *, from_date: date | None = None, to_date: date | None = None) -> dict[str, str]:
        """v1: ``callId`` → ``recordingId`` for the calls of the period that were recorded."""
        end = to_date or date.today()
        start = from_date or (end - timedelta(days=self._history_days))
        params = {"fromDate": start.isoformat(), "toDate": end.isoformat(), "withRecordings": "true"}
        return wire.history_recording_ids(await self._json("v1.calls", params=params))

    async def mark_seen(self, item_id: str) -> None:
        raise NotSupported("Telavox keeps no seen/unseen mark on call-history items")

    async def recordings(self) -> list[Recording]:
        """My recordings (CAPI)."""
        return wire.parse_recordings(await self._json("capi.recordings"))

    async def recording_audio(self, recording_id: str, *, max_bytes: int = 50_000_000) -> bytes:
        """The audio of a recording (``audio/mpeg``)."""
        if not recording_id or recording_id == "0":
            raise InvalidInput("This call has no recording")
        response = await self._send("v1.recording", fields={"recording": recording_id}, accept="audio/mpeg, */*")
        content = response.content
        if len(content) > max_bytes:
            raise ServerUnavailable("Recording: the file is larger than the app accepts")
        return content

    async def send_sms(self, to: str, text: str) -> None:
        number = clean_number(to, what="mobile number")
        message = (text or "").strip()
        if not message:
            raise InvalidInput("Write the text of the SMS")
        if len(message) > MAX_SMS_LENGTH:
            raise InvalidInput(f"The SMS is {len(message)} characters long; Telavox takes at most {MAX_SMS_LENGTH}")
        await self._send("v1.sms", fields={"number": number}, params={"message": message}, command=True)


def _same_number(a: str, b: str) -> bool:
    a, b = _SEPARATORS.sub("", a or ""), _SEPARATORS.sub("", b or "")
    return bool(a) and (a == b or a.lstrip("+") == b.lstrip("+"))
