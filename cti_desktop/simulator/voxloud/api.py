"""The Voxloud simulator's API below ``/api`` (the routes of :data:`.routes.ROUTES`, header
``Voverc-Auth``), and its error answers ``{"status", "error", "message"}``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from .routes import ROUTES
from .telephony import parse_iso
from .world import API_KEY, COMPANY, E164, EVENT_TYPES, VoxloudWorld, now_iso

__all__ = ["api_routes", "error"]


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
