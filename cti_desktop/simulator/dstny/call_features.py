"""What a user does within a connected call: hold, resume, mute, move to another device, DTMF,
recording, park.

A part of :class:`~.pbx.Pbx` (through :class:`~.call_control.CallControl`).
"""

from __future__ import annotations

import time

from .legs import (
    ACTIVE,
    DTMF_RE,
    HELD,
    REC_NONE,
    REC_ON,
    REC_PAUSED,
    REC_STOPPED,
    CallError,
    Leg,
)
from .org import iso

__all__ = ["InCallFeatures"]


class InCallFeatures:
    """Hold, resume, mute, move, DTMF, record and park."""

    def hold(self, leg: Leg) -> None:
        self.require(leg, "HOLD")
        self._changed_status(leg, HELD)

    def resume(self, leg: Leg) -> None:
        self.require(leg, "RESUME")
        self._changed_status(leg, ACTIVE)

    def mute(self, leg: Leg, on: bool) -> None:
        self.require(leg, "MUTE" if on else "UNMUTE")
        leg.muted = on
        self._changed(leg, "MUTED" if on else "UNMUTED")

    def move(self, leg: Leg, device_id: str) -> None:
        self.require(leg, "MOVE")
        if leg.user.device(device_id) is None:
            raise CallError(404, "device.does.not.exist", f"{leg.user.user_id} has no device {device_id}",
                            "deviceId", device_id)
        leg.devices = [device_id]
        self._changed(leg, "MOVED")

    def dtmf(self, leg: Leg, digits: str) -> None:
        if leg.status != ACTIVE:
            raise CallError(409, "action.not.allowed", "DTMF needs an active call")
        if not isinstance(digits, str) or not DTMF_RE.match(digits):
            raise CallError(400, "digits.invalid", "Digits must be 0-9, A-D, # or *", "digits", str(digits))
        leg.dtmf += digits

    _REC = {"start": ("START_REC", REC_ON), "stop": ("STOP_REC", REC_STOPPED), "pause": ("PAUSE_REC", REC_PAUSED),
            "resume": ("RESUME_REC", REC_ON), "save": ("SAVE_REC", REC_NONE), "discard": ("DISCARD_REC", REC_NONE)}

    def record(self, leg: Leg, op: str) -> None:
        if op not in self._REC:
            raise CallError(404, "operation.unknown", f"Unknown recording operation {op!r}", "op", op)
        action, new = self._REC[op]
        self.require(leg, action)
        now = time.time()
        if leg.rec == REC_ON:
            leg.rec_total += now - leg.rec_started
        if new == REC_ON:
            leg.rec_started = now
        if op == "start":
            leg.rec_total = 0.0
        if op == "save":
            self.org.next_item_id += 1
            rp = self.remote_of(leg)
            leg.user.commlog.append({"itemId": self.org.next_item_id, "startTime": iso(now),
                                     "remoteParty": {"number": rp.get("telUri", "").removeprefix("tel:"),
                                                     "displayName": rp.get("displayName", "")},
                                     "itemType": "RECORDING", "isSeen": False, "duration": int(leg.rec_total)})
        leg.rec = new
        self._changed(leg)

    def park(self, leg: Leg) -> str:
        self.require(leg, "PARK")
        slot = next(str(n) for n in range(701, 800) if str(n) not in self.parked)
        for p in list(leg.parties):
            self.unlink(p, leg)
            self.parked[slot] = p
            if isinstance(p, Leg):
                p.remote_override = {"type": "SERVICE_ID", "telUri": f"tel:+468500{slot}",
                                     "displayName": f"Park {slot}", "displayNumber": slot}
                p.parties.clear()
                self._changed(p, "PARKED")
        self._terminate(leg, "PARKED", f"Parked on {slot}")
        return slot

    #: How long a camped-on caller waits for a busy colleague before the camp-on gives up (seconds).
    CAMP_ON_LIMIT_S = 600.0
    _CAMP_ON_POLL_S = 0.2

