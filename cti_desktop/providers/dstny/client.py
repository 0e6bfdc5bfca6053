"""``DstnyClient``: the Dstny Core User API over an injected ``httpx.AsyncClient``.

One method per route of :data:`~cti_desktop.providers.dstny.routes.DEFAULT_ROUTES` (streams are
opened elsewhere; :meth:`DstnyClient.url` and :meth:`DstnyClient.auth_headers` give what they need).

The rules every request follows (``shared/api/dstny-core.md``, ``shared/PITFALLS.md`` 8–11, 22):

* ``Authorization: Bearer {ticket}`` and ``Accept: application/json`` on every request, plus
  ``Content-Type: application/json`` with a body.
* Commands that take a ``stateToken`` send the token of the :class:`Call` passed in — the state the
  person saw — never a freshly fetched one.
* 401: :meth:`reauthenticate` once; when that gives a new ticket the request is sent once more
  (a 401 means nothing was executed); otherwise :class:`AuthExpired`.
* 409: :class:`StaleState`. The caller refreshes the call; nothing is re-read or re-sent here.
* A timeout, dropped connection or 5xx is never retried: a command may have run.
* The log gets the route name, method and status — never the ticket, a query string or a body.

Every request goes through the one :class:`~cti_desktop.providers.http.RequestLoop`, with the
ticket as its auth strategy (:class:`~.auth.TicketAuth`).
"""

from __future__ import annotations

import logging
from typing import Any, Awaitable, Callable, Mapping, Sequence

import httpx

from ...core.capabilities import ALL_CALL_OPS, Capabilities
from ...core.errors import AuthExpired, NotFound, NotSupported, UserFacingError
from ..http import NO_BODY, RequestLoop, VendorDialect
from . import wire
from .auth import TicketAuth
from .errors import error_from_response, error_from_transport
from .ops_buddies import BuddyOps
from .ops_calls import RECORDING_OPS, CallOps
from .ops_contact_info import CONTACT_INFO_FEATURES, ContactInfoOps
from .ops_device_info import DEVICE_INFO_FEATURES, DeviceInfoOps
from .ops_directory import DirectoryOps
from .ops_diversion import DIVERSION_FEATURES, DiversionOps
from .ops_groups import GroupOps
from .ops_history import HISTORY_FEATURES, HistoryOps
from .ops_line_state import LINE_STATE_FEATURES, LineStateOps
from .ops_mobile import MOBILE_TRANSFER_FEATURES, MobileTransferOps
from .ops_personal_contacts import PERSONAL_CONTACT_FEATURES, PersonalContactsOps
from .ops_presence import PresenceOps
from .ops_sms import SmsOps
from .ops_supervisor import SupervisorOps
from .routes import RouteTable, scope_for
from .ticket import DEFAULT_SCOPES, GUESSED_SCOPES, password_ticket
from .wire import MalformedResponse, TicketInfo

__all__ = ["DstnyClient", "RECORDING_OPS", "FEATURES"]

log = logging.getLogger("cti_desktop.providers.dstny")



_NO_BODY: Any = NO_BODY

