"""The simulated PBX: calls, their state machine, stateTokens, action lists and change events.

Model
-----
Every user sees their own *leg* of a call (:class:`Leg`, one ``callId`` per leg, as in the vendor's
API where a call id belongs to a user). A leg is linked to its *parties*: either an :class:`External`
(a phone number outside the PBX) or another user's leg (internal calls: both users see their leg).
A conference leg simply has several parties. An inbound call offered to several legs at once (group
call, transfer to a user) keeps the caller linked to every ringing leg until one answers; the others
end then ("Answered elsewhere").

Statuses: ``INITIATED`` → ``RINGING`` → ``ACTIVE`` ⇄ ``HELD`` → ``TERMINATED``. Every change takes the
next value of one global counter as ``stateToken`` (so tokens are unique and increase) and is published
to the :class:`~.streams.Hub` already rendered (CallState JSON plus the RFC 4235 dialog facts).

``actions`` is derived from the state and is what the server enforces: a command whose action is not
offered gets 409 ``action.not.allowed``; a ``stateToken`` (or ``targetStateToken``) in the body that is
not the call's current one gets 409 ``stateToken.mismatch``. A missing token is accepted.

Decisions (not in the contract)
-------------------------------
* ``remoteParty.type`` for numbers outside the PBX is ``EXTERNAL_ID``; colleagues are ``USER_ID``,
  groups ``FUNCTION_NUMBER_ID``, a conference or the park service ``SERVICE_ID``.
* Events besides the documented ones: ``TRANSFERRED``, ``PARKED``, ``ANSWERED_ELSEWHERE``,
  ``PICKED_UP``, ``MERGED`` (a call that became part of a conference), ``REMOTE_HANGUP``.
* An outbound call is ``INITIATED`` in the make-call response and turns ``RINGING`` 50 ms later; an
  external callee answers after ``auto_answer_ms`` (``None`` = only when told via the control API).
* Conference calls offer neither TRANSFER nor PARK (as in the reference's conference example).
* DTMF does not change the state, so it does not change the stateToken.
* Terminated legs stay readable (``GET …/calls/{c}``) for 5 minutes but leave the user's snapshot.
"""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable, Union
from xml.sax.saxutils import escape, quoteattr

from .org import DOMAIN, Group, Organisation, User, iso
from .queues import QueueStats

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

    def is_live(self) -> bool:
        return self.status != TERMINATED

    def identity(self) -> str:
        return f"sip:{self.user.user_id}@{DOMAIN}"


Party = Union[External, Leg]


def _pid(p: Party) -> str:
    return p.id


