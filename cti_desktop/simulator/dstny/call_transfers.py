"""Calls joined and handed on: transfer (blind, to voicemail, camp-on), consult, transfer to the
consulted call, alternate, conference (add, remove a participant, leave).

A part of :class:`~.pbx.Pbx` (through :class:`~.call_control.CallControl`).
"""

from __future__ import annotations

import time

from .legs import (
    ACTIVE,
    HELD,
    RINGING,
    CallError,
    External,
    Leg,
    Party,
    _ids,
)
from .org import Group, User, iso

__all__ = ["CallTransfers"]


class CallTransfers:
    """Transfer, consultation, alternate and conference."""

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

