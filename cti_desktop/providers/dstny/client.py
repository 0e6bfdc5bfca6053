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
import re
from datetime import datetime, timezone
from typing import Any, Callable, Mapping, Sequence

import httpx

from ...core.capabilities import ALL_CALL_OPS, Capabilities
from ...core.dialing import destination_uri
from ...core.user_photo import PHOTO_RECEIVE_LIMIT, photo_media_type
from ...core.errors import AuthExpired, InvalidInput, NotFound, NotSupported, UserFacingError
from ...core.models import (
    Activity,
    Call,
    Contact,
    Device,
    Group,
    GroupCallLogItem,
    Line,
    Presence,
    QueueStats,
    Role,
)
from . import wire
from .ops_history import HISTORY_FEATURES, HistoryOps
from ..http import NO_BODY, RequestLoop
from .auth import TicketAuth
from .errors import error_from_response, error_from_transport
from .ops_buddies import BuddyOps
from .ops_diversion import DIVERSION_FEATURES, DiversionOps
from .ops_sms import SmsOps
from .ops_supervisor import SupervisorOps
from .ops_contact_info import CONTACT_INFO_FEATURES, ContactInfoOps
from .ops_device_info import DEVICE_INFO_FEATURES, DeviceInfoOps
from .ops_line_state import LINE_STATE_FEATURES, LineStateOps
from .ops_mobile import MOBILE_TRANSFER_FEATURES, MobileTransferOps
from .ops_personal_contacts import PERSONAL_CONTACT_FEATURES, PersonalContactsOps
from .routes import RouteTable, scope_for
from .ticket import DEFAULT_SCOPES, GUESSED_SCOPES, password_ticket
from .wire import AnswerPlace, MalformedResponse, PresenceShortcut, TicketInfo

__all__ = ["DstnyClient", "RECORDING_OPS", "FEATURES"]

log = logging.getLogger("cti_desktop.providers.dstny")

RECORDING_OPS = frozenset({"start", "stop", "pause", "resume", "save", "discard"})
_DTMF = re.compile(r"^[0-9A-Da-d#*]{1,64}$")


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


def _flag(value: bool) -> str:
    return "true" if value else "false"