class Pbx(QueueStats):
    """All calls of the organisation. Every method runs on the server's event loop."""

    def __init__(self, org: Organisation, publish: Callable[[str, object], None],
                 auto_answer_ms: float | None = 1500.0) -> None:
        self.org = org
        self.publish = publish
        self.auto_answer_ms = auto_answer_ms
        self.legs: dict[str, Leg] = {}
        self.externals: dict[str, External] = {}
        self.parked: dict[str, Party] = {}
        self._tokens = itertools.count(int(time.time()) % 100000 * 1000 + 1)
        self._timers: set[asyncio.TimerHandle] = set()
        self._last_queue: dict[int, dict] = {}
        self.on_terminated: list[Callable[[Leg], None]] = []
        for g in org.groups.values():  # baseline: publish only what changes from here on
            self._last_queue[g.gid] = {k: v for k, v in self.queue_stat(g).items() if k != "longestWaiting"}

    # -- infrastructure --------------------------------------------------------------------------

    def later(self, delay_s: float, fn: Callable[[], None]) -> None:
        loop = asyncio.get_running_loop()

        def run() -> None:
            self._timers.discard(handle)
            try:
                fn()
            except CallError:
                pass

        handle = loop.call_later(max(0.0, delay_s), run)
        self._timers.add(handle)

    def shutdown(self) -> None:
        for h in list(self._timers):
            h.cancel()
        self._timers.clear()

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

    # -- rendering -------------------------------------------------------------------------------

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
        return (
            f'<dialog id={quoteattr(leg.id)} call-id={quoteattr(leg.id)} direction="{direction}">'
            f"<state>{self.dialog_state(leg)}</state>"
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

    # -- queries ---------------------------------------------------------------------------------

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

    # -- destinations ----------------------------------------------------------------------------

    def resolve(self, destination: str) -> User | Group | str:
        """A user, a group or an E.164 number for a dial string (tel:/sip: URI, id, extension, number)."""
        d = (destination or "").strip()
        if not d:
            raise CallError(400, "destination.missing", "No destination given", "destination")
        low = d.lower()
        if low.startswith("tel:"):
            d = d[4:]
        elif low.startswith("sip:") or low.startswith("sips:"):
            d = d.split(":", 1)[1].split(";", 1)[0]
            user_part, _, dom = d.partition("@")
            if dom.lower() == DOMAIN and user_part in self.org.users:
                return self.org.users[user_part]
            d = user_part
        if d.endswith("@" + DOMAIN):
            d = d[: -len(DOMAIN) - 1]
        if d in self.org.users:
            return self.org.users[d]
        compact = re.sub(r"[\s\-().]", "", d)
        if compact in self.org.by_extension:
            return self.org.by_extension[compact]
        if compact in self.org.group_by_extension:
            return self.org.group_by_extension[compact]
        if re.fullmatch(r"00\d{6,15}", compact):
            compact = "+" + compact[2:]
        elif re.fullmatch(r"0\d{6,12}", compact):
            compact = "+46" + compact[1:]
        if not re.fullmatch(r"\+[1-9]\d{6,14}", compact):
            raise CallError(400, "destination.invalid", f"Cannot call {destination!r}", "destination", destination)
        if compact in self.org.by_number:
            return self.org.by_number[compact]
        if compact in self.org.group_by_number:
            return self.org.group_by_number[compact]
        return compact

    # -- offering calls --------------------------------------------------------------------------

    def offer(self, caller: Party, users: list[User], *, group: Group | None = None,
              history: dict | None = None) -> list[Leg]:
        o = Offer(caller, group=group)
        for u in users:
            leg = self._new_leg(u, True, RINGING, [d.device_id for d in u.devices if d.status == "ACTIVE"])
            leg.history = dict(history) if history else None
            leg.offer = o
            o.legs.append(leg)
            self.link(caller, leg)
        for leg in o.legs:
            self._changed(leg)
        if isinstance(caller, Leg) and caller.is_live():
            self._changed(caller)
        return o.legs

    def ring_group(self, caller: Party, g: Group, to: User | None = None, *, rotate: int = 0) -> list[Leg]:
        caller_rp = caller.remote_party() if isinstance(caller, External) else caller.user.remote_party()
        history = {"subject": g.name, "acdSupport": g.number, "campOn": False, "initialParty": caller_rp,
                   "previousParty": g.remote_party(), "previousRetargetReason": "DISTRIBUTED"}
        if g.night_mode and to is None:
            self._forward_group_call(caller, g, "NIGHT_MODE")
            return []
        if to is not None:
            users = [to]
        else:
            logged = [self.org.users[u] for u in g.members if u in g.logged_in]
            free = [u for u in logged if u.presence.available and not self.in_call(u.user_id)]
            if g.gtype == "ACD":
                pool = free or logged
                users = [pool[rotate % len(pool)]] if pool else []
            else:
                users = free or logged
        if not users:
            g.synthetic_waiting += 1
            self.refresh_queues()
            return []
        return self.offer(caller, users, group=g, history=history)

    def inject(self, to: User | None, number: str, name: str | None, via: Group | None,
               rotate: int = 0) -> list[Leg]:
        """An external caller ringing ``to`` (and/or through group ``via``)."""
        ext = self._new_external(number, name)
        if via is not None:
            legs = self.ring_group(ext, via, to, rotate=rotate)
        else:
            legs = self.offer(ext, [to]) if to else []
        if not legs:
            self.externals.pop(ext.id, None)
        return legs

    # -- outbound --------------------------------------------------------------------------------

    def make_call(self, user: User, device_id: str, destination: str, *, history: dict | None = None) -> Leg:
        if user.device(device_id) is None:
            raise CallError(404, "device.does.not.exist", f"{user.user_id} has no device {device_id}",
                            "deviceId", device_id)
        target = self.resolve(destination)
        if target is user:
            raise CallError(400, "destination.invalid", "You cannot call yourself", "destination", destination)
        leg = self._new_leg(user, False, INITIATED, [device_id])
        leg.history = history
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
        return leg

    def _alerting(self, leg: Leg) -> None:
        if leg.status == INITIATED:
            self._changed_status(leg, RINGING)

    def _changed_status(self, leg: Leg, status: str, event: str | None = None, desc: str | None = None) -> None:
        leg.status = status
        if status == ACTIVE and leg.answered_at is None:
            leg.answered_at = time.time()
        self._changed(leg, event, desc)

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

    # -- the remote side (control API, demo) -----------------------------------------------------

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

    # -- commands --------------------------------------------------------------------------------

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

    def _forward_group_call(self, caller: Party, g: Group, reason: str) -> None:
        """A group in night mode forwards its callers (to voicemail): a FORWARDED log item."""
        number = caller.number if isinstance(caller, External) else caller.user.number
        self.org.next_log_id += 1
        item = self.org.calllog_item(self.org.next_log_id, g, "FORWARDED", number, datetime.now(timezone.utc),
                                     None, 0, 0)
        item["forwardReason"] = reason
        g.calllog.append(item)

    def _group_log(self, g: Group, kind: str, leg: Leg, agent: User | None, waited: float) -> None:
        rp = self.remote_of(leg)
        self.org.next_log_id += 1
        item = self.org.calllog_item(self.org.next_log_id, g, kind, rp.get("telUri", "").removeprefix("tel:"),
                                     datetime.fromtimestamp(leg.offer.started if leg.offer else leg.created, timezone.utc),
                                     agent, int(time.time() - (leg.answered_at or time.time())), int(waited))
        g.calllog.append(item)

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

    def transfer(self, leg: Leg, destination: str) -> None:
        self.require(leg, "TRANSFER")
        target = self.resolve(destination)
        if target is leg.user:
            raise CallError(400, "destination.invalid", "Cannot transfer a call to yourself", "destination", destination)
        party = leg.parties[0] if leg.parties else None
        if party is None:
            raise CallError(409, "action.not.allowed", "Nobody to transfer")
        self.unlink(party, leg)
        history = {"subject": f"Transferred by {leg.user.name}", "campOn": False,
                   "initialParty": party.remote_party() if isinstance(party, External) else party.user.remote_party(),
                   "previousParty": leg.user.remote_party(), "previousRetargetReason": "TRANSFERRED"}
        leg.remote_override = None
        leg.last_remote = party.remote_party() if isinstance(party, External) else party.user.remote_party()
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
