"""The ``/api`` side of the simulator: Starlette routes built from the client's route table.

:func:`api_routes` makes one Starlette route per distinct path template of
:data:`~cti_desktop.providers.dstny.routes.DEFAULT_ROUTES` (routes that share a path, such as
``ct.add`` POST and ``ct.remove`` DELETE, share one Starlette route and are told apart by method),
and every route name has exactly one handler in :data:`HANDLERS` — a missing handler is an error at
start-up, so the simulator can never drift from the table.

Every request goes through, in order: faults (latency, outage window, error rate, malformed body),
then Bearer-ticket authentication (401 missing/unknown/expired), then authorisation (403 when the
ticket lacks :func:`scope_for` of the route, or when its domain/user is not the path's ``{d}``/``{u}``),
then the handler. Errors use the vendor's body ``{"field":[{fieldName,code,description,name}],
"warning":[],"generated-id"}``.

Decisions (not in the contract): ``ticket.revoke`` needs a valid ticket of the same user (any scope)
and answers 200 ``API ticket deleted successfully`` or 404; an unknown user or wrong password at ticket
creation is 401 ``authentication.failed`` (no hint which); ``ignoreStatistics=true`` on group
login/logout answers ``{}``; the queue-statistics routes need no supervisor licence, and
``qs.user`` lists all groups for a supervisor and the member groups for an agent; unknown contact,
log item or group ids are 404; a body that is not JSON is 400; SMS answers ``{"to","status":"SENT"}``.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route as StarletteRoute

from cti_desktop.providers.dstny.routes import DEFAULT_ROUTES, scope_for
from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES, decode_password_ticket, password_hash

from .org import ACTIVITIES, ACTIVITY_BY_ID, DOMAIN, PASSWORD, ROLES, SHORTCUT_DURATION_TYPES, User, iso
from .pbx import CallError, Leg
from .streams import SSEResponse, garbage_body

STREAM_ROUTES = {"cs.call_stream", "cs.dialog_stream", "dg.queuestats_stream", "cfg.stream", "dev.stream"}
DIALOG_NS = "urn:ietf:params:xml:ns:dialog-info"


def error_body(code: str, description: str, field_name: str = "", name: str = "") -> dict:
    return {"field": [{"fieldName": field_name, "code": code, "description": description, "name": name}],
            "warning": [], "generated-id": uuid.uuid4().hex[:16]}


def error(status: int, code: str, description: str, field_name: str = "", name: str = "",
          headers: dict | None = None) -> JSONResponse:
    return JSONResponse(error_body(code, description, field_name, name), status_code=status, headers=headers)


class ApiError(Exception):
    def __init__(self, status: int, code: str, description: str, field_name: str = "", name: str = ""):
        super().__init__(description)
        self.response = error(status, code, description, field_name, name)


@dataclass
class Ctx:
    sim: Any
    request: Request
    user: User
    params: dict
    body_bytes: bytes

    @property
    def pbx(self):
        return self.sim.pbx

    @property
    def org(self):
        return self.sim.org

    @property
    def q(self):
        return self.request.query_params

    def body(self) -> dict:
        if not self.body_bytes.strip():
            return {}
        try:
            data = json.loads(self.body_bytes)
        except ValueError:
            raise ApiError(400, "body.invalid", "The request body is not valid JSON", "body")
        if not isinstance(data, dict):
            raise ApiError(400, "body.invalid", "The request body must be a JSON object", "body")
        return data

    def leg(self, key: str = "c") -> Leg:
        return self.pbx.leg_of(self.user.user_id, self.params[key])

    def flag(self, name: str) -> bool:
        return (self.q.get(name) or "").lower() in ("true", "1", "yes")

    def config_changed(self, what: str) -> None:
        self.sim.hub.publish("config", {"user": self.user.user_id, "changedField": what})


Handler = Callable[[Ctx], Awaitable[Any]]
HANDLERS: dict[str, Handler] = {}


def handles(*names: str):
    def deco(fn: Handler) -> Handler:
        for n in names:
            HANDLERS[n] = fn
        return fn

    return deco


def ok(data: Any, status: int = 200) -> JSONResponse:
    return JSONResponse(data, status_code=status)


# -- queue statistics XML, dialog-info XML ------------------------------------------------------------

QS_FIELDS = ("queueLength", "availableAgents", "loggedInAgents", "longestWaiting", "lastWait", "averageWait",
             "answeredCallsForPeriod", "droppedCallsForPeriod", "totalCallsForPeriod", "totalCallsLast24h",
             "droppedCallsLast24h", "answeredCallsLast24h")


def queue_xml(stats: list[dict]) -> str:
    from xml.sax.saxutils import escape, quoteattr

    parts = ["<queue-statistics>"]
    for s in stats:
        parts.append(f"<queue id={quoteattr(str(s['id']))} domain={quoteattr(s['domain'])}>")
        parts.append(f"<name>{escape(s['name'])}</name><number>{escape(s['number'])}</number>")
        for f in QS_FIELDS:
            parts.append(f"<{f}>{int(s.get(f, 0))}</{f}>")
        parts.append("<current-agent-presence>")
        for p in s.get("current-agent-presence", []):
            parts.append(f"<presence name={quoteattr(p['name'])} count=\"{int(p['count'])}\"/>")
        parts.append("</current-agent-presence></queue>")
    parts.append("</queue-statistics>")
    return "".join(parts)


def dialog_doc(uid: str, version: int, full: bool, dialogs: list[str]) -> str:
    state = "full" if full else "partial"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<dialog-info xmlns="{DIALOG_NS}" version="{version}" '
            f'state="{state}" entity="sip:{uid}@{DOMAIN}">' + "".join(dialogs) + "</dialog-info>")


# -- tickets -------------------------------------------------------------------------------------------

async def ticket_create(sim, request: Request) -> Response:
    d, u = request.path_params["d"], request.path_params["u"]
    q = request.query_params
    t = q.get("t")
    if not t:
        return error(400, "t.missing", "The password ticket parameter t is missing", "t")
    try:
        decoded = decode_password_ticket(t)
    except ValueError:
        return error(400, "t.invalid", "The password ticket parameter t is malformed", "t")
    fail = error(401, "authentication.failed", "Wrong user name or password", "t", f"{u}@{d}")
    if decoded.domain != d or decoded.user != u or d != DOMAIN or u not in sim.org.users:
        return fail
    if decoded.digest != password_hash(u, d, PASSWORD, decoded.scopes):
        return fail
    requested = q.getlist("api") or list(decoded.scopes)
    allowed = tuple(s for s in dict.fromkeys(requested) if s in decoded.scopes and s in DEFAULT_SCOPES)
    if not allowed:
        return error(403, "api.not.allowed", "None of the requested APIs may be granted", "api", ",".join(requested))
    try:
        expires = int(q.get("expires") or 365 * 24 * 3600)
    except ValueError:
        return error(400, "expires.invalid", "expires must be a number of seconds", "expires")
    name = (q.get("name") or "ticket")[:64]
    ticket = sim.issue_ticket(u, d, allowed, name, expires)
    return ok({"expires": ticket.expires_iso(), "name": ticket.name, "token": ticket.token,
               "allowedApis": list(ticket.scopes)})


@handles("ticket.revoke")
async def h_ticket_revoke(c: Ctx):
    if c.sim.revoke(c.user.user_id, DOMAIN, c.params["name"]) == 0:
        raise ApiError(404, "ticket.does.not.exist", f"No ticket named {c.params['name']}", "name", c.params["name"])
    return PlainTextResponse("API ticket deleted successfully")


# -- groups -----------------------------------------------------------------------------------------

def _my_group(c: Ctx, key: str):
    try:
        gid = int(c.params[key])
    except ValueError:
        gid = -1
    g = c.org.groups.get(gid)
    if g is None or c.user.user_id not in g.members:
        raise ApiError(404, "group.does.not.exist", f"No group {c.params[key]} for {c.user.user_id}", "grpid",
                       c.params[key])
    return g


def _acd_group(c: Ctx, g) -> dict:
    d = c.pbx.group_json(g, c.user.user_id)
    if not c.flag("ignoreAgents"):
        d["agents"] = [{"userId": m, "name": c.org.users[m].name, "loggedIn": m in g.logged_in,
                        "available": c.org.users[m].presence.available, "inCall": c.pbx.in_call(m)}
                       for m in g.members]
    if not c.flag("ignoreStatistics"):
        d["statistic"] = c.pbx.queue_stat(g)
    return d


@handles("acd.groups")
async def h_acd_groups(c: Ctx):
    return ok({"groups": [_acd_group(c, g) for g in c.org.groups_of(c.user.user_id)]})


@handles("acd.group")
async def h_acd_group(c: Ctx):
    return ok(_acd_group(c, _my_group(c, "group")))


def _login(c: Ctx, g, uid: str, on: bool) -> None:
    (g.logged_in.add if on else g.logged_in.discard)(uid)
    c.sim.hub.publish("config", {"user": uid, "changedField": "GROUP_LOGIN"})
    c.pbx.refresh_queues()


@handles("acd.agent")
async def h_acd_agent(c: Ctx):
    g = _my_group(c, "group")
    agent = c.params["agent"].split("@")[0]
    if agent != c.user.user_id and not c.user.supervisor:
        raise ApiError(403, "access.denied", "Only a supervisor may log in other agents", "agent", c.params["agent"])
    if agent not in g.members:
        raise ApiError(404, "agent.does.not.exist", f"{agent} is not a member of {g.name}", "agent", agent)
    action = c.q.get("action", "")
    if action not in ("login", "logout"):
        raise ApiError(400, "action.invalid", "action must be login or logout", "action", action)
    _login(c, g, agent, action == "login")
    return ok(_acd_group(c, g))


@handles("dg.groups")
async def h_dg_groups(c: Ctx):
    return ok({"group": [c.pbx.group_json(g, c.user.user_id) for g in c.org.groups_of(c.user.user_id)]})


@handles("dg.login", "dg.logout")
async def h_dg_login(c: Ctx):
    g = _my_group(c, "grp")
    # The reference names the group's organisation domain "grpid-domain" (omitted: the user's domain).
    grp_domain = c.q.get("grpid-domain")
    if grp_domain is not None and grp_domain != DOMAIN:
        raise ApiError(404, "group.does.not.exist", f"No group {c.params['grp']} in {grp_domain}", "grpid-domain",
                       grp_domain)
    _login(c, g, c.user.user_id, c.request.url.path.endswith("/login"))
    if c.flag("ignoreStatistics"):
        return ok({})
    return ok({"group": [c.pbx.group_json(x, c.user.user_id) for x in c.org.groups_of(c.user.user_id)]})


def _calllog(c: Ctx, groups, assigned: bool) -> JSONResponse:
    items = [i for g in groups for i in g.calllog]
    q = c.q
    if assigned:
        items = [i for i in items if i["handledStatus"].get("agent", {}).get("userId") == c.user.user_id
                 and i["handledStatus"]["state"] == "INPROGRESS"]
    if q.get("callerNumber"):
        items = [i for i in items if i["callerNumber"] == q["callerNumber"]]
    types = [t for t in q.getlist("itemType") if t and t != "ALL"]
    if types:
        items = [i for i in items if i["itemType"] in types]
    if (q.get("since") or "").isdigit():
        items = [i for i in items if i["itemId"] > int(q["since"])]
    if (q.get("olderThan") or "").isdigit():
        items = [i for i in items if i["itemId"] < int(q["olderThan"])]
    items.sort(key=lambda i: i["itemId"], reverse=True)
    limit = q.get("limit")  # the reference's name (not maxItems)
    total = len(items)
    if limit and limit.isdigit():
        items = items[: int(limit)]
    count = lambda k: sum(1 for i in items if i["itemType"] == k)  # noqa: E731
    return ok({"generatedAt": iso(time.time()), "flushCache": False, "hintCount": total,
               "callCountAnswered": count("ANSWERED"), "callCountForwarded": count("FORWARDED"),
               "callCountMissed": count("MISSED"), "callLogItem": items})


@handles("dg.calllog")
async def h_dg_calllog(c: Ctx):
    return _calllog(c, c.org.groups_of(c.user.user_id), False)


@handles("dg.group_calllog")
async def h_dg_group_calllog(c: Ctx):
    return _calllog(c, [_my_group(c, "grp")], False)


@handles("dg.assigned")
async def h_dg_assigned(c: Ctx):
    return _calllog(c, c.org.groups_of(c.user.user_id), True)


@handles("dg.group_assigned")
async def h_dg_group_assigned(c: Ctx):
    return _calllog(c, [_my_group(c, "grp")], True)


@handles("dg.assign")
async def h_dg_assign(c: Ctx):
    body = c.body()
    state = body.get("state", "INPROGRESS")
    if state not in ("UNHANDLED", "INPROGRESS", "HANDLED"):
        raise ApiError(400, "state.invalid", "state must be UNHANDLED, INPROGRESS or HANDLED", "state", str(state))
    for g in c.org.groups_of(c.user.user_id):
        for item in g.calllog:
            if str(item["itemId"]) == c.params["item"]:
                hs = {"state": state, "timeStamp": iso(time.time()), "note": str(body.get("note", ""))}
                if state != "UNHANDLED":
                    hs["agent"] = {"name": c.user.name, "number": c.user.number, "userId": c.user.user_id}
                item["handledStatus"] = hs
                item["noteIncluded"] = bool(hs["note"])
                return ok(item)
    raise ApiError(404, "item.does.not.exist", f"No group call log item {c.params['item']}", "itemid", c.params["item"])


@handles("dg.queuestats_stream")
async def h_dg_qs_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("queuestats", uid, lambda t, p: t == "queue" and uid in p["members"])
    initial = [queue_xml([c.pbx.queue_stat(g) for g in c.org.groups_of(uid)])]
    return SSEResponse(c.sim, sub, initial, lambda t, p: queue_xml([p["stat"]]))


# -- queue statistics -------------------------------------------------------------------------------

@handles("qs.organisation")
async def h_qs_org(c: Ctx):
    return ok({"queue": [c.pbx.queue_stat(g) for g in c.org.groups.values()]})


@handles("qs.queue")
async def h_qs_queue(c: Ctx):
    g = c.org.groups.get(int(c.params["queue"])) if c.params["queue"].isdigit() else None
    if g is None:
        raise ApiError(404, "queue.does.not.exist", f"No queue {c.params['queue']}", "queueId", c.params["queue"])
    return ok(c.pbx.queue_stat(g))


@handles("qs.user")
async def h_qs_user(c: Ctx):
    groups = list(c.org.groups.values()) if c.user.supervisor else c.org.groups_of(c.user.user_id)
    return ok({"queue": [c.pbx.queue_stat(g) for g in groups]})


# -- calls ------------------------------------------------------------------------------------------

def _state(c: Ctx, leg: Leg) -> JSONResponse:
    return ok(c.pbx.state_json(leg))


@handles("calls.callback")
async def h_callback(c: Ctx):
    mobile = next((d for d in c.user.devices if d.device_type == "MOBILE"), c.user.devices[0])
    return _state(c, c.pbx.make_call(c.user, mobile.device_id, c.params["receiver"]))


@handles("cc.make_call")
async def h_make_call(c: Ctx):
    body = c.body()
    return _state(c, c.pbx.make_call(c.user, c.params["dev"], str(body.get("destination") or "")))


@handles("cc.consultation")
async def h_consultation(c: Ctx):
    body = c.body()
    leg = c.leg()
    c.pbx.check_token(leg, body.get("stateToken"))
    return _state(c, c.pbx.consultation(leg, str(body.get("destination") or "")))


@handles("cc.answer")
async def h_answer(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.body().get("stateToken"))
    c.pbx.answer(leg, c.params["dev"])
    return _state(c, leg)


@handles("cc.hangup")
async def h_hangup(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.q.get("stateToken"))
    c.pbx.hangup(leg)
    return _state(c, leg)


def _simple(method: str, *args):
    async def handler(c: Ctx):
        leg = c.leg()
        c.pbx.check_token(leg, c.body().get("stateToken"))
        getattr(c.pbx, method)(leg, *args)
        return _state(c, leg)

    return handler


HANDLERS.update({
    "cc.hold": _simple("hold"), "cc.resume": _simple("resume"), "cc.park": _simple("park"),
    "cc.mute": _simple("mute", True), "cc.unmute": _simple("mute", False),
})


@handles("cc.leave")
async def h_leave(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.body().get("stateToken"))
    c.pbx.leave(leg)
    return _state(c, leg)


def _two_calls(method: str):
    async def handler(c: Ctx):
        body = c.body()
        leg = c.leg()
        target_id = body.get("targetCallId")
        if not target_id:
            raise ApiError(400, "targetCallId.missing", "targetCallId is required", "targetCallId")
        target = c.pbx.leg_of(c.user.user_id, str(target_id))
        c.pbx.check_token(leg, body.get("stateToken"))
        c.pbx.check_token(target, body.get("targetStateToken"), "targetStateToken")
        getattr(c.pbx, method)(leg, target)
        return _state(c, leg)

    return handler


HANDLERS.update({"cc.alternate": _two_calls("alternate"), "cc.conference": _two_calls("conference"),
                 "cc.transfer_to_call": _two_calls("transfer_to_call")})


@handles("cc.remove_participant")
async def h_remove_participant(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.q.get("stateToken"))
    c.pbx.remove_participant(leg, c.params["participant"])
    return _state(c, leg)


@handles("cc.move")
async def h_move(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.body().get("stateToken"))
    c.pbx.move(leg, c.params["dev"])
    return _state(c, leg)


@handles("cc.dtmf")
async def h_dtmf(c: Ctx):
    body = c.body()
    leg = c.leg()
    c.pbx.check_token(leg, body.get("stateToken"))
    c.pbx.dtmf(leg, body.get("digits"))
    return _state(c, leg)


@handles("cc.transfer")
async def h_transfer(c: Ctx):
    body = c.body()
    leg = c.leg()
    c.pbx.check_token(leg, body.get("stateToken"))
    if body.get("type", "BASIC") not in ("BASIC", "VOICEMAIL", "CAMP_ON", "DIVERSION_BYPASS"):
        raise ApiError(400, "type.invalid", "Unknown transfer type", "type", str(body.get("type")))
    # The reference's auto-clear flag is "blind" (boolean, default false); the simulated transfer
    # always releases the call, so the flag is only checked.
    if not isinstance(body.get("blind", False), bool):
        raise ApiError(400, "blind.invalid", "blind must be true or false", "blind", str(body.get("blind")))
    c.pbx.transfer(leg, str(body.get("destination") or ""))
    return _state(c, leg)


@handles("cc.pickup")
async def h_pickup(c: Ctx):
    leg = c.sim.pbx.legs.get(c.params["c"])
    if leg is None:
        raise ApiError(404, "call.does.not.exist", f"No call {c.params['c']}", "callId", c.params["c"])
    return _state(c, c.pbx.pickup(c.user, c.params["dev"], leg))


@handles("rec.command")
async def h_rec(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.body().get("stateToken"))
    c.pbx.record(leg, c.params["op"])
    return _state(c, leg)


@handles("cs.snapshot")
async def h_snapshot(c: Ctx):
    legs = sorted(c.pbx.user_legs(c.user.user_id), key=lambda l: l.created)
    return ok({"fullState": True, "calls": [c.pbx.state_json(l) for l in legs]})


@handles("cs.call")
async def h_call(c: Ctx):
    return _state(c, c.leg())


@handles("cs.call_stream")
async def h_call_stream(c: Ctx):
    leg = c.leg()
    sub = c.sim.hub.subscribe("call", c.user.user_id, lambda t, p: t == "call" and p["leg"] == leg.id)
    return SSEResponse(c.sim, sub, [json.dumps(c.pbx.state_json(leg))],
                       lambda t, p: (json.dumps(p["state"]), not p["live"]),
                       end_after_initial=not leg.is_live())


@handles("cs.dialog_stream")
async def h_dialog_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("dialog", uid, lambda t, p: t == "call" and p["user"] == uid and p["dialog"])
    version = 0
    legs = sorted(c.pbx.user_legs(uid), key=lambda l: l.created)
    initial = [dialog_doc(uid, version, True, [c.pbx.dialog_xml(l) for l in legs])]

    def render(topic, p):
        nonlocal version
        version += 1
        return dialog_doc(uid, version, False, [p["dialog"]])

    return SSEResponse(c.sim, sub, initial, render)


# -- presence ---------------------------------------------------------------------------------------

def _presence_changed(c: Ctx) -> None:
    c.sim.publish_presence(c.user.user_id)


def expiration_value(value: Any, field_name: str = "expires") -> str:
    """``NEVER`` or the time in UTC as ``yyyy-MM-dd'T'HH:mm:ss'Z'`` (how the reference answers).

    Accepts ``never`` (any case) and ISO-8601 with ``Z`` or an offset; anything else is a 400.
    """
    from datetime import datetime, timezone

    text = str(value if value is not None else "").strip()
    if not text or text.lower() == "never":
        return "NEVER"
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{field_name}.invalid", "Give an ISO-8601 time or 'never'", field_name, text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return iso(when)


def _bool_or_none(value: Any, field_name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ApiError(400, f"{field_name}.invalid", f"{field_name} must be true or false", field_name, str(value))


def _set_activity(c: Ctx, act_id: str, available=None, expiration=None) -> None:
    a = ACTIVITY_BY_ID.get(str(act_id))
    if a is None:
        raise ApiError(400, "activity.does.not.exist", f"Unknown activity {act_id!r}", "activity", str(act_id))
    available = _bool_or_none(available, "available")
    p = c.user.presence
    p.activity = a[0]
    p.available = a[2] if available is None else available
    if expiration is not None:
        p.expiration = expiration_value(expiration, "expiration")
    elif a[0] == "available":
        p.expiration = "NEVER"


@handles("pr.get")
async def h_pr_get(c: Ctx):
    return ok(c.user.presence.to_json(own=True))


@handles("pr.put")
async def h_pr_put(c: Ctx):
    body = c.body()
    if "role" in body:
        if body["role"] not in dict(ROLES) and body["role"] not in dict(ROLES).values():
            raise ApiError(400, "role.does.not.exist", f"Unknown role {body['role']!r}", "role", str(body["role"]))
        c.user.presence.role = next((k for k, v in ROLES if body["role"] in (k, v)), "business")
    if "note" in body:
        c.user.presence.note = str(body["note"] or "")[:256]
    # The reference's presence object has "available" both inside "activity" and at the top level;
    # the activity's own flag wins when both are given.
    top_available = _bool_or_none(body.get("available"), "available")
    act = body.get("activity")
    if isinstance(act, dict):
        inner = act.get("available")
        _set_activity(c, act.get("id"), top_available if inner is None else inner, act.get("expiration"))
    elif isinstance(act, str):
        _set_activity(c, act, top_available)
    elif top_available is not None:
        c.user.presence.available = top_available
    _presence_changed(c)
    return ok(c.user.presence.to_json(own=True))


@handles("pr.activity")
async def h_pr_activity(c: Ctx):
    body = c.body()
    # The contract sends {"activity", "available"} as a JSON body; the reference lists them like its
    # query parameters, so those are honoured too (body first).
    act = body.get("activity", c.q.get("activity"))
    available = body.get("available", c.q.get("available"))
    if isinstance(act, dict):
        _set_activity(c, act.get("id"), act.get("available", available), act.get("expiration"))
    else:
        _set_activity(c, act, available)
    _presence_changed(c)
    return ok(c.user.presence.to_json(own=True))


def _endtime_text(c: Ctx) -> str:
    """The reference's representation: ``never`` or UTC ``yyyy-MM-dd'T'HH:mm:ss'Z'``, as plain text."""
    exp = c.user.presence.expiration
    return "never" if exp.upper() == "NEVER" else exp


