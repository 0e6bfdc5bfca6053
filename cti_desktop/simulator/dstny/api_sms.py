"""The SMS API of the simulated PBX (``sms.send``) and its ``/_sim/sms`` control routes.

The request, as the reference's SMS API describes it: ``to`` (required, "the number to send to"),
``smsText`` (required, "the SMS text"), the example body ``{ "smsText": "…" }`` — so ``to`` is not in
the body; the contract puts it in the query (``POST /api/sms/{d}/{u}?to=``). "This number will be
expanded according to the sending user's number plan": the simulated organisation's plan is Swedish —
``00…`` → ``+…``, a leading trunk ``0`` → ``+46``, a 2–6 digit number is an extension (the SMS goes to
that user's mobile), ``+…`` is taken as it is. The answer is the reference's response body
(``{"field":[],"warning":[],"generated-id"}``); refusals carry the vendor's error body.

Decisions (not in the reference): ``to`` missing or not a number is 400 ``to.invalid``; an extension
nobody has is 404 ``to.unknown``; ``smsText`` missing, not a string or empty is 400
``smsText.invalid``; longer than 1600 characters (ten parts of 160) is 400 ``smsText.too.long``; a
``to`` in the body is not read (the reference's example has none).

Control (JSON, no auth):

=============================  ====================================================================
``GET /_sim/sms``              ``{"sent":[{from,to,routedTo,smsText,time}],"failures":[…]}``
``POST /_sim/sms/fail``        ``{"status":503,"code","description","count":1}``: the next ``count``
                               sends are answered ``status`` with the vendor's error body (an empty
                               ``description`` gives a body without one; ``"body":"html"`` an HTML page)
``DELETE /_sim/sms``           forget what was sent and the pending failures
=============================  ====================================================================
"""

from __future__ import annotations

import json
import re
import time

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse
from starlette.routing import Route

from .api_base import ApiError, Ctx, error, handles, ok
from .org import iso

MAX_TEXT = 1600
_NUMBER = re.compile(r"^\+?[0-9]{2,17}$")
_COUNTRY = "+46"


def _routed(c: Ctx, to: str) -> str:
    """``to`` expanded by the organisation's number plan (see the module's words)."""
    if not _NUMBER.match(to) or (to.startswith("+") and not 7 <= len(to) - 1 <= 15):
        raise ApiError(400, "to.invalid", "to must be a phone number: digits, an optional leading +", "to", to)
    if to.startswith("+"):
        return to
    if to.startswith("00"):
        return "+" + to[2:]
    if to.startswith("0"):
        return _COUNTRY + to[1:]
    if len(to) <= 6:
        user = c.org.by_extension.get(to)
        if user is None:
            raise ApiError(404, "to.unknown", f"No user has the extension {to}", "to", to)
        return user.mobile
    return _COUNTRY + to


@handles("sms.send")
async def h_sms(c: Ctx):
    if c.sim.sms_failures:
        failure = c.sim.sms_failures[0]
        failure["count"] -= 1
        if failure["count"] <= 0:
            c.sim.sms_failures.pop(0)
        return _failure_response(failure)
    to = (c.q.get("to") or "").strip()
    routed = _routed(c, to)
    text = c.body().get("smsText")
    if not isinstance(text, str) or not text:
        raise ApiError(400, "smsText.invalid", "smsText is required: the SMS text", "smsText")
    if len(text) > MAX_TEXT:
        raise ApiError(400, "smsText.too.long", f"The SMS text is longer than {MAX_TEXT} characters", "smsText")
    c.sim.sms.append({"from": c.user.user_id, "to": to, "routedTo": routed, "smsText": text,
                      "time": iso(time.time())})
    return ok({"field": [], "warning": [], "generated-id": f"sms-{len(c.sim.sms)}"})


def _failure_response(failure: dict):
    status = failure["status"]
    if failure.get("body") == "html":
        return HTMLResponse("<html><body><h1>Service unavailable</h1></body></html>", status_code=status)
    if failure.get("description"):
        return error(status, failure.get("code") or "sms.failed", failure["description"], "to")
    return JSONResponse({"field": [], "warning": [], "generated-id": "sms-failed"}, status_code=status)


def sms_control_routes(sim) -> list[Route]:
    async def sent(request: Request):
        if request.method == "DELETE":
            sim.sms.clear()
            sim.sms_failures.clear()
            return JSONResponse({"cleared": True})
        return JSONResponse({"sent": list(sim.sms), "failures": list(sim.sms_failures)})

    async def fail(request: Request):
        try:
            data = json.loads(await request.body() or b"{}")
        except ValueError:
            return JSONResponse({"error": "the body is not JSON"}, status_code=400)
        if not isinstance(data, dict):
            return JSONResponse({"error": "the body must be a JSON object"}, status_code=400)
        status, count = data.get("status", 503), data.get("count", 1)
        if not isinstance(status, int) or not 400 <= status <= 599:
            return JSONResponse({"error": "status must be 400-599"}, status_code=400)
        if not isinstance(count, int) or count < 1:
            return JSONResponse({"error": "count must be a positive integer"}, status_code=400)
        failure = {"status": status, "count": count, "code": str(data.get("code") or ""),
                   "description": str(data.get("description") or ""), "body": str(data.get("body") or "json")}
        sim.sms_failures.append(failure)
        return JSONResponse({"failures": list(sim.sms_failures)})

    return [
        Route("/_sim/sms", sent, methods=["GET", "DELETE"]),
        Route("/_sim/sms/fail", fail, methods=["POST"]),
    ]
