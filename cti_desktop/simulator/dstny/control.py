"""The ``/_sim/`` control API: drive the simulated PBX from tests and demos (JSON, no auth).

=====================================  ==========================================================
``POST /_sim/calls``                   ``{"to","from","fromName","via"}`` → ``{"callId","callIds"}``
``POST /_sim/calls/{id}/remote-answer``  the far end answers (outbound call) / the callee answers
``POST /_sim/calls/{id}/remote-hangup``  the far end hangs up
``POST /_sim/calls/{id}/answer``       the user answers a call ringing here on their phone (not the API)
``POST /_sim/calls/{id}/burst``        ``{"count":N}``: N state refreshes (new stateToken each), at once
``POST /_sim/streams/drop``            cut every open stream abruptly; ``{"outageMs":N}`` → 503s
``POST /_sim/streams/close``           end every open stream cleanly (a graceful server restart)
``POST /_sim/streams/silence``         every open stream stays open and never sends another byte
``POST /_sim/tickets/expire``          ``{"user"}`` (none → everyone's): those tickets run out now
``POST|DELETE|GET /_sim/deployment``  ``{"refuseScopes","scopeRefusal","withoutRoutes"}`` (:mod:`.deployment`)
``POST|DELETE|GET /_sim/faults``       ``{"latencyMs","errorRate","status","retryAfter","malformedRate",
                                       "streamMalformedRate","streamHtml","stall","outageMs","routes"}``
``POST /_sim/queues/{id}``             set QueueStat fields (``callsWaiting`` = ``queueLength``)
``POST|DELETE|GET /_sim/queues/load``  ``{"queues":500,"rate":10,"seconds":60}``: synthetic queue storm
``POST /_sim/presence/{user}``         ``{"activity","available","note","role"}``
``POST /_sim/devices/{deviceId}``      ``{"status":"ACTIVE|INACTIVE","name"}``; an unknown ``{user}-{x}`` with
                                       ``{"type","name"}`` adds it; ``{"remove":true}`` removes it (each a
                                       device stream event)
``POST /_sim/config``                  ``{"heartbeat","autoAnswerMs","demo"}``
``GET /_sim/diversions``               every user's call forwarding and the calls it diverted
``POST /_sim/diversions/{user}``       ``{"forwardAll","activeNumber","activityScoped","activityDiversions"}``
``GET|DELETE /_sim/sms``               the SMS sent, pending SMS failures (see :mod:`.api_sms`)
``POST /_sim/sms/fail``                ``{"status","code","description","count"}``: the next sends fail
``GET /_sim/state``                    the whole truth
``POST /_sim/reset``                   back to the seeded initial state
=====================================  ==========================================================

Decisions: ``POST /_sim/calls`` with ``via`` and ``to`` rings only ``to`` (deterministic tests);
with ``via`` alone it rings one free agent of an ACD group (round robin) or every logged-in agent
of an ACD_LIGHT/ATTENDANT group; when nobody is logged in the caller waits in the queue
(``{"callId":null,"queued":true}``); a call the user's forwarding sent elsewhere lists it in
``diverted`` (``queued`` false when it left the PBX). ``callId`` is the first ringing leg, ``callIds`` maps each
ringing user to their leg. Remote answer/hangup accept any leg id of the call.
Faults: ``routes`` (names of the API's route table, e.g. ``ticket.create``; ``[]`` or null = all)
narrows ``latencyMs``, ``errorRate``, ``malformedRate`` and the outage to those routes; ``latencyMs``
is a round trip: a REST answer is made half-way through it (so it may arrive after newer stream
events), a stream opens after all of it; ``status`` is 503 (default)
or 429, ``retryAfter`` the seconds of their ``Retry-After``; ``streamMalformedRate`` garbles stream
events only; ``streamHtml`` makes every stream answer 200 ``text/html`` (a captive portal); ``stall``
holds every stream's bytes until it is turned off (see :mod:`.streams`). A POST changes only the keys
it gives. A silenced stream ends only when its client closes it, or at reset/shutdown.
Errors here are plain ``{"error": "..."}`` with 400/404.
"""

from __future__ import annotations

import asyncio
import json
import re
import time

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .api import ROUTE_NAMES
from .api_diversion import diversion_control_routes
from .org import ACTIVITY_BY_ID, Device
from .pbx import CallError
from .api_sms import sms_control_routes
from .deployment import deployment_routes
from .queue_load import queue_load_routes
from .streams import ERROR_STATUSES

#: The device types a device added through ``/_sim/devices`` may have, with their type names (the
#: reference's deviceTypeName words).
DEVICE_TYPE_NAMES = {"SOFTPHONE": "Application for Desktop", "DESKPHONE": "Desk phone",
                     "MOBILE": "Mobile Application", "WEB_SOFTPHONE": "Web softphone"}