#: What each route is for, in the words a 403/404/… message uses.
FEATURES: Mapping[str, str] = {
    "ticket.create": "Sign-in",
    "ticket.revoke": "Sign-out",
    "acd.groups": "Queue list",
    "acd.group": "Queue details",
    "acd.agent": "Queue sign-in",
    "dg.groups": "Queue list",
    "dg.login": "Queue sign-in",
    "dg.logout": "Queue sign-out",
    "dg.calllog": "Queue call log",
    "dg.group_calllog": "Queue call log",
    "dg.assigned": "Assigned queue calls",
    "dg.group_assigned": "Assigned queue calls",
    "dg.assign": "Queue call log update",
    "dg.queuestats_stream": "Live queue statistics",
    "qs.organisation": "Queue statistics",
    "qs.queue": "Queue statistics",
    "qs.user": "Queue statistics",
    "calls.callback": "Call-back call",
    "cc.make_call": "Calling",
    "cc.consultation": "Consultation call",
    "cc.answer": "Answer",
    "cc.hangup": "Hang up",
    "cc.hold": "Hold",
    "cc.resume": "Resume",
    "cc.alternate": "Switch calls",
    "cc.conference": "Conference",
    "cc.remove_participant": "Remove from conference",
    "cc.leave": "Leave conference",
    "cc.move": "Move call",
    "cc.mute": "Mute",
    "cc.unmute": "Unmute",
    "cc.park": "Park",
    "cc.dtmf": "Keypad tones",
    "cc.transfer": "Transfer",
    "cc.transfer_to_call": "Attended transfer",
    "cc.pickup": "Call pickup",
    "rec.command": "Call recording",
    "cs.snapshot": "Call list",
    "cs.call": "Call state",
    "cs.call_stream": "Live call state",
    "cs.dialog_stream": "Live call notifications",
    "pr.get": "Presence",
    "pr.put": "Presence change",
    "pr.activity": "Presence change",
    "pr.endtime_get": "Presence end time",
    "pr.endtime_put": "Presence end time",
    "pr.available": "Availability",
    "pr.photo": "Photo",
    "pr.photo_put": "Photo upload",
    "cfg.activities": "Presence activities",
    "cfg.roles": "Presence roles",
    "cfg.answerplaces": "Answer places",
    "cfg.all": "User settings",
    "cfg.stream": "Live user settings",
    "cfg.shortcuts": "Presence shortcuts",
    "cfg.shortcuts_put": "Presence shortcuts",
    "cfg.shortcut": "Presence shortcuts",
    "cfg.shortcut_put": "Presence shortcuts",
    "cfg.shortcut_delete": "Presence shortcut removal",
    "dev.list": "Devices",
    "dev.active": "Devices",
    "dev.stream": "Live device list",
    "lines.list": "Caller IDs",
    "lines.active_get": "Caller ID",
    "lines.active_put": "Caller ID change",
    "ct.list": "Contacts",
    "ct.search": "Directory search",
    "ct.add": "Add contact",
    "ct.remove": "Remove contact",
    "ct.status": "Contact status",
    "log.list": "Call history",
    "log.seen": "Call history",
    "log.delete": "Call history",
    "sms.send": "SMS",
    "bl.verify": "Buddy list",
    "bl.add": "Add to buddy list",
    "bl.remove": "Remove from buddy list",
    "bl.templates": "Buddy list templates",
    "ci.linestate": "Line state",
    "ci.linestate_stream": "Colleagues' busy lamps",
    "cc.pickup_dialog": "Call pickup",
    **HISTORY_FEATURES,
    **DIVERSION_FEATURES,
    **PERSONAL_CONTACT_FEATURES,
    **CONTACT_INFO_FEATURES,
    **LINE_STATE_FEATURES,
    **DEVICE_INFO_FEATURES,
    **MOBILE_TRANSFER_FEATURES,
}

DSTNY_CAPABILITIES = Capabilities(
    call_control=ALL_CALL_OPS,
    call_events=True,
    queues=True,
    queue_stats=True,
    presence_read=True,
    presence_write=True,
    directory=True,
    history=True,
    sms=True,
    forwarding=True,
)


def _response_error(response: httpx.Response, *, feature: str, route: str) -> UserFacingError:
    if response.status_code in (405, 501):
        # The server does not offer this operation (an older or newer Core): not a refusal of the request.
        return NotSupported(f"{feature} is not offered by this server (HTTP {response.status_code})",
                            detail=wire.parse_error_body(response.content))
    return error_from_response(response, feature=feature, scope=scope_for(route))


#: The Dstny words of the request loop.
DSTNY_DIALECT = VendorDialect(FEATURES, _response_error, error_from_transport, wire.parse_json, log)


