"""Call legs and their state machine: the parties of a call, stateTokens, action lists, change events.

See :mod:`cti_desktop.simulator.dstny.pbx` for the model. :class:`CallLegs` is the part of the
:class:`~.pbx.Pbx` that keeps the legs, links them to their parties, derives what each may do and
publishes every change.
"""

from __future__ import annotations

import itertools
import re
import secrets
import time
from dataclasses import dataclass, field
from typing import Union
from xml.sax.saxutils import escape, quoteattr

from .org import DOMAIN, Group, User

INITIATED, RINGING, ACTIVE, HELD, TERMINATED = "INITIATED", "RINGING", "ACTIVE", "HELD", "TERMINATED"
REC_NONE, REC_ON, REC_PAUSED, REC_STOPPED = "NONE", "RECORDING", "PAUSED", "STOPPED"
KEEP_TERMINATED_S = 300.0
DTMF_RE = re.compile(r"^[0-9A-D#*]{1,32}$")


class CallError(Exception):
    """A command the PBX refuses; rendered by the API as the vendor's error body."""

    def __init__(self, status: int, code: str, description: str, field_name: str = "callId", name: str = ""):
        super().__init__(description)
        self.status, self.code, self.description = status, code, description
        self.field_name, self.name = field_name, name


_ids = itertools.count(1)


@dataclass(eq=False)
class External:
    number: str
    name: str
    id: str = field(default_factory=lambda: f"ext{next(_ids)}")
    legs: list["Leg"] = field(default_factory=list)
    answered: bool = True

    def remote_party(self) -> dict:
        return {"type": "EXTERNAL_ID", "telUri": f"tel:{self.number}", "displayName": self.name,
                "displayNumber": self.number}

    def identity(self) -> str:
        return f"sip:{self.number}@{DOMAIN}"


@dataclass(eq=False)
class Offer:
    """One caller offered to one or more ringing legs (direct call, group call, transfer)."""

    caller: "Party"
    legs: list["Leg"] = field(default_factory=list)
    group: Group | None = None
    started: float = field(default_factory=time.time)
    answered: bool = False


@dataclass(eq=False)
class Leg:
    id: str
    user: User
    inbound: bool
    status: str
    devices: list[str]
    token: int = 0
    parties: list["Party"] = field(default_factory=list)
    remote_override: dict | None = None
    last_remote: dict = field(default_factory=dict)
    muted: bool = False
    rec: str = REC_NONE
    rec_started: float = 0.0
    rec_total: float = 0.0
    event: str | None = None
    event_desc: str | None = None
    history: dict | None = None
    offer: Offer | None = None
    created: float = field(default_factory=time.time)
    answered_at: float | None = None
    ended_at: float | None = None
    conference_id: str | None = None
    correlation_id: str = ""
    dtmf: str = ""
    missed_logged: bool = False
    notified_dialog_state: str | None = None  # the dialog state last sent on the dialog stream
    # The SIP dialog's tags on this leg's user's side (local) and the other side's (remote); with
    # the leg's id as its Call-ID they name the dialog a pickup by SIP dialog replaces.
    local_tag: str = field(default_factory=lambda: secrets.token_hex(4))
    remote_tag: str = field(default_factory=lambda: secrets.token_hex(4))

    def is_live(self) -> bool:
        return self.status != TERMINATED

    def identity(self) -> str:
        return f"sip:{self.user.user_id}@{DOMAIN}"


Party = Union[External, Leg]


def _pid(p: Party) -> str:
    return p.id


