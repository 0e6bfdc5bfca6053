"""The Call State and Call Control operations of :class:`~.client.DstnyClient`: reading my calls, and every
command on a call (stateTokens, destinations as SIP/tel URIs).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ...core.dialing import destination_uri
from ...core.errors import InvalidInput, NotFound
from ...core.models import Call, Line
from ..http import NO_BODY
from . import wire
from .wire import MalformedResponse, query_flag



_NO_BODY: Any = NO_BODY


#: The recording commands (a path segment of ``rec.command``).
RECORDING_OPS = frozenset({"start", "stop", "pause", "resume", "save", "discard"})
_DTMF = re.compile(r"^[0-9A-Da-d#*]{1,64}$")


class CallOps:
    """Mixed into :class:`~.client.DstnyClient`; uses its request helpers."""

    _json: Any
    _send: Any

    # ------------------------------------------------------------------ call state

    async def get_calls(self) -> list[Call]:
        return wire.parse_call_snapshot(await self._json("cs.snapshot"))

    async def get_call(self, call_id: str) -> Call | None:
        try:
            body = await self._json("cs.call", fields={"c": call_id})
        except NotFound:
            return None
        return wire.parse_call_state(body) if body is not None else None

    # ------------------------------------------------------------------ call control

    async def _command(self, route: str, call: Call | None, *, fields: Mapping[str, object], body: Any = _NO_BODY,
                       params: Any = None) -> Call:
        data = await self._json(route, fields=fields, body=body, params=params, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        if isinstance(data, dict) and isinstance(data.get("calls"), list):
            calls = wire.parse_call_snapshot(data)
            for c in calls:
                if call is None or c.call_id == call.call_id:
                    return c
        # No state in the answer: read the call (a read, never a re-send of the command).
        if call is not None:
            fresh = await self.get_call(call.call_id)
            if fresh is not None:
                return fresh
            return call
        raise MalformedResponse("command answered without a call state")

    @staticmethod
    def _token(call: Call) -> dict[str, Any]:
        return {} if call.state_token is None else {"stateToken": call.state_token}

    def _pair(self, call: Call, target: Call) -> dict[str, Any]:
        body = self._token(call)
        body["targetCallId"] = target.call_id
        if target.state_token is not None:
            body["targetStateToken"] = target.state_token
        return body

    def destination(self, text: str) -> str:
        """A call or transfer target as the reference wants it, "A SIP or tel URI"
        (:func:`~cti_desktop.core.dialing.destination_uri`; local numbers in this user's domain)."""
        return destination_uri(text, domain=self.domain)

    def _call_body(self, destination: str, line: Line | None, role: str | None, call_type: str | None) -> dict[str, Any]:
        if not destination or not destination.strip():
            raise InvalidInput("Enter a number to call")
        body: dict[str, Any] = {"destination": self.destination(destination)}
        if role:
            body["role"] = role
        if line is not None:
            body["userLine"] = wire.line_body(line)
        if call_type:
            body["type"] = call_type
        return body

    async def _default_device(self) -> str:
        devices = await self.active_devices() or await self.devices()
        if not devices:
            raise InvalidInput("No phone or softphone is registered to call from")
        return devices[0].device_id

    async def make_call(self, destination: str, *, device_id: str | None = None, line: Line | None = None,
                        role: str | None = None, call_type: str | None = None) -> Call:
        body = self._call_body(destination, line, role, call_type)
        dev = device_id or await self._default_device()
        return await self._command("cc.make_call", None, fields={"dev": dev}, body=body)

    async def consultation(self, call: Call, destination: str, *, line: Line | None = None,
                           role: str | None = None, call_type: str | None = None) -> Call:
        body = self._call_body(destination, line, role, call_type)
        data = await self._json("cc.consultation", fields={"c": call.call_id}, body=body, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        raise MalformedResponse("consultation answered without a call state")

    async def answer(self, call: Call, device_id: str) -> Call:
        return await self._command("cc.answer", call, fields={"c": call.call_id, "dev": device_id}, body={})

    async def hangup(self, call: Call) -> None:
        await self._send("cc.hangup", fields={"c": call.call_id}, command=True)

    async def hold(self, call: Call) -> Call:
        return await self._command("cc.hold", call, fields={"c": call.call_id}, body=self._token(call))

    async def resume(self, call: Call) -> Call:
        return await self._command("cc.resume", call, fields={"c": call.call_id}, body=self._token(call))

    async def alternate(self, call: Call, target: Call) -> Call:
        return await self._command("cc.alternate", call, fields={"c": call.call_id}, body=self._pair(call, target))

    async def conference(self, call: Call, target: Call) -> Call:
        return await self._command("cc.conference", call, fields={"c": call.call_id}, body=self._pair(call, target))

    async def remove_participant(self, call: Call, participant_id: str) -> Call:
        # The reference's request sample is a body, {"stateToken": 487345453} (its DELETE has a body).
        return await self._command(
            "cc.remove_participant", call, fields={"c": call.call_id, "participant": participant_id},
            body=self._token(call),
        )

    async def leave_conference(self, call: Call) -> Call:
        return await self._command("cc.leave", call, fields={"c": call.call_id}, body={})

    async def move(self, call: Call, device_id: str) -> Call:
        return await self._command("cc.move", call, fields={"c": call.call_id, "dev": device_id}, body=self._token(call))

    async def mute(self, call: Call) -> Call:
        return await self._command("cc.mute", call, fields={"c": call.call_id}, body=self._token(call))

    async def unmute(self, call: Call) -> Call:
        return await self._command("cc.unmute", call, fields={"c": call.call_id}, body=self._token(call))

    async def park(self, call: Call) -> Call:
        return await self._command("cc.park", call, fields={"c": call.call_id}, body=self._token(call))

    async def dtmf(self, call: Call, digits: str) -> Call:
        if not _DTMF.match(digits or ""):
            raise InvalidInput("Keypad tones may only be 0–9, A–D, # and *")
        body = self._token(call) | {"digits": digits.upper()}
        return await self._command("cc.dtmf", call, fields={"c": call.call_id}, body=body)

    async def transfer(self, call: Call, destination: str, type: str = "BASIC", *, auto_clear: bool | None = None) -> Call:
        if not destination or not destination.strip():
            raise InvalidInput("Enter a number to transfer to")
        body = self._token(call) | {"destination": self.destination(destination)}
        if type:
            body["type"] = type
        if auto_clear is not None:
            body["blind"] = auto_clear  # the reference's name for "clear the call once transferred"
        return await self._command("cc.transfer", call, fields={"c": call.call_id}, body=body)

    async def transfer_to_call(self, call: Call, target: Call, wait_for_answer: bool = False) -> Call:
        body = self._pair(call, target) | {"waitForAnswer": wait_for_answer}
        return await self._command("cc.transfer_to_call", call, fields={"c": call.call_id}, body=body)

    async def pickup(self, call_id: str, device_id: str) -> Call:
        data = await self._json("cc.pickup", fields={"c": call_id, "dev": device_id}, body={}, command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        fresh = await self.get_call(call_id)
        if fresh is None:
            raise NotFound("Call pickup: the call is no longer ringing")
        return fresh

    async def recording(self, call: Call, op: str) -> Call:
        op = (op or "").strip().lower()
        if op not in RECORDING_OPS:
            raise InvalidInput(f"Unknown recording command {op!r}")
        return await self._command("rec.command", call, fields={"c": call.call_id, "op": op}, body=self._token(call))

    async def callback(self, aptype: str, receiver: str, *, role: str | None = None, bypass: bool | None = None,
                       intrude: bool | None = None, callback_via_gsm: bool | None = None) -> Call | None:
        """Call-back setup: ring the answer place ``aptype`` (e.g. ``mobile``), then ``receiver``.

        The query parameters are the reference's: ``role``, ``bypass``, ``intrude`` and
        ``callback-via-gsm`` ("True if the callback should prefer GSM call"). The reference's answer
        is a status body (``field``/``warning``/``generated-id``), not a call state: then ``None``,
        and the call arrives on the call streams like any other.
        """
        receiver = (receiver or "").strip()
        if not receiver:
            raise InvalidInput("Enter a number to call")
        params: dict[str, str] = {}
        if role:
            params["role"] = role
        for key, value in (("bypass", bypass), ("intrude", intrude), ("callback-via-gsm", callback_via_gsm)):
            if value is not None:
                params[key] = query_flag(value)
        data = await self._json("calls.callback", fields={"aptype": aptype, "receiver": receiver}, params=params or None,
                                command=True)
        if isinstance(data, dict) and data.get("callId"):
            return wire.parse_call_state(data)
        return None

    async def call_via_mobile(self, destination: str) -> Call | None:
        """Ring the person's mobile first (as a GSM call), then ``destination`` (a number as dialled)."""
        number = (destination or "").strip()
        if not number:
            raise InvalidInput("Enter a number to call")
        return await self.callback("mobile", number, callback_via_gsm=True)