@handles("pr.endtime_get")
async def h_endtime_get(c: Ctx):
    return PlainTextResponse(_endtime_text(c))


@handles("pr.endtime_put")
async def h_endtime_put(c: Ctx):
    # The reference's one parameter is "expires" (ISO-8601 or 'never'). The client sends it as a query
    # parameter; a JSON body {"expires": …} or a bare JSON string/plain-text body are accepted too.
    if "expires" in c.q:
        val: Any = c.q["expires"]
    else:
        raw = c.body_bytes.decode("utf-8", "replace").strip()
        try:
            val = json.loads(raw) if raw else None
        except ValueError:
            val = raw
        if isinstance(val, dict):
            val = val.get("expires")
        if val is None or isinstance(val, (dict, list, bool)):
            raise ApiError(400, "expires.missing", "expires (ISO-8601 or 'never') is required", "expires")
    c.user.presence.expiration = expiration_value(val)
    _presence_changed(c)
    return PlainTextResponse(_endtime_text(c))


@handles("pr.available")
async def h_available(c: Ctx):
    return ok(c.user.presence.available)


@handles("pr.photo")
async def h_photo(c: Ctx):
    u = c.user
    hue = sum(map(ord, u.user_id)) * 37 % 360
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
           f'<circle cx="48" cy="48" r="48" fill="hsl({hue},55%,45%)"/>'
           f'<text x="48" y="60" font-size="36" text-anchor="middle" fill="#fff" font-family="sans-serif">'
           f"{u.firstname[0]}{u.lastname[0]}</text></svg>")
    return Response(svg, media_type="image/svg+xml")


