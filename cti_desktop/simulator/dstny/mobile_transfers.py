"""The Calls API's transfer of a user's mobile call: blind, or attended with a status and a cancel.

A part of :class:`~.pbx.Pbx` (through :class:`~.call_control.CallControl`). "The mobile call" is the
user's live call on their mobile device: a call-back (:meth:`~.call_control.CallControl.call_back`,
"Call via my mobile") once it is connected, or any other call answered there. A call still ringing
(or, for a call-back, still calling the mobile) is refused with 409: it is not connected yet. The reference
names no call id, so a user with no such call is refused (404), and one with two is refused too
(409: which one would be ambiguous).

* ``BLIND_TRANSFER``: the call is handed to the destination at once and released from the user
  (the reference: "the transferred call is by default released from the transferring agent as soon
  as the transfer is initiated"). The status shows the transfer while the destination rings; it
  cannot be cancelled (409).
* ``ATTENDED_TRANSFER``: the mobile call is put on hold and the destination rings for it. When the
  destination answers, the caller is connected to it and the user's call ends (``TRANSFERRED``);
  when it does not (a colleague rejects, an outside number gives up), the call comes back (held
  → active, ``TRANSFER_FAILED``). Cancelling stops the ringing and gives the call back
  (``TRANSFER_CANCELLED``).

The status (``GET``) answers the reference's ``{"transferId": {transferStartTime, type, id,
destination}}`` while a transfer is ongoing and 404 ``transfer.does.not.exist`` otherwise.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import dataclass, field

from .legs import ACTIVE, HELD, RINGING, CallError, External, Leg
from .org import Group, User

__all__ = ["ATTENDED", "BLIND", "MobileTransfer", "MobileTransfers"]

BLIND = "BLIND_TRANSFER"
ATTENDED = "ATTENDED_TRANSFER"
_transfer_ids = itertools.count(5)


@dataclass(eq=False)
class MobileTransfer:
    id: str
    user_id: str
    kind: str
    destination: str
    leg: Leg
    started_ms: int = field(default_factory=lambda: int(time.time() * 1000))
    #: the legs ringing at the destination (a colleague or a group's members) for an attended transfer
    ringing: list[Leg] = field(default_factory=list)
    #: the outside number rung for an attended transfer
    external: External | None = None
    #: what the status checks for a blind transfer: the caller still rings the destination
    still_ringing: object = None

    def json(self) -> dict:
        return {"transferId": {"transferStartTime": self.started_ms, "type": self.kind, "id": self.id,
                               "destination": self.destination}}


class MobileTransfers:
    """The mobile call's transfers, one ongoing per user at most."""

    #: How often an attended transfer looks whether the destination answered (seconds).
    MOBILE_TRANSFER_POLL_S = 0.1

    @property
    def mobile_transfers(self) -> dict[str, MobileTransfer]:
        return self.__dict__.setdefault("_mobile_transfers", {})

    def mobile_leg(self, user: User) -> Leg:
        """The user's one live call on their mobile, connected or ringing there."""
        mobiles = {d.device_id for d in user.devices if d.device_type == "MOBILE"}
        on_mobile = [l for l in self.user_legs(user.user_id) if set(l.devices) & mobiles]
        legs = [l for l in on_mobile if l.parties and l.status in (ACTIVE, HELD)]
        if not legs and on_mobile:
            raise CallError(409, "action.not.allowed", "The call on your mobile is not connected yet; answer it "
                            "first", "user", user.user_id)
        if not legs:
            raise CallError(404, "call.does.not.exist", f"{user.user_id} has no call on their mobile to transfer",
                            "user", user.user_id)
        if len(legs) > 1:
            raise CallError(409, "call.ambiguous", f"{user.user_id} has {len(legs)} calls on their mobile; "
                            "end or transfer the others first", "user", user.user_id)
        return legs[0]

    def mobile_transfer_status(self, user: User) -> MobileTransfer | None:
        t = self.mobile_transfers.get(user.user_id)
        if t is not None and t.kind == BLIND and not t.still_ringing():
            del self.mobile_transfers[user.user_id]
            t = None
        return t

    def transfer_mobile(self, user: User, kind: str, destination: str) -> MobileTransfer:
        if self.mobile_transfer_status(user) is not None:
            raise CallError(409, "transfer.ongoing", "A transfer of your mobile call is already ongoing",
                            "transferType", kind)
        leg = self.mobile_leg(user)
        target = self.resolve(destination)
        if target is user:
            raise CallError(400, "destination.invalid", "Cannot transfer a call to yourself", "destination",
                            destination)
        t = MobileTransfer(str(next(_transfer_ids)), user.user_id, kind, destination, leg)
        if kind == BLIND:
            self._blind_mobile(t, leg, destination)
        else:
            self._attended_mobile(t, leg, target)
        return t

    # -- blind ------------------------------------------------------------------------------------

    def _blind_mobile(self, t: MobileTransfer, leg: Leg, destination: str) -> None:
        party = leg.parties[0]
        self.transfer(leg, destination, "BASIC")

        def still_ringing() -> bool:
            if isinstance(party, External):
                alive, links = party.id in self.externals, party.legs
            else:
                alive, links = party.is_live(), [p for p in party.parties if isinstance(p, Leg)]
            return alive and any(l.is_live() and l.status == RINGING and l.inbound for l in links)

        t.still_ringing = still_ringing
        self.mobile_transfers[t.user_id] = t

    # -- attended ---------------------------------------------------------------------------------

    def _attended_mobile(self, t: MobileTransfer, leg: Leg, target: User | Group | str) -> None:
        history = {"subject": f"Transfer from {leg.user.name}", "campOn": False,
                   "previousParty": leg.user.remote_party(), "previousRetargetReason": "TRANSFERRED"}
        if isinstance(target, User):
            t.ringing = self.offer(leg, [target], history=history)
        elif isinstance(target, Group):
            t.ringing = self.ring_group(leg, target)
            if not t.ringing:
                raise CallError(409, "destination.unavailable", f"Nobody in {target.name} can take the call",
                                "destination", t.destination)
        else:
            ext = self._new_external(target, answered=False)
            self.link(ext, leg)
            self._schedule_answer(ext)
            t.external = ext
        leg.remote_override = None
        if leg.status == ACTIVE:
            leg.status = HELD
        self._changed(leg, "TRANSFER", f"Transferring to {t.destination}; the caller is on hold")
        self.mobile_transfers[t.user_id] = t
        self.later(self.MOBILE_TRANSFER_POLL_S, lambda: self._attended_poll(t))

    def _target_parties(self, t: MobileTransfer) -> list:
        return [t.external] if t.external is not None else list(t.ringing)

    def _attended_poll(self, t: MobileTransfer) -> None:
        if self.mobile_transfers.get(t.user_id) is not t:
            return  # cancelled
        leg = t.leg
        if not leg.is_live():
            self._drop_targets(t)
            self.mobile_transfers.pop(t.user_id, None)
            return
        answered = None
        if t.external is not None:
            if t.external.answered:
                answered = t.external
            elif t.external.id not in self.externals:
                return self._attended_failed(t, f"{t.destination} did not answer")
        else:
            answered = next((l for l in t.ringing if l.is_live() and l.status == ACTIVE), None)
            if answered is None and not any(l.is_live() for l in t.ringing):
                return self._attended_failed(t, f"{t.destination} did not answer")
        if answered is None:
            self.later(self.MOBILE_TRANSFER_POLL_S, lambda: self._attended_poll(t))
            return
        self.mobile_transfers.pop(t.user_id, None)
        caller = next(p for p in leg.parties if p is not answered)
        self.unlink(answered, leg)
        self.unlink(caller, leg)
        leg.last_remote = caller.remote_party() if isinstance(caller, External) else caller.user.remote_party()
        self._terminate(leg, "TRANSFERRED", f"Transferred to {t.destination}")
        self._connect(caller, answered)

    def _drop_targets(self, t: MobileTransfer) -> None:
        leg = t.leg
        if t.external is not None:
            self.unlink(t.external, leg)
            self.externals.pop(t.external.id, None)
        for l in t.ringing:
            self.unlink(leg, l)
            if l.is_live():
                l.missed_logged = True
                self._terminate(l, "TRANSFER_CANCELLED", f"{leg.user.name} took the call back")

    def _give_back(self, t: MobileTransfer, event: str, desc: str) -> None:
        self.mobile_transfers.pop(t.user_id, None)
        self._drop_targets(t)
        if t.leg.is_live():
            self._changed_status(t.leg, ACTIVE, event, desc)

    def _attended_failed(self, t: MobileTransfer, why: str) -> None:
        self._give_back(t, "TRANSFER_FAILED", f"{why}; the call is back with you")

    def cancel_mobile_transfer(self, user: User, transfer_id: str) -> None:
        t = self.mobile_transfer_status(user)
        if t is None or t.id != transfer_id:
            raise CallError(404, "transfer.does.not.exist", f"No ongoing transfer {transfer_id}", "transferId",
                            transfer_id)
        if t.kind != ATTENDED:
            raise CallError(409, "action.not.allowed", "Only an attended transfer can be cancelled; a blind "
                            "transfer has already left your mobile", "transferId", transfer_id)
        self._give_back(t, "TRANSFER_CANCELLED", "Transfer cancelled; the call is back with you")
