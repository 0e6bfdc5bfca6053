"""The Voxloud API simulator: a Starlette app on uvicorn, with a control API for tests and demos.

API (below ``/api``, as :data:`.routes.ROUTES` lists them; header ``Voverc-Auth: demo-key``, any
other key → 401):
``POST /v1/validate-auth`` · ``GET|POST /v1/contacts`` · ``GET|PUT|DELETE /v1/contacts/{id}`` ·
``GET /v2/users`` · ``GET|POST /v1/webhook-subscriptions`` · ``GET|PUT|DELETE
/v1/webhook-subscriptions/{id}`` · ``GET|POST /v1/click-to-call`` · ``GET|DELETE
/v1/click-to-call/{id}`` · ``POST /v1/click-to-call/{id}/connect`` · ``POST /v1/telephony-events`` ·
``GET /v1/telephony-events?callId=`` · ``GET /v1/telephony-events/{id}``. Errors are
``{"status", "error", "message"}`` with the reference's codes (400, 401, 404, 405).

Control (no key):

* ``POST /_sim/calls {"to": extension or user id, "from": "+39…", "name"?, "style"?: "flat"|"envelope"}``
  → a new call; CALL_INCOMING is delivered (real HTTP POSTs) to every enabled subscription before the
  answer ``{"call_id", "deliveries": [...]}``;
* ``POST /_sim/calls/{id}/answer {"extension"?}`` · ``/hangup {"voicemail"?, "recorded"?}`` →
  CALL_ANSWERED / CALL_HANGUP the same way; a hang-up also stores the call's telephony event and
  delivers it to the PHONE_CALL (click-to-call: CLICK_TO_CALL) subscriptions (``record_deliveries``;
  after ``world.cdr_delay`` seconds when set, as Voxloud sends CDRs a few seconds late);
* ``POST /_sim/fax {"to": extension, "from": number, "pages"?}`` → an inbound fax: its record is stored
  and the reference's fax payload delivered to the FAX_CALL subscriptions;
* ``POST /_sim/webhooks/fire {"url", "body": raw text | "body_latin1": text | "json": object, "headers": {…}}``
  → sends exactly that, with only the headers given (a raw body gets no Content-Type unless one is
  given; forged-request tests); answers ``{"status", "text"}``;
* ``GET /_sim/state`` · ``POST /_sim/reset``.

A click-to-call ``connect`` also starts a simulated call: CALL_STARTED for the resource's extension
with the contact as the called number.

``--demo``: once a subscription exists, a call rings a random extension every few seconds, is
answered a few seconds later and hung up after a short talk.

:func:`serve` binds before starting (port 0 = a free port) and calls ``ready(running)``;
:class:`VoxloudSimulatorThread` runs it in its own thread and loop; :func:`main` is
``cti-desktop sim --vendor voxloud`` / ``python -m cti_desktop.simulator.voxloud`` and prints the base
URL as its first line of stdout; the running itself (socket, uvicorn, thread, CLI) is :mod:`..runner`'s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from ..runner import (
    ApiUnderBase,
    ServerHandle,
    ServerThread,
    add_listen_arguments,
    run_cli,
    serve_app,
)
from .routes import ROUTES
from .telephony import parse_iso
from .world import API_KEY, COMPANY, E164, EVENT_TYPES, VoxloudWorld, now_iso

__all__ = ["Running", "VoxloudSimulatorThread", "create_app", "main", "serve"]


def error(status: int, message: str) -> JSONResponse:
    names = {400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed"}
    return JSONResponse({"status": status, "error": names.get(status, "Error"), "message": message}, status_code=status)


async def _body(request: Request):
    raw = await request.body()
    if not raw.strip():
        return None
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise _BadJSON() from None


class _BadJSON(Exception):
    pass


def api_routes(world: VoxloudWorld) -> list[Route]:
    def authed(handler):
        async def wrapper(request: Request):
            if request.headers.get("voverc-auth") != API_KEY:
                return error(401, "Your API key is wrong")
            try:
                return await handler(request)
            except _BadJSON:
                return error(400, "Your request is not well-formed")
        return wrapper

    async def validate(request):
        return JSONResponse(COMPANY)

    async def contacts(request):
        if request.method == "POST":
            fields, problem = world.check_contact(await _body(request))
            if fields is None:
                return error(400, problem)
            cid = world._uuid()
            stamp = now_iso()
            contact = {"id": cid, **fields, "created_at": stamp, "updated_at": stamp}
            world.contacts[cid] = contact
            return JSONResponse(contact, status_code=201)
        q = request.query_params
        try:
            offset = int(q.get("offset", "0"))
            limit = int(q.get("limit", "20"))
        except ValueError:
            return error(400, "offset and limit must be numbers")
        if offset < 0 or not 0 < limit <= 100:
            return error(400, "offset must be positive and limit between 1 and 100")
        found = world.search(first_name=q.get("first_name", "").strip(), last_name=q.get("last_name", "").strip(),
                             email=q.get("email", "").strip(), phone=q.get("phone", "").strip())
        return JSONResponse({"data": found[offset: offset + limit], "has_next": len(found) > offset + limit})

    async def contact(request):
        cid = request.path_params["id"]
        existing = world.contacts.get(cid)
        if existing is None:
            return error(404, "The specified resource could not be found")
        if request.method == "GET":
            return JSONResponse(existing)
        if request.method == "DELETE":
            del world.contacts[cid]
            return Response(status_code=204)
        fields, problem = world.check_contact(await _body(request))
        if fields is None:
            return error(400, problem)
        existing.update(fields, updated_at=now_iso())
        return JSONResponse(existing)

    async def users(request):
        return JSONResponse(world.users)

    def check_subscription(body, *, update: bool) -> str:
        if not isinstance(body, dict):
            return "the body must be a JSON object"
        url = body.get("callback_url")
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return "callback_url is required and must be an http(s) URL"
        if body.get("event_type") not in EVENT_TYPES:
            return "event_type must be one of " + ", ".join(EVENT_TYPES)
        if "enabled" in body and not isinstance(body["enabled"], bool):
            return "enabled must be a boolean"
        return ""

    async def subscriptions(request):
        if request.method == "GET":
            return JSONResponse(list(world.subscriptions.values()))
        body = await _body(request)
        problem = check_subscription(body, update=False)
        if problem:
            return error(400, problem)
        sid = world._uuid()
        sub = {"id": sid, "enabled": True, "event_type": body["event_type"], "failed_count": 0, "last_error": None,
               "callback_url": body["callback_url"], "notification_email": body.get("notification_email")}
        world.subscriptions[sid] = sub
        return JSONResponse(sub, status_code=201)

    async def subscription(request):
        sid = request.path_params["id"]
        sub = world.subscriptions.get(sid)
        if sub is None:
            return error(404, "The specified resource could not be found")
        if request.method == "GET":
            return JSONResponse(sub)
        if request.method == "DELETE":
            del world.subscriptions[sid]
            return Response(status_code=204)
        body = await _body(request)
        problem = check_subscription(body, update=True)
        if problem:
            return error(400, problem)
        if body.get("id") not in (None, sid):
            return error(400, "id does not match the subscription in the path")
        sub.update(callback_url=body["callback_url"], event_type=body["event_type"])
        if "notification_email" in body:
            sub["notification_email"] = body["notification_email"]
        if "enabled" in body:
            sub["enabled"] = body["enabled"]
            if body["enabled"]:
                sub["failed_count"] = 0
        return JSONResponse(sub)

    async def click_to_calls(request):
        if request.method == "GET":
            return JSONResponse(list(world.click_to_calls.values()))
        body = await _body(request)
        if not isinstance(body, dict):
            return error(400, "the body must be a JSON object")
        for key in ("name", "extension", "outboundNumber"):
            if not isinstance(body.get(key), str) or not body[key].strip():
                return error(400, f"{key} is required")
        if world.user_for(body["extension"]) is None:
            return error(400, f"extension {body['extension']} does not exist")
        if body.get("dial_first", "extension") not in ("extension", "contact"):
            return error(400, "dial_first must be contact or extension")
        if len(world.click_to_calls) >= len(world.users):
            return error(400, "click-to-call limit reached")
        ctc = {"id": world._uuid().replace("-", ""), "name": "ctc-" + body["name"], "extension": body["extension"],
               "outboundNumber": body["outboundNumber"], "dial_first": body.get("dial_first", "extension")}
        world.click_to_calls[ctc["id"]] = ctc
        return JSONResponse(ctc, status_code=201)

    async def click_to_call(request):
        ctc = world.click_to_calls.get(request.path_params["id"])
        if ctc is None:
            return error(404, "The specified resource could not be found")
        if request.method == "DELETE":
            del world.click_to_calls[ctc["id"]]
            return Response(status_code=204)
        return JSONResponse(ctc)

    async def connect(request):
        ctc = world.click_to_calls.get(request.path_params["id"])
        if ctc is None:
            return error(404, "The specified resource could not be found")
        body = await _body(request)
        contact = body.get("contact") if isinstance(body, dict) else None
        if not isinstance(contact, str) or not E164.match(contact):
            return error(400, "contact is required and must be in e164 format")
        world.connects.append({"click_to_call": ctc["id"], "contact": contact, "at": now_iso()})
        user = world.user_for(ctc["extension"])
        call = world.new_call(to=ctc["extension"], caller=user["outbound_cli"]["outbound_did"]["number"])
        call.caller, call.caller_name = ctc["extension"], call.called_name
        call.called, call.called_name = contact, ""
        call.state, call.direction, call.kind = "STARTED", "OUTBOUND", "CLICK_TO_CALL"
        task = asyncio.get_running_loop().create_task(world.deliver("CALL_STARTED", world.payload("CALL_STARTED", call)))
        world.background.add(task)
        task.add_done_callback(world.background.discard)
        return JSONResponse({"contact": contact})

    async def telephony_events(request):
        if request.method == "GET":  # get by callId
            call_id = request.query_params.get("callId", "").strip()
            if not call_id:
                return error(400, "give callId")
            record = world.telephony.by_call(call_id)
            if record is None:
                return error(404, "The specified resource could not be found")
            return JSONResponse(world.telephony.for_api(record))
        body = await _body(request) or {}
        if not isinstance(body, dict):
            return error(400, "the body must be a JSON object")
        q = request.query_params
        try:
            size = int(q.get("size", "20"))
            page = int(q.get("page", "0"))
        except ValueError:
            return error(400, "size and page must be numbers")
        if size < 1 or page < 0:
            return error(400, "size must be positive and page at least 0")
        prop, _sep, order = q.get("sort", "timestamp,desc").partition(",")
        if prop != "timestamp" or order.lower() not in ("", "asc", "desc"):
            return error(400, "sort must be timestamp,asc or timestamp,desc")
        bounds = {}
        for key in ("date_time_from", "date_time_to"):
            if body.get(key) is not None:
                bounds[key] = parse_iso(body[key])
                if bounds[key] is None:
                    return error(400, f"{key} must be ISO8601 with a time zone")
        number = body.get("number") or ""
        if not isinstance(number, str):
            return error(400, "number must be a string")
        if "csv" in request.headers.get("accept", "") and "json" not in request.headers.get("accept", ""):
            return error(406, "the simulator answers telephony events as application/json only")
        return JSONResponse(world.telephony.query(date_from=bounds.get("date_time_from"),
                                                  date_to=bounds.get("date_time_to"), number=number.strip(),
                                                  descending=order.lower() != "asc", size=size, page=page))

    async def telephony_event(request):
        record = world.telephony.get(request.path_params["eventId"])
        if record is None:
            return error(404, "The specified resource could not be found")
        return JSONResponse(world.telephony.for_api(record))

    handlers = {
        "events.query": telephony_events, "events.by_call": telephony_events, "events.get": telephony_event,
        "auth.validate": validate, "contacts.search": contacts, "contacts.create": contacts,
        "contacts.get": contact, "contacts.update": contact, "contacts.delete": contact, "users.list": users,
        "webhooks.list": subscriptions, "webhooks.create": subscriptions, "webhooks.get": subscription,
        "webhooks.update": subscription, "webhooks.delete": subscription, "ctc.list": click_to_calls,
        "ctc.create": click_to_calls, "ctc.get": click_to_call, "ctc.delete": click_to_call, "ctc.connect": connect,
    }
    missing = sorted(set(ROUTES) - set(handlers))
    if missing:
        raise RuntimeError(f"Voxloud simulator handlers missing for routes: {missing}")
    by_path: dict[str, tuple[Callable, list[str]]] = {}
    for name, route in ROUTES.items():
        handler, methods = by_path.setdefault(route.template, (handlers[name], []))
        if handler is not handlers[name]:
            raise RuntimeError(f"Voxloud simulator: {route.template} has two handlers")
        methods.append(route.method)
    return [Route(template, authed(handler), methods=methods) for template, (handler, methods) in by_path.items()]


def _later(world: VoxloudWorld, delay: float, work) -> None:
    """Run the coroutine ``work`` after ``delay`` seconds, held by the world until done."""
    async def run():
        await asyncio.sleep(delay)
        await work

    task = asyncio.get_running_loop().create_task(run())
    world.background.add(task)
    task.add_done_callback(world.background.discard)


def control_routes(world: VoxloudWorld, demo: DemoCalls) -> list[Route]:
    async def new_call(request):
        try:
            body = await _body(request) or {}
        except _BadJSON:
            return error(400, "not JSON")
        to, caller = str(body.get("to", "")).strip(), str(body.get("from", "")).strip()
        if not to or not caller:
            return error(400, "give 'to' (an extension or user id) and 'from' (a number)")
        try:
            call = world.new_call(to=to, caller=caller, caller_name=str(body.get("name") or ""))
        except KeyError:
            return error(404, f"no user with extension or id {to!r}")
        style = str(body.get("style") or "flat")
        outcomes = await world.deliver("CALL_INCOMING", world.payload("CALL_INCOMING", call, style))
        return JSONResponse({"call_id": call.call_id, "deliveries": outcomes})

    async def call_event(request):
        call = world.calls.get(request.path_params["id"])
        if call is None:
            return error(404, "no such call")
        action = request.path_params["action"]
        body = {}
        try:
            body = await _body(request) or {}
        except _BadJSON:
            return error(400, "not JSON")
        if not isinstance(body, dict):
            body = {}
        style = str(body.get("style") or "flat")
        if action == "answer":
            world.answer(call, str(body.get("extension") or ""))
            event_type = "CALL_ANSWERED"
        elif action == "hangup":
            call.state, event_type = "ENDED", "CALL_HANGUP"
        else:
            return error(404, "use answer or hangup")
        outcomes = await world.deliver(event_type, world.payload(event_type, call, style))
        answer = {"call_id": call.call_id, "deliveries": outcomes}
        if call.state == "ENDED":
            world.calls.pop(call.call_id, None)
            kind, record = world.record_of(call, voicemail=bool(body.get("voicemail")),
                                           recorded=bool(body.get("recorded")))
            answer["record_id"] = record["id"]
            cdr = world.deliver(kind, world.wrap(kind, record, style))
            if world.cdr_delay <= 0:
                answer["record_deliveries"] = await cdr
            else:
                _later(world, world.cdr_delay, cdr)
        return JSONResponse(answer)

    async def fax(request):
        try:
            body = await _body(request) or {}
        except _BadJSON:
            return error(400, "not JSON")
        try:
            fax_body = world.fax(to=str(body.get("to", "")).strip(), sender=str(body.get("from", "")).strip(),
                                 pages=int(body.get("pages") or 1))
        except KeyError:
            return error(404, "no user with that extension or id")
        except ValueError:
            return error(400, "pages must be a number")
        style = str(body.get("style") or "flat")
        outcomes = await world.deliver("FAX_CALL", world.wrap("FAX_CALL", fax_body, style))
        return JSONResponse({"record_id": fax_body["id"], "deliveries": outcomes})

    async def fire(request):
        try:
            body = await _body(request) or {}
        except _BadJSON:
            return error(400, "not JSON")
        url = body.get("url") if isinstance(body, dict) else None
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            return error(400, "give 'url'")
        headers = {str(k): str(v) for k, v in (body.get("headers") or {}).items()}
        if "json" in body:
            content = json.dumps(body["json"]).encode()
            headers.setdefault("Content-Type", "application/json")
        elif "body_latin1" in body:  # a text body in ISO-8859-1 (charset tests)
            content = str(body["body_latin1"]).encode("latin-1", "replace")
        else:
            content = str(body.get("body", "")).encode("utf-8")
        try:
            response = await world.http.post(url, content=content, headers=headers, timeout=5.0)
        except httpx.HTTPError as exc:
            return JSONResponse({"status": None, "error": type(exc).__name__})
        return JSONResponse({"status": response.status_code, "text": response.text[:500]})

    async def state(request):
        return JSONResponse({**world.state(), "demo": demo.running})

    async def reset(request):
        world.reset()
        return JSONResponse({"ok": True})

    return [
        Route("/_sim/calls", new_call, methods=["POST"]),
        Route("/_sim/calls/{id}/{action}", call_event, methods=["POST"]),
        Route("/_sim/fax", fax, methods=["POST"]),
        Route("/_sim/webhooks/fire", fire, methods=["POST"]),
        Route("/_sim/state", state, methods=["GET"]),
        Route("/_sim/reset", reset, methods=["POST"]),
    ]


class DemoCalls:
    """``--demo``: lifelike calls, once a webhook subscription exists."""

    def __init__(self, world: VoxloudWorld, interval: float = 8.0) -> None:
        self.world = world
        self.interval = interval
        self.task: asyncio.Task | None = None

    @property
    def running(self) -> bool:
        return self.task is not None and not self.task.done()

    def start(self) -> None:
        if not self.running:
            self.task = asyncio.get_running_loop().create_task(self._run(), name="voxloud-sim-demo")

    async def aclose(self) -> None:
        task, self.task = self.task, None
        if task is not None:
            task.cancel()
            try:
                await task
            except asyncio.CancelledError:
                pass

    async def _one_call(self) -> None:
        w = self.world
        rng = w.rng
        user = rng.choice(w.users)
        if rng.random() < 0.7 and w.contacts:
            contact = rng.choice(list(w.contacts.values()))
            caller = contact["primary_phone"]
        else:
            caller = w._number()
        call = w.new_call(to=str(user["extension_number"]), caller=caller)
        await w.deliver("CALL_INCOMING", w.payload("CALL_INCOMING", call))
        await asyncio.sleep(rng.uniform(3, 8))
        answered = rng.random() < 0.8
        if answered:
            w.answer(call)
            await w.deliver("CALL_ANSWERED", w.payload("CALL_ANSWERED", call))
            await asyncio.sleep(rng.uniform(8, 30))
        call.state = "ENDED"
        await w.deliver("CALL_HANGUP", w.payload("CALL_HANGUP", call))
        w.calls.pop(call.call_id, None)
        kind, record = w.record_of(call, voicemail=not answered and rng.random() < 0.5, recorded=rng.random() < 0.5)
        await asyncio.sleep(3.0)  # CDRs come a few seconds after the call
        await w.deliver(kind, w.wrap(kind, record, "flat"))

    async def _run(self) -> None:
        calls: set[asyncio.Task] = set()
        try:
            while True:
                await asyncio.sleep(self.interval)
                if any(s["enabled"] for s in self.world.subscriptions.values()):
                    t = asyncio.get_running_loop().create_task(self._one_call())
                    calls.add(t)
                    t.add_done_callback(calls.discard)
        finally:
            for t in calls:
                t.cancel()


def create_app(world: VoxloudWorld, demo: DemoCalls) -> Starlette:
    async def not_found(request, exc):
        if request.url.path.startswith("/api"):
            return error(404, f"No API resource at {request.url.path}")
        return JSONResponse({"error": "not found"}, status_code=404)

    async def not_allowed(request, exc):
        return error(405, "You tried to access an endpoint with an invalid method")

    async def index(request):
        return JSONResponse({"simulator": "Voxloud API", "api": str(request.base_url) + "api",
                             "api_key": API_KEY, "control": str(request.base_url) + "_sim/state"})

    app = Starlette(routes=[Route("/", index), Mount("/api", routes=api_routes(world)),
                            *control_routes(world, demo)],
                    exception_handlers={404: not_found, 405: not_allowed})
    app.state.world = world
    return app


@dataclass
class Running(ApiUnderBase, ServerHandle):
    base_url: str
    world: VoxloudWorld
    loop: asyncio.AbstractEventLoop
    server: uvicorn.Server


async def serve(host: str = "127.0.0.1", port: int = 0, *, demo: bool = False, seed: int | None = None,
                contacts: int = 300, demo_interval: float = 8.0,
                ready: Callable[[Running], None] | None = None) -> None:
    """Run the simulator until stopped; ``ready(running)`` once it accepts connections."""
    world = VoxloudWorld(seed=seed, contacts=contacts)
    demo_calls = DemoCalls(world, demo_interval)
    app = create_app(world, demo_calls)
    world.http = httpx.AsyncClient(http1=True, http2=False, trust_env=False, follow_redirects=False,
                                   headers={"User-Agent": "voxloud-simulator"})

    async def cleanup() -> None:
        await demo_calls.aclose()
        for task in list(world.background):
            task.cancel()
        await world.http.aclose()

    await serve_app(app, host, port, ready=ready, handle=lambda url, loop, server: Running(url, world, loop, server),
                    on_started=demo_calls.start if demo else None, cleanup=cleanup)


class VoxloudSimulatorThread(ApiUnderBase, ServerThread[Running]):
    """The simulator in its own thread and loop: ``with VoxloudSimulatorThread(seed=7) as sim: sim.api_url``."""

    thread_name = "voxloud-simulator"
    label = "the Voxloud simulator"

    serve = staticmethod(serve)

    @property
    def world(self) -> VoxloudWorld:
        return self.handle.world


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cti-desktop sim --vendor voxloud", description="Run the Voxloud API simulator.")
    add_listen_arguments(p)
    p.add_argument("--demo", action="store_true", help="ring extensions every few seconds once a subscription exists")
    p.add_argument("--seed", type=int, default=None, help="seed for everything random")
    p.add_argument("--contacts", type=int, default=300, help="number of contacts (default 300)")
    p.add_argument("--demo-interval", type=float, default=8.0, help="seconds between demo calls (default 8)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.contacts < 3 or args.demo_interval <= 0 or not 0 <= args.port <= 65535:
        print("--contacts must be at least 3, --demo-interval above 0 and --port 0..65535", file=sys.stderr)
        return 2

    def describe(running: Running) -> str:
        return (f"Voxloud simulator: API {running.api_url} (header Voverc-Auth: {API_KEY}), users with extensions "
                f"101-105; control {running.base_url}/_sim/state")

    return run_cli(lambda ready: serve(args.host, args.port, demo=args.demo, seed=args.seed, contacts=args.contacts,
                                       demo_interval=args.demo_interval, ready=ready),
                   args.host, args.port, describe)
