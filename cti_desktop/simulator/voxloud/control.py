"""The Voxloud simulator's control API below ``/_sim`` (no key): new calls and their events, faxes,
forged webhook requests, state and reset (see :mod:`.server`)."""

from __future__ import annotations

import asyncio
import json

import httpx
from starlette.responses import JSONResponse
from starlette.routing import Route

from .world import VoxloudWorld
from .api import _BadJSON, _body, error
from .demo import DemoCalls

__all__ = ["control_routes"]


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
