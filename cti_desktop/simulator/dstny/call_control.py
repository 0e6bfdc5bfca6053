"""The call-control operations: make, answer, hang up, hold, mute, move, DTMF, record, park,
transfer, consult, alternate, conference, pick up.

A part of :class:`~.pbx.Pbx`.
"""

from __future__ import annotations

import re
import time

from .legs import (
    ACTIVE,
    DTMF_RE,
    HELD,
    INITIATED,
    REC_NONE,
    REC_ON,
    REC_PAUSED,
    REC_STOPPED,
    RINGING,
    CallError,
    External,
    Leg,
    Party,
    _ids,
)
from .org import DOMAIN, Group, User, iso
from .mobile_transfers import MobileTransfers
from .supervision import INTRUSION_TYPES, SupervisorCalls


#: A service code (star/hash code) as dialled: ``*21#``, ``#31#``, ``*21*0701234567#``.
SERVICE_CODE = re.compile(r"^[*#][0-9*#]*[0-9][0-9*#]*$")


class ServiceCode(External):
    """The PBX's service that answers a star/hash code (call forwarding on/off, …) exactly as dialled."""

    def remote_party(self) -> dict:
        return {"type": "SERVICE_ID", "telUri": f"tel:{self.number.replace('#', '%23')};phone-context={DOMAIN}",
                "displayName": self.name, "displayNumber": self.number}


