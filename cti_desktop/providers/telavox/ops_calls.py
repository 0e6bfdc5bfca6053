"""The Telavox client's calls: my calls as the extension lists them, dialling, hanging up the current
call, and the call-control commands Telavox has no API for (:class:`NotSupported` in words).

A mixin of :class:`~cti_desktop.providers.telavox.client.TelavoxClient` (it uses the client's
``self._send``, ``self.me()``, ``self.call_ids`` and ``self._names()``)."""

from __future__ import annotations

import logging
import time
from typing import Any

from ...core.errors import NotFound, NotSupported, UserFacingError
from ...core.models import Call, CallStatus, Device, Line, Party
from . import wire
from .numbers import clean_number, same_number

__all__ = ["TelavoxCallOps"]

log = logging.getLogger("cti_desktop.providers.telavox")


class TelavoxCallOps:
    """Calls and call control of :class:`~.client.TelavoxClient`."""

    async def get_calls(self) -> list[Call]:
        """My current calls (ringing and in progress), with stable synthetic ids."""
        return wire.calls_from_extension(await self.me(), self.call_ids, names=self._names())

    async def get_call(self, call_id: str) -> Call | None:
        for call in await self.get_calls():
            if call.call_id == call_id:
                return call
        return None

    # ------------------------------------------------------------------ call control

    async def make_call(
        self, destination: str, *, device_id: str | None = None, line: Line | None = None, autoanswer: bool | None = None
    ) -> Call:
        """Dial ``destination`` from my extension (Telavox has no device or caller-ID choice here)."""
        number = clean_number(destination)
        auto = self.autoanswer if autoanswer is None else autoanswer
        if self.api == "capi":
            await self._send("capi.dial", body={"phoneNumber": number, "autoAnswer": auto}, command=True)
        else:
            await self._send("v1.dial", fields={"number": number}, params={"autoanswer": "true" if auto else "false"},
                             command=True)
        try:
            ext = await self.me()
        except UserFacingError as exc:
            log.info("dialled, but could not re-read the calls: %s", exc)
            ext = None
        if ext is not None:
            for call in wire.calls_from_extension(ext, self.call_ids, names=self._names()):
                if not call.inbound and same_number(call.remote.number, number):
                    return call
        owner = (ext.extension if ext is not None else "") or "me"
        call_id = self.call_ids.expect(owner, number, "out", time.time())
        return Call(
            call_id=call_id,
            state_token=None,
            status=CallStatus.INITIATED.value,
            remote=Party(number=number, name=self._names().get(number, "")),
            inbound=False,
            received_at=time.monotonic(),
        )

    async def hangup(self, call: Call) -> None:
        """End ``call`` — Telavox ends *the current call*, so first check that it is this one."""
        calls = await self.get_calls()
        target = next((c for c in calls if c.call_id == call.call_id), None)
        if target is None:
            raise NotFound("Hang up: the call has already ended")
        active = [c for c in calls if c.status == CallStatus.ACTIVE]
        if len(calls) > 1 and not (target.status == CallStatus.ACTIVE and len(active) == 1):
            raise NotSupported(
                "Hang up: Telavox can end only your current call, and this is not it; end the call in "
                "progress first, or use your phone"
            )
        await self._send("v1.hangup", command=True)

    async def _unsupported(self, what: str) -> Any:
        raise NotSupported(f"{what}: Telavox has no API for this; use your phone")

    async def answer(self, call: Call, device_id: str) -> Call:
        return await self._unsupported("Answer")

    async def hold(self, call: Call) -> Call:
        return await self._unsupported("Hold")

    async def resume(self, call: Call) -> Call:
        return await self._unsupported("Resume")

    async def mute(self, call: Call) -> Call:
        return await self._unsupported("Mute")

    async def unmute(self, call: Call) -> Call:
        return await self._unsupported("Unmute")

    async def park(self, call: Call) -> Call:
        return await self._unsupported("Park")

    async def dtmf(self, call: Call, digits: str) -> Call:
        return await self._unsupported("Keypad tones")

    async def transfer(self, call: Call, destination: str) -> Call:
        return await self._unsupported("Transfer")

    async def transfer_to_call(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Attended transfer")

    async def consultation(self, call: Call, destination: str) -> Call:
        return await self._unsupported("Consultation call")

    async def alternate(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Switch calls")

    async def conference(self, call: Call, target: Call) -> Call:
        return await self._unsupported("Conference")

    async def remove_participant(self, call: Call, participant_id: str) -> Call:
        return await self._unsupported("Remove from conference")

    async def leave_conference(self, call: Call) -> Call:
        return await self._unsupported("Leave conference")

    async def move(self, call: Call, device_id: str) -> Call:
        return await self._unsupported("Move call")

    async def pickup(self, call_id: str, device_id: str) -> Call:
        return await self._unsupported("Call pickup")

    async def recording(self, call: Call, op: str) -> Call:
        return await self._unsupported("Call recording")

    async def devices(self) -> list[Device]:
        return []  # Telavox rings the person's own phones; there is nothing to choose

    async def lines(self) -> list[Line]:
        return []
