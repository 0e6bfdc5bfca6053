"""``/api`` handlers of call forwarding: the Diversion API and the Activity Diversion Mapping API,
over the PBX's :class:`~.diversions.Diversions` (which also decides where a call really rings), plus
the control routes that show and change that state (``/_sim/diversions``).

Decisions (not in the reference): a rule that is not set reads as the rule without ``phoneNumber``;
a number the PBX could not dial, or the user's own number, is a 400 ``phoneNumber.invalid``; an
unknown ``lineOrderType``/``diversionRuleType``/activity is a 400; writes answer the reference's
result body ``{"field":[],"warning":[],"generated-id"}``; a missing active diversion number reads as
``{}``; deleting an activity diversion answers 204 (404 when there is none); every change tells the
config stream (``changedField: DIVERSION``).
"""

from __future__ import annotations

import json
import uuid

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .api_base import ApiError, Ctx, handles, ok
from .diversions import LINE_ORDERS, RULE_TYPES, known_activity
from .legs import CallError
from .org import DOMAIN, User

__all__ = ["diversion_control_routes"]


def _result() -> JSONResponse:
    return ok({"field": [], "warning": [], "generated-id": uuid.uuid4().hex[:16]})


def _changed(c: Ctx) -> None:
    c.config_changed("DIVERSION")


def check_number(sim, user: User, raw, field_name: str = "phoneNumber") -> str:
    """The number as given when the PBX could dial it (and it is not ``user``'s own), else a 400."""
    if not isinstance(raw, str) or not raw.strip():
        raise ApiError(400, f"{field_name}.missing", f"{field_name} is required", field_name)
    number = raw.strip()
    try:
        where = sim.pbx.resolve(number)
    except CallError:
        raise ApiError(400, f"{field_name}.invalid", f"Cannot divert calls to {number!r}", field_name, number)
    if where is user or number in (user.number, user.mobile):
        raise ApiError(400, f"{field_name}.invalid", "Calls cannot be diverted to your own number", field_name, number)
    return number


def _line_order(c: Ctx) -> str:
    order = c.params["line_order"].upper()
    if order not in LINE_ORDERS:
        raise ApiError(400, "lineOrderType.invalid", "lineOrderType must be PRIMARY or SECONDARY", "lineOrderType",
                       c.params["line_order"])
    return order


def _rule_type(c: Ctx) -> str:
    rule_type = c.params["rule_type"].upper()
    if rule_type not in RULE_TYPES:
        raise ApiError(400, "diversionRuleType.invalid", f"Unknown diversion rule type {c.params['rule_type']!r}",
                       "diversionRuleType", c.params["rule_type"])
    return rule_type


def _activity(c: Ctx) -> str:
    activity = c.params["activity_id"]
    if not known_activity(activity):
        raise ApiError(400, "activity.does.not.exist", f"Unknown activity {activity!r}", "activityId", activity)
    return activity


# -- Diversion API ------------------------------------------------------------------------------------

@handles("div.rules")
async def h_rules(c: Ctx):
    return ok({"user": {"domain": DOMAIN, "userid": c.user.user_id},
               "userDiversionLineRules": c.pbx.diversions.lines_json(c.user)})


@handles("div.rule")
async def h_rule(c: Ctx):
    order, rule_type = _line_order(c), _rule_type(c)
    item = {"lineOrderType": order, "diversionRoutingRulesType": rule_type}
    number = c.pbx.diversions.of(c.user).rules.get((order, rule_type))
    if number:
        item["phoneNumber"] = number
    return ok(item)


@handles("div.rule_put")
async def h_rule_put(c: Ctx):
    order, rule_type = _line_order(c), _rule_type(c)
    body = c.body()
    named = str(body.get("diversionRoutingRulesType") or rule_type).upper()
    if named not in (rule_type, "NONE"):
        raise ApiError(400, "diversionRoutingRulesType.invalid", "The body names another rule type than the path",
                       "diversionRoutingRulesType", named)
    rules = c.pbx.diversions.of(c.user).rules
    if named == "NONE":
        rules.pop((order, rule_type), None)
    else:
        rules[(order, rule_type)] = check_number(c.sim, c.user, body.get("phoneNumber"))
    _changed(c)
    return _result()


@handles("div.rule_delete")
async def h_rule_delete(c: Ctx):
    order, rule_type = _line_order(c), _rule_type(c)
    c.pbx.diversions.of(c.user).rules.pop((order, rule_type), None)
    _changed(c)
    return _result()


@handles("div.line_rules")
async def h_line_rules(c: Ctx):
    order = _line_order(c)
    return ok({"user": {"domain": DOMAIN, "userid": c.user.user_id},
               "userDiversionLineRules": c.pbx.diversions.lines_json(c.user, (order,))})


@handles("div.line_rules_delete")
async def h_line_rules_delete(c: Ctx):
    order = _line_order(c)
    rules = c.pbx.diversions.of(c.user).rules
    for key in [k for k in rules if k[0] == order]:
        del rules[key]
    _changed(c)
    return _result()