# -- configuration ----------------------------------------------------------------------------------

def _activities() -> dict:
    return {"activity": [{"id": i, "name": n, "available": a, "default": i == "available", "stateName": n}
                         for i, n, a in ACTIVITIES]}


def _roles() -> dict:
    return {"role": [{"id": i, "name": n, "stateName": n} for i, n in ROLES]}


def _answerplaces(u: User) -> dict:
    return {"answerplace": [{"id": "mobile", "name": "Mobile", "number": u.mobile},
                            {"id": "office", "name": "Office", "number": u.number}]}


@handles("cfg.activities")
async def h_cfg_activities(c: Ctx):
    return ok(_activities())


@handles("cfg.roles")
async def h_cfg_roles(c: Ctx):
    return ok(_roles())


@handles("cfg.answerplaces")
async def h_cfg_answerplaces(c: Ctx):
    return ok(_answerplaces(c.user))


@handles("cfg.all")
async def h_cfg_all(c: Ctx):
    return ok({"activities": _activities(), "roles": _roles(), "answerplaces": _answerplaces(c.user),
               "topics-enabled": False, "sms-allowed": True, "fallbackToDefaultPresenceState": False,
               "defaultPresenceState": "Available", "callrouting-enabled": True,
               "fields": {"field": [{"id": "field1", "label": "Department", "currentValue": "Customer care",
                                     "requestedValue": "Customer care", "editable": False}]}})


