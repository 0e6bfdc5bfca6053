"""The supervisor wallboard's state, Qt-free: latest figures per queue, levels, trends, data age.

Flow: the queue-statistics stream hands every parsed document to :meth:`QueueBoard.offer` (O(1):
the newest figures per queue replace older ones not yet shown — an event storm collapses into one
pending entry per queue). A REST read seeds the board at every (re)connect
(:meth:`QueueBoard.seed`) and cross-checks it periodically (:meth:`QueueBoard.cross_check`): when
REST and the stream disagree for longer than ``trust_rest_after`` seconds, REST wins and it is
logged. The view side calls :meth:`QueueBoard.flush` a few times per second and gets only what
changed: updated tiles, removed queues, and the queues that crossed *into* critical (once per
crossing: a queue must fall clear of critical, by a hysteresis margin, before it can notify again).

Longest wait is extrapolated between updates while callers wait (the caller keeps waiting even when
the server sends nothing), so levels also move with time.
"""

from __future__ import annotations

import dataclasses
import enum
import logging
import math
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from cti_desktop.i18n import translate

from .models import QueueStats

__all__ = [
    "BoardChanges",
    "Level",
    "QueueBoard",
    "ThresholdConfig",
    "Thresholds",
    "TileState",
    "TrendBuffer",
    "urgency_key",
]

log = logging.getLogger(__name__)