@handles("div.number")
async def h_number(c: Ctx):
    number = c.pbx.diversions.active_number(c.user)
    return ok({"diversion-number": number} if number else {})


@handles("div.number_put")
async def h_number_put(c: Ctx):
    # The reference lists phoneNumber and activityScoped as parameters (no request sample).
    raw = c.q.get("phoneNumber")
    if raw is None and c.body_bytes.strip():
        raw = c.body().get("phoneNumber")
    number = check_number(c.sim, c.user, raw)
    scoped = (c.q.get("activityScoped") or "false").strip().lower()
    if scoped not in ("true", "false"):
        raise ApiError(400, "activityScoped.invalid", "activityScoped must be true or false", "activityScoped", scoped)
    c.pbx.diversions.set_active(c.user, number, scoped == "true")
    _changed(c)
    return ok({"diversion-number": number})


# -- Activity Diversion Mapping API ----------------------------------------------------------------------

@handles("adm.list")
async def h_adm_list(c: Ctx):
    mapping = c.pbx.diversions.of(c.user).mapping
    return ok({"diversion-mapping": [{"activityId": a, "phoneNumber": n} for a, n in mapping.items()]})


@handles("adm.get")
async def h_adm_get(c: Ctx):
    activity = _activity(c)
    number = c.pbx.diversions.of(c.user).mapping.get(activity)
    if not number:
        raise ApiError(404, "diversion.does.not.exist", f"No diversion for {activity}", "activityId", activity)
    return ok({"activityId": activity, "phoneNumber": number})


@handles("adm.put")
async def h_adm_put(c: Ctx):
    activity = _activity(c)
    number = check_number(c.sim, c.user, c.body().get("phoneNumber"))
    c.pbx.diversions.of(c.user).mapping[activity] = number
    _changed(c)
    return ok({"activityId": activity, "phoneNumber": number})


@handles("adm.delete")
async def h_adm_delete(c: Ctx):
    activity = _activity(c)
    if c.pbx.diversions.of(c.user).mapping.pop(activity, None) is None:
        raise ApiError(404, "diversion.does.not.exist", f"No diversion for {activity}", "activityId", activity)
    _changed(c)
    return Response(status_code=204)


# -- control API ----------------------------------------------------------------------------------------

def diversion_control_routes(sim) -> list[Route]:
    """``GET /_sim/diversions``: every user's forwarding and the log of diverted calls.
    ``POST /_sim/diversions/{user}``: change it as another device or the administrator would, with
    ``{"forwardAll": "+46…"|null, "activeNumber": "…"|null, "activityScoped": bool,
    "activityDiversions": {"lunch": "+46…"|null}}`` (each key optional)."""

    async def state(request: Request):
        return JSONResponse(sim.pbx.diversions.to_json(sim.org))

    async def change(request: Request):
        user = sim.org.users.get(request.path_params["user"])
        if user is None:
            return JSONResponse({"error": "no such user"}, status_code=404)
        try:
            body = json.loads(await request.body() or b"{}")
        except ValueError:
            return JSONResponse({"error": "body is not JSON"}, status_code=400)
        if not isinstance(body, dict):
            return JSONResponse({"error": "body must be a JSON object"}, status_code=400)
        state = sim.pbx.diversions.of(user)
        try:
            if "forwardAll" in body:
                if body["forwardAll"]:
                    state.rules[("PRIMARY", "CFWD_ALL")] = check_number(sim, user, body["forwardAll"], "forwardAll")
                else:
                    state.rules.pop(("PRIMARY", "CFWD_ALL"), None)
            if "activeNumber" in body:
                if body["activeNumber"]:
                    sim.pbx.diversions.set_active(user, check_number(sim, user, body["activeNumber"], "activeNumber"),
                                                  bool(body.get("activityScoped")))
                else:
                    state.active = None
            mapping = body.get("activityDiversions") or {}
            if not isinstance(mapping, dict):
                return JSONResponse({"error": "activityDiversions must be an object"}, status_code=400)
            for activity, number in mapping.items():
                if not known_activity(activity):
                    return JSONResponse({"error": f"unknown activity {activity!r}"}, status_code=400)
                if number:
                    state.mapping[activity] = check_number(sim, user, number, "activityDiversions")
                else:
                    state.mapping.pop(activity, None)
        except ApiError as exc:
            return JSONResponse({"error": json.loads(exc.response.body)["field"][0]["description"]}, status_code=400)
        sim.hub.publish("config", {"user": user.user_id, "changedField": "DIVERSION"})
        return JSONResponse(sim.pbx.diversions.to_json(sim.org)["users"].get(user.user_id, {}))

    return [
        Route("/_sim/diversions", state, methods=["GET"]),
        Route("/_sim/diversions/{user}", change, methods=["POST"]),
    ]