QS_SETTABLE = {"queueLength", "availableAgents", "loggedInAgents", "longestWaiting", "lastWait", "averageWait",
               "droppedCallsForPeriod", "totalCallsForPeriod", "answeredCallsForPeriod", "totalCallsLast24h",
               "droppedCallsLast24h", "answeredCallsLast24h", "current-agent-presence"}


def _err(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


async def _json(request: Request) -> dict:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        raise ValueError("body is not JSON")
    if not isinstance(data, dict):
        raise ValueError("body must be a JSON object")
    return data


def control_routes(sim, demo_control=None) -> list[Route]:
    """``demo_control(on: bool)`` starts/stops demo traffic (server-provided)."""

    async def calls(request: Request):
        try:
            body = await _json(request)
        except ValueError as exc:
            return _err(400, str(exc))
        org, pbx = sim.org, sim.pbx
        to = body.get("to")
        user = None
        if to:
            user = org.users.get(str(to).split("@")[0])
            if user is None:
                try:
                    target = pbx.resolve(str(to))
                except CallError as exc:
                    return _err(400, exc.description)
                user = target if hasattr(target, "user_id") else None
            if user is None:
                return _err(404, f"no user {to!r}")
        via = body.get("via")
        group = None
        if via not in (None, ""):
            group = org.groups.get(int(via)) if str(via).isdigit() else None
            if group is None:
                return _err(404, f"no group {via!r}")
        if user is None and group is None:
            return _err(400, "give 'to' and/or 'via'")
        number = str(body.get("from") or "+46701234567")
        if not re.fullmatch(r"\+[1-9]\d{6,14}", number):
            return _err(400, f"'from' must be an E.164 number, not {number!r}")
        sim.call_rotation = getattr(sim, "call_rotation", 0) + 1
        mark = len(pbx.diversions.log)
        legs = pbx.inject(user, number, body.get("fromName"), group, rotate=sim.call_rotation)
        diverted = pbx.diversions.log[mark:]  # the user's forwarding sent it elsewhere
        if not legs:
            return JSONResponse({"callId": None, "callIds": {}, "queued": not diverted, "diverted": diverted})
        return JSONResponse({"callId": legs[0].id, "callIds": {l.user.user_id: l.id for l in legs},
                             "diverted": diverted})

    async def remote(request: Request):
        leg = sim.pbx.legs.get(request.path_params["call_id"])
        if leg is None:
            return _err(404, "no such call")
        try:
            if request.path_params["what"] == "burst":
                try:
                    count = int((await _json(request)).get("count", 1000))
                except (ValueError, TypeError):
                    return _err(400, "'count' must be a whole number")
                if not 1 <= count <= 1_000_000:
                    return _err(400, "'count' must be between 1 and 1000000")
                for n in range(count):
                    sim.pbx.republish(leg)
                    if n % 256 == 255:
                        await asyncio.sleep(0)  # let the streams write while the burst goes on
            elif request.path_params["what"] == "remote-answer":
                sim.pbx.remote_answer(leg)
            elif request.path_params["what"] == "answer":
                if not leg.devices:
                    return _err(400, "the call rings on no device")
                sim.pbx.answer(leg, leg.devices[0])
            elif request.path_params["what"] == "remote-hangup":
                sim.pbx.remote_hangup(leg)
            else:
                return _err(404, "unknown operation")
        except CallError as exc:
            return _err(400, exc.description)
        return JSONResponse({"callId": leg.id, "status": leg.status, "stateToken": leg.token})

    async def drop(request: Request):
        try:
            body = await _json(request)
            outage = float(body.get("outageMs") or 0)
        except (ValueError, TypeError) as exc:
            return _err(400, str(exc))
        if outage > 0:
            sim.faults.outage_until = time.monotonic() + outage / 1000.0
        return JSONResponse({"dropped": sim.hub.drop_all(), "outageMs": outage})

    async def close_streams(request: Request):
        return JSONResponse({"closed": sim.hub.close_all(silent_too=False)})

    async def silence(request: Request):
        return JSONResponse({"silenced": sim.hub.silence_all()})

    async def expire_tickets(request: Request):
        try:
            body = await _json(request)
        except ValueError as exc:
            return _err(400, str(exc))
        user = body.get("user")
        if user is not None and str(user) not in sim.org.users:
            return _err(404, f"no user {user!r}")
        return JSONResponse({"expired": sim.expire_tickets(None if user is None else str(user))})

    async def faults(request: Request):
        if request.method == "DELETE":
            from .streams import Faults

            sim.faults = Faults()
        elif request.method == "POST":
            try:
                body = await _json(request)
                f = sim.faults
                if "latencyMs" in body:
                    f.latency_ms = max(0.0, float(body["latencyMs"] or 0))
                if "errorRate" in body:
                    f.error_rate = min(1.0, max(0.0, float(body["errorRate"] or 0)))
                if "malformedRate" in body:
                    f.malformed_rate = min(1.0, max(0.0, float(body["malformedRate"] or 0)))
                if "stall" in body:
                    f.stall = bool(body["stall"])
                if "streamMalformedRate" in body:
                    f.stream_malformed_rate = min(1.0, max(0.0, float(body["streamMalformedRate"] or 0)))
                if "streamHtml" in body:
                    f.stream_html = bool(body["streamHtml"])
                if "status" in body:
                    status = int(body["status"] or 503)
                    if status not in ERROR_STATUSES:
                        return _err(400, f"'status' must be one of {list(ERROR_STATUSES)}")
                    f.error_status = status
                if "retryAfter" in body:
                    retry_after = int(body["retryAfter"] if body["retryAfter"] is not None else 1)
                    if not 0 <= retry_after <= 3600:
                        return _err(400, "'retryAfter' must be 0..3600 seconds")
                    f.retry_after_s = retry_after
                if "routes" in body:
                    routes = body["routes"] or []
                    if not isinstance(routes, list) or not all(isinstance(r, str) for r in routes):
                        return _err(400, "'routes' must be a list of route names")
                    unknown = sorted(set(routes) - ROUTE_NAMES)
                    if unknown:
                        return _err(400, f"unknown routes {unknown}; known: {sorted(ROUTE_NAMES)}")
                    f.routes = frozenset(routes)
                if "outageMs" in body:
                    f.outage_until = time.monotonic() + float(body["outageMs"] or 0) / 1000.0
            except (ValueError, TypeError) as exc:
                return _err(400, str(exc))
        return JSONResponse(sim.faults.to_json())

    async def queues(request: Request):
        gid = request.path_params["gid"]
        g = sim.org.groups.get(int(gid)) if gid.isdigit() else None
        if g is None:
            return _err(404, f"no queue {gid}")
        try:
            body = await _json(request)
        except ValueError as exc:
            return _err(400, str(exc))
        for key, value in body.items():
            if key in ("callsWaiting", "queueLength"):
                g.synthetic_waiting = max(0, int(value))
            elif key == "nightMode":
                g.night_mode = bool(value)
            elif key in ("availableAgents", "loggedInAgents", "current-agent-presence"):
                g.overrides[key] = value
            elif key in QS_SETTABLE:
                g.stats[key] = int(value)
            else:
                return _err(400, f"unknown queue field {key!r}")
        sim.pbx.refresh_queues(force=g)
        return JSONResponse(sim.pbx.queue_stat(g))

    async def presence(request: Request):
        u = sim.org.users.get(request.path_params["user"])
        if u is None:
            return _err(404, "no such user")
        try:
            body = await _json(request)
        except ValueError as exc:
            return _err(400, str(exc))
        p = u.presence
        if "activity" in body:
            a = ACTIVITY_BY_ID.get(str(body["activity"]))
            if a is None:
                return _err(400, f"unknown activity {body['activity']!r}; known: {sorted(ACTIVITY_BY_ID)}")
            p.activity, p.available = a[0], a[2]
        if "available" in body:
            p.available = bool(body["available"])
        if "note" in body:
            p.note = str(body["note"] or "")
        if "role" in body:
            p.role = str(body["role"])
        if "expiration" in body:
            p.expiration = str(body["expiration"] or "NEVER")
        sim.publish_presence(u.user_id)
        return JSONResponse(p.to_json(own=False))

    async def devices(request: Request):
        dev_id = request.path_params["dev"]
        try:
            body = await _json(request)
        except ValueError as exc:
            return _err(400, str(exc))
        u = sim.org.user_by_device(dev_id)
        if u is None:
            # A new device of a user ({user}-{anything}), as a softphone signing in for the first time.
            owner = sim.org.users.get(dev_id.rpartition("-")[0])
            kind = str(body.get("type") or "")
            if owner is None or not kind:
                return _err(404, "no such device (to add one: {user}-{name} with a type)")
            if kind not in DEVICE_TYPE_NAMES:
                return _err(400, f"type must be one of {sorted(DEVICE_TYPE_NAMES)}")
            name = " ".join(str(body.get("name") or DEVICE_TYPE_NAMES[kind]).split())[:32]
            owner.devices.append(Device(dev_id, kind, name, DEVICE_TYPE_NAMES[kind], "INACTIVE"))
            u = owner
        device = u.device(dev_id)
        if body.get("remove") is True:
            u.devices.remove(device)
            sim.hub.publish("device", {"user": u.user_id, "changedField": "DEVICE_INFO"})
            return JSONResponse({"removed": dev_id})
        status = str(body.get("status", device.status if "name" in body or "type" in body else "ACTIVE"))
        if status not in ("ACTIVE", "INACTIVE"):
            return _err(400, "status must be ACTIVE or INACTIVE")
        if "name" in body:
            name = " ".join(str(body["name"] or "").split())
            if not name or len(name) > 32:
                return _err(400, "name must be 1 to 32 characters")
            device.name = name
        device.status = status
        sim.hub.publish("device", {"user": u.user_id, "changedField": "DEVICE_INFO"})
        return JSONResponse(device.to_json())

    async def config(request: Request):
        try:
            body = await _json(request)
            if "heartbeat" in body:
                sim.heartbeat = max(0.05, float(body["heartbeat"]))
            if "autoAnswerMs" in body:
                v = body["autoAnswerMs"]
                sim.pbx.auto_answer_ms = None if v is None else max(0.0, float(v))
        except (ValueError, TypeError) as exc:
            return _err(400, str(exc))
        if "demo" in body and demo_control is not None:
            demo_control(bool(body["demo"]))
        return JSONResponse({"heartbeat": sim.heartbeat, "autoAnswerMs": sim.pbx.auto_answer_ms, "demo": sim.demo})

    async def state(request: Request):
        return JSONResponse(snapshot(sim))

    async def reset(request: Request):
        sim.reset()
        return JSONResponse({"reset": True, "demo": sim.demo})

    return [
        Route("/_sim/calls", calls, methods=["POST"]),
        Route("/_sim/calls/{call_id}/{what}", remote, methods=["POST"]),
        Route("/_sim/streams/drop", drop, methods=["POST"]),
        Route("/_sim/streams/close", close_streams, methods=["POST"]),
        Route("/_sim/streams/silence", silence, methods=["POST"]),
        Route("/_sim/tickets/expire", expire_tickets, methods=["POST"]),
        Route("/_sim/faults", faults, methods=["GET", "POST", "DELETE"]),
        *deployment_routes(sim),
        *queue_load_routes(sim),  # before /_sim/queues/{gid}
        Route("/_sim/queues/{gid}", queues, methods=["POST"]),
        Route("/_sim/presence/{user}", presence, methods=["POST"]),
        Route("/_sim/devices/{dev}", devices, methods=["POST"]),
        Route("/_sim/config", config, methods=["POST"]),
        *diversion_control_routes(sim),
        *sms_control_routes(sim),
        Route("/_sim/state", state, methods=["GET"]),
        Route("/_sim/reset", reset, methods=["POST"]),
    ]


def snapshot(sim) -> dict:
    org, pbx = sim.org, sim.pbx
    pbx.prune()
    calls = []
    for leg in pbx.legs.values():
        st = pbx.state_json(leg)
        calls.append({"callId": leg.id, "user": leg.user.user_id, "status": leg.status, "stateToken": leg.token,
                      "inbound": leg.inbound, "deviceIds": list(leg.devices), "remoteParty": st["remoteParty"],
                      "parties": [p.id for p in leg.parties], "group": leg.offer.group.gid if leg.offer and leg.offer.group else None,
                      "muted": leg.muted, "recording": leg.rec, "conference": st["conference"], "event": leg.event,
                      "dtmf": leg.dtmf, "actions": [a["action"] for a in st["actions"]]})
    return {
        "domain": org.directory and sim.domain,
        "seed": sim.seed,
        "demo": sim.demo,
        "heartbeat": sim.heartbeat,
        "autoAnswerMs": pbx.auto_answer_ms,
        "users": [{"userId": u.user_id, "name": u.name, "extension": u.extension, "number": u.number,
                   "mobile": u.mobile, "supervisor": u.supervisor, "inCall": pbx.in_call(u.user_id),
                   "presence": u.presence.to_json(own=False),
                   "devices": [d.to_json() for d in u.devices],
                   "groups": [g.gid for g in org.groups_of(u.user_id)]} for u in org.users.values()],
        "calls": calls,
        "liveCalls": sum(1 for l in pbx.legs.values() if l.is_live()),
        "externals": [{"id": e.id, "number": e.number, "name": e.name, "legs": [l.id for l in e.legs]}
                      for e in pbx.externals.values()],
        "parked": {slot: p.id for slot, p in pbx.parked.items()},
        "groups": [{"id": g.gid, "name": g.name, "type": g.gtype, "extension": g.extension, "number": g.number,
                    "members": list(g.members), "loggedIn": sorted(g.logged_in), "nightMode": g.night_mode,
                    "queue": pbx.queue_stat(g)} for g in org.groups.values()],
        "directorySize": len(org.directory),
        "tickets": len(sim.tickets),
        "streams": len(sim.hub.subs),
        "streamsByKind": sim.hub.counts(),
        "silentStreams": sim.hub.silent_count(),
        "faults": sim.faults.to_json(),
        "sms": list(sim.sms),
    }
