"""Synthetic queue load for wallboard storms: many queues, many statistics updates per second.

``POST /_sim/queues/load {"queues":500,"rate":10,"seconds":60}`` adds ``queues`` synthetic
distribution groups (ids from :data:`FIRST_LOAD_GID`, named "Load queue 001" …) that the supervisor
``super1`` sees on both the queue-statistics stream and ``qs.user`` (and ``qs.organisation``), and
updates each of them ``rate`` times per second for ``seconds`` seconds: callers waiting take a random
walk with occasional surges (so thresholds are crossed), the longest wait grows while callers wait,
answered/dropped counters move as callers leave. The updates of each 50 ms tick go out as ONE
queue-statistics document carrying every queue that changed (a server coalesces like this; the
contract allows one or many queues per document); ``"perQueue": true`` sends one event per update
instead. ``DELETE /_sim/queues/load`` stops it and removes the synthetic queues;
``GET /_sim/queues/load`` tells how far it got. A new load replaces a running one; a simulator reset
ends it. Limits: 1–5000 queues, 0.1–100 updates per queue per second, up to one hour.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .org import Group

__all__ = ["FIRST_LOAD_GID", "QueueLoad", "queue_load_routes"]

log = logging.getLogger(__name__)

FIRST_LOAD_GID = 900001
SUPERVISOR = "super1"
TICK = 0.05  # seconds between batches of updates
PRESENCE_NAMES = ("Available", "Busy", "Lunch", "Meeting", "Away")


class QueueLoad:
    """One running load on a simulator (``sim.queue_load``)."""

    def __init__(self, sim, queues: int, rate: float, seconds: float, *, seed: int | None = None,
                 batch: bool = True) -> None:
        self.sim = sim
        #: One queue-statistics document per tick with every queue that changed in it (as a server
        #: that coalesces does), or one document per queue update (``batch=False``).
        self.batch = batch
        self.queues = queues
        self.rate = rate
        self.seconds = seconds
        self.rng = random.Random(f"queue-load:{seed if seed is not None else sim.seed}")
        self.groups: list[Group] = []
        self.updates = 0
        self.started = 0.0
        self._org = sim.org
        self._task: asyncio.Task | None = None
        self._since: dict[int, float] = {}

    # -- lifecycle ---------------------------------------------------------------------------------
    def start(self) -> None:
        org = self.sim.org
        now = time.monotonic()
        for n in range(self.queues):
            gid = FIRST_LOAD_GID + n
            g = Group(gid, f"Load queue {n + 1:03d}", "ACD", f"9{n:04d}", [SUPERVISOR], set())
            logged = self.rng.randrange(3, 15)
            free = self.rng.randrange(0, logged + 1)
            g.overrides = {"loggedInAgents": logged, "availableAgents": free,
                           "current-agent-presence": self._presence(logged, free)}
            g.stats = {"lastWait": 0, "averageWait": self.rng.randrange(5, 40), "longestWaiting": 0,
                       "answeredCallsForPeriod": self.rng.randrange(0, 50), "droppedCallsForPeriod": self.rng.randrange(0, 5),
                       "answeredCallsLast24h": self.rng.randrange(50, 300), "droppedCallsLast24h": self.rng.randrange(0, 20)}
            org.groups[gid] = g
            self.groups.append(g)
            self._since[gid] = now
        self.started = now
        for g in self.groups:
            self._publish(g)
        self._task = asyncio.get_running_loop().create_task(self._run(), name="sim-queue-load")

    def stop(self) -> None:
        """Stop updating and remove the synthetic queues (if the organisation is still the same)."""
        if self._task is not None and not self._task.done():
            self._task.cancel()
        if self.sim.org is self._org:
            for g in self.groups:
                self._org.groups.pop(g.gid, None)
                self.sim.pbx._last_queue.pop(g.gid, None)
        self.groups = []

    @property
    def running(self) -> bool:
        return self._task is not None and not self._task.done()

    def to_json(self) -> dict:
        elapsed = (time.monotonic() - self.started) if self.started else 0.0
        return {"running": self.running, "queues": self.queues, "rate": self.rate, "seconds": self.seconds,
                "updates": self.updates, "elapsed": round(elapsed, 3),
                "firstId": FIRST_LOAD_GID, "ids": [g.gid for g in self.groups][:5]}

    # -- the load ----------------------------------------------------------------------------------
    async def _run(self) -> None:
        per_second = self.queues * self.rate
        budget = 0.0
        cursor = 0
        last = time.monotonic()
        end = self.started + self.seconds
        try:
            while True:
                await asyncio.sleep(TICK)
                now = time.monotonic()
                if now >= end or self.sim.org is not self._org:
                    return
                budget += per_second * (now - last)
                last = now
                count = int(budget)
                budget -= count
                groups = self.groups
                changed: list[Group] = []
                for _ in range(count):
                    g = groups[cursor]
                    cursor = (cursor + 1) % len(groups)
                    self._step(g, now)
                    if self.batch:
                        changed.append(g)
                    else:
                        self._publish(g)
                if changed:
                    self._publish_many(changed)
                self.updates += count
        except asyncio.CancelledError:
            raise
        except Exception:  # never leave a half-dead load behind silently
            log.exception("queue load failed")

    def _step(self, g: Group, now: float) -> None:
        rng, s, o = self.rng, g.stats, g.overrides
        waiting = g.synthetic_waiting
        roll = rng.random()
        if roll < 0.004:
            delta = rng.randrange(4, 9)  # a surge: someone's campaign just went out
        elif roll < 0.35:
            delta = 1
        elif roll < 0.70:
            delta = -1
        else:
            delta = 0
        new = max(0, min(40, waiting + delta))
        if new < waiting:
            left = waiting - new
            waited = s.get("longestWaiting", 0)
            answered = sum(1 for _ in range(left) if rng.random() < 0.9)
            s["answeredCallsForPeriod"] = s.get("answeredCallsForPeriod", 0) + answered
            s["answeredCallsLast24h"] = s.get("answeredCallsLast24h", 0) + answered
            s["droppedCallsForPeriod"] = s.get("droppedCallsForPeriod", 0) + left - answered
            s["droppedCallsLast24h"] = s.get("droppedCallsLast24h", 0) + left - answered
            s["lastWait"] = int(waited)
            s["averageWait"] = int((s.get("averageWait", 0) * 9 + waited) / 10)
        if new == 0:
            s["longestWaiting"] = 0
            self._since[g.gid] = now
        elif waiting == 0:
            self._since[g.gid] = now
            s["longestWaiting"] = 0
        else:
            s["longestWaiting"] = int(now - self._since[g.gid]) if new >= waiting else max(0, s.get("longestWaiting", 0) - rng.randrange(0, 20))
        g.synthetic_waiting = new
        if rng.random() < 0.05:
            logged = max(1, min(30, o["loggedInAgents"] + rng.choice((-1, 1))))
            free = max(0, min(logged, o["availableAgents"] + rng.choice((-1, 0, 1))))
            o.update(loggedInAgents=logged, availableAgents=free, **{"current-agent-presence": self._presence(logged, free)})

    def _presence(self, logged: int, free: int) -> list[dict]:
        rest = logged - free
        out = [{"name": "Available", "count": free}] if free else []
        while rest > 0:
            name = self.rng.choice(PRESENCE_NAMES[1:])
            n = self.rng.randrange(1, rest + 1)
            rest -= n
            for p in out:
                if p["name"] == name:
                    p["count"] += n
                    break
            else:
                out.append({"name": name, "count": n})
        return sorted(out, key=lambda p: p["name"])

    def _stat(self, g: Group) -> dict:
        pbx = self.sim.pbx
        stat = pbx.queue_stat(g)
        # What refresh_queues compares with, so a call elsewhere does not publish this queue again.
        pbx._last_queue[g.gid] = {k: v for k, v in stat.items() if k != "longestWaiting"}
        return stat

    def _publish(self, g: Group) -> None:
        self.sim.hub.publish("queue", {"group": g.gid, "members": {SUPERVISOR}, "stat": self._stat(g)})

    def _publish_many(self, groups: list[Group]) -> None:
        # A queue that changed twice within the tick is sent once, with its latest figures.
        latest = {g.gid: g for g in groups}
        self.sim.hub.publish("queue", {"group": None, "members": {SUPERVISOR},
                                       "stats": [self._stat(g) for g in latest.values()]})


def _number(body: dict, key: str, default: float, lo: float, hi: float) -> float:
    value = body.get(key, default)
    if isinstance(value, bool):
        raise TypeError(f"'{key}' must be a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"'{key}' must be a number") from None
    if not lo <= number <= hi:
        raise ValueError(f"'{key}' must be between {lo:g} and {hi:g}")
    return number


def start_load(sim, queues: int, rate: float, seconds: float, *, batch: bool = True) -> QueueLoad:
    old = getattr(sim, "queue_load", None)
    if old is not None:
        old.stop()
    load = QueueLoad(sim, queues, rate, seconds, batch=batch)
    sim.queue_load = load
    load.start()
    return load


def queue_load_routes(sim) -> list[Route]:
    """The ``/_sim/queues/load`` routes (they must come before ``/_sim/queues/{id}``)."""

    async def load(request: Request):
        current = getattr(sim, "queue_load", None)
        if request.method == "GET":
            return JSONResponse(current.to_json() if current else {"running": False})
        if request.method == "DELETE":
            if current is not None:
                current.stop()
                sim.queue_load = None
                sim.pbx.refresh_queues()
            return JSONResponse({"running": False})
        import json

        raw = await request.body()
        try:
            body = json.loads(raw) if raw.strip() else {}
            if not isinstance(body, dict):
                raise TypeError("body must be a JSON object")
            queues = int(_number(body, "queues", 500, 1, 5000))
            rate = _number(body, "rate", 10, 0.1, 100)
            seconds = _number(body, "seconds", 60, 0.1, 3600)
            per_queue = body.get("perQueue", False)
            if not isinstance(per_queue, bool):
                raise TypeError("'perQueue' must be true or false")
        except (ValueError, TypeError) as exc:
            return JSONResponse({"error": str(exc)}, status_code=400)
        return JSONResponse(start_load(sim, queues, rate, seconds, batch=not per_queue).to_json())

    return [Route("/_sim/queues/load", load, methods=["GET", "POST", "DELETE"])]
