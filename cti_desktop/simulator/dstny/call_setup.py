"""Calls begun and ended: make a call (a user, a group, an outside number or a service code), call
back via the mobile, ring, answer, pick up, hang up (by the user or the far end), and the call log
entry each call leaves.

A part of :class:`~.pbx.Pbx` (through :class:`~.call_control.CallControl`).
"""

from __future__ import annotations

import re
import time

from .legs import (
    ACTIVE,
    INITIATED,
    RINGING,
    CallError,
    External,
    Leg,
)
from .org import DOMAIN, Group, User, iso
from .supervision import INTRUSION_TYPES

__all__ = ["SERVICE_CODE", "CallSetup", "ServiceCode"]


#: A service code (star/hash code) as dialled: ``*21#``, ``#31#``, ``*21*0701234567#``.
SERVICE_CODE = re.compile(r"^[*#][0-9*#]*[0-9][0-9*#]*$")


class ServiceCode(External):
    """The PBX's service that answers a star/hash code (call forwarding on/off, …) exactly as dialled."""

    def remote_party(self) -> dict:
        return {"type": "SERVICE_ID", "telUri": f"tel:{self.number.replace('#', '%23')};phone-context={DOMAIN}",
                "displayName": self.name, "displayNumber": self.number}



class CallSetup:
    """Making, answering, picking up and ending calls."""

    def make_call(self, user: User, device_id: str, destination: str, *, history: dict | None = None,
                  call_type: str = "BASIC") -> Leg:
        if call_type in INTRUSION_TYPES:
            return self.intrude(user, device_id, destination, call_type)
        if user.device(device_id) is None:
            raise CallError(404, "device.does.not.exist", f"{user.user_id} has no device {device_id}",
                            "deviceId", device_id)
        if SERVICE_CODE.match(destination):
            # A service code reaches the PBX's service as dialled, which answers it at once.
            leg = self._new_leg(user, False, INITIATED, [device_id])
            leg.history = history
            service = ServiceCode(destination, "Service code")
            self.externals[service.id] = service
            self.link(service, leg)
            self._changed(leg)
            self.later(0.05, lambda: self.remote_answer_external(service))
            return leg
        target = self.resolve(destination)
        if target is user:
            raise CallError(400, "destination.invalid", "You cannot call yourself", "destination", destination)
        leg = self._new_leg(user, False, INITIATED, [device_id])
        leg.history = history
        self._ring_target(leg, target)
        return leg

    def _ring_target(self, leg: Leg, target: User | Group | str) -> None:
        """Ring ``target`` for the outbound ``leg`` (a colleague, a group or an outside number)."""
        if isinstance(target, User):
            leg.remote_override = target.remote_party()
            self.offer(leg, [target])
            leg.remote_override = None
        elif isinstance(target, Group):
            leg.remote_override = target.remote_party()
            if not self.ring_group(leg, target):
                leg.remote_override = target.remote_party()
        else:
            ext = self._new_external(target, answered=False)
            self.link(ext, leg)
            self._schedule_answer(ext)
        self._changed(leg)
        self.later(0.05, lambda: self._alerting(leg))

    #: How long the simulated person takes to answer their mobile on a call-back (seconds).
    CALLBACK_ANSWER_S = 0.3

    def call_back(self, user: User, destination: str, *, via_gsm: bool) -> Leg:
        """The Calls API's call-back: ring the user's mobile first; once they answer, ring ``destination``.

        The leg is on the user's mobile from the start (``INITIATED``, "Calling your mobile first");
        the destination is resolved (and refused) before anything rings.
        """
        target = self.resolve(destination)
        if target is user:
            raise CallError(400, "destination.invalid", "You cannot call yourself", "cid", destination)
        mobile = next((d for d in user.devices if d.device_type == "MOBILE"), None)
        if mobile is None:
            raise CallError(409, "aptype.unavailable", f"{user.user_id} has no mobile to call back on", "aptype",
                            "mobile")
        leg = self._new_leg(user, False, INITIATED, [mobile.device_id])
        leg.remote_override = target.remote_party() if not isinstance(target, str) else {
            "type": "EXTERNAL_ID", "telUri": f"tel:{target}", "displayName": "", "displayNumber": target}
        how = "as a GSM call" if via_gsm else "in the mobile app"
        self._changed(leg, "CALLBACK", f"Calling your mobile {how} first; answer it to be connected")

        def mobile_answered() -> None:
            if leg.is_live() and leg.status == INITIATED:
                leg.remote_override = None
                self._ring_target(leg, target)

        self.later(self.CALLBACK_ANSWER_S, mobile_answered)
        return leg

    def _schedule_answer(self, ext: External) -> None:
        ms = self.auto_answer_ms
        if ms is not None:
            self.later(ms / 1000.0, lambda: self.remote_answer_external(ext))

    def remote_answer_external(self, ext: External) -> None:
        if ext.id not in self.externals:
            return
        ext.answered = True
        for leg in list(ext.legs):
            if not leg.inbound and leg.status in (INITIATED, RINGING):
                self._changed_status(leg, ACTIVE)

    def remote_answer(self, leg: Leg) -> None:
        for p in list(leg.parties):
            if isinstance(p, External):
                self.remote_answer_external(p)
            elif p.status == RINGING and p.inbound:
                self.answer(p, p.devices[0] if p.devices else p.user.devices[0].device_id)
        if leg.status == RINGING and leg.inbound:
            raise CallError(409, "action.not.allowed", "This call rings here; answer it as the user")

    def remote_hangup(self, leg: Leg) -> None:
        parties = list(leg.parties)
        if not parties and leg.is_live():
            self._terminate(leg, "REMOTE_HANGUP", "The remote party hung up")
        for p in parties:
            if isinstance(p, External):
                self.hangup_external(p)
            else:
                self.hangup(p)

    def hangup_external(self, ext: External) -> None:
        self.externals.pop(ext.id, None)
        for slot, p in list(self.parked.items()):
            if p is ext:
                del self.parked[slot]
        for leg in list(ext.legs):
            self.unlink(ext, leg)
            self._party_lost(leg)

    def answer(self, leg: Leg, device_id: str) -> None:
        self.require(leg, "ANSWER")
        if device_id not in leg.devices:
            raise CallError(400, "device.cannot.answer", f"The call does not ring on {device_id}", "deviceId", device_id)
        leg.devices = [device_id]
        o = leg.offer
        if o is not None:
            o.answered = True
            for other in list(o.legs):
                if other is not leg and other.is_live() and other.status == RINGING:
                    for p in list(other.parties):
                        self.unlink(p, other)
                    other.missed_logged = True
                    self._terminate(other, "ANSWERED_ELSEWHERE", f"Answered by {leg.user.name}")
            if o.group is not None:
                self._bump_group(o.group, True, time.time() - o.started)
        self._changed_status(leg, ACTIVE)
        for p in leg.parties:
            if isinstance(p, Leg) and p.is_live():
                p.remote_override = None
                if p.status in (INITIATED, RINGING):
                    self._changed_status(p, ACTIVE)
                else:
                    self._changed(p)

    def hangup(self, leg: Leg) -> None:
        if not leg.is_live():
            return
        for p in list(leg.parties):
            self.unlink(p, leg)
            if isinstance(p, External):
                if not p.legs and not any(q is p for q in self.parked.values()):
                    self.externals.pop(p.id, None)
            else:
                self._party_lost(p)
        self._terminate(leg)

    def _party_lost(self, leg: Leg) -> None:
        """``leg`` lost a party; end it when nobody is left, else tell it who left."""
        if not leg.is_live():
            return
        if not leg.parties:
            if leg.inbound and leg.status == RINGING and leg.offer is not None:
                o = leg.offer
                if o.group is not None and not o.answered and all(not l.is_live() or l is leg for l in o.legs):
                    self._bump_group(o.group, False, time.time() - o.started)
                    self._group_log(o.group, "MISSED", leg, None, time.time() - o.started)
            if not leg.inbound and leg.status in (INITIATED, RINGING):
                self._terminate(leg, "FAILED", "No answer")
            else:
                self._terminate(leg, "REMOTE_HANGUP", "The remote party hung up")
        else:
            self._changed(leg, "PARTICIPANT_LEFT")

    def _log_call(self, leg: Leg, answered: bool) -> None:
        rp = self.remote_of(leg)
        if leg.inbound and not answered:
            if leg.missed_logged:
                return
            kind = "MISSED_CALL"
        else:
            kind = "INCOMING_CALL" if leg.inbound else "OUTGOING_CALL"
        self.org.next_item_id += 1
        leg.user.commlog.append({
            "itemId": self.org.next_item_id, "startTime": iso(leg.created),
            "remoteParty": {"number": rp.get("telUri", "").removeprefix("tel:"), "displayName": rp.get("displayName", "")},
            "itemType": kind, "isSeen": kind != "MISSED_CALL",
            "duration": int((leg.ended_at or time.time()) - leg.answered_at) if answered and leg.answered_at else 0,
        })
        if leg.offer and leg.offer.group and answered and leg.inbound:
            self._group_log(leg.offer.group, "ANSWERED", leg, leg.user,
                            (leg.answered_at or leg.created) - leg.offer.started)


    def pickup(self, user: User, device_id: str, leg: Leg) -> Leg:
        if user.device(device_id) is None:
            raise CallError(404, "device.does.not.exist", f"{user.user_id} has no device {device_id}",
                            "deviceId", device_id)
        if leg.user is user or leg.status != RINGING or not leg.inbound:
            raise CallError(409, "action.not.allowed", "Only another user's ringing call can be picked up")
        caller = leg.parties[0] if leg.parties else None
        if caller is None:
            raise CallError(409, "action.not.allowed", "The call has ended")
        new = self._new_leg(user, True, ACTIVE, [device_id])
        new.answered_at = time.time()
        new.history = {"subject": f"Picked up from {leg.user.name}", "campOn": False,
                       "previousParty": leg.user.remote_party(), "previousRetargetReason": "PICKUP"}
        if leg.history:
            new.history = dict(leg.history, previousRetargetReason="PICKUP")
        o = leg.offer
        for other in list(o.legs if o else [leg]):
            if other.is_live():
                for p in list(other.parties):
                    self.unlink(p, other)
                other.missed_logged = True
                self._terminate(other, "PICKED_UP", f"Picked up by {user.name}")
        if o is not None:
            o.answered = True
            if o.group:
                self._bump_group(o.group, True, time.time() - o.started)
        self.link(caller, new)
        self._changed(new)
        if isinstance(caller, Leg) and caller.is_live():
            caller.remote_override = None
            if caller.status in (INITIATED, RINGING):
                self._changed_status(caller, ACTIVE)
            else:
                self._changed(caller)
        return new
