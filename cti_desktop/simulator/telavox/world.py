"""The simulated Telavox organisation: extensions with presence, live calls, history, sessions, faults.

Everything runs on the server's event loop (handlers and timers), so no locks are needed. Times in
the wire format are the server's local time (``datetime``) and ISO-8601 with offset (``datetimeISO``).
"""

from __future__ import annotations

import asyncio
import itertools
import random
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

PASSWORD = "demo"
TOKEN = "demo-token"
TOKEN_USER = "agent1"
SESSION_COOKIE = "JSESSIONID"

_PEOPLE = [
    ("agent1", "Anna Lindqvist", "Support"),
    ("agent2", "Erik Johansson", "Support"),
    ("agent3", "Maria Nilsson", "Support"),
    ("agent4", "Lars Andersson", "Sales"),
    ("agent5", "Karin Svensson", "Sales"),
    ("agent6", "Johan Berg", "Sales"),
    ("agent7", "Sofia Holm", "Finance"),
    ("agent8", "Oskar Lund", "Finance"),
    ("agent9", "Elin Ek", "Reception"),
    ("agent10", "Nils Sandberg", "IT"),
    ("agent11", "Ida Forsberg", "IT"),
    ("agent12", "Gustav Öberg", "Management"),
]
PROFILES = [
    {"available": True, "name": "Available", "message": ""},
    {"available": False, "name": "Lunch", "message": "Back at 13:00"},
    {"available": False, "name": "Meeting", "message": "Customer meeting"},
    {"available": False, "name": "Away", "message": ""},
    {"available": True, "name": "Working from home", "message": "Reach me on the mobile"},
]
EXTERNAL_NAMES = ["Acme AB", "Nordic Parts", "Berit Holmgren", "Ola Persson", "Vega Logistics", "Linnea Dahl"]
PBX = [
    {"extension": "+46406289000", "name": "Support queue", "type": "queue", "members": ["agent1", "agent2", "agent3"]},
    {"extension": "+46406289100", "name": "Sales queue", "type": "queue", "members": ["agent4", "agent5", "agent6"]},
    {"extension": "+46406289900", "name": "Main menu", "type": "ivr", "members": []},
]


class SimError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class SimCall:
    id: str
    owner: str  # username
    callerid: str
    direction: str  # "in" | "out"
    linestatus: str  # "ringing" | "up"
    name: str = ""
    started: datetime = field(default_factory=lambda: datetime.now().astimezone())
    answered: datetime | None = None
    peer_call: str = ""  # the other leg, for calls between extensions

    def wire(self) -> dict[str, Any]:
        return {"callerid": self.callerid, "direction": self.direction, "linestatus": self.linestatus}


@dataclass
class SimUser:
    username: str
    name: str
    department: str
    extension: str
    mobile: str
    email: str
    profile: dict[str, Any] | None
    calls: list[SimCall] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)

    def wire(self) -> dict[str, Any]:
        return {
            "extension": self.extension,
            "name": self.name,
            "email": self.email,
            "mobile": self.mobile,
            "profile": dict(self.profile) if self.profile is not None else None,
            "calls": [c.wire() for c in self.calls],
            "keyWords": [self.department.lower()],
        }

    def capi(self) -> dict[str, Any]:
        first, _, last = self.name.partition(" ")
        return {
            "userId": self.username,
            "firstName": first,
            "lastName": last,
            "name": self.name,
            "extension": self.extension,
            "mobile": self.mobile,
            "email": self.email,
            "department": self.department,
            "profile": dict(self.profile) if self.profile is not None else None,
        }


@dataclass
class Faults:
    latency_ms: float = 0.0
    error_rate: float = 0.0
    status: int = 503
    retry_after: float | None = None
    paths: str = ""  # only paths starting with this (empty: every API path)

    def wire(self) -> dict[str, Any]:
        return {"latencyMs": self.latency_ms, "errorRate": self.error_rate, "status": self.status,
                "retryAfter": self.retry_after, "paths": self.paths}


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds")


