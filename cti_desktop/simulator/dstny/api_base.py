"""What every ``/api`` handler of the simulator shares: the vendor's error body, the request context
(:class:`Ctx`), the handler registry (:func:`handles`) and the XML documents of the streams."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse

from .org import DOMAIN, User
from .pbx import Leg
from .streams import SSEResponse

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


def dialog_stream(c: Ctx, topic: str, uid: str) -> SSEResponse:
    """``uid``'s calls as a dialog-info stream (subscribed to the hub as ``topic``): a full document
    of the calls there are, then a partial one per change of a call's dialog, each one version on."""
    sub = c.sim.hub.subscribe(topic, uid, lambda t, p: t == "call" and p["user"] == uid and p["dialog"])
    version = 0
    legs = sorted(c.pbx.user_legs(uid), key=lambda l: l.created)
    initial = [dialog_doc(uid, version, True, [c.pbx.dialog_xml(l) for l in legs])]

    def render(_topic, p):
        nonlocal version
        version += 1
        return dialog_doc(uid, version, False, [p["dialog"]])

    return SSEResponse(c.sim, sub, initial, render)