def _change_event(t, p) -> str:
    return json.dumps({"timeStamp": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()) + ".000",
                       "changedField": p["changedField"]})


@handles("cfg.stream")
async def h_cfg_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("config", uid, lambda t, p: t == "config" and p["user"] == uid)
    return SSEResponse(c.sim, sub, [], _change_event)


@handles("cfg.shortcuts")
async def h_shortcuts(c: Ctx):
    return ok({"presenceShortcut": c.user.shortcuts})


SHORTCUT_FIELDS = ("id", "name", "activityId", "available", "durationType", "durationMinutes", "order", "imageId",
                   "diversionPhoneNumber", "applyDiversionNumber")


def _shortcut_item(raw: Any, shortcut_id: str) -> dict:
    """A PresenceShortcutDTO as the reference defines it (unknown fields dropped), or a 400."""
    if not isinstance(raw, dict):
        raise ApiError(400, "presenceShortcut.invalid", "A presence shortcut must be an object", "presenceShortcut")
    for name in ("name", "activityId", "durationType"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise ApiError(400, f"{name}.missing", f"{name} is required", name)
    if raw["activityId"] not in ACTIVITY_BY_ID:
        raise ApiError(400, "activity.does.not.exist", f"Unknown activity {raw['activityId']!r}", "activityId",
                       raw["activityId"])
    if raw["durationType"] not in SHORTCUT_DURATION_TYPES:
        raise ApiError(400, "durationType.invalid", "durationType must be NO_END_TIME, UNTIL_NEXT_WORKING_DAY or MINUTES",
                       "durationType", raw["durationType"])
    if raw["durationType"] == "MINUTES" and not (isinstance(raw.get("durationMinutes"), int)
                                                  and raw["durationMinutes"] > 0):
        raise ApiError(400, "durationMinutes.invalid", "durationMinutes must be a positive number for MINUTES",
                       "durationMinutes")
    for name in ("available", "applyDiversionNumber"):
        if not isinstance(raw.get(name, False), bool):
            raise ApiError(400, f"{name}.invalid", f"{name} must be true or false", name)
    item = {k: raw[k] for k in SHORTCUT_FIELDS if k in raw and raw[k] is not None}
    item["id"] = shortcut_id
    item.setdefault("available", False)
    item.setdefault("applyDiversionNumber", False)
    item.setdefault("order", 0)
    if item["durationType"] != "MINUTES":
        item.pop("durationMinutes", None)
    return item


@handles("cfg.shortcuts_put")
async def h_shortcuts_put(c: Ctx):
    # The reference names the list "presenceShortcut" for reading and writing; the list replaces all.
    items = c.body().get("presenceShortcut")
    if not isinstance(items, list):
        raise ApiError(400, "presenceShortcut.invalid", "Send {\"presenceShortcut\": [...]}", "presenceShortcut")
    shortcuts = [_shortcut_item(i, str((i.get("id") if isinstance(i, dict) else None) or n + 1))
                 for n, i in enumerate(items)]
    c.user.shortcuts = shortcuts
    c.config_changed("PRESENCE_SHORTCUTS")
    return ok({"presenceShortcut": c.user.shortcuts})


def _shortcut(c: Ctx) -> dict:
    for s in c.user.shortcuts:
        if s["id"] == c.params["id"]:
            return s
    raise ApiError(404, "shortcut.does.not.exist", f"No shortcut {c.params['id']}", "id", c.params["id"])


@handles("cfg.shortcut")
async def h_shortcut(c: Ctx):
    return ok(_shortcut(c))


@handles("cfg.shortcut_put")
async def h_shortcut_put(c: Ctx):
    # The reference: the body's id is ignored (the path's wins), and a missing shortcut is created.
    item = _shortcut_item(c.body(), c.params["id"])
    for n, s in enumerate(c.user.shortcuts):
        if s["id"] == item["id"]:
            c.user.shortcuts[n] = item
            break
    else:
        c.user.shortcuts.append(item)
    c.config_changed("PRESENCE_SHORTCUTS")
    return ok(item)


# -- devices and lines ------------------------------------------------------------------------------

@handles("dev.list")
async def h_dev_list(c: Ctx):
    t = c.q.get("type")
    return ok([d.to_json() for d in c.user.devices if not t or d.device_type == t])


@handles("dev.active")
async def h_dev_active(c: Ctx):
    return ok([{k: v for k, v in d.to_json().items() if k in ("deviceId", "deviceType", "deviceName", "deviceIcon")}
               for d in c.user.devices if d.status == "ACTIVE"])


@handles("dev.stream")
async def h_dev_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("devices", uid, lambda t, p: t == "device" and p["user"] == uid)
    return SSEResponse(c.sim, sub, [], _change_event)


@handles("lines.list")
async def h_lines(c: Ctx):
    return ok({"line": c.org.lines_of(c.user)})


def _active_line(c: Ctx) -> dict:
    line = next(l for l in c.org.lines_of(c.user) if l["active"])
    return {k: line[k] for k in ("number", "type", "name", "groupId")}


@handles("lines.active_get")
async def h_line_get(c: Ctx):
    return ok(_active_line(c))


@handles("lines.active_put")
async def h_line_put(c: Ctx):
    body = c.body()
    key = (str(body.get("type", "")), int(body.get("groupId") or 0))
    if not any((l["type"], l["groupId"]) == key for l in c.org.lines_of(c.user)):
        raise ApiError(400, "line.does.not.exist", f"No line {key[0]}/{key[1]}", "type", key[0])
    c.user.active_line = key
    c.config_changed("LINES")
    return ok(_active_line(c))


# -- contacts ---------------------------------------------------------------------------------------

def _contact(c: Ctx, cid: str) -> dict | None:
    u = c.org.users.get(cid)
    if u is not None:
        return c.org.user_contact(u, c.user, c.pbx.in_call(u.user_id))
    return c.org.entry_contact(cid, c.user)


@handles("ct.list")
async def h_ct_list(c: Ctx):
    items = [x for x in (_contact(c, cid) for cid in c.user.contacts) if x]
    items.sort(key=lambda x: (x["lastname"], x["firstname"]))
    return ok({"contact": items})


@handles("ct.search")
async def h_ct_search(c: Ctx):
    query = (c.q.get("query") or "").strip()
    try:
        limit = max(0, min(int(c.q.get("maxResults") or 25), 1000))
    except ValueError:
        raise ApiError(400, "maxResults.invalid", "maxResults must be a number", "maxResults")
    if not query:
        items = [x for x in (_contact(c, cid) for cid, st in c.user.contacts.items() if st == "FAVORITE") if x]
    else:
        items = [c.org.user_contact(u, c.user, c.pbx.in_call(u.user_id)) for u in c.org.colleague_search(query)]
        include_blocked = c.flag("includeBlocked")
        for e in c.org.directory.search(query, limit + 10):
            if c.user.contacts.get(e.cid) == "BLOCKED" and not include_blocked:
                continue
            items.append(c.org.entry_contact(e.cid, c.user))
    items.sort(key=lambda x: (x["lastname"], x["firstname"]))
    return ok({"query": query, "contact": items[:limit]})


@handles("ct.add")
async def h_ct_add(c: Ctx):
    cid = c.params["cid"]
    if _contact(c, cid) is None or cid == c.user.user_id:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    c.user.contacts.setdefault(cid, "CONTACT")
    return ok({"query": "", "contact": [_contact(c, cid)]})


@handles("ct.remove")
async def h_ct_remove(c: Ctx):
    if c.user.contacts.pop(c.params["cid"], None) is None:
        raise ApiError(404, "contact.does.not.exist", f"{c.params['cid']} is not in your list", "cid", c.params["cid"])
    return ok({})


@handles("ct.status")
async def h_ct_status(c: Ctx):
    cid = c.params["cid"]
    status = c.body().get("contactStatus")
    if status not in ("FAVORITE", "CONTACT", "VIP", "BLOCKED"):
        raise ApiError(400, "contactStatus.invalid", "contactStatus must be FAVORITE, CONTACT, VIP or BLOCKED",
                       "contactStatus", str(status))
    if _contact(c, cid) is None:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    c.user.contacts[cid] = status
    return ok(_contact(c, cid))


# -- communication log, SMS -------------------------------------------------------------------------

@handles("log.list")
async def h_log_list(c: Ctx):
    q = c.q
    items = [i for i in c.user.commlog if not i.get("deleted")]
    types = q.getlist("itemType")  # the reference's name, repeated per type
    if types:
        items = [i for i in items if i["itemType"] in types]
    for key, cmp in (("since", lambda i, v: i["itemId"] > v), ("olderThan", lambda i, v: i["itemId"] < v)):
        if (q.get(key) or "").isdigit():
            items = [i for i in items if cmp(i, int(q[key]))]
    if q.get("sinceTime"):
        items = [i for i in items if i["startTime"] >= q["sinceTime"]]
    if q.get("untilTime"):
        items = [i for i in items if i["startTime"] <= q["untilTime"]]
    if q.get("number"):
        items = [i for i in items if i["remoteParty"]["number"] == q["number"]]
    items = sorted(items, key=lambda i: i["itemId"], reverse=True)
    total = len(items)
    limit = q.get("limit")  # the reference's name (not maxItems)
    if limit and limit.isdigit():
        items = items[: int(limit)]
    wrap = lambda i: {".RecordingDTO" if i["itemType"] == "RECORDING" else ".CallDTO": i}  # noqa: E731
    return ok({"historyItems": [wrap(i) for i in items], "flushCache": False,
               "generatedAt": iso(time.time()), "hintCount": total})


def _log_item(c: Ctx) -> dict:
    for i in c.user.commlog:
        if str(i["itemId"]) == c.params["item"] and not i.get("deleted"):
            return i
    raise ApiError(404, "item.does.not.exist", f"No log item {c.params['item']}", "itemId", c.params["item"])


@handles("log.seen")
async def h_log_seen(c: Ctx):
    item = _log_item(c)
    # The reference's query parameters: isSeen (required), isPlayed, updateCallItem.
    val = c.q.get("isSeen")
    if val is None or val.lower() not in ("true", "false"):
        raise ApiError(400, "isSeen.invalid", "isSeen must be true or false", "isSeen", str(val))
    item["isSeen"] = val.lower() == "true"
    return ok(item)


@handles("log.delete")
async def h_log_delete(c: Ctx):
    _log_item(c)["deleted"] = True
    return ok({})


@handles("sms.send")
async def h_sms(c: Ctx):
    body = c.body()
    # The reference's example body holds only smsText: "to" is a query parameter (a body "to" is
    # still read, for older clients).
    to, text = str(c.q.get("to") or body.get("to") or ""), body.get("smsText")
    if not to.startswith("+") or not to[1:].isdigit() or not 7 <= len(to) <= 16:
        raise ApiError(400, "to.invalid", "to must be an E.164 number", "to", to)
    if not isinstance(text, str) or not text.strip() or len(text) > 1600:
        raise ApiError(400, "smsText.invalid", "smsText must be 1-1600 characters", "smsText")
    c.sim.sms.append({"from": c.user.user_id, "to": to, "smsText": text, "time": iso(time.time())})
    return ok({"to": to, "status": "SENT"})


# -- dispatch -------------------------------------------------------------------------------------

async def _apply_faults(sim, name: str) -> Response | None:
    f = sim.faults
    if f.latency_ms:
        await asyncio.sleep(f.latency_ms / 1000.0)
    if f.in_outage():
        return error(503, "service.unavailable", "The service is temporarily unavailable", headers={"Retry-After": "1"})
    if f.error_rate and sim.fault_rng.random() < f.error_rate:
        return error(503, "service.unavailable", "The service is overloaded, try again", headers={"Retry-After": "1"})
    if f.malformed_rate and name not in STREAM_ROUTES and sim.fault_rng.random() < f.malformed_rate:
        body, media = garbage_body(sim.fault_rng)
        return Response(body, media_type=media)
    return None


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def dispatch(sim, name: str, request: Request) -> Response:
    faulty = await _apply_faults(sim, name)
    if faulty is not None:
        return faulty
    if name == "ticket.create":
        return await ticket_create(sim, request)
    token = _bearer(request)
    if token is None:
        return error(401, "ticket.missing", "Authorization: Bearer <ticket> is required", "Authorization")
    ticket = sim.ticket(token)
    if ticket is None:
        return error(401, "ticket.invalid", "The ticket is unknown, revoked or expired", "Authorization")
    params = dict(request.path_params)
    if params.get("d", ticket.domain) != ticket.domain or params.get("u", ticket.user) != ticket.user:
        return error(403, "access.denied",
                     f"This ticket belongs to {ticket.user}@{ticket.domain} and cannot be used for "
                     f"{params.get('u', ticket.user)}@{params.get('d', ticket.domain)}", "user", params.get("u", ""))
    scope = scope_for(name)
    if scope is not None and scope not in ticket.scopes:
        return error(403, "api.not.allowed", f"The ticket is not valid for the {scope} API", "api", scope)
    user = sim.org.users[ticket.user]
    ctx = Ctx(sim, request, user, params, await request.body())
    try:
        result = await HANDLERS[name](ctx)
    except ApiError as exc:
        return exc.response
    except CallError as exc:
        return error(exc.status, exc.code, exc.description, exc.field_name, exc.name)
    return result


def _literal_segments(template: str) -> int:
    return sum(1 for seg in template.split("/") if seg and not seg.startswith("{"))


def api_routes(sim) -> list[StarletteRoute]:
    missing = [n for n in DEFAULT_ROUTES if n not in HANDLERS and n != "ticket.create"]
    if missing:
        raise RuntimeError(f"simulator handlers missing for routes: {missing}")
    by_path: dict[str, dict[str, str]] = defaultdict(dict)
    for name, route in DEFAULT_ROUTES.items():
        by_path[route.template][route.method] = name
    routes = []
    for template in sorted(by_path, key=lambda t: (-_literal_segments(t), t)):
        methods = by_path[template]

        async def endpoint(request: Request, _methods=methods) -> Response:
            name = _methods.get(request.method)
            if name is None:
                return error(405, "method.not.allowed", f"{request.method} is not allowed here")
            return await dispatch(sim, name, request)

        routes.append(StarletteRoute(template, endpoint, methods=list(methods)))
    return routes
