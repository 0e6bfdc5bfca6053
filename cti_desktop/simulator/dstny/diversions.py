"""The simulated PBX's call forwarding: every user's diversion rules, active diversion number and
activity diversions, and where a call to a user really goes.

Written from the reference's Diversion API and Activity Diversion Mapping API. A user has two lines
(as in the reference's example): PRIMARY (``OFFICE_FIXED``, the office number) and SECONDARY
(``OFFICE_MOBILE``, the mobile). A rule with a number is set; one without is not.

Where a direct call to a user goes (:meth:`Diversions.target`), first match wins:

1. the ``CFWD_ALL`` rule of the PRIMARY line;
2. the active diversion number — set by ``PUT …/number`` (with ``activityScoped=true`` it is cleared
   at the next change of presence activity) or, when none is set, the activity diversion of the
   user's current activity;
3. ``CFWD_ON_BUSY``/``CFWD_ON_BUSY_IN_CALL`` (and the ``…_OR_UNREACHABLE`` forms) while the user is in
   a call; ``CFWD_UNREACHABLE`` (and ``…_OR_UNREACHABLE``) when none of the user's devices is active.

``CFWD_NO_ANSWER`` is kept and reported but does not move a ringing call (the simulator has no
ringing timeout). Group (queue) calls are never diverted: they follow the group's own routing.
Diversions chain (A → B → C) up to :data:`MAX_HOPS`; a loop rings the user where it closes.

Decisions (not in the reference): the retarget reason of a diverted call is ``DIVERTED``; every
diversion is logged (``GET /_sim/diversions``).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .legs import External
from .org import ACTIVITY_BY_ID, Group, User

FORWARD_ALL = "CFWD_ALL"
RULE_TYPES = (
    "CFWD_ALL",
    "CFWD_ON_BUSY",
    "CFWD_ON_BUSY_IN_CALL",
    "CFWD_NO_ANSWER",
    "CFWD_UNREACHABLE",
    "CFWD_NO_ANSWER_OR_UNREACHABLE",
    "CFWD_ON_BUSY_OR_UNREACHABLE",
    "CFWD_ON_BUSY_IN_CALL_OR_UNREACHABLE",
)
LINE_ORDERS = ("PRIMARY", "SECONDARY")
LINE_TYPES = {"PRIMARY": "OFFICE_FIXED", "SECONDARY": "OFFICE_MOBILE"}
MAX_HOPS = 5
_BUSY = ("CFWD_ON_BUSY", "CFWD_ON_BUSY_IN_CALL", "CFWD_ON_BUSY_OR_UNREACHABLE", "CFWD_ON_BUSY_IN_CALL_OR_UNREACHABLE")
_UNREACHABLE = ("CFWD_UNREACHABLE", "CFWD_NO_ANSWER_OR_UNREACHABLE", "CFWD_ON_BUSY_OR_UNREACHABLE",
                "CFWD_ON_BUSY_IN_CALL_OR_UNREACHABLE")


@dataclass
class ActiveNumber:
    number: str
    activity_scoped: bool
    activity: str  # the activity when it was set


@dataclass
class UserDiversion:
    rules: dict[tuple[str, str], str] = field(default_factory=dict)  # (line order, rule type) -> number
    active: ActiveNumber | None = None
    mapping: dict[str, str] = field(default_factory=dict)  # activity id -> number


class Diversions:
    """Forwarding state of every user of the organisation (reset with the PBX)."""

    def __init__(self) -> None:
        self.users: dict[str, UserDiversion] = {}
        #: every diverted call: {"at", "user", "to", "toUser", "reason", "caller"}
        self.log: list[dict[str, Any]] = []

    def of(self, user: User) -> UserDiversion:
        return self.users.setdefault(user.user_id, UserDiversion())

    # ------------------------------------------------------------------ the reference's documents

    def lines_json(self, user: User, orders: tuple[str, ...] = LINE_ORDERS) -> list[dict]:
        state = self.of(user)
        out = []
        for order in orders:
            rules = []
            for rule_type in RULE_TYPES:
                item: dict[str, Any] = {"diversionRoutingRulesType": rule_type}
                number = state.rules.get((order, rule_type))
                if number:
                    item = {"phoneNumber": number, **item}
                rules.append(item)
            out.append({"lineNumber": user.number if order == "PRIMARY" else user.mobile, "lineOrderType": order,
                        "lineType": LINE_TYPES[order], "userDiversionRules": rules})
        return out

    def active_number(self, user: User) -> str:
        """The active diversion number: the one set (unless scoped to an activity that has ended),
        else the activity diversion of the current activity; "" when none."""
        state = self.of(user)
        if state.active is not None and state.active.activity_scoped and state.active.activity != user.presence.activity:
            state.active = None
        if state.active is not None:
            return state.active.number
        return state.mapping.get(user.presence.activity, "")

    def set_active(self, user: User, number: str, activity_scoped: bool) -> None:
        self.of(user).active = ActiveNumber(number, activity_scoped, user.presence.activity)

    # ------------------------------------------------------------------ routing

    def target(self, user: User, *, in_call: bool) -> tuple[str, str] | None:
        """``(number, reason)`` where a direct call to ``user`` goes instead, or ``None``."""
        state = self.of(user)
        number = state.rules.get(("PRIMARY", FORWARD_ALL))
        if number:
            return number, FORWARD_ALL
        number = self.active_number(user)
        if number:
            return number, "ACTIVE_DIVERSION_NUMBER"
        if in_call:
            for rule_type in _BUSY:
                if number := state.rules.get(("PRIMARY", rule_type)):
                    return number, rule_type
        if not any(d.status == "ACTIVE" for d in user.devices):
            for rule_type in _UNREACHABLE:
                if number := state.rules.get(("PRIMARY", rule_type)):
                    return number, rule_type
        return None

    def route(self, pbx: Any, caller: Any, user: User) -> tuple[User | Group | str, dict | None]:
        """Where a direct call from ``caller`` to ``user`` rings: a user (maybe ``user`` itself) with
        the call's history (``None`` when not diverted), a group, or an E.164 number outside the PBX."""
        seen = {user.user_id}
        current: User = user
        history: dict | None = None
        caller_rp = caller.remote_party() if isinstance(caller, External) else caller.user.remote_party()
        for _ in range(MAX_HOPS):
            found = self.target(current, in_call=pbx.in_call(current.user_id))
            if found is None:
                break
            number, reason = found
            try:
                where = pbx.resolve(number)
            except Exception:  # noqa: BLE001 - a number the PBX cannot dial: the call rings here
                break
            if isinstance(where, User) and where.user_id in seen:
                break
            history = {"subject": None, "acdSupport": None, "campOn": False, "initialParty": caller_rp,
                       "previousParty": current.remote_party(), "previousRetargetReason": "DIVERTED"}
            self.log.append({"at": time.time(), "user": current.user_id, "to": number,
                             "toUser": where.user_id if isinstance(where, User) else None, "reason": reason,
                             "caller": caller_rp.get("telUri", "")})
            if not isinstance(where, User):
                return where, history
            current = where
            seen.add(where.user_id)
        return current, history

    def ring(self, pbx: Any, caller: Any, user: User) -> list | None:
        """Offer a direct call to ``user`` where its diversion sends it: the legs that ring, or
        ``None`` when the user's calls are not diverted (the caller rings ``user`` as usual)."""
        where, history = self.route(pbx, caller, user)
        if history is None:
            return None
        if isinstance(where, User):
            return pbx.offer(caller, [where], history=history, divert=False)
        if isinstance(where, Group):
            return pbx.ring_group(caller, where)
        if not isinstance(caller, External):  # a colleague's call goes out to the number
            ext = pbx._new_external(where, answered=False)
            pbx.link(ext, caller)
            pbx._schedule_answer(ext)
        return []  # an outside caller's call leaves the PBX

    def clear_scoped(self, user: User) -> None:
        """Drop an activity-scoped active number whose activity has ended (reads do it too)."""
        self.active_number(user)

    def to_json(self, org: Any) -> dict:
        users = {}
        for uid, state in self.users.items():
            user = org.users.get(uid)
            if user is None:
                continue
            users[uid] = {
                "rules": [{"lineOrderType": o, "diversionRoutingRulesType": t, "phoneNumber": n}
                          for (o, t), n in sorted(state.rules.items())],
                "activeDiversionNumber": self.active_number(user),
                "activityScoped": bool(state.active and state.active.activity_scoped),
                "activityDiversions": dict(state.mapping),
                "target": (self.target(user, in_call=False) or (None, None))[0],
            }
        return {"users": users, "diverted": list(self.log)}


def known_activity(activity_id: str) -> bool:
    return activity_id in ACTIVITY_BY_ID
