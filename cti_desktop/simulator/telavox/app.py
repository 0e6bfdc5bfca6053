"""The Starlette app of the Telavox simulator: v1 at ``/``, CAPI at ``/api/capi``, control at ``/_sim``.

Routes and how each authenticates: :data:`.routes.ROUTES` (the simulator's own table). Authentication,
as the contract describes it: the session cookie ``JSESSIONID`` from ``POST /login``
(form or JSON ``username`` + ``password``), HTTP Basic (any user, password ``demo``) or
``Authorization: Bearer demo-token`` (agent1) on v1; CAPI accepts only the Bearer token. Anything
else is ``401`` with ``{"message": …}``. Faults (``/_sim/faults``) apply to every v1/CAPI/login
request; each request is counted by route name in ``/_sim/state`` → ``requests``.

Control API (JSON, no auth; errors are ``{"error": …}`` with 400/404):

======================================  ===========================================================
``POST /_sim/calls``                    ``{"to","from","fromName"}`` → ``{"callId"}`` (ringing on ``to``)
``POST /_sim/calls/{id}/answer``        the call is answered (``linestatus: up``)
``POST /_sim/calls/{id}/remote-hangup`` the other end hangs up (history: missed if never answered)
``POST /_sim/sessions/expire``          every session cookie is invalid from now on → ``{"expired": n}``
``POST|DELETE|GET /_sim/faults``        ``{"latencyMs","errorRate","status","retryAfter","paths"}``
``POST /_sim/presence/{user}``          ``{"available","name","message","until"}`` or ``null``
``POST /_sim/config``                   ``{"autoAnswerMs"}`` (negative or null: never)
``GET /_sim/state``                     the whole truth
``POST /_sim/reset``                    back to the seeded initial state
======================================  ===========================================================
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import json
import random
import re
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route

from .routes import CAPI, ROUTES, V1
from .world import (
    PBX,
    SESSION_COOKIE,
    TOKEN,
    TOKEN_USER,
    Faults,
    SimError,
    TelavoxWorld,
)

_NUMBER = re.compile(r"^\+?[0-9*#]{2,32}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_SMS = 1600
#: A few bytes of MPEG audio (an ID3 tag and one silent MPEG-1 Layer III frame).
_SILENT_MP3 = b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + b"\x00" * 413

Handler = Callable[[Request, str], Awaitable[Response]]


def _message(status: int, text: str) -> JSONResponse:
    return JSONResponse({"message": text}, status_code=status)


def _control_error(status: int, text: str) -> JSONResponse:
    return JSONResponse({"error": text}, status_code=status)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    ctype = request.headers.get("content-type", "")
    if "application/x-www-form-urlencoded" in ctype:
        try:
            return dict(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            raise SimError(400, "The form is not UTF-8") from None
    try:
        data = json.loads(raw)
    except ValueError:
        raise SimError(400, "The body is not JSON") from None
    if not isinstance(data, dict):
        raise SimError(400, "The body must be a JSON object")
    return data


class TelavoxApp:
    def __init__(self, world: TelavoxWorld, demo_control: Callable[[bool], None] | None = None) -> None:
        self.world = world
        self._fault_rng = random.Random()
        self._demo_control = demo_control

    # ------------------------------------------------------------------ plumbing

    def _who(self, request: Request, *, capi: bool) -> str:
        authz = request.headers.get("authorization", "")
        scheme, _, value = authz.partition(" ")
        if scheme.lower() == "bearer":
            if value.strip() == TOKEN:
                return TOKEN_USER
            raise SimError(401, "Invalid or expired token")
        if capi:
            raise SimError(401, "CAPI requires a Bearer token")
        if scheme.lower() == "basic":
            try:
                user, _, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
            except (binascii.Error, UnicodeDecodeError):
                raise SimError(401, "Unreadable Basic credentials") from None
            if user in self.world.users and password == "demo":
                return user
            raise SimError(401, "Bad credentials")
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie and cookie in self.world.sessions:
            return self.world.sessions[cookie]
        raise SimError(401, "Unauthorized: no active session")

    async def _faults(self, request: Request) -> Response | None:
        f = self.world.faults
        if f.paths and not request.url.path.startswith(f.paths):
            return None
        if f.latency_ms > 0:
            await asyncio.sleep(f.latency_ms / 1000.0)
        if f.error_rate > 0 and self._fault_rng.random() < f.error_rate:
            headers = {}
            if f.retry_after is not None:
                headers["Retry-After"] = str(int(f.retry_after))
            text = "Too many requests" if f.status == 429 else "Simulated failure"
            return JSONResponse({"message": text}, status_code=f.status, headers=headers)
        return None

    def api(self, name: str, handler: Handler, *, capi: bool = False, auth: bool = True):
        async def endpoint(request: Request) -> Response:
            self.world.count(name)
            fault = await self._faults(request)
            if fault is not None:
                return fault
            try:
                user = self._who(request, capi=capi) if auth else ""
                return await handler(request, user)
            except SimError as exc:
                return _message(exc.status, exc.message)

        return endpoint

    # ------------------------------------------------------------------ session

    async def login(self, request: Request, _user: str) -> Response:
        data = await _body(request)
        cookie = self.world.login(str(data.get("username", "")).strip(), str(data.get("password", "")))
        response = JSONResponse({"status": "OK", "username": self.world.sessions[cookie]})
        response.set_cookie(SESSION_COOKIE, cookie, httponly=True, path="/", samesite="lax")
        return response

    async def logout(self, request: Request, _user: str) -> Response:
        cookie = request.cookies.get(SESSION_COOKIE)
        if cookie:
            self.world.logout(cookie)
        response = JSONResponse({"status": "OK"})
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # ------------------------------------------------------------------ v1

    async def extensions(self, request: Request, user: str) -> Response:
        return JSONResponse([u.wire() for u in self.world.users.values()])

    async def me(self, request: Request, user: str) -> Response:
        return JSONResponse(self.world.users[user].wire())

    async def extension(self, request: Request, user: str) -> Response:
        return JSONResponse(self.world.user(request.path_params["extension"]).wire())

    def _dates(self, request: Request) -> tuple[str, str]:
        today = date.today().isoformat()
        start = request.query_params.get("fromDate", today)
        end = request.query_params.get("toDate", today)
        for value in (start, end):
            if not _DATE.match(value):
                raise SimError(400, "Dates must be YYYY-MM-DD")
            try:
                datetime.strptime(value, "%Y-%m-%d")
            except ValueError:
                raise SimError(400, f"Not a date: {value}") from None
        return start, end

    async def calls(self, request: Request, user: str) -> Response:
        start, end = self._dates(request)
        with_rec = request.query_params.get("withRecordings", "false").lower() == "true"
        out: dict[str, list] = {"incoming": [], "outgoing": [], "missed": []}
        for item in self.world.history(user, start, end):
            entry = {k: v for k, v in item.items() if k not in ("kind", "name")}
            if not with_rec:
                entry.pop("recordingId", None)
            out[item["kind"]].append(entry)
        return JSONResponse(out)

    def _number(self, text: str) -> str:
        number = (text or "").strip()
        if not _NUMBER.match(number):
            raise SimError(400, "Invalid phone number")
        return number

    async def dial(self, request: Request, user: str) -> Response:
        number = self._number(request.path_params["number"])
        auto = request.query_params.get("autoanswer", "false").lower() == "true"
        self.world.dial(user, number, auto)
        return JSONResponse({"status": "OK", "message": f"Dialing {number}"})

    async def hangup(self, request: Request, user: str) -> Response:
        self.world.hangup_current(user)
        return JSONResponse({"status": "OK"})

    async def sms(self, request: Request, user: str) -> Response:
        number = self._number(request.path_params["number"])
        message = request.query_params.get("message", "")
        if not message.strip():
            raise SimError(400, "The message is empty")
        if len(message) > MAX_SMS:
            raise SimError(400, "The message is too long")
        self.world.sms.append({"from": user, "to": number, "message": message})
        return JSONResponse({"status": "OK"})

    async def recording(self, request: Request, user: str) -> Response:
        rid = request.path_params["recording"]
        for item in self.world.users[user].history:
            if item.get("recordingId") == rid and rid != "0":
                return Response(_SILENT_MP3, media_type="audio/mpeg")
        raise SimError(404, "No such recording")

    # ------------------------------------------------------------------ CAPI

    async def users(self, request: Request, user: str) -> Response:
        return JSONResponse([u.capi() for u in self.world.users.values()])

    async def user_one(self, request: Request, user: str) -> Response:
        who = request.path_params["user"]
        return JSONResponse(self.world.user(user if who == "me" else who).capi())

    async def pbx(self, request: Request, user: str) -> Response:
        ext = request.path_params["extension"]
        for item in PBX:
            if ext in (item["extension"], item["extension"].lstrip("+")):
                members = [{"extension": self.world.users[m].extension, "name": self.world.users[m].name}
                           for m in item["members"]]
                return JSONResponse({**item, "members": members})
        raise SimError(404, "No PBX resource with that extension")

    async def capi_history(self, request: Request, user: str) -> Response:
        start, end = self._dates(request)
        kind = request.query_params.get("callType", "").strip().lower()
        if kind and kind not in ("incoming", "outgoing", "missed"):
            raise SimError(400, "callType must be incoming, outgoing or missed")
        out = []
        for item in self.world.history(user, start, end):
            if kind and item["kind"] != kind:
                continue
            entry = {k: v for k, v in item.items() if k != "kind"}
            entry["callType"] = item["kind"]
            out.append(entry)
        return JSONResponse(out)

    async def capi_recordings(self, request: Request, user: str) -> Response:
        out = [
            {"recordingId": i["recordingId"], "callId": i["callId"], "number": i["number"],
             "datetimeISO": i["datetimeISO"], "duration": i["duration"]}
            for i in self.world.users[user].history if i.get("recordingId", "0") != "0"
        ]
        return JSONResponse(out)

    async def capi_dial(self, request: Request, user: str) -> Response:
        data = await _body(request)
        number = self._number(str(data.get("phoneNumber", "")))
        auto = data.get("autoAnswer", False)
        if not isinstance(auto, bool):
            raise SimError(400, "autoAnswer must be true or false")
        self.world.dial(user, number, auto)
        return JSONResponse({"status": "OK"})

    async def colleague(self, request: Request, user: str) -> Response:
        return JSONResponse(self.world.user(request.path_params["user"]).capi())

    # ------------------------------------------------------------------ control

    def control(self, handler: Callable[[Request], Awaitable[Response]]):
        async def endpoint(request: Request) -> Response:
            try:
                return await handler(request)
            except SimError as exc:
                return _control_error(exc.status, exc.message)
            except (ValueError, TypeError) as exc:
                return _control_error(400, str(exc))

        return endpoint

    async def sim_call(self, request: Request) -> Response:
        data = await _body(request)
        call = self.world.inject(str(data.get("to", "agent1")), str(data.get("from") or ""), str(data.get("fromName") or ""))
        return JSONResponse({"callId": call.id})

    async def sim_answer(self, request: Request) -> Response:
        call = self.world.answer(request.path_params["call_id"])
        return JSONResponse({"callId": call.id, "linestatus": call.linestatus})

    async def sim_remote_hangup(self, request: Request) -> Response:
        self.world.end(request.path_params["call_id"])
        return JSONResponse({"ended": True})

    async def sim_expire(self, request: Request) -> Response:
        return JSONResponse({"expired": self.world.expire_sessions()})

    async def sim_faults(self, request: Request) -> Response:
        if request.method == "DELETE":
            self.world.faults = Faults()
        elif request.method == "POST":
            data = await _body(request)
            status = int(data.get("status", 503))
            rate = float(data.get("errorRate", 1.0 if "status" in data else 0.0))
            latency = float(data.get("latencyMs", 0))
            retry = data.get("retryAfter")
            if not 400 <= status <= 599 or not 0 <= rate <= 1 or latency < 0:
                raise ValueError("status must be 4xx/5xx, errorRate 0..1, latencyMs >= 0")
            self.world.faults = Faults(latency, rate, status, None if retry is None else float(retry),
                                       str(data.get("paths", "")))
        return JSONResponse(self.world.faults.wire())

    async def sim_presence(self, request: Request) -> Response:
        raw = await request.body()
        profile = json.loads(raw) if raw.strip() else None
        if profile is not None and not isinstance(profile, dict):
            raise ValueError("the presence profile must be an object or null")
        user = self.world.set_profile(request.path_params["user"], profile)
        return JSONResponse(user.wire())

    async def sim_config(self, request: Request) -> Response:
        data = await _body(request)
        if "autoAnswerMs" in data:
            value = data["autoAnswerMs"]
            self.world.auto_answer_ms = None if value is None or float(value) < 0 else float(value)
        if "demo" in data and self._demo_control is not None:
            self._demo_control(bool(data["demo"]))
        return JSONResponse({"autoAnswerMs": self.world.auto_answer_ms})

    async def sim_state(self, request: Request) -> Response:
        return JSONResponse(self.world.state())

    async def sim_reset(self, request: Request) -> Response:
        self.world.reset()
        return JSONResponse({"reset": True})

    # ------------------------------------------------------------------ the app

    def handlers(self) -> dict[str, Handler]:
        """The handler of every route of :data:`.routes.ROUTES`, by route name."""
        return {
            "session.login": self.login, "session.logout": self.logout,
            "v1.extensions": self.extensions, "v1.me": self.me, "v1.extension": self.extension,
            "v1.calls": self.calls, "v1.dial": self.dial, "v1.hangup": self.hangup, "v1.sms": self.sms,
            "v1.recording": self.recording,
            "capi.users": self.users, "capi.history": self.capi_history, "capi.recordings": self.capi_recordings,
            "capi.dial": self.capi_dial, "capi.user": self.user_one, "capi.pbx": self.pbx,
            "capi.colleague": self.colleague,
        }

    def api_routes(self, base: str) -> list[Route]:
        """Starlette routes for the routes of ``base`` in the table, the more literal paths first."""
        handlers = self.handlers()
        missing = sorted(set(ROUTES) - set(handlers))
        if missing:
            raise RuntimeError(f"Telavox simulator handlers missing for routes: {missing}")
        named = [(n, r) for n, r in ROUTES.items() if r.base == base]
        named.sort(key=lambda item: -sum(1 for seg in item[1].template.split("/") if seg and "{" not in seg))
        out = []
        for name, route in named:
            endpoint = self.api(name, handlers[name], capi=route.auth == CAPI, auth=route.auth != "none")
            out += [Route(path, endpoint, methods=[route.method]) for path in (route.template, *route.aliases)]
        return out

    def routes(self) -> list:
        c = self.control
        return [
            Route("/", self.index),
            *self.api_routes(V1),
            Mount("/api/capi", routes=self.api_routes(CAPI)),
            Route("/_sim/calls", c(self.sim_call), methods=["POST"]),
            Route("/_sim/calls/{call_id}/answer", c(self.sim_answer), methods=["POST"]),
            Route("/_sim/calls/{call_id}/remote-hangup", c(self.sim_remote_hangup), methods=["POST"]),
            Route("/_sim/sessions/expire", c(self.sim_expire), methods=["POST"]),
            Route("/_sim/faults", c(self.sim_faults), methods=["GET", "POST", "DELETE"]),
            Route("/_sim/presence/{user}", c(self.sim_presence), methods=["POST"]),
            Route("/_sim/config", c(self.sim_config), methods=["POST"]),
            Route("/_sim/state", c(self.sim_state), methods=["GET"]),
            Route("/_sim/reset", c(self.sim_reset), methods=["POST"]),
        ]

    async def index(self, request: Request) -> Response:
        base = str(request.base_url).rstrip("/")
        return JSONResponse({"simulator": "Telavox v1 API and CAPI", "v1": base, "capi": base + "/api/capi",
                             "control": base + "/_sim/state"})


def create_app(world: TelavoxWorld, demo_control: Callable[[bool], None] | None = None) -> Starlette:
    async def not_found(request: Request, exc) -> Response:
        return _message(404, f"No resource at {request.url.path}")

    async def not_allowed(request: Request, exc) -> Response:
        return _message(405, "Method not allowed")

    app = Starlette(routes=TelavoxApp(world, demo_control).routes(),
                    exception_handlers={404: not_found, 405: not_allowed})
    app.state.world = world
    return app