class CallControl(MobileTransfers, SupervisorCalls):
    """What a user (or the far end) does to a call (a part of :class:`~.pbx.Pbx`)."""

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

    def transfer(self, leg: Leg, destination: str, kind: str = "BASIC") -> None:
        """Transfer the call's remote party to ``destination``; ``kind`` is the reference's transfer type.

        ``VOICEMAIL``: the caller goes to the colleague's voicemail (a VOICEMAIL item in their
        communication log), without ringing them. ``CAMP_ON``: when the colleague is busy, the caller
        waits and rings them once they are free (``historyInfo.campOn`` is true either way).
        ``DIVERSION_BYPASS``: the colleague themselves rings (the simulated users divert nothing, so
        only ``historyInfo.subject`` tells it from a plain transfer). A transfer to voicemail needs a
        colleague as the destination (a number outside the PBX has no voicemail here); camp-on and
        diversion bypass to an outside number are carried out as a plain transfer marked as asked (the
        reference's own sample camps on ``tel:+15555``; whether an outside party is busy or diverted is
        not the PBX's to know).
        """
        self.require(leg, "TRANSFER")
        target = self.resolve(destination)
        if target is leg.user:
            raise CallError(400, "destination.invalid", "Cannot transfer a call to yourself", "destination", destination)
        if kind == "VOICEMAIL" and not isinstance(target, User):
            raise CallError(400, "destination.invalid", "A transfer to voicemail needs a colleague as the destination",
                            "destination", destination)
        if not isinstance(target, User):
            kind = "CAMP_ON" if kind == "CAMP_ON" else "BASIC"
        party = leg.parties[0] if leg.parties else None
        if party is None:
            raise CallError(409, "action.not.allowed", "Nobody to transfer")
        self.unlink(party, leg)
        party_rp = party.remote_party() if isinstance(party, External) else party.user.remote_party()
        history = {"subject": f"Transferred by {leg.user.name}", "campOn": False,
                   "initialParty": party_rp,
                   "previousParty": leg.user.remote_party(), "previousRetargetReason": "TRANSFERRED"}
        leg.remote_override = None
        leg.last_remote = party_rp
        if kind == "VOICEMAIL":
            self._to_voicemail(party, target)
            self._terminate(leg, "TRANSFERRED", f"Transferred to {target.name}'s voicemail")
            return
        if kind == "CAMP_ON":
            history["campOn"] = True
        if kind == "CAMP_ON" and isinstance(target, User) and self.in_call(target.user_id):
            if isinstance(party, Leg):
                party.remote_override = dict(target.remote_party(), displayName=f"Waiting for {target.name}")
                self._changed(party, "CAMP_ON", f"{target.name} is busy: waiting until they are free")
            self._camp_on(party, target, history, time.time() + self.CAMP_ON_LIMIT_S)
            self._terminate(leg, "TRANSFERRED", f"Camped on {target.name} (busy)")
            return
        if kind == "DIVERSION_BYPASS":
            history["subject"] = f"Transferred by {leg.user.name} (past your diversion)"
        if isinstance(target, User):
            if isinstance(party, Leg):
                party.remote_override = target.remote_party()
            self.offer(party, [target], history=history)
        elif isinstance(target, Group):
            self.ring_group(party, target)
        else:
            if isinstance(party, External):
                self.externals.pop(party.id, None)  # both ends outside the PBX now
            else:
                ext = self._new_external(target)
                self.link(ext, party)
                self._changed(party, "TRANSFERRED")
        self._terminate(leg, "TRANSFERRED", f"Transferred to {destination}")

    def _to_voicemail(self, party: Party, target: User) -> None:
        """``party`` leaves a message in ``target``'s voicemail (the caller's own call then ends)."""
        number = party.number if isinstance(party, External) else party.user.number
        name = party.name if isinstance(party, External) else party.user.name
        self.org.next_item_id += 1
        target.commlog.append({"itemId": self.org.next_item_id, "startTime": iso(time.time()),
                               "remoteParty": {"number": number, "displayName": name},
                               "itemType": "VOICEMAIL", "isSeen": False, "duration": 0})
        if isinstance(party, External):
            self.externals.pop(party.id, None)
        elif party.is_live():
            party.remote_override = {"type": "SERVICE_ID", "telUri": "tel:+46850019999",
                                     "displayName": f"Voicemail of {target.name}", "displayNumber": "9999"}
            self._changed(party, "TRANSFERRED", f"Leave a message for {target.name}")

    def _camp_on(self, party: Party, target: User, history: dict, give_up_at: float) -> None:
        """Ring ``target`` for the waiting ``party`` once they are free (or end the wait at the limit)."""
        gone = (party.id not in self.externals) if isinstance(party, External) else not party.is_live()
        if gone:
            return
        if not self.in_call(target.user_id):
            if isinstance(party, Leg):
                party.remote_override = target.remote_party()
            self.offer(party, [target], history=history)
            return
        if time.time() >= give_up_at:
            if isinstance(party, External):
                self.hangup_external(party)
            else:
                self._terminate(party, "FAILED", f"{target.name} stayed busy")
            return
        self.later(self._CAMP_ON_POLL_S, lambda: self._camp_on(party, target, history, give_up_at))

    def _connect(self, a: Party, b: Party) -> None:
        if isinstance(a, External) and isinstance(b, External):
            self.externals.pop(a.id, None)
            self.externals.pop(b.id, None)
            return
        leg, other = (a, b) if isinstance(a, Leg) else (b, a)
        self.link(other, leg)
        leg.remote_override = None
        if isinstance(other, Leg):
            other.remote_override = None
            if other.is_live():
                self._changed(other, "TRANSFERRED")
        self._changed(leg, "TRANSFERRED")

    def transfer_to_call(self, leg: Leg, target: Leg) -> None:
        self.require(leg, "TRANSFER")
        if target is leg or not target.is_live():
            raise CallError(409, "action.not.allowed", "The target call cannot be used", "targetCallId", target.id)
        if not leg.parties or not target.parties:
            raise CallError(409, "action.not.allowed", "Both calls need a remote party", "targetCallId", target.id)
        a, b = leg.parties[0], target.parties[0]
        self.unlink(a, leg)
        self.unlink(b, target)
        self._terminate(leg, "TRANSFERRED", "Connected to the other call")
        self._terminate(target, "TRANSFERRED", "Connected to the other call")
        self._connect(a, b)

    def alternate(self, leg: Leg, target: Leg) -> None:
        if target is leg or not target.is_live():
            raise CallError(409, "action.not.allowed", "The target call cannot be used", "targetCallId", target.id)
        if leg.status == ACTIVE:
            self._changed_status(leg, HELD)
        elif leg.status != HELD:
            raise CallError(409, "action.not.allowed", f"Cannot alternate from a {leg.status} call")
        if target.status == HELD:
            self._changed_status(target, ACTIVE)
        elif target.status == RINGING and target.inbound:
            self.answer(target, leg.devices[0] if leg.devices and leg.devices[0] in target.devices else target.devices[0])
        elif target.status != ACTIVE:
            raise CallError(409, "action.not.allowed", f"Cannot alternate to a {target.status} call",
                            "targetCallId", target.id)

    def conference(self, leg: Leg, target: Leg) -> None:
        if target is leg or target.status not in (ACTIVE, HELD) or leg.status not in (ACTIVE, HELD):
            raise CallError(409, "action.not.allowed", "Both calls must be connected to make a conference",
                            "targetCallId", target.id)
        for p in list(target.parties):
            self.unlink(p, target)
            self.link(p, leg)
            if isinstance(p, Leg):
                self._changed(p)
        if leg.conference_id is None:
            leg.conference_id = f"conf{next(_ids)}"
        self._terminate(target, "MERGED", f"Added to conference {leg.conference_id}")
        leg.status = ACTIVE
        self._changed(leg, "PARTICIPANT_ADDED")

    def remove_participant(self, leg: Leg, participant_id: str) -> None:
        p = next((q for q in leg.parties if q.id == participant_id), None)
        if p is None or not self.is_conf(leg):
            raise CallError(404, "participant.does.not.exist", f"No participant {participant_id}",
                            "participantId", participant_id)
        self.unlink(p, leg)
        if isinstance(p, External):
            self.hangup_external(p)
        else:
            self._party_lost(p)
        self._changed(leg, "PARTICIPANT_LEFT")

    def leave(self, leg: Leg) -> None:
        if not self.is_conf(leg):
            raise CallError(409, "action.not.allowed", "Only a conference can be left")
        parties = list(leg.parties)
        for p in parties:
            self.unlink(p, leg)
        host = next((p for p in parties if isinstance(p, Leg)), None)
        if host is None:
            for p in parties:
                self.externals.pop(p.id, None)
        else:
            for p in parties:
                if p is not host:
                    self.link(p, host)
            if len(host.parties) >= 2 and host.conference_id is None:
                host.conference_id = leg.conference_id
            self._changed(host, "PARTICIPANT_LEFT")
        self._terminate(leg, "LEFT_CONFERENCE")

    def consultation(self, leg: Leg, destination: str) -> Leg:
        if leg.status == ACTIVE:
            self._changed_status(leg, HELD)
        elif leg.status != HELD:
            raise CallError(409, "action.not.allowed", f"Cannot consult from a {leg.status} call")
        device = leg.devices[0] if leg.devices else leg.user.devices[0].device_id
        return self.make_call(leg.user, device, destination)

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