class TelavoxWorld:
    """The whole simulated truth. ``auto_answer_ms``: external callees answer after this (None: never)."""

    def __init__(self, *, seed: int | None = None, auto_answer_ms: float | None = 1500.0) -> None:
        self.seed = seed
        self.auto_answer_ms = auto_answer_ms
        self._timers: set[asyncio.TimerHandle] = set()
        self.reset()

    # ------------------------------------------------------------------ state

    def reset(self) -> None:
        self.cancel_timers()
        self.rng = random.Random(self.seed)
        self._ids = itertools.count(1)
        self.users: dict[str, SimUser] = {}
        for i, (username, name, dept) in enumerate(_PEOPLE):
            first, _, last = name.partition(" ")
            email = f"{first}.{last}".lower().replace("ö", "o").replace("å", "a").replace("ä", "a") + "@example.se"
            profile = None if i == 11 else dict(PROFILES[0] if i < 5 else PROFILES[i % len(PROFILES)])
            if profile is not None and not profile["available"]:
                profile["until"] = _iso(datetime.now().astimezone().replace(microsecond=0) + timedelta(hours=1))
            self.users[username] = SimUser(username, name, dept, f"+4640628{1000 + i + 1:04d}",
                                           f"+4670{self.rng.randint(1000000, 9999999)}", email, profile)
        self.sessions: dict[str, str] = {}
        self.logins = 0
        self.failed_logins = 0
        self.requests: dict[str, int] = {}
        self.sms: list[dict[str, Any]] = []
        self.dials: list[dict[str, Any]] = []
        self.hangups = 0
        self.faults = Faults()
        self._seed_history()

    def _seed_history(self) -> None:
        now = datetime.now().astimezone().replace(microsecond=0)
        me = self.users["agent1"]
        kinds = ["incoming", "outgoing", "missed"]
        for n in range(12):
            kind = kinds[n % 3]
            when = now - timedelta(hours=5 * n + 1, minutes=self.rng.randint(0, 59))
            rec = str(9000 + n) if kind != "missed" and n % 2 == 0 else "0"
            me.history.append({
                "kind": kind,
                "callId": f"h{n + 1}",
                "number": f"+4670{self.rng.randint(1000000, 9999999)}",
                "name": self.rng.choice(EXTERNAL_NAMES),
                "datetime": when.strftime("%Y-%m-%d %H:%M:%S"),
                "datetimeISO": _iso(when),
                "duration": 0 if kind == "missed" else self.rng.randint(20, 900),
                "recordingId": rec,
            })

    def cancel_timers(self) -> None:
        for timer in list(getattr(self, "_timers", ())):
            timer.cancel()
        self._timers = set()

    def later(self, delay: float, fn, *args) -> None:
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._timers.discard(handle)
            fn(*args)

        handle = loop.call_later(delay, fire)
        self._timers.add(handle)

    def count(self, route: str) -> None:
        self.requests[route] = self.requests.get(route, 0) + 1

    def user(self, who: str) -> SimUser:
        """A user by user name, extension number or e-mail."""
        text = (who or "").strip()
        if text in self.users:
            return self.users[text]
        for u in self.users.values():
            if text and text in (u.extension, u.email, u.extension.lstrip("+")):
                return u
        raise SimError(404, f"No extension or user {text!r}")

    def by_number(self, number: str) -> SimUser | None:
        try:
            return self.user(number)
        except SimError:
            return None

    # ------------------------------------------------------------------ auth

    def login(self, username: str, password: str) -> str:
        if username not in self.users or password != PASSWORD:
            self.failed_logins += 1
            raise SimError(401, "Bad credentials")
        cookie = secrets.token_urlsafe(24)
        self.sessions[cookie] = username
        self.logins += 1
        return cookie

    def logout(self, cookie: str) -> None:
        self.sessions.pop(cookie, None)

    def expire_sessions(self) -> int:
        n = len(self.sessions)
        self.sessions.clear()
        return n

    # ------------------------------------------------------------------ calls

    def _new_id(self) -> str:
        return f"c{next(self._ids)}"

    def find_call(self, call_id: str) -> SimCall:
        for u in self.users.values():
            for c in u.calls:
                if c.id == call_id:
                    return c
        raise SimError(404, f"No live call {call_id!r}")

    def inject(self, to: str, caller: str, name: str = "") -> SimCall:
        """An incoming call from outside ringing ``to``."""
        user = self.user(to)
        caller = (caller or "").strip() or f"+4670{self.rng.randint(1000000, 9999999)}"
        call = SimCall(self._new_id(), user.username, caller, "in", "ringing", name=name)
        user.calls.append(call)
        return call

    def answer(self, call_id: str) -> SimCall:
        call = self.find_call(call_id)
        if call.linestatus != "up":
            call.linestatus = "up"
            call.answered = datetime.now().astimezone()
        if call.peer_call:
            try:
                peer = self.find_call(call.peer_call)
            except SimError:
                peer = None
            if peer is not None and peer.linestatus != "up":
                peer.linestatus = "up"
                peer.answered = call.answered
        return call

    def end(self, call_id: str) -> None:
        """End a call (and its other leg), writing both to history."""
        call = self.find_call(call_id)
        self._end_one(call)
        if call.peer_call:
            try:
                self._end_one(self.find_call(call.peer_call))
            except SimError:
                pass

    def _end_one(self, call: SimCall) -> None:
        user = self.users[call.owner]
        user.calls = [c for c in user.calls if c.id != call.id]
        now = datetime.now().astimezone().replace(microsecond=0)
        if call.direction == "out":
            kind = "outgoing"
        else:
            kind = "incoming" if call.answered else "missed"
        duration = int((now - call.answered).total_seconds()) if call.answered else 0
        user.history.insert(0, {
            "kind": kind, "callId": call.id, "number": call.callerid, "name": call.name,
            "datetime": call.started.strftime("%Y-%m-%d %H:%M:%S"), "datetimeISO": _iso(call.started.replace(microsecond=0)),
            "duration": max(0, duration), "recordingId": "0",
        })

    def dial(self, username: str, number: str, autoanswer: bool) -> SimCall:
        me = self.users[username]
        callee = self.by_number(number)
        if callee is not None and callee.username == username:
            raise SimError(400, "You cannot call yourself")
        out = SimCall(self._new_id(), username, number, "out", "ringing",
                      name=callee.name if callee is not None else "")
        me.calls.append(out)
        self.dials.append({"user": username, "number": number, "autoanswer": autoanswer, "callId": out.id})
        if callee is not None:
            leg = SimCall(self._new_id(), callee.username, me.extension, "in", "ringing", name=me.name, peer_call=out.id)
            out.peer_call = leg.id
            callee.calls.append(leg)
        elif self.auto_answer_ms is not None:
            self.later(self.auto_answer_ms / 1000.0, self._remote_answers, out.id)
        return out

    def _remote_answers(self, call_id: str) -> None:
        try:
            self.answer(call_id)
        except SimError:
            pass  # it ended meanwhile

    def hangup_current(self, username: str) -> SimCall:
        """``POST /hangup``: the call in progress, else the newest one."""
        me = self.users[username]
        if not me.calls:
            raise SimError(404, "No current call to hang up")
        up = [c for c in me.calls if c.linestatus == "up"]
        call = up[-1] if up else me.calls[-1]
        self.end(call.id)
        self.hangups += 1
        return call

    # ------------------------------------------------------------------ presence

    def set_profile(self, who: str, profile: dict[str, Any] | None) -> SimUser:
        user = self.user(who)
        user.profile = None if profile is None else {
            "available": bool(profile.get("available", True)),
            "name": str(profile.get("name", "")),
            "until": profile.get("until"),
            "message": str(profile.get("message", "")),
        }
        return user

    # ------------------------------------------------------------------ history

    def history(self, username: str, from_date: str, to_date: str) -> list[dict[str, Any]]:
        start = datetime.strptime(from_date, "%Y-%m-%d").date()
        end = datetime.strptime(to_date, "%Y-%m-%d").date()
        if start > end:
            raise SimError(400, "fromDate is after toDate")
        out = []
        for item in self.users[username].history:
            day = datetime.fromisoformat(item["datetimeISO"]).date()
            if start <= day <= end:
                out.append(item)
        return out

    def state(self) -> dict[str, Any]:
        return {
            "users": [
                {"username": u.username, **u.wire(), "calls": [
                    {"callId": c.id, **c.wire(), "name": c.name} for c in u.calls]}
                for u in self.users.values()
            ],
            "sessions": len(self.sessions),
            "logins": self.logins,
            "failedLogins": self.failed_logins,
            "requests": dict(self.requests),
            "sms": list(self.sms),
            "dials": list(self.dials),
            "hangups": self.hangups,
            "faults": self.faults.wire(),
            "timezone": str(datetime.now(UTC).astimezone().tzinfo),
        }