class CallLegs:
    """The legs of every call and their states (a part of :class:`~.pbx.Pbx`)."""

    def _new_leg(self, user: User, inbound: bool, status: str, devices: list[str]) -> Leg:
        leg_id = f"{user.user_id[:2]}{next(_ids):05d}x{int(time.time() * 1000) % 100000:05d}"
        leg = Leg(leg_id, user, inbound, status, list(devices))
        leg.correlation_id = f"{leg_id}_{int(time.time() * 1000)}"
        self.legs[leg_id] = leg
        return leg

    def _new_external(self, number: str, name: str | None = None, answered: bool = True) -> External:
        if name is None:
            e = self.org.directory.lookup_number(number)
            name = e.display_name if e else ""
        ext = External(number, name, answered=answered)
        self.externals[ext.id] = ext
        return ext

    @staticmethod
    def link(a: Party, b: Leg) -> None:
        (a.legs if isinstance(a, External) else a.parties).append(b)
        b.parties.append(a)

    @staticmethod
    def unlink(a: Party, b: Leg) -> None:
        lst = a.legs if isinstance(a, External) else a.parties
        if b in lst:
            lst.remove(b)
        if a in b.parties:
            b.parties.remove(a)

    def remote_of(self, leg: Leg) -> dict:
        if leg.remote_override is not None:
            rp = leg.remote_override
        elif self.is_conf(leg):
            rp = {"type": "SERVICE_ID", "telUri": "tel:+46850017100", "displayName": "Conference",
                  "displayNumber": "7100"}
        elif leg.parties:
            p = leg.parties[0]
            rp = p.remote_party() if isinstance(p, External) else p.user.remote_party()
        else:
            rp = leg.last_remote
        leg.last_remote = rp
        return dict(rp)

    @staticmethod
    def is_conf(leg: Leg) -> bool:
        return leg.conference_id is not None and len(leg.parties) >= 2

    def actions(self, leg: Leg) -> list[dict]:
        conf = self.is_conf(leg)
        if leg.status == RINGING and leg.inbound:
            return [{"action": "ANSWER", "deviceIds": list(leg.devices)}]
        acts: list[str] = []
        if leg.status == ACTIVE:
            acts = ["MOVE"] + ([] if conf else ["TRANSFER"]) + ["HOLD"] + ([] if conf else ["PARK"])
            acts.append("UNMUTE" if leg.muted else "MUTE")
        elif leg.status == HELD:
            acts = ["MOVE"] + ([] if conf else ["TRANSFER"]) + ["RESUME"] + ([] if conf else ["PARK"])
        if leg.status in (ACTIVE, HELD):
            if leg.rec == REC_NONE and leg.status == ACTIVE:
                acts.append("START_REC")
            elif leg.rec == REC_ON:
                acts += ["STOP_REC", "PAUSE_REC"]
            elif leg.rec == REC_PAUSED:
                acts += ["STOP_REC", "RESUME_REC"]
            elif leg.rec == REC_STOPPED:
                acts += ["SAVE_REC", "DISCARD_REC"]
        return [{"action": a} for a in acts]

    def state_json(self, leg: Leg) -> dict:
        now = time.time()
        end = leg.ended_at or now
        duration = int(end - leg.answered_at) if leg.answered_at else 0
        rec_total = leg.rec_total + ((end - leg.rec_started) if leg.rec == REC_ON else 0)
        st: dict = {
            "stateToken": leg.token,
            "callId": leg.id,
            "remoteParty": self.remote_of(leg),
        }
        conf = self.is_conf(leg) or (leg.conference_id is not None and leg.status == TERMINATED)
        if self.is_conf(leg):
            st["participants"] = [
                {"id": _pid(p), "remoteParty": p.remote_party() if isinstance(p, External) else p.user.remote_party()}
                for p in leg.parties
            ]
        st["conference"] = bool(conf)
        if leg.conference_id:
            st["conferenceId"] = leg.conference_id
        if leg.history:
            st["historyInfo"] = leg.history
        st.update({"inbound": leg.inbound, "intruded": False, "status": leg.status})
        if leg.event:
            st["event"] = leg.event
        if leg.event_desc:
            st["eventDescription"] = leg.event_desc
        st.update({
            "muted": leg.muted,
            "duration": duration,
            "recordable": True,
            "recording": leg.rec in (REC_ON, REC_PAUSED),
            "recordingPaused": leg.rec == REC_PAUSED,
            "recordingDuration": int(rec_total),
            "deviceIds": list(leg.devices),
            "actions": self.actions(leg),
            "correlationId": leg.correlation_id,
        })
        return st

    @staticmethod
    def dialog_state(leg: Leg) -> str:
        if leg.status == INITIATED:
            return "trying"
        if leg.status == RINGING:
            return "early"
        if leg.status in (ACTIVE, HELD):
            return "confirmed"
        return "terminated"

    def dialog_xml(self, leg: Leg) -> str:
        rp = self.remote_of(leg)
        if leg.parties and isinstance(leg.parties[0], Leg) and len(leg.parties) == 1 and leg.remote_override is None:
            ident = leg.parties[0].identity()
        else:
            num = rp.get("telUri", "").removeprefix("tel:") or "anonymous"
            ident = f"sip:{num}@{DOMAIN}"
        direction = "recipient" if leg.inbound else "initiator"
        state = self.dialog_state(leg)
        event = f" event={quoteattr(leg.event.lower().replace('_', '-'))}" if state == "terminated" and leg.event else ""
        return (
            f'<dialog id={quoteattr(leg.id)} call-id={quoteattr(leg.id)} local-tag={quoteattr(leg.local_tag)} '
            f'remote-tag={quoteattr(leg.remote_tag)} direction="{direction}">'
            f"<state{event}>{state}</state>"
            f'<local><identity display={quoteattr(leg.user.name)}>{escape(leg.identity())}</identity></local>'
            f'<remote><identity display={quoteattr(rp.get("displayName") or "")}>{escape(ident)}</identity></remote>'
            f"</dialog>"
        )

    def _changed(self, leg: Leg, event: str | None = None, desc: str | None = None) -> None:
        leg.token = next(self._tokens)
        leg.event, leg.event_desc = event, desc
        # RFC 4235 notifies dialog *state* changes only (trying/early/confirmed/terminated), not
        # every change of the call's details: those go to the call's own stream.
        dialog_state = self.dialog_state(leg)
        dialog_changed = leg.notified_dialog_state != dialog_state
        leg.notified_dialog_state = dialog_state
        self.publish("call", {"user": leg.user.user_id, "leg": leg.id, "state": self.state_json(leg),
                              "dialog": self.dialog_xml(leg) if dialog_changed else None, "live": leg.is_live()})
        self.refresh_queues()

    def republish(self, leg: Leg, event: str | None = None) -> None:
        """Publish the leg's state again with a new stateToken (a server-side refresh of the call)."""
        if not leg.is_live():
            raise CallError(409, "call.terminated", "The call has ended")
        self._changed(leg, event)

    def user_legs(self, uid: str, *, live: bool = True) -> list[Leg]:
        return [l for l in self.legs.values() if l.user.user_id == uid and (l.is_live() or not live)]

    def in_call(self, uid: str) -> bool:
        return any(l.user.user_id == uid and l.is_live() for l in self.legs.values())

    def leg_of(self, uid: str, call_id: str) -> Leg:
        leg = self.legs.get(call_id)
        if leg is None or leg.user.user_id != uid:
            raise CallError(404, "call.does.not.exist", f"No call {call_id} for {uid}", "callId", call_id)
        return leg

    def prune(self) -> None:
        cutoff = time.time() - KEEP_TERMINATED_S
        for k in [k for k, l in self.legs.items() if l.ended_at and l.ended_at < cutoff]:
            del self.legs[k]

    def _alerting(self, leg: Leg) -> None:
        if leg.status == INITIATED:
            self._changed_status(leg, RINGING)

    def _changed_status(self, leg: Leg, status: str, event: str | None = None, desc: str | None = None) -> None:
        leg.status = status
        if status == ACTIVE and leg.answered_at is None:
            leg.answered_at = time.time()
        self._changed(leg, event, desc)

    def _terminate(self, leg: Leg, event: str | None = None, desc: str | None = None) -> None:
        was_answered = leg.answered_at is not None
        if leg.rec in (REC_ON, REC_PAUSED):
            leg.rec_total += (time.time() - leg.rec_started) if leg.rec == REC_ON else 0
            leg.rec = REC_NONE
        leg.ended_at = time.time()
        leg.status = TERMINATED
        leg.devices = leg.devices if was_answered else []
        self._log_call(leg, was_answered)
        self._changed(leg, event, desc)
        for fn in self.on_terminated:
            fn(leg)

    @staticmethod
    def check_token(leg: Leg, token, field_name: str = "stateToken") -> None:
        if token is None or token == "":
            return
        try:
            value = int(token)
        except (TypeError, ValueError):
            raise CallError(400, "stateToken.invalid", f"{field_name} must be an integer", field_name, str(token))
        if value != leg.token:
            raise CallError(409, "stateToken.mismatch",
                            f"The call {leg.id} has changed (state token {leg.token}, not {value}); read it again",
                            field_name, str(value))

    def require(self, leg: Leg, action: str) -> None:
        if not any(a["action"] == action for a in self.actions(leg)):
            raise CallError(409, "action.not.allowed",
                            f"{action} is not possible while the call is {leg.status}", "callId", leg.id)
