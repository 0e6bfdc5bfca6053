"""``/api`` handlers: call setup, call control, call recording, call state and its streams."""

from __future__ import annotations

import json
import re
from urllib.parse import unquote

from starlette.responses import JSONResponse, Response

from .api_base import HANDLERS, ApiError, Ctx, dialog_stream, handles, ok
from .org import ROLES
from .pbx import Leg
from .streams import SSEResponse

# -- destinations -----------------------------------------------------------------------------------
#
# The reference: a destination is "A SIP or tel URI" ("tel:+1444344", "sip:bob@foo.com"). Read here
# by RFC 3966 / RFC 3261, independently of the client: a global tel number is "+" and digits
# (visual separators - . ( ) allowed); a local one (extension, service code) carries a
# phone-context, and its "#" is escaped %23 (a raw "#" would start the URI's fragment); a sip URI is
# user@host. What the PBX dials is the unescaped number, exactly as the person dialled it.

_TEL_GLOBAL = re.compile(r"^\+[0-9][0-9.\-()]*$")
_TEL_LOCAL = re.compile(r"^(?:[0-9*.\-()]|%23)+$")
_SIP_USER = re.compile(r"^(?:[A-Za-z0-9\-_.!~*'()&=+$,;?/]|%[0-9A-Fa-f]{2})+$")
_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9\-.]*[A-Za-z0-9])?$")


def _refuse(destination: str, why: str) -> ApiError:
    return ApiError(400, "destination.invalid", f"The destination is not a SIP or tel URI: {why}", "destination",
                    destination[:120])


def dial_string(destination: object) -> str:
    """The number or address a destination URI dials; :class:`ApiError` 400 for anything else."""
    if not isinstance(destination, str) or not destination:
        raise ApiError(400, "destination.missing", "No destination given", "destination")
    scheme, colon, rest = destination.partition(":")
    if not colon or scheme.lower() not in ("tel", "sip", "sips"):
        raise _refuse(destination, "it needs the tel: or sip: scheme")
    if any(ch.isspace() or ord(ch) < 0x21 or ord(ch) > 0x7E for ch in destination):
        raise _refuse(destination, "a URI has no spaces or non-ASCII characters")
    if "#" in destination:
        raise _refuse(destination, "'#' is reserved in a URI; escape it as %23")
    if scheme.lower() == "tel":
        number, *params = rest.split(";")
        context = [p.partition("=")[2] for p in params if p.partition("=")[0].lower() == "phone-context"]
        if _TEL_GLOBAL.match(number):
            return re.sub(r"[.\-()]", "", number)
        if not _TEL_LOCAL.match(number):
            raise _refuse(destination, f"{number!r} is not a telephone number")
        if not context or not context[0]:
            raise _refuse(destination, "a local number needs a phone-context")
        return unquote(re.sub(r"[.\-()]", "", number))
    user, at, host = rest.split(";", 1)[0].partition("@")
    if not at or not _SIP_USER.match(user) or not _HOST.match(host):
        raise _refuse(destination, "a sip URI is user@host")
    return f"{unquote(user)}@{host.lower()}"


# -- calls ------------------------------------------------------------------------------------------

def _state(c: Ctx, leg: Leg) -> JSONResponse:
    return ok(c.pbx.state_json(leg))


#: The query parameters the reference lists for the call-back (besides the path's domain, user,
#: aptype and cid); anything else (``preferGsm``, say) is refused by name.
CALLBACK_PARAMS = frozenset({"role", "bypass", "intrude", "callback-via-gsm"})
_CALLBACK_FLAGS = ("bypass", "intrude", "callback-via-gsm")


@handles("calls.callback")
async def h_callback(c: Ctx):
    unknown = sorted(set(c.q.keys()) - CALLBACK_PARAMS)
    if unknown:
        raise ApiError(400, "parameter.unknown", f"Unknown parameter {unknown[0]!r} (the call-back takes "
                       "role, bypass, intrude and callback-via-gsm)", unknown[0], unknown[0])
    for name in _CALLBACK_FLAGS:
        if name in c.q and c.q[name] not in ("true", "false"):
            raise ApiError(400, f"{name}.invalid", f"{name} must be true or false", name, c.q[name])
    if c.params["aptype"] != "mobile":
        raise ApiError(400, "aptype.invalid", "The call-back answer place must be 'mobile'", "aptype",
                       c.params["aptype"])
    role = c.q.get("role")
    if role is not None and role.lower() not in {r[0] for r in ROLES}:
        raise ApiError(400, "role.invalid", f"Unknown role {role!r}", "role", role)
    if c.q.get("intrude") == "true":
        raise ApiError(409, "intrude.not.allowed", "Intruding with a call-back is not allowed for this user",
                       "intrude", "true")
    leg = c.pbx.call_back(c.user, c.params["receiver"], via_gsm=c.q.get("callback-via-gsm") == "true")
    # The reference answers the call-back with a status body, not a call state: the call itself is
    # learnt from the call streams.
    return ok({"field": [], "warning": [], "generated-id": leg.id})