class Level(enum.IntEnum):
    NORMAL = 0
    WARNING = 1
    CRITICAL = 2

    @property
    def label(self) -> str:
        if self is Level.CRITICAL:
            return translate("WallboardWords", "Critical")
        if self is Level.WARNING:
            return translate("WallboardWords", "Warning")
        return translate("WallboardWords", "Normal")


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Warning/critical levels for one queue. ``waiting_*`` in callers, ``longest_*`` in seconds.

    A level is reached at ``>=`` its value. A critical queue leaves critical only once both figures
    are clear of the critical levels by the margins (hysteresis), so a figure flapping around the
    boundary does not flap the tile or repeat the notification.
    """

    waiting_warning: int = 3
    waiting_critical: int = 6
    longest_warning: int = 60
    longest_critical: int = 180
    waiting_margin: int = 1
    longest_margin: int = 15

    def __post_init__(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"threshold {f.name} must be a whole number ≥ 0, not {value!r}")
        if self.waiting_critical < self.waiting_warning or self.longest_critical < self.longest_warning:
            raise ValueError("a critical level must not be below its warning level")

    def level(self, waiting: int, longest: float) -> Level:
        if waiting >= self.waiting_critical or longest >= self.longest_critical:
            return Level.CRITICAL
        if waiting >= self.waiting_warning or longest >= self.longest_warning:
            return Level.WARNING
        return Level.NORMAL

    def clear_of_critical(self, waiting: int, longest: float) -> bool:
        return (waiting < self.waiting_critical - self.waiting_margin
                and longest < self.longest_critical - self.longest_margin)

    def to_mapping(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | None, base: Thresholds | None = None) -> Thresholds:
        """Fields from ``data`` (snake_case or camelCase) over ``base``; unknown keys are refused."""
        base = base or cls()
        if not data:
            return base
        names = {f.name for f in dataclasses.fields(cls)}
        camel = {n.replace("_", ""): n for n in names}
        values: dict[str, int] = {}
        for key, value in data.items():
            name = key if key in names else camel.get(str(key).replace("_", "").lower())
            if name is None:
                raise ValueError(f"unknown threshold {key!r}")
            try:
                values[name] = int(value)
            except (TypeError, ValueError):
                raise ValueError(f"threshold {key} must be a whole number, not {value!r}") from None
        return dataclasses.replace(base, **values)


@dataclass(slots=True)
class ThresholdConfig:
    """Defaults plus per-queue overrides (by queue id). A plain mapping round-trips through
    :meth:`to_mapping` / :meth:`from_mapping`: ``{"default": {...}, "queues": {"101": {...}}}``."""

    default: Thresholds = field(default_factory=Thresholds)
    queues: dict[str, Thresholds] = field(default_factory=dict)

    def for_queue(self, queue_id: str) -> Thresholds:
        return self.queues.get(queue_id, self.default)

    def to_mapping(self) -> dict[str, Any]:
        return {"default": self.default.to_mapping(),
                "queues": {qid: t.to_mapping() for qid, t in sorted(self.queues.items())}}

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any] | ThresholdConfig | None) -> ThresholdConfig:
        if data is None:
            return cls()
        if isinstance(data, ThresholdConfig):
            return data
        default = Thresholds.from_mapping(data.get("default"))
        queues = {str(qid): Thresholds.from_mapping(values, default)
                  for qid, values in (data.get("queues") or {}).items()}
        return cls(default, queues)


class TrendBuffer:
    """A fixed-size ring of (time, waiting, longest) samples for one queue."""

    __slots__ = ("_l", "_next", "_size", "_t", "_w", "capacity")

    def __init__(self, capacity: int) -> None:
        import numpy as np

        self.capacity = capacity
        self._t = np.zeros(capacity, dtype=np.float64)
        self._w = np.zeros(capacity, dtype=np.float32)
        self._l = np.zeros(capacity, dtype=np.float32)
        self._next = 0
        self._size = 0

    def append(self, t: float, waiting: float, longest: float) -> None:
        i = self._next
        self._t[i], self._w[i], self._l[i] = t, waiting, longest
        self._next = (i + 1) % self.capacity
        self._size = min(self.capacity, self._size + 1)

    def __len__(self) -> int:
        return self._size

    def arrays(self):
        """``(times, waiting, longest)`` oldest first, as new arrays."""
        import numpy as np

        if self._size < self.capacity:
            s = slice(0, self._size)
            return self._t[s].copy(), self._w[s].copy(), self._l[s].copy()
        order = np.r_[self._next:self.capacity, 0:self._next]
        return self._t[order], self._w[order], self._l[order]


@dataclass(slots=True)
class TileState:
    """What the board knows of one queue."""

    stats: QueueStats
    thresholds: Thresholds
    updated_at: float  # monotonic time the figures were last received (stream or REST)
    confirmed_at: float  # the figures were last received or confirmed by REST
    level: Level = Level.NORMAL
    armed: bool = True  # may notify on the next crossing into critical
    version: int = 0

    @property
    def queue_id(self) -> str:
        return self.stats.id

    @property
    def name(self) -> str:
        return self.stats.name or self.stats.id

    @property
    def waiting(self) -> int:
        return self.stats.queue_length

    def longest_wait(self, now: float) -> int:
        """Longest wait now: the server's figure, plus the time since it came while callers wait."""
        s = self.stats
        if s.queue_length <= 0:
            return 0
        return int(s.longest_waiting + max(0.0, now - self.updated_at))

    def age(self, now: float) -> float:
        return max(0.0, now - max(self.updated_at, self.confirmed_at))

    @property
    def answer_rate(self) -> float | None:
        """Answered ÷ (answered + dropped) of the period, or ``None`` with no calls yet."""
        s = self.stats
        handled = s.answered_period + s.dropped_period
        return s.answered_period / handled if handled else None


@dataclass(slots=True)
class BoardChanges:
    updated: list[TileState] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    crossed_critical: list[TileState] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.updated or self.removed or self.crossed_critical)


def urgency_key(tile: TileState, now: float) -> tuple:
    """Sort key: critical first, then warning, then by calls waiting, longest wait, name."""
    return (-int(tile.level), -tile.waiting, -tile.longest_wait(now), tile.name.casefold(), tile.queue_id)


#: Figures compared when REST cross-checks the stream (longest wait moves by itself: not compared).
_CHECKED = ("queue_length", "available_agents", "logged_in_agents", "answered_period", "dropped_period",
            "total_period", "answered_24h", "dropped_24h", "total_24h")


