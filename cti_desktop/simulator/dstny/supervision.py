"""Supervisor calls: listening in, whispering and barging in on an agent's active call.

A part of :class:`~.pbx.Pbx` (through :class:`~.call_control.CallControl`). The reference's make-call
``type`` (``MONITOR``, ``WHISPER``, ``BARGE``, ``INTRUSION``) with the agent as ``destination`` (a
SIP or tel URI) sets one up; its call states carry ``intruded`` and, on a participant's
``remoteParty``, ``intrusionType``. What each means here (decisions, the reference describes no
audio):

* ``MONITOR`` (listen): the supervisor hears the agent and the caller; nobody hears the supervisor.
  The supervisor's leg is muted and offers no MUTE/UNMUTE; the agent's call shows nothing.
* ``WHISPER``: the supervisor hears both; only the agent hears the supervisor. The agent's leg is
  ``intruded`` and lists the supervisor as a participant with ``intrusionType: WHISPER``; the
  caller's side shows nothing.
* ``BARGE`` and ``INTRUSION``: a three-way call. The agent's leg (and a colleague caller's leg) is
  ``intruded`` and lists the supervisor; the supervisor may mute and unmute.

The supervisor's own leg has the agent as ``remoteParty`` (with ``intrusionType``) and the agent
and the agent's parties as ``participants``. It ends when the agent's call ends; hanging it up
leaves the agent's call as it was.

Refused (the vendor's error body): a destination that is not a colleague (400), someone the user does
not supervise (403 ``intrusion.not.allowed``: supervising is for a supervisor who shares a group with
the agent), an agent without an active call (409 ``intrusion.no.call``) and a call that is already
supervised (409 ``intrusion.busy``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .legs import ACTIVE, INITIATED, CallError, External, Leg
from .org import User

#: The make-call types that join another user's call, with what the supervisor does, in words.
INTRUSION_TYPES = {"MONITOR": "listen in on", "WHISPER": "whisper to", "BARGE": "barge in on",
                   "INTRUSION": "intrude on"}
_HEARD_BY_ALL = ("BARGE", "INTRUSION")


@dataclass(eq=False)
class Intrusion:
    kind: str
    supervisor: Leg
    agent: Leg


def _party_json(p) -> dict:
    return {"id": p.id, "remoteParty": p.remote_party() if isinstance(p, External) else p.user.remote_party()}


class SupervisorCalls:
    """Supervisor calls on agents' calls (a part of :class:`~.pbx.Pbx`)."""

    def _intrusions(self) -> dict[str, Intrusion]:
        table = self.__dict__.get("_intrusion_by_leg")
        if table is None:
            table = self.__dict__["_intrusion_by_leg"] = {}
            self.on_terminated.append(self._intrusion_leg_ended)
        return table

    def supervises(self, user: User, agent: User) -> bool:
        """``user`` is a supervisor and shares a distribution group with ``agent``."""
        return user.supervisor and any(agent.user_id in g.members for g in self.org.groups_of(user.user_id))

    def intrude(self, user: User, device_id: str, destination: str, kind: str) -> Leg:
        what = INTRUSION_TYPES[kind]
        if user.device(device_id) is None:
            raise CallError(404, "device.does.not.exist", f"{user.user_id} has no device {device_id}",
                            "deviceId", device_id)
        target = self.resolve(destination)
        if not isinstance(target, User):
            raise CallError(400, "destination.invalid", f"Only a colleague's call can be supervised: cannot {what} "
                            f"{destination!r}", "destination", destination)
        if target is user:
            raise CallError(400, "destination.invalid", "You cannot supervise your own call", "destination",
                            destination)
        if not self.supervises(user, target):
            raise CallError(403, "intrusion.not.allowed", f"You may not {what} {target.name}'s calls: only a "
                            "supervisor of one of their groups may", "destination", destination)
        intrusions = self._intrusions()
        supervised = {i.agent.id for i in intrusions.values()}
        own = [leg for leg in self.user_legs(target.user_id) if leg.status == ACTIVE and leg.id not in intrusions]
        if not own:
            raise CallError(409, "intrusion.no.call", f"{target.name} has no active call to {what}", "destination",
                            destination)
        free = [leg for leg in own if leg.id not in supervised]
        if not free:
            raise CallError(409, "intrusion.busy", f"{target.name}'s call is already being supervised",
                            "destination", destination)
        agent_leg = free[0]
        leg = self._new_leg(user, False, INITIATED, [device_id])
        leg.remote_override = dict(target.remote_party(), intrusionType=kind)
        leg.muted = kind == "MONITOR"
        intrusion = Intrusion(kind, leg, agent_leg)
        intrusions[leg.id] = intrusion
        self._changed(leg)
        self.later(0.05, lambda: self._join(intrusion))
        return leg

    def _join(self, i: Intrusion) -> None:
        if not (i.supervisor.is_live() and i.agent.is_live()):
            return
        agent = i.agent.user.name
        desc = {"MONITOR": f"Listening to {agent}'s call; nobody hears you",
                "WHISPER": f"Whispering to {agent}; only {agent} hears you"}.get(
            i.kind, f"In {agent}'s call; everyone hears you")
        self._changed_status(i.supervisor, ACTIVE, "INTRUSION", desc)
        for leg in self._told(i):
            self._changed(leg, "INTRUDED", self._intruded_words(i))

    def _told(self, i: Intrusion) -> list[Leg]:
        """The legs that hear (and so see) the supervisor: none for listening, the agent's for a
        whisper, the agent's and a colleague caller's for a barge."""
        if i.kind == "MONITOR":
            return []
        legs = [i.agent]
        if i.kind in _HEARD_BY_ALL:
            legs += [p for p in i.agent.parties if isinstance(p, Leg) and p.is_live()]
        return [leg for leg in legs if leg.is_live()]

    @staticmethod
    def _intruded_words(i: Intrusion) -> str:
        name = i.supervisor.user.name
        return f"{name} is whispering to you" if i.kind == "WHISPER" else f"{name} has joined the call"

    def _intrusion_leg_ended(self, leg: Leg) -> None:
        intrusions = self._intrusions()
        mine = intrusions.pop(leg.id, None)
        if mine is not None and mine.agent.is_live():
            for told in self._told(mine):
                self._changed(told, "INTRUSION_ENDED", f"{mine.supervisor.user.name} has left")
        for sid, i in list(intrusions.items()):
            if i.agent is leg and i.supervisor.is_live():
                intrusions.pop(sid, None)
                self._terminate(i.supervisor, "REMOTE_HANGUP", f"{leg.user.name}'s call has ended")

    # -- what the call states show ------------------------------------------------------------------

    def actions(self, leg: Leg) -> list[dict]:
        i = self._intrusions().get(leg.id)
        if i is None:
            return super().actions(leg)
        if leg.status != ACTIVE or i.kind not in _HEARD_BY_ALL:
            return []
        return [{"action": "UNMUTE" if leg.muted else "MUTE"}]

    def state_json(self, leg: Leg) -> dict:
        st = super().state_json(leg)
        intrusions = self._intrusions()
        own = intrusions.get(leg.id)
        if own is not None and leg.is_live():
            st["participants"] = [_party_json(own.agent)] + [_party_json(p) for p in own.agent.parties]
            return st
        for i in intrusions.values():
            if i.supervisor.status == ACTIVE and leg in self._told(i):
                st["intruded"] = True
                parts = st.get("participants") or [_party_json(p) for p in leg.parties]
                parts.append({"id": i.supervisor.id,
                              "remoteParty": dict(i.supervisor.user.remote_party(), intrusionType=i.kind)})
                st["participants"] = parts
        return st