#: "Transfer a mobile call to the specified number": the reference's parameters besides the path's
#: domain and user, and its transfer types.
MOBILE_TRANSFER_PARAMS = frozenset({"transferType", "destination"})
MOBILE_TRANSFER_TYPES = ("BLIND_TRANSFER", "ATTENDED_TRANSFER")
#: "The destination number for the transfer" (the reference's sample: "+9633996603"): a number as
#: dialled (an extension, a national or an international number), or a colleague's address.
_TRANSFER_NUMBER = re.compile(r"^(?:\+?[0-9]{2,20}|[A-Za-z0-9._\-]+@[A-Za-z0-9.\-]+)$")


@handles("calls.transfer")
async def h_mobile_transfer(c: Ctx):
    unknown = sorted(set(c.q.keys()) - MOBILE_TRANSFER_PARAMS)
    if unknown:
        raise ApiError(400, "parameter.unknown", f"Unknown parameter {unknown[0]!r} (the transfer takes "
                       "transferType and destination)", unknown[0], unknown[0])
    if c.body_bytes.strip():
        raise ApiError(400, "body.unexpected", "The transfer takes its parameters in the query, not a body", "body")
    kind = c.q.get("transferType")
    if kind not in MOBILE_TRANSFER_TYPES:
        raise ApiError(400, "transferType.invalid", "transferType must be BLIND_TRANSFER or ATTENDED_TRANSFER",
                       "transferType", (kind or "")[:40])
    destination = c.q.get("destination") or ""
    if not destination:
        raise ApiError(400, "destination.missing", "No destination given", "destination")
    if not _TRANSFER_NUMBER.match(destination):
        raise ApiError(400, "destination.invalid", "The destination is not a number", "destination",
                       destination[:40])
    t = c.pbx.transfer_mobile(c.user, kind, destination)
    # The reference's answer: the transfer's id and start time only.
    return ok({"transferId": {"transferStartTime": t.started_ms, "id": t.id}})


@handles("calls.transfer_status")
async def h_mobile_transfer_status(c: Ctx):
    if c.q.keys():
        name = sorted(c.q.keys())[0]
        raise ApiError(400, "parameter.unknown", f"Unknown parameter {name!r} (the status takes none)", name, name)
    t = c.pbx.mobile_transfer_status(c.user)
    if t is None:
        raise ApiError(404, "transfer.does.not.exist", "No call transfer is ongoing", "user", c.user.user_id)
    return ok(t.json())


@handles("calls.transfer_cancel")
async def h_mobile_transfer_cancel(c: Ctx):
    c.pbx.cancel_mobile_transfer(c.user, c.params["transferId"])
    return Response(status_code=204)


#: The reference's make-call types ("The extended type of the call").
CALL_TYPES = ("BASIC", "DIVERSION_BYPASS", "INTRUSION", "INTERCOM", "VOICEMAIL", "BARGE", "WHISPER", "MONITOR")


@handles("cc.make_call")
async def h_make_call(c: Ctx):
    body = c.body()
    call_type = body.get("type") or "BASIC"
    if call_type not in CALL_TYPES:
        raise ApiError(400, "type.invalid", f"Unknown call type {call_type!r}", "type", str(call_type))
    return _state(c, c.pbx.make_call(c.user, c.params["dev"], dial_string(body.get("destination")),
                                     call_type=call_type))


@handles("cc.consultation")
async def h_consultation(c: Ctx):
    body = c.body()
    leg = c.leg()
    c.pbx.check_token(leg, body.get("stateToken"))
    return _state(c, c.pbx.consultation(leg, dial_string(body.get("destination"))))


@handles("cc.hangup")
async def h_hangup(c: Ctx):
    leg = c.leg()
    c.pbx.check_token(leg, c.q.get("stateToken"))
    c.pbx.hangup(leg)
    return _state(c, leg)


def _simple(method: str, *args, path: str = ""):
    """A command on one call: its ``stateToken`` (in the body) checked, then ``pbx.method(leg, *args)``
    — with the path parameter ``path`` before ``args`` when one is named."""

    async def handler(c: Ctx):
        leg = c.leg()
        c.pbx.check_token(leg, c.body().get("stateToken"))
        getattr(c.pbx, method)(leg, *((c.params[path],) if path else ()), *args)
        return _state(c, leg)

    return handler


HANDLERS.update({
    "cc.answer": _simple("answer", path="dev"),
    "cc.hold": _simple("hold"), "cc.resume": _simple("resume"), "cc.park": _simple("park"),
    "cc.mute": _simple("mute", True), "cc.unmute": _simple("mute", False),
    "cc.leave": _simple("leave"), "cc.move": _simple("move", path="dev"), "rec.command": _simple("record", path="op"),
})


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
    # The reference's request sample is a body: {"stateToken": 487345453}.
    if "stateToken" in c.q:
        raise ApiError(400, "stateToken.misplaced", "stateToken belongs in the request body", "stateToken",
                       c.q["stateToken"])
    leg = c.leg()
    c.pbx.check_token(leg, c.body().get("stateToken"))
    c.pbx.remove_participant(leg, c.params["participant"])
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
    c.pbx.transfer(leg, dial_string(body.get("destination")), body.get("type") or "BASIC")
    return _state(c, leg)


@handles("cc.pickup")
async def h_pickup(c: Ctx):
    leg = c.sim.pbx.legs.get(c.params["c"])
    if leg is None:
        raise ApiError(404, "call.does.not.exist", f"No call {c.params['c']}", "callId", c.params["c"])
    return _state(c, c.pbx.pickup(c.user, c.params["dev"], leg))


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
    return dialog_stream(c, "dialog", c.user.user_id)