class QueueBoard:
    """Latest statistics per queue with coalescing, threshold levels, trends and data age."""

    def __init__(
        self,
        thresholds: ThresholdConfig | Mapping[str, Any] | None = None,
        *,
        lag_after: float = 30.0,
        trust_rest_after: float = 20.0,
        trend_interval: float = 5.0,
        trend_span: float = 3600.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.thresholds = ThresholdConfig.from_mapping(thresholds)
        self.lag_after = float(lag_after)
        self.trust_rest_after = float(trust_rest_after)
        self.trend_interval = float(trend_interval)
        self._trend_capacity = max(2, math.ceil(trend_span / trend_interval) + 1)
        self._clock = clock
        self.tiles: dict[str, TileState] = {}
        self.trends: dict[str, TrendBuffer] = {}
        self._pending: dict[str, QueueStats] = {}
        self._pending_source: dict[str, str] = {}
        self._removed: list[str] = []
        self._disagree_since: dict[str, float] = {}
        self._last_trend = -math.inf
        self.last_stream_update: float | None = None
        self.stream_live = False
        #: How many updates came in, and how many were folded into a later one before a flush.
        self.received = 0
        self.coalesced = 0
        self.rest_corrections = 0
        #: Bumped at every trend sample (the chart redraws only then).
        self.trend_samples = 0

    # -- input ------------------------------------------------------------------------------------
    def offer(self, stats: Iterable[QueueStats], *, source: str = "stream") -> None:
        """Newer figures for some queues (cheap: kept until the next :meth:`flush`)."""
        now = self._clock()
        for s in stats:
            if not s.id:
                continue
            self.received += 1
            if s.id in self._pending:
                self.coalesced += 1
            self._pending[s.id] = s
            self._pending_source[s.id] = source
            if source == "stream":
                self.last_stream_update = now
                self._disagree_since.pop(s.id, None)

    def seed(self, stats: Iterable[QueueStats]) -> None:
        """The full list of queues from REST (at every (re)connect): queues not in it are removed."""
        stats = [s for s in stats if s.id]
        ids = {s.id for s in stats}
        for qid in list(self.tiles) + list(self._pending):
            if qid not in ids:
                self._remove(qid)
        self._pending.update({s.id: s for s in stats})
        self._pending_source.update({s.id: "rest" for s in stats})
        self._disagree_since.clear()

    def cross_check(self, stats: Iterable[QueueStats]) -> list[str]:
        """Compare a REST read with what the stream gave; returns the queues corrected from REST.

        A queue REST does not list is removed; a queue only REST lists is added. Figures that
        disagree are corrected once they have disagreed for ``trust_rest_after`` seconds (a
        stream update in between restarts the wait: the two may just have crossed).
        """
        now = self._clock()
        stats = [s for s in stats if s.id]
        ids = {s.id for s in stats}
        for qid in list(self.tiles) + list(self._pending):
            if qid not in ids:
                log.info("queue %s is no longer listed by the server; removed from the wallboard", qid)
                self._remove(qid)
        corrected: list[str] = []
        for s in stats:
            current = self._pending.get(s.id)
            tile = self.tiles.get(s.id)
            if current is None:
                current = tile.stats if tile is not None else None
            if current is None:
                self._pending[s.id] = s
                self._pending_source[s.id] = "rest"
                continue
            differs = [f for f in _CHECKED if getattr(current, f) != getattr(s, f)]
            if not differs:
                self._disagree_since.pop(s.id, None)
                if tile is not None:
                    tile.confirmed_at = now
                continue
            since = self._disagree_since.setdefault(s.id, now)
            if now - since >= self.trust_rest_after:
                log.warning("queue %s: the live stream and the statistics API disagreed on %s for %.0f s;"
                            " showing the API's figures", s.id, ", ".join(differs), now - since)
                self._pending[s.id] = s
                self._pending_source[s.id] = "rest"
                self._disagree_since.pop(s.id, None)
                self.rest_corrections += 1
                corrected.append(s.id)
        return corrected

    def set_thresholds(self, thresholds: ThresholdConfig | Mapping[str, Any]) -> None:
        """New thresholds: every tile's level is worked out again at the next flush."""
        self.thresholds = ThresholdConfig.from_mapping(thresholds)
        for qid, tile in self.tiles.items():
            tile.thresholds = self.thresholds.for_queue(qid)
            self._pending.setdefault(qid, tile.stats)
            self._pending_source.setdefault(qid, "same")

    def _remove(self, qid: str) -> None:
        self._pending.pop(qid, None)
        self._pending_source.pop(qid, None)
        self._disagree_since.pop(qid, None)
        self.trends.pop(qid, None)
        if self.tiles.pop(qid, None) is not None:
            self._removed.append(qid)

    # -- output -----------------------------------------------------------------------------------
    def flush(self) -> BoardChanges:
        """Apply what is pending; re-evaluate queues whose longest wait grows; sample trends."""
        now = self._clock()
        changes = BoardChanges(removed=self._removed)
        self._removed = []
        pending, sources = self._pending, self._pending_source
        self._pending, self._pending_source = {}, {}
        touched: set[str] = set()
        for qid, stats in pending.items():
            tile = self.tiles.get(qid)
            source = sources.get(qid, "stream")
            if tile is None:
                tile = TileState(stats, self.thresholds.for_queue(qid), now, now)
                self.tiles[qid] = tile
                self.trends[qid] = TrendBuffer(self._trend_capacity)
            elif source != "same":
                if tile.stats != stats:
                    tile.stats = stats
                tile.updated_at = now
                if source == "rest":
                    tile.confirmed_at = now
            touched.add(qid)
        # Longest wait grows while callers wait: levels may change with no update at all.
        for qid, tile in self.tiles.items():
            if (qid in touched or tile.stats.queue_length > 0) and self._evaluate(tile, now, changes):
                touched.add(qid)
        for qid in touched:
            tile = self.tiles[qid]
            tile.version += 1
            changes.updated.append(tile)
        if now - self._last_trend >= self.trend_interval:
            self._last_trend = now
            self.trend_samples += 1
            for qid, tile in self.tiles.items():
                self.trends[qid].append(now, tile.waiting, tile.longest_wait(now))
        return changes

    def _evaluate(self, tile: TileState, now: float, changes: BoardChanges) -> bool:
        t = tile.thresholds
        waiting, longest = tile.waiting, tile.longest_wait(now)
        new = t.level(waiting, longest)
        if tile.level is Level.CRITICAL and new is not Level.CRITICAL and not t.clear_of_critical(waiting, longest):
            new = Level.CRITICAL  # hysteresis: stay critical until clear of it by the margin
        if new is Level.CRITICAL and tile.level is not Level.CRITICAL and tile.armed:
            tile.armed = False
            changes.crossed_critical.append(tile)
        if new is not Level.CRITICAL:
            tile.armed = True
        changed = new is not tile.level
        tile.level = new
        return changed

    # -- queries ----------------------------------------------------------------------------------
    def lagging(self, tile: TileState, now: float | None = None) -> bool:
        """True when this queue's figures are older than ``lag_after`` while the stream delivers
        updates for other queues, or when the stream is not live at all."""
        now = self._clock() if now is None else now
        if not self.stream_live:
            return True
        if tile.age(now) < self.lag_after:
            return False
        last = self.last_stream_update
        return last is not None and now - last < self.lag_after

    def ordered(self, key: str = "urgency", now: float | None = None) -> list[TileState]:
        now = self._clock() if now is None else now
        tiles = list(self.tiles.values())
        if key == "name":
            tiles.sort(key=lambda t: (t.name.casefold(), t.queue_id))
        elif key == "waiting":
            tiles.sort(key=lambda t: (-t.waiting, -t.longest_wait(now), t.name.casefold(), t.queue_id))
        else:
            tiles.sort(key=lambda t: urgency_key(t, now))
        return tiles