class DstnyClient(BuddyOps, HistoryOps, DiversionOps, SmsOps, SupervisorOps, PersonalContactsOps, ContactInfoOps, LineStateOps, DeviceInfoOps, MobileTransferOps):
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
        self._requests = RequestLoop(
            http,
            routes=self._routes,
            base_url=self._api_url,
            auth=self._auth,
            features=FEATURES,
            response_error=_response_error,
            transport_error=error_from_transport,
            parse_json=wire.parse_json,
            logger=log,
            path_fields=lambda: {"d": self.domain, "u": self.user},
        )
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

    async def revoke_ticket(self) -> None:
        """Revoke the current ticket on the server (by its name) and forget it here."""
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

    # ------------------------------------------------------------------ call state

    async def get_calls(self) -> list[Call]:
        return wire.parse_call_snapshot(await self._json("cs.snapshot"))

    async def get_call(self, call_id: str) -> Call | None:
        try:
            body = await self._json("cs.call", fields={"c": call_id})
        except NotFound:
            return None
        return wire.parse_call_state(body) if body is not None else None

    # ------------------------------------------------------------------ call control

    async def _command(self, route: str, call: Call | None, *, fields: Mapping[str, object], body: Any = _NO_BODY,
                       params: Any = None) -> Call:
        data = await self._json(route, fields=fields, body=body, params=params, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        if isinstance(data, dict) and isinstance(data.get("calls"), list):
            calls = wire.parse_call_snapshot(data)
            for c in calls:
                if call is None or c.call_id == call.call_id:
                    return c
        # No state in the answer: read the call (a read, never a re-send of the command).
        if call is not None:
            fresh = await self.get_call(call.call_id)
            if fresh is not None:
                return fresh
            return call
        raise MalformedResponse("command answered without a call state")

    @staticmethod
    def _token(call: Call) -> dict[str, Any]:
        return {} if call.state_token is None else {"stateToken": call.state_token}

    def _pair(self, call: Call, target: Call) -> dict[str, Any]:
        body = self._token(call)
        body["targetCallId"] = target.call_id
        if target.state_token is not None:
            body["targetStateToken"] = target.state_token
        return body

    def destination(self, text: str) -> str:
        """A call or transfer target as the reference wants it, "A SIP or tel URI"
        (:func:`~cti_desktop.core.dialing.destination_uri`; local numbers in this user's domain)."""
        return destination_uri(text, domain=self.domain)

    def _call_body(self, destination: str, line: Line | None, role: str | None, call_type: str | None) -> dict[str, Any]:
        if not destination or not destination.strip():
            raise InvalidInput("Enter a number to call")
        body: dict[str, Any] = {"destination": self.destination(destination)}
        if role:
            body["role"] = role
        if line is not None:
            body["userLine"] = wire.line_body(line)
        if call_type:
            body["type"] = call_type
        return body

    async def _default_device(self) -> str:
        devices = await self.active_devices() or await self.devices()
        if not devices:
            raise InvalidInput("No phone or softphone is registered to call from")
        return devices[0].device_id

    async def make_call(self, destination: str, *, device_id: str | None = None, line: Line | None = None,
                        role: str | None = None, call_type: str | None = None) -> Call:
        body = self._call_body(destination, line, role, call_type)
        dev = device_id or await self._default_device()
        return await self._command("cc.make_call", None, fields={"dev": dev}, body=body)

    async def consultation(self, call: Call, destination: str, *, line: Line | None = None,
                           role: str | None = None, call_type: str | None = None) -> Call:
        body = self._call_body(destination, line, role, call_type)
        data = await self._json("cc.consultation", fields={"c": call.call_id}, body=body, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        raise MalformedResponse("consultation answered without a call state")

    async def answer(self, call: Call, device_id: str) -> Call:
        return await self._command("cc.answer", call, fields={"c": call.call_id, "dev": device_id}, body={})

    async def hangup(self, call: Call) -> None:
        await self._send("cc.hangup", fields={"c": call.call_id}, command=True)

    async def hold(self, call: Call) -> Call:
        return await self._command("cc.hold", call, fields={"c": call.call_id}, body=self._token(call))

    async def resume(self, call: Call) -> Call:
        return await self._command("cc.resume", call, fields={"c": call.call_id}, body=self._token(call))

    async def alternate(self, call: Call, target: Call) -> Call:
        return await self._command("cc.alternate", call, fields={"c": call.call_id}, body=self._pair(call, target))

    async def conference(self, call: Call, target: Call) -> Call:
        return await self._command("cc.conference", call, fields={"c": call.call_id}, body=self._pair(call, target))

    async def remove_participant(self, call: Call, participant_id: str) -> Call:
        # The reference's request sample is a body, {"stateToken": 487345453} (its DELETE has a body).
        return await self._command(
            "cc.remove_participant", call, fields={"c": call.call_id, "participant": participant_id},
            body=self._token(call),
        )

    async def leave_conference(self, call: Call) -> Call:
        return await self._command("cc.leave", call, fields={"c": call.call_id}, body={})

    async def move(self, call: Call, device_id: str) -> Call:
        return await self._command("cc.move", call, fields={"c": call.call_id, "dev": device_id}, body=self._token(call))

    async def mute(self, call: Call) -> Call:
        return await self._command("cc.mute", call, fields={"c": call.call_id}, body=self._token(call))

    async def unmute(self, call: Call) -> Call:
        return await self._command("cc.unmute", call, fields={"c": call.call_id}, body=self._token(call))

    async def park(self, call: Call) -> Call:
        return await self._command("cc.park", call, fields={"c": call.call_id}, body=self._token(call))

    async def dtmf(self, call: Call, digits: str) -> Call:
        if not _DTMF.match(digits or ""):
            raise InvalidInput("Keypad tones may only be 0–9, A–D, # and *")
        body = self._token(call) | {"digits": digits.upper()}
        return await self._command("cc.dtmf", call, fields={"c": call.call_id}, body=body)

    async def transfer(self, call: Call, destination: str, type: str = "BASIC", *, auto_clear: bool | None = None) -> Call:
        if not destination or not destination.strip():
            raise InvalidInput("Enter a number to transfer to")
        body = self._token(call) | {"destination": self.destination(destination)}
        if type:
            body["type"] = type
        if auto_clear is not None:
            body["blind"] = auto_clear  # the reference's name for "clear the call once transferred"
        return await self._command("cc.transfer", call, fields={"c": call.call_id}, body=body)

    async def transfer_to_call(self, call: Call, target: Call, wait_for_answer: bool = False) -> Call:
        body = self._pair(call, target) | {"waitForAnswer": wait_for_answer}
        return await self._command("cc.transfer_to_call", call, fields={"c": call.call_id}, body=body)

    async def pickup(self, call_id: str, device_id: str) -> Call:
        data = await self._json("cc.pickup", fields={"c": call_id, "dev": device_id}, body={}, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        fresh = await self.get_call(call_id)
        if fresh is None:
            raise NotFound("Call pickup: the call is no longer ringing")
        return fresh

    async def recording(self, call: Call, op: str) -> Call:
        op = (op or "").strip().lower()
        if op not in RECORDING_OPS:
            raise InvalidInput(f"Unknown recording command {op!r}")
        return await self._command("rec.command", call, fields={"c": call.call_id, "op": op}, body=self._token(call))

    async def callback(self, aptype: str, receiver: str, *, role: str | None = None, bypass: bool | None = None,
                       intrude: bool | None = None, callback_via_gsm: bool | None = None) -> Call | None:
        """Call-back setup: ring the answer place ``aptype`` (e.g. ``mobile``), then ``receiver``.

        The query parameters are the reference's: ``role``, ``bypass``, ``intrude`` and
        ``callback-via-gsm`` ("True if the callback should prefer GSM call"). The reference's answer
        is a status body (``field``/``warning``/``generated-id``), not a call state: then ``None``,
        and the call arrives on the call streams like any other.
        """
        receiver = (receiver or "").strip()
        if not receiver:
            raise InvalidInput("Enter a number to call")
        params: dict[str, str] = {}
        if role:
            params["role"] = role
        for key, value in (("bypass", bypass), ("intrude", intrude), ("callback-via-gsm", callback_via_gsm)):
            if value is not None:
                params[key] = _flag(value)
        data = await self._json("calls.callback", fields={"aptype": aptype, "receiver": receiver}, params=params or None,
                                command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        return None

    async def call_via_mobile(self, destination: str) -> Call | None:
        """Ring the person's mobile first (as a GSM call), then ``destination`` (a number as dialled)."""
        number = (destination or "").strip()
        if not number:
            raise InvalidInput("Enter a number to call")
        return await self.callback("mobile", number, callback_via_gsm=True)

    # ------------------------------------------------------------------ distribution groups

    async def groups(self) -> list[Group]:
        return wire.parse_groups(await self._json("dg.groups"))

    async def _group_op(self, route: str, group: Group) -> None:
        # The reference lists grpid-domain as required ("If omitted, … the same as domain"): always sent.
        params = {"grpid-domain": group.domain or self.domain}
        await self._send(route, fields={"grp": group.id}, params=params, command=True)

    async def _group_login(self, route: str, action: str, group: Group) -> None:
        """The current operation (the Distribution Group API's log in/out of a user); when the server
        does not know it (404) or does not offer it (405/501), the deprecated ACD/attendant agent
        operation (``…/agents/{user@domain}?action=``), which older servers have."""
        try:
            await self._group_op(route, group)
        except (NotFound, NotSupported) as current:
            log.info("%s refused (%s); trying the deprecated ACD/attendant agent %s", route,
                     type(current).__name__, action)
            try:
                await self._acd_agent(group, action)
            except (NotFound, NotSupported):
                raise current from None

    async def login(self, group: Group) -> None:
        await self._group_login("dg.login", "login", group)

    async def logout(self, group: Group) -> None:
        await self._group_login("dg.logout", "logout", group)

    async def group_call_log(self, group: Group | None = None, *, item_types: Sequence[str] = (),
                             max_items: int | None = None, caller_number: str | None = None,
                             since: str | None = None, older_than: str | None = None) -> list[GroupCallLogItem]:
        params: list[tuple[str, str]] = [("itemType", t) for t in item_types]
        if max_items is not None:
            params.append(("limit", str(int(max_items))))  # the reference's name
        if caller_number:
            params.append(("callerNumber", caller_number))
        if since:
            params.append(("since", since))
        if older_than:
            params.append(("olderThan", older_than))
        if group is None:
            data = await self._json("dg.calllog", params=params or None)
        else:
            if group.domain:
                params.append(("groupDomain", group.domain))
            data = await self._json("dg.group_calllog", fields={"grp": group.id}, params=params or None)
        return wire.parse_group_call_log(data)

    async def assigned_call_log(self, group: Group | None = None) -> list[GroupCallLogItem]:
        if group is None:
            return wire.parse_group_call_log(await self._json("dg.assigned"))
        params = {"groupDomain": group.domain} if group.domain else None
        return wire.parse_group_call_log(await self._json("dg.group_assigned", fields={"grp": group.id}, params=params))

    async def set_call_log_state(self, item_id: str, state: str, note: str = "") -> GroupCallLogItem:
        state = state.strip().upper()
        data = await self._json("dg.assign", fields={"item": item_id}, body={"state": state, "note": note}, command=True)
        if isinstance(data, dict) and data.get("itemId") is not None:
            return wire.parse_group_call_log_item(data)
        return GroupCallLogItem(item_id=str(item_id), group_id="", item_type="", handled_state=state, handled_note=note)

    # ------------------------------------------------------------------ legacy ACD/attendant groups

    async def acd_groups(self, *, ignore_statistics: bool = False, ignore_agents: bool = False) -> list[Group]:
        params = {"ignoreStatistics": _flag(ignore_statistics), "ignoreAgents": _flag(ignore_agents)}
        return wire.parse_acd_groups(await self._json("acd.groups", params=params))

    async def acd_group(self, group_id: str, group_domain: str, *, ignore_statistics: bool = False) -> Group:
        data = await self._json("acd.group", fields={"group": group_id, "group_domain": group_domain},
                                params={"ignoreStatistics": _flag(ignore_statistics)})
        if data is None:
            raise MalformedResponse("empty group")
        return wire.parse_acd_group(data)

    async def _acd_agent(self, group: Group, action: str) -> None:
        await self._send(
            "acd.agent",
            fields={"group": group.id, "group_domain": group.domain or self.domain, "agent": self.agent_address},
            params={"action": action},
            command=True,
        )

    async def acd_login(self, group: Group) -> None:
        """The deprecated ACD/attendant agent login (:meth:`login` uses it only as a fallback)."""
        await self._acd_agent(group, "login")

    async def acd_logout(self, group: Group) -> None:
        await self._acd_agent(group, "logout")

    # ------------------------------------------------------------------ queue statistics

    async def queue_stats(self, *, include_federation: bool = False) -> list[QueueStats]:
        """Statistics of the groups this user supervises."""
        return wire.parse_queue_stats_json(
            await self._json("qs.user", params={"includeFederation": _flag(include_federation)})
        )

    async def organisation_queue_stats(self) -> list[QueueStats]:
        return wire.parse_queue_stats_json(await self._json("qs.organisation"))

    async def queue_stat(self, queue_id: str) -> QueueStats:
        stats = wire.parse_queue_stats_json(await self._json("qs.queue", fields={"queue": queue_id}))
        if not stats:
            raise NotFound("Queue statistics: the server does not know this queue")
        return stats[0]

    # ------------------------------------------------------------------ presence

    async def presence(self) -> Presence:
        return wire.parse_presence(await self._json("pr.get"))

    async def set_presence(self, *, activity: str | None = None, available: bool | None = None,
                           note: str | None = None, role: str | None = None,
                           expires: datetime | None = None) -> Presence:
        if activity is None and (available is not None or expires is not None):
            # The update has no top-level availability (the reference: role, note, activity):
            # availability and end time are the current activity's.
            activity = (await self.presence()).activity
            if not activity:
                raise InvalidInput("Choose an activity first; availability belongs to the activity")
        body = wire.presence_body(activity=activity, available=available, note=note, role=role, expires=expires)
        data = await self._json("pr.put", body=body, command=True)
        if isinstance(data, dict) and data:
            return wire.parse_presence(data)
        return await self.presence()

    async def set_activity(self, activity_id: str, available: bool | None = None) -> None:
        """Set the activity (and optionally the availability) of the user.

        ``activity`` (required) and ``available`` are query parameters: the reference lists them as
        plain parameters with no JSON request sample, the way it lists ``expires`` of the end time.
        """
        if not activity_id or not activity_id.strip():
            raise InvalidInput("Choose an activity")
        params = {"activity": activity_id.strip()}
        if available is not None:
            params["available"] = _flag(available)
        await self._send("pr.activity", params=params, command=True)

    async def activity_end_time(self) -> datetime | None:
        response = await self._send("pr.endtime_get")
        return wire.parse_activity_end_time(response.content)

    async def set_activity_end_time(self, end: datetime | None) -> None:
        """Set (or with ``None``, clear: ``never``) the end time of the current activity.

        Sent as the query parameter ``?expires=`` and nothing else. The reference lists ``expires``
        ("The activity end-time in ISO-8601 format, or 'never'") as a plain string parameter with no
        JSON request sample, the way it lists query parameters (``activity``/``available`` of set
        activity, ``expires`` of ticket creation), whereas its JSON bodies always come with a sample.
        The time goes out in UTC with a ``Z``, the form the GET answers with.
        """
        if end is None:
            value = "never"
        else:
            if end.tzinfo is not None:
                end = end.astimezone(timezone.utc)
            value = end.replace(microsecond=0).isoformat().replace("+00:00", "Z")
            if end.tzinfo is None:
                value += "Z"  # a naive time is taken as UTC
        await self._send("pr.endtime_put", params={"expires": value}, command=True)

    async def available(self) -> bool:
        response = await self._send("pr.available")
        return wire.parse_available(response.content)

    async def photo(self, width: int | None = None, height: int | None = None) -> bytes:
        """My photo's bytes as sent (any image type; the caller decodes them). An empty answer or
        one over :data:`~cti_desktop.core.user_photo.PHOTO_RECEIVE_LIMIT` is ``MalformedResponse``."""
        params = {}
        if width:
            params["prefWidth"] = str(int(width))
        if height:
            params["prefHeight"] = str(int(height))
        response = await self._send("pr.photo", params=params or None, accept="image/*")
        if not response.content or len(response.content) > PHOTO_RECEIVE_LIMIT:
            raise MalformedResponse("the photo is empty or too large")
        return response.content

    async def upload_photo(self, data: bytes) -> None:
        """Make ``data`` my photo: the image itself as the body ("The photo shall be added in the
        HTTP body"), with its type (PNG or JPEG, by its signature) as ``Content-Type``.

        Anything else, or over :data:`~cti_desktop.core.user_photo.PHOTO_UPLOAD_LIMIT`, is refused
        here (``InvalidInput``) and nothing is sent.
        """
        media_type = photo_media_type(bytes(data))
        await self._send("pr.photo_put", content=bytes(data), content_type=media_type, command=True)

    # ------------------------------------------------------------------ configuration

    async def activities(self, language: str | None = None) -> list[Activity]:
        params = {"language": language} if language else None
        return wire.parse_activities(await self._json("cfg.activities", params=params))

    async def roles(self) -> list[Role]:
        return wire.parse_roles(await self._json("cfg.roles"))

    async def answer_places(self) -> list[AnswerPlace]:
        return wire.parse_answer_places(await self._json("cfg.answerplaces"))

    async def user_config(self) -> dict[str, Any]:
        data = await self._json("cfg.all")
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise MalformedResponse("user configuration is not an object")
        return data

    async def presence_shortcuts(self) -> list[PresenceShortcut]:
        return wire.parse_presence_shortcuts(await self._json("cfg.shortcuts"))

    async def presence_shortcut(self, shortcut_id: str) -> PresenceShortcut:
        data = await self._json("cfg.shortcut", fields={"id": shortcut_id})
        if isinstance(data, dict) and isinstance(data.get("presenceShortcut"), list):
            items = wire.parse_presence_shortcuts(data)
            if not items:
                raise NotFound("Presence shortcuts: no such shortcut")
            return items[0]
        return wire.parse_presence_shortcut(data)

    async def set_presence_shortcuts(self, shortcuts: Sequence[PresenceShortcut]) -> None:
        body = {"presenceShortcut": [wire.presence_shortcut_body(s) for s in shortcuts]}
        await self._send("cfg.shortcuts_put", body=body, command=True)

    async def set_presence_shortcut(self, shortcut_id: str, shortcut: PresenceShortcut) -> None:
        await self._send("cfg.shortcut_put", fields={"id": shortcut_id}, body=wire.presence_shortcut_body(shortcut),
                         command=True)

    async def delete_presence_shortcut(self, shortcut_id: str) -> None:
        """Delete one presence shortcut (the reference: "Delete a specific presence shortcut for a user")."""
        if not shortcut_id:
            raise InvalidInput("Presence shortcuts: no shortcut chosen")
        await self._send("cfg.shortcut_delete", fields={"id": shortcut_id}, command=True)

    # ------------------------------------------------------------------ devices and lines

    async def devices(self, device_type: str | None = None) -> list[Device]:
        params = {"type": device_type} if device_type else None
        return wire.parse_devices(await self._json("dev.list", params=params))

    async def active_devices(self) -> list[Device]:
        return wire.parse_devices(await self._json("dev.active"))

    async def lines(self) -> list[Line]:
        return wire.parse_lines(await self._json("lines.list"))

    async def active_line(self) -> Line | None:
        data = await self._json("lines.active_get")
        if not data:
            return None
        if isinstance(data, dict) and isinstance(data.get("line"), list):
            lines = wire.parse_lines(data)
            return lines[0] if lines else None
        return wire.parse_line(data)

    async def set_active_line(self, line: Line) -> None:
        await self._send("lines.active_put", body=wire.line_body(line), command=True)

    # ------------------------------------------------------------------ contacts

    async def favourites(self) -> list[Contact]:
        return wire.parse_contacts(await self._json("ct.list"))

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        query = (query or "").strip()
        if not query:
            return []
        params = {"query": query, "maxResults": str(max(1, int(limit)))}
        return wire.parse_contacts(await self._json("ct.search", params=params))

    async def add_contact(self, cid: str) -> None:
        await self._send("ct.add", fields={"cid": cid}, body={}, command=True)

    async def remove_contact(self, cid: str) -> None:
        await self._send("ct.remove", fields={"cid": cid}, command=True)

    async def set_contact_status(self, cid: str, status: str) -> None:
        await self._send("ct.status", fields={"cid": cid}, body={"contactStatus": status.strip().upper()}, command=True)

