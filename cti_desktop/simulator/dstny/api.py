"""The ``/api`` side of the simulator: Starlette routes built from its own route table.

:func:`api_routes` makes one Starlette route per distinct path template of :data:`.routes.ROUTES`
(the simulator's own, written from the vendor's reference and the contract; routes that share a
path, such as ``ct.add`` POST and ``ct.remove`` DELETE, share one Starlette route and are told
apart by method), and every route name has exactly one handler in :data:`HANDLERS` — a missing
handler is an error at start-up, so the simulator can never drift from its table. The handlers live by area in
:mod:`.api_calls`, :mod:`.api_groups`, :mod:`.api_history`, :mod:`.api_user`, :mod:`.api_diversion`,
:mod:`.api_buddies` and :mod:`.api_sms`; what they share is in :mod:`.api_base`.

Every request goes through, in order: faults (latency; a stream route answers a 200 HTML login page
while ``streamHtml`` is on, as a captive portal or a proxy would; then, for the routes the faults
target, the outage window (503), the error rate (503 or 429, with ``Retry-After``), a malformed body),
then Bearer-ticket authentication (401 missing/unknown/expired; ticket creation checks its password
ticket with :mod:`.tickets` instead), then authorisation (403 when the ticket lacks the route's
:attr:`~.routes.SimRoute.scope`, or when its domain/user is not the path's ``{d}``/``{u}``), then
the handler. Errors use the vendor's body ``{"field":[{fieldName,code,description,name}],
"warning":[],"generated-id"}``.

Decisions (not in the contract): ``ticket.revoke`` needs a valid ticket of the same user (any scope)
and answers 200 ``API ticket deleted successfully`` or 404; an unknown user or wrong password at ticket
creation is 401 ``authentication.failed`` (no hint which); ``ignoreStatistics=true`` on group
login/logout answers ``{}``; the queue-statistics routes need no supervisor licence, and
``qs.user`` lists all groups for a supervisor and the member groups for an agent; unknown contact,
log item or group ids are 404; a body that is not JSON is 400 (SMS: see :mod:`.api_sms`);
deleting a presence shortcut answers 204.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route as StarletteRoute

from . import (  # noqa: F401  (their handlers register themselves)
    api_buddies,
    api_calls,
    api_contact_info,
    api_device_info,
    api_diversion,
    api_groups,
    api_history,
    api_line_state,
    api_personal_contacts,
    api_sms,
    api_user,
)
from .api_base import HANDLERS, STREAM_ROUTES, ApiError, Ctx, error, handles, ok
from .org import DOMAIN, PASSWORD
from .pbx import CallError
from .routes import GRANTABLE_SCOPES, ROUTES
from .streams import garbage_body
from .tickets import BadPasswordTicket, ScopeRefused, grant_scopes, password_matches, read_password_ticket

# -- tickets -------------------------------------------------------------------------------------------

async def ticket_create(sim, request: Request) -> Response:
    d, u = request.path_params["d"], request.path_params["u"]
    q = request.query_params
    t = q.get("t")
    if not t:
        return error(400, "t.missing", "The password ticket parameter t is missing", "t")
    try:
        decoded = read_password_ticket(t)
    except BadPasswordTicket:
        return error(400, "t.invalid", "The password ticket parameter t is malformed", "t")
    fail = error(401, "authentication.failed", "Wrong user name or password", "t", f"{u}@{d}")
    if decoded.domain != d or decoded.user != u or d != DOMAIN or u not in sim.org.users:
        return fail
    if not password_matches(decoded, PASSWORD):
        return fail
    requested = q.getlist("api") or list(decoded.scopes)
    deployment = sim.deployment
    try:
        allowed = grant_scopes(requested, decoded.scopes, GRANTABLE_SCOPES, tuple(deployment.refuse_scopes),
                               reject=deployment.scope_refusal == "reject")
    except ScopeRefused as exc:
        return error(403, "api.not.allowed", f"The ticket cannot be granted for {', '.join(exc.scopes)}", "api",
                     ",".join(exc.scopes))
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


# -- dispatch -------------------------------------------------------------------------------------

ROUTE_NAMES = frozenset(ROUTES)

PORTAL_PAGE = (b"<!DOCTYPE html><html><head><title>Sign in to the network</title></head><body>"
               b"<form method=post action=/login><p>Accept the terms of use to continue.</p>"
               b"<button>Connect</button></form></body></html>")


def _one_way_s(sim, name: str) -> float:
    """The network's delay each way for ``name``: half the round trip (a stream's open waits it all)."""
    f = sim.faults
    if not f.latency_ms or not f.targets(name):
        return 0.0
    return f.latency_ms / 1000.0 / (1 if name in STREAM_ROUTES else 2)


async def _apply_faults(sim, name: str) -> Response | None:
    f = sim.faults
    if delay := _one_way_s(sim, name):
        await asyncio.sleep(delay)  # the request on its way in
    if f.stream_html and name in STREAM_ROUTES:
        return Response(PORTAL_PAGE, media_type="text/html")
    if not f.targets(name):
        return None
    retry = {"Retry-After": str(f.retry_after_s)}
    if f.in_outage():
        return error(503, "service.unavailable", "The service is temporarily unavailable", headers=retry)
    if f.error_rate and sim.fault_rng.random() < f.error_rate:
        if f.error_status == 429:
            return error(429, "too.many.requests", "Too many requests, slow down", headers=retry)
        return error(503, "service.unavailable", "The service is overloaded, try again", headers=retry)
    if f.malformed_rate and name not in STREAM_ROUTES and sim.fault_rng.random() < f.malformed_rate:
        body, media = garbage_body(sim.fault_rng)
        return Response(body, media_type=media)
    return None


def _bearer(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


async def dispatch(sim, name: str, request: Request) -> Response:
    """Answer ``name``. With ``latencyMs`` the answer is made half-way through the round trip, so it
    tells the state of that moment and may arrive after newer stream events, as on a real network."""
    response = await _answer(sim, name, request)
    if name not in STREAM_ROUTES and (delay := _one_way_s(sim, name)):
        await asyncio.sleep(delay)  # the answer on its way back
    return response


async def _answer(sim, name: str, request: Request) -> Response:
    faulty = await _apply_faults(sim, name)
    if faulty is not None:
        return faulty
    if name in sim.deployment.without_routes:  # this deployment lacks the route (see .deployment)
        return error(404, "resource.not.found", f"No API resource at {request.url.path}")
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
    scope = ROUTES[name].scope
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
    missing = [n for n in ROUTES if n not in HANDLERS and n != "ticket.create"]
    if missing:
        raise RuntimeError(f"simulator handlers missing for routes: {missing}")
    by_path: dict[str, dict[str, str]] = defaultdict(dict)
    for name, route in ROUTES.items():
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