def _refused_scopes(response: httpx.Response, asking: Sequence[str]) -> list[str]:
    """The scopes a 403 to a ticket request refuses: those its error body names (``field[].name`` or
    ``fieldName`` ``api``, codes separated by commas), else the guessed ones asked for."""
    named: list[str] = []
    try:
        body = wire.parse_json(response.content)
    except MalformedResponse:
        body = None
    entries = body.get("field") if isinstance(body, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, dict):
            for key in ("name", "fieldName"):
                text = entry.get(key)
                if isinstance(text, str):
                    named += [code.strip() for code in text.split(",") if code.strip() in asking]
    if named:
        return list(dict.fromkeys(named))
    return [scope for scope in asking if scope in GUESSED_SCOPES]



class DstnyClient(
    CallOps,
    GroupOps,
    PresenceOps,
    DirectoryOps,
    BuddyOps,
    HistoryOps,
    DiversionOps,
    SmsOps,
    SupervisorOps,
    PersonalContactsOps,
    ContactInfoOps,
    LineStateOps,
    DeviceInfoOps,
    MobileTransferOps,
):
    """The Dstny Core User API for one user. Implements the core capability protocols."""

    capabilities: Capabilities = DSTNY_CAPABILITIES

    def __init__(
        self,
        http: httpx.AsyncClient,
        *,
        api_url: str,
        domain: str,
        user: str,
        ticket: str | None = None,
        password: str | None = None,
        routes: RouteTable | None = None,
        scopes: Sequence[str] = DEFAULT_SCOPES,
        ticket_name: str = "cti-desktop",
        on_ticket: Callable[[str], None] | None = None,
    ) -> None:
        self._http = http
        self._api_url = api_url.rstrip("/")
        self.domain = domain
        self.user = user
        self._password = password
        self._routes = routes or RouteTable()
        self.scopes = tuple(scopes)
        self.ticket_name = ticket_name
        self._auth = TicketAuth(ticket, sign_in=self.create_ticket if password else None, on_ticket=on_ticket)
        self._requests = RequestLoop(http, DSTNY_DIALECT, routes=self._routes, base_url=self._api_url, auth=self._auth,
                                     path_fields=lambda: {"d": self.domain, "u": self.user})
        self._send = self._requests.send
        self._json = self._requests.json
        self.ticket_info: TicketInfo | None = None
        #: Scopes asked for but not granted by the last ticket made here (their features are unavailable).
        self.refused_scopes: tuple[str, ...] = ()

    def __repr__(self) -> str:  # never the ticket or password
        return f"DstnyClient(api_url={self._api_url!r}, user={self.user!r}, domain={self.domain!r})"

    # ------------------------------------------------------------------ plumbing

    @property
    def has_ticket(self) -> bool:
        return self._auth.signed_in

    @property
    def agent_address(self) -> str:
        """``user@domain``, the agent id of the legacy ACD routes."""
        return f"{self.user}@{self.domain}"

    def auth_headers(self) -> dict[str, str]:
        """A fresh dict each call (httpx-sse mutates the dict it is given, PITFALLS 5)."""
        return self._requests.headers()

    def path(self, route: str, **fields: object) -> str:
        values: dict[str, object] = {"d": self.domain, "u": self.user}
        values.update(fields)
        return self._routes.path(route, **values)

    def url(self, route: str, **fields: object) -> str:
        """The absolute URL of ``route`` (``{d}``/``{u}`` filled in), e.g. to open a stream."""
        return self._requests.url(route, **fields)

    # ------------------------------------------------------------------ tickets

    async def create_ticket(self, expires: int = 31536000) -> TicketInfo:
        """A new ticket from the password (the MD5 ticket scheme); it becomes the current ticket.

        A scope the server refuses (403 naming it in the error body, or, when it names none, the
        scopes whose codes are our guesses, :data:`~.ticket.GUESSED_SCOPES`) is dropped and the ticket
        asked for again without it: that feature is then unavailable (its requests are answered 403,
        "… not available with this account"), the sign-in is not refused. The scopes left out are in
        :attr:`refused_scopes`; a wrong password stays a refusal of the sign-in.
        """
        if not self._password:
            raise AuthExpired("Signing in needs the password (or a ticket created in the portal)")
        asking = list(self.scopes)
        refused: list[str] = []
        while True:
            named: list[str] = []

            def on_answer(response: httpx.Response, _asking: list[str] = asking, _named: list[str] = named) -> None:
                if response.status_code == 403:
                    _named.extend(_refused_scopes(response, _asking))

            try:
                response = await self._requests.sign_in(
                    "ticket.create", params=self._ticket_params(asking, expires), headers={"Accept": "application/json"},
                    refused="The server refused the user name or password (or the requested permissions)",
                    on_answer=on_answer,
                )
            except AuthExpired:
                if not named or len(named) >= len(asking):
                    raise
                log.info("ticket: the server refused the scope(s) %s; signing in without them", ", ".join(named))
                refused += named
                asking = [scope for scope in asking if scope not in named]
                continue
            break
        # The loop never logs the URL: its query carries the password ticket.
        info = wire.parse_ticket(wire.parse_json(response.content))
        granted = set(info.allowed_apis or asking)
        self.refused_scopes = tuple(refused) + tuple(s for s in asking if s not in granted)
        if self.refused_scopes:
            log.info("ticket: granted without %s; those features are unavailable", ", ".join(self.refused_scopes))
        self._set_ticket(info.token)
        self.ticket_info = info
        return info

    def _ticket_params(self, scopes: Sequence[str], expires: int) -> list[tuple[str, str | int]]:
        params: list[tuple[str, str | int]] = [("platform", "other")]
        params += [("api", scope) for scope in scopes]
        params += [
            ("name", self.ticket_name),
            ("expires", int(expires)),
            ("t", password_ticket(self.user, self.domain, self._password or "", list(scopes))),
        ]
        return params

    def _set_ticket(self, token: str | None) -> None:
        self._auth.set(token)

    async def revoke_ticket(self, *, sign_in_again: bool = True) -> None:
        """Revoke the current ticket on the server (by its name) and forget it here.

        ``sign_in_again=False`` ends the sign-in (signing out): the password is forgotten first, so
        that nothing (a stream refused meanwhile, or the revocation itself answered 401) makes a new
        ticket afterwards. A ticket the server no longer knows (404) is as good as revoked; any other
        failure raises (a ``UserFacingError``), and the ticket is forgotten here all the same.
        """
        if not sign_in_again:
            self._password = None
        if not self._auth.signed_in:
            return
        try:
            await self._send("ticket.revoke", fields={"name": self.ticket_name})
        except NotFound:
            pass
        finally:
            self._auth.set(None)
            self.ticket_info = None

    @property
    def credentials_generation(self) -> int:
        """Bumped whenever the ticket changes: a stream notes it when it connects, so that a refusal
        of an older ticket (another stream renewed it meanwhile) makes no second new ticket."""
        return self._auth.generation

    async def reauthenticate(self, after_generation: int | None = None) -> bool:
        """A new ticket when the password is known; ``False`` otherwise or when it is refused.

        With ``after_generation``, the ticket of that generation was refused: when it has been
        replaced since, the current one is used (``True``) without making another.
        A server error, a transport failure or an unreadable answer raises (a ``ServerUnavailable``).
        """
        generation = self._auth.generation if after_generation is None else after_generation
        return await self._auth.renew(generation)

    def stream_credentials(self) -> tuple[Callable[[], dict[str, str]], Callable[[], Awaitable[bool]]]:
        """Headers and re-authentication for one stream: a refusal renews the ticket the stream
        connected with — if another stream has renewed it meanwhile, the new one is simply used."""
        used = [self.credentials_generation]

        def headers() -> dict[str, str]:
            used[0] = self.credentials_generation
            return self.auth_headers()

        async def reauthenticate() -> bool:
            return await self.reauthenticate(after_generation=used[0])

        return headers, reauthenticate


