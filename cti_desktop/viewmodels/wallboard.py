"""The supervisor wallboard: one tile per queue the person may supervise, live, with thresholds.

The provider's follower writes every stream update into a Qt-free :class:`QueueBoard` (latest figures
per queue, coalesced). A :class:`QTimer` flushes the board ``flush_hz`` times per second: only the
tiles that changed are turned into :class:`TileView` texts and announced with one ``dataChanged`` of
the :class:`WallboardTileModel`; the order (sort, filter) is worked out at most once per second, so
an event storm of hundreds of queues costs the GUI a few small repaints per second and no widgets.

A queue crossing into critical notifies once (``notify(title, text)`` and ``criticalCrossed``); it
must fall clear of critical before it can notify again (see :class:`Thresholds`).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import qasync
from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import NotFound, ScopeMissing, UserFacingError
from cti_desktop.core.queue_board import Level, QueueBoard, ThresholdConfig, TileState
from cti_desktop.core.queue_reads import OrganisationTotals, QueueStatsReads, organisation_totals
from cti_desktop.core.vendors import catalog

from .base import ViewModel
from .session_bridge import SessionBridge

__all__ = ["SORT_KEYS", "TileView", "WallboardTileModel", "WallboardViewModel", "counts_words", "format_duration",
           "organisation_words"]

log = logging.getLogger(__name__)

#: Sort keys and their names in words.
SORT_KEYS = {"urgency": "Urgency", "name": "Name", "waiting": "Calls waiting"}
TILE_ROLE = Qt.ItemDataRole.UserRole + 1
QUEUE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
#: A notification lists at most this many queues; more crossings at once become one summary.
NOTIFY_AT_ONCE = 3
TREND_CURVES = 6
#: How often (seconds) texts that change with time alone are worked out again.
TIME_TEXTS_EVERY = 0.5


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = max(0, int(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d}"


def counts_words(answered: int, dropped: int, total: int) -> str:
    """Calls answered, dropped and in all, each figure with its label: "Answered 19 · Dropped 4 · Total 23"."""
    return f"Answered {answered} · Dropped {dropped} · Total {total}"


@dataclass(frozen=True, slots=True)
class TileView:
    """Everything one tile shows, already in words."""

    queue_id: str
    name: str
    number: str
    level: int  # Level value
    level_label: str  # "Normal" / "Warning" / "Critical": the cue that does not rely on colour
    waiting: int
    longest: int
    longest_text: str
    average_text: str
    last_text: str
    period_text: str  # answered / dropped / total
    day_text: str
    period_words: str  # the same figures labelled: "Answered 19 · Dropped 4 · Total 23"
    day_words: str
    answer_rate_text: str
    logged_in: int
    free: int
    presence_text: str
    age_text: str  # "" when fresh, else e.g. "data 45 s old"

    @property
    def summary(self) -> str:
        """One line for screen readers and tooltips."""
        parts = [f"{self.name}: {self.level_label}", f"{self.waiting} waiting", f"longest wait {self.longest_text}",
                 f"average {self.average_text}", f"last {self.last_text}",
                 f"this period {self.period_words} (24 h {self.day_words})",
                 f"answer rate {self.answer_rate_text}", f"{self.logged_in} agents logged in, {self.free} free"]
        if self.presence_text:
            parts.append(self.presence_text)
        if self.age_text:
            parts.append(self.age_text)
        return "; ".join(parts)


def organisation_words(totals: OrganisationTotals) -> str:
    """The organisation's totals row in words."""
    rate = totals.answer_rate
    queues = f"{totals.queues} queue{'s' if totals.queues != 1 else ''}"
    return (f"Whole organisation: {queues} · {totals.waiting} waiting · longest wait "
            f"{format_duration(totals.longest_waiting if totals.waiting else 0)} · {totals.logged_in_agents} agents "
            f"logged in, {totals.available_agents} free · 24 h: "
            f"{counts_words(totals.answered_24h, totals.dropped_24h, totals.total_24h)} · answer rate "
            f"{'–' if rate is None else f'{rate * 100:.0f} %'}")


def tile_view(tile: TileState, now: float, lagging: bool) -> TileView:
    s = tile.stats
    rate = tile.answer_rate
    longest = tile.longest_wait(now)
    age = tile.age(now)
    return TileView(
        queue_id=s.id, name=tile.name, number=s.number, level=int(tile.level), level_label=tile.level.label,
        waiting=s.queue_length, longest=longest, longest_text=format_duration(longest),
        average_text=format_duration(s.average_wait), last_text=format_duration(s.last_wait),
        period_text=f"{s.answered_period} / {s.dropped_period} / {s.total_period}",
        day_text=f"{s.answered_24h} / {s.dropped_24h} / {s.total_24h}",
        period_words=counts_words(s.answered_period, s.dropped_period, s.total_period),
        day_words=counts_words(s.answered_24h, s.dropped_24h, s.total_24h),
        answer_rate_text="–" if rate is None else f"{rate * 100:.0f} %",
        logged_in=s.logged_in_agents, free=s.available_agents,
        presence_text=", ".join(f"{name} {count}" for name, count in s.agent_presence if count),
        age_text=f"data {format_duration(age)} old" if lagging and age >= 1 else "",
    )


class WallboardTileModel(QAbstractListModel):
    """The visible tiles in their order. ``TILE_ROLE`` gives the :class:`TileView`.

    Views are made lazily, when a tile is painted (or asked for): in an event storm hundreds of
    queues change between two flushes while only the few dozen tiles on screen need their texts.
    """

    def __init__(self, make_view: Callable[[str], TileView | None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make_view = make_view
        self._order: list[str] = []
        self._rows: dict[str, int] = {}
        self._views: dict[str, TileView] = {}
        self._known: set[str] = set()
        self._dirty: set[str] = set()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._order):
            return None
        qid = self._order[index.row()]
        if role == QUEUE_ID_ROLE:
            return qid
        if role not in (TILE_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        view = self.view(qid)
        if view is None:
            return None
        if role == TILE_ROLE:
            return view
        if role == Qt.ItemDataRole.ToolTipRole:
            return view.summary
        return f"{view.name}: {view.level_label}, {view.waiting} waiting"

    # -- used by the view-model -------------------------------------------------------------------
    @property
    def order(self) -> list[str]:
        return list(self._order)

    def known(self, qid: str) -> bool:
        return qid in self._known

    def view(self, qid: str) -> TileView | None:
        """The tile's texts, made now if they changed since they were last made."""
        if qid not in self._known:
            return None
        view = self._views.get(qid)
        if view is None or qid in self._dirty:
            view = self._make_view(qid)
            if view is None:
                return self._views.get(qid)
            self._views[qid] = view
            self._dirty.discard(qid)
        return view

    def mark_changed(self, qids: Iterable[str]) -> list[str]:
        """These tiles' texts changed: repaint their rows. Returns the ids seen for the first time."""
        fresh: list[str] = []
        rows: list[int] = []
        for qid in qids:
            if qid not in self._known:
                self._known.add(qid)
                fresh.append(qid)
            self._dirty.add(qid)
            row = self._rows.get(qid)
            if row is not None:
                rows.append(row)
        if rows:
            self.dataChanged.emit(self.index(min(rows)), self.index(max(rows)), [TILE_ROLE])
        return fresh

    def forget(self, qids: list[str]) -> None:
        for qid in qids:
            self._views.pop(qid, None)
            self._known.discard(qid)
            self._dirty.discard(qid)

    def set_order(self, order: list[str]) -> bool:
        if order == self._order:
            return False
        if len(order) == len(self._order) and set(order) == set(self._order):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            ids = [self._order[i.row()] for i in old]
            self._order = order
            self._rows = {qid: row for row, qid in enumerate(order)}
            self.changePersistentIndexList(old, [self.index(self._rows[q]) for q in ids])
            self.layoutChanged.emit()
        else:
            self.beginResetModel()
            self._order = order
            self._rows = {qid: row for row, qid in enumerate(order)}
            self.endResetModel()
        return True


class WallboardViewModel(ViewModel):
    """The wallboard of one session. Call :meth:`start` once the loop runs; :meth:`aclose` at the end.

    ``thresholds`` is a :class:`ThresholdConfig` or its plain mapping
    (``{"default": {...}, "queues": {"101": {...}}}``); ``notify(title, text)`` shows a desktop
    notification (e.g. ``DesktopNotifier().notify``).
    """

    statusChanged = Signal()
    liveChanged = Signal()
    deniedChanged = Signal()
    filterTextChanged = Signal()
    sortKeyChanged = Signal()
    tvModeChanged = Signal()
    countsChanged = Signal()
    chartQueuesChanged = Signal()
    trendChanged = Signal()
    orderChanged = Signal()
    thresholdsChanged = Signal()
    criticalCrossed = Signal(str, str)  # queue id, message
    organisationChanged = Signal()
    queueDetailChanged = Signal()

    def __init__(
        self,
        bridge: SessionBridge,
        *,
        thresholds: ThresholdConfig | Mapping[str, Any] | None = None,
        notify: Callable[[str, str], object] | None = None,
        flush_hz: float = 5.0,
        order_every: float = 1.0,
        check_every: float = 15.0,
        lag_after: float = 30.0,
        heartbeat_interval: float = 15.0,
        backoff_initial: float = 1.0,
        trend_interval: float = 5.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._notify = notify
        self._check_every = check_every
        self._heartbeat = heartbeat_interval
        self._backoff_initial = backoff_initial
        self._order_every = order_every
        self.board = QueueBoard(thresholds, lag_after=lag_after, trend_interval=trend_interval)
        self.model = WallboardTileModel(self._make_view, self)
        self._status = "Connecting…"
        self._live = False
        self._denied = ""
        self._filter = ""
        self._sort = "urgency"
        self._tv = False
        self._counts = (0, 0, 0)
        self._chart_queues: list[str] = []
        self._chart_selected: list[str] = []
        self._trend_seen = 0
        self._last_order = -1e9
        self._order_dirty = True
        self._last_time_texts = -1e9
        self._aging: set[str] = set()  # tiles whose texts move with time (callers waiting, data lagging)
        self._task: asyncio.Task | None = None
        self._follower = None
        self._closed = False
        self._lag_after = lag_after
        reads = bridge.session.backend.queues
        #: On-demand reads (the organisation's totals, one queue alone), where the phone system has them.
        self._reads: QueueStatsReads | None = reads if isinstance(reads, QueueStatsReads) else None
        self.organisation: OrganisationTotals | None = None
        self._organisation_text = ""
        self._organisation_note = ""
        self._org_task: asyncio.Task | None = None
        self._detail_id = ""
        self._detail_text = ""
        #: Single-queue reads in flight, and when each queue was last read alone (monotonic).
        self._reading: dict[str, asyncio.Task] = {}
        self._read_at: dict[str, float] = {}
        #: How many times a queue was read alone because its figures went stale.
        self.stale_reads = 0
        self._timer = QTimer(self)
        self._timer.setInterval(max(20, int(1000 / max(0.5, flush_hz))))
        self._timer.timeout.connect(self.flush)

    # ------------------------------------------------------------------------------ properties
    def _get_status(self) -> str:
        return self._status

    status = Property(str, _get_status, notify=statusChanged)

    def _get_live(self) -> bool:
        return self._live

    live = Property(bool, _get_live, notify=liveChanged)

    def _get_denied(self) -> str:
        return self._denied

    denied = Property(str, _get_denied, notify=deniedChanged)

    def _get_filter(self) -> str:
        return self._filter

    def _set_filter(self, text: str) -> None:
        if self._update("_filter", str(text or ""), self.filterTextChanged):
            self._apply_order(force=True)

    filterText = Property(str, _get_filter, _set_filter, notify=filterTextChanged)

    def _get_sort(self) -> str:
        return self._sort

    def _set_sort(self, key: str) -> None:
        if key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {key!r}; known: {', '.join(SORT_KEYS)}")
        if self._update("_sort", key, self.sortKeyChanged):
            self._apply_order(force=True)

    sortKey = Property(str, _get_sort, _set_sort, notify=sortKeyChanged)

    def _get_tv(self) -> bool:
        return self._tv

    def _set_tv(self, on: bool) -> None:
        if self._update("_tv", bool(on), self.tvModeChanged):
            self._apply_order(force=True)

    tvMode = Property(bool, _get_tv, _set_tv, notify=tvModeChanged)

    def _get_queue_count(self) -> int:
        return self._counts[0]

    queueCount = Property(int, _get_queue_count, notify=countsChanged)

    def _get_warning_count(self) -> int:
        return self._counts[1]

    warningCount = Property(int, _get_warning_count, notify=countsChanged)

    def _get_critical_count(self) -> int:
        return self._counts[2]

    criticalCount = Property(int, _get_critical_count, notify=countsChanged)

    def _get_chart_queues(self) -> list:
        return list(self._chart_queues)

    chartQueues = Property(list, _get_chart_queues, notify=chartQueuesChanged)

    def _get_organisation_supported(self) -> bool:
        return self._reads is not None

    #: The phone system gives the whole organisation's statistics and single queues on demand.
    organisationSupported = Property(bool, _get_organisation_supported, constant=True)

    def _get_organisation_text(self) -> str:
        if self._reads is None:
            return self._missing("organisation-wide queue totals")
        return self._organisation_text or "Reading the organisation's totals…"

    def _missing(self, what: str) -> str:
        backend = self._bridge.session.backend
        feature = "queues" if backend.queues is None else "queue_stats"
        return catalog().missing_reason(backend.name, feature, what=what) + "."

    #: The organisation's totals row in words (or why there is none).
    organisationText = Property(str, _get_organisation_text, notify=organisationChanged)

    def _get_organisation_note(self) -> str:
        return self._organisation_note

    #: Why the totals may be old or are missing ("" when they are current).
    organisationNote = Property(str, _get_organisation_note, notify=organisationChanged)

    def _get_detail_id(self) -> str:
        return self._detail_id

    #: The queue opened in detail ("" when none).
    detailQueue = Property(str, _get_detail_id, notify=queueDetailChanged)

    def _get_detail_text(self) -> str:
        return self._detail_text

    #: The opened queue's figures as the server gave them just now, in words (or why not).
    detailText = Property(str, _get_detail_text, notify=queueDetailChanged)

    @property
    def effective_sort(self) -> str:
        """TV mode always sorts by urgency."""
        return "urgency" if self._tv else self._sort

    @property
    def thresholds(self) -> ThresholdConfig:
        return self.board.thresholds

    def set_thresholds(self, thresholds: ThresholdConfig | Mapping[str, Any]) -> None:
        """New levels (e.g. from the settings): applied at the next flush. Raises ValueError when invalid."""
        self.board.set_thresholds(thresholds)
        self.thresholdsChanged.emit()

    # -------------------------------------------------------------------------------- lifecycle
    def start(self) -> None:
        """Start following (needs the running loop). Safe to call twice."""
        if self._task is not None or self._closed:
            return
        self._timer.start()
        self._task = self._bridge.session.spawn(self._follow(), name="wallboard")
        if self._reads is not None:
            self._org_task = self._bridge.session.spawn(self._organisation_loop(), name="wallboard-organisation")

    async def aclose(self) -> None:
        self._closed = True
        self._timer.stop()
        if self._follower is not None:
            self._follower.stop()
        tasks = [t for t in (self._task, self._org_task, *self._reading.values()) if t is not None and not t.done()]
        self._task = self._org_task = None
        self._reading.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    async def _follow(self) -> None:
        backend = self._bridge.session.backend
        stream = backend.queue_stats_stream
        queues = backend.queues
        if stream is not None:
            await self._follow_stream(stream)
        elif queues is not None:
            await self._poll(queues)
        else:
            self._set_denied("This server offers no queue statistics.")

    async def _follow_stream(self, stream) -> None:
        """Backends that push queue statistics: follow the stream (the follower owns its client)."""
        self._follower = stream.follower(
            self.board, heartbeat_interval=self._heartbeat, check_every=self._check_every,
            backoff_initial=self._backoff_initial, on_status=self._on_status, on_denied=self._set_denied,
            on_error=self.set_error)
        try:
            await self._follower.run()
        finally:
            self._follower = None

    async def _poll(self, queues) -> None:
        """Backends with queue statistics but no stream: read them every ``check_every`` seconds."""
        self.board.stream_live = True
        while True:
            try:
                self.board.seed(await queues.queue_stats())
            except ScopeMissing:
                self._set_denied("Queue statistics are not available with this account.")
                return
            except UserFacingError as exc:
                self.set_error(str(exc))
                self._on_status(ConnectionStatus(ConnectionState.RECONNECTING, reason=str(exc)))
            else:
                self.clear_error()
                self._on_status(ConnectionStatus(ConnectionState.LIVE))
            await asyncio.sleep(self._check_every)

    # ----------------------------------------------------------------- organisation and single queues
    async def _organisation_loop(self) -> None:
        """The whole organisation's statistics (``organisation_queue_stats``) every ``check_every`` s."""
        assert self._reads is not None
        while True:
            try:
                totals = organisation_totals(await self._reads.organisation_queue_stats())
            except ScopeMissing as exc:
                log.info("organisation queue statistics refused: %s", exc)
                self.organisation = None
                self._organisation_text = "The organisation's totals are not available with this account."
                self._organisation_note = str(exc)
                self.organisationChanged.emit()
                return
            except UserFacingError as exc:
                log.info("organisation queue statistics not read: %s", exc)
                note = f"Organisation totals may be out of date: {exc}"
                if note != self._organisation_note:
                    self._organisation_note = note
                    self.organisationChanged.emit()
            else:
                text = organisation_words(totals)
                if text != self._organisation_text or self._organisation_note:
                    self.organisation = totals
                    self._organisation_text = text
                    self._organisation_note = ""
                    self.organisationChanged.emit()
            await asyncio.sleep(self._check_every)

    async def read_queue(self, queue_id: str) -> bool:
        """Read one queue alone (``queue_stat``) and put its figures on the board. ``True`` on success."""
        queue_id = str(queue_id)
        if self._reads is None:
            return False
        self._read_at[queue_id] = time.monotonic()
        try:
            stat = await self._reads.queue_stat(queue_id)
        except NotFound:
            self._say_detail(queue_id, "The phone system does not know this queue any more.")
            return False
        except UserFacingError as exc:
            log.info("queue %s not read: %s", queue_id, exc)
            self._say_detail(queue_id, f"Could not read this queue: {exc}")
            return False
        if stat.id != queue_id:  # the answer is the queue asked for, whatever id it spells
            stat = dataclasses.replace(stat, id=queue_id)
        self.board.offer([stat], source="rest")
        if queue_id == self._detail_id:
            self._say_detail(queue_id, self._detail_words(stat))
        return True

    def _detail_words(self, s) -> str:
        name = s.name or s.id
        number = f" ({s.number})" if s.number else ""
        presence = ", ".join(f"{n} {c}" for n, c in s.agent_presence if c)
        return (f"{name}{number}: {s.queue_length} waiting, longest wait "
                f"{format_duration(s.longest_waiting if s.queue_length else 0)}, average {format_duration(s.average_wait)}, "
                f"last {format_duration(s.last_wait)}; {s.logged_in_agents} agents logged in, {s.available_agents} free"
                + (f" ({presence})" if presence else "")
                + f"; this period {counts_words(s.answered_period, s.dropped_period, s.total_period)}"
                f"; 24 h {counts_words(s.answered_24h, s.dropped_24h, s.total_24h)}.")

    def _say_detail(self, queue_id: str, text: str) -> None:
        if queue_id == self._detail_id and text != self._detail_text:
            self._detail_text = text
            self.queueDetailChanged.emit()

    async def open_queue(self, queue_id: str) -> bool:
        """Open one queue's detail: its figures read fresh, that queue alone."""
        queue_id = str(queue_id)
        self._detail_id = queue_id
        self._detail_text = (f"Reading {self.queue_name(queue_id)}…" if self._reads is not None else
                             self._missing("single-queue reads"))
        self.queueDetailChanged.emit()
        return await self.read_queue(queue_id)

    @qasync.asyncSlot(str)
    async def openQueue(self, queue_id: str) -> None:  # noqa: N802 - Qt API
        await self.open_queue(queue_id)

    @Slot()
    def closeQueue(self) -> None:  # noqa: N802 - Qt API
        if self._detail_id:
            self._detail_id = ""
            self._detail_text = ""
            self.queueDetailChanged.emit()

    def _refresh_stale(self, now: float) -> None:
        """Queues whose figures went stale while the stream is live for others: read each alone,
        one read per queue at a time, and not again before ``lag_after`` seconds."""
        if self._reads is None or not self.board.stream_live or self._closed:
            return
        for qid, tile in self.board.tiles.items():
            if qid in self._reading or now - self._read_at.get(qid, -1e9) < self._lag_after:
                continue
            if not self.board.lagging(tile, now):
                continue
            self.stale_reads += 1
            log.info("queue %s has had no update for %.0f s; reading it alone", qid, tile.age(now))
            task = self._bridge.session.spawn(self.read_queue(qid), name=f"wallboard-queue-{qid}")
            self._reading[qid] = task
            task.add_done_callback(lambda t, q=qid: self._reading.pop(q, None) if self._reading.get(q) is t else None)

    def _on_status(self, status: ConnectionStatus) -> None:
        self._update("_status", status.describe(), self.statusChanged)
        self._update("_live", status.state is ConnectionState.LIVE, self.liveChanged)

    def _set_denied(self, message: str) -> None:
        self._update("_denied", message, self.deniedChanged)
        self._update("_status", "Not available", self.statusChanged)
        self._timer.stop()

    def _make_view(self, qid: str) -> TileView | None:
        tile = self.board.tiles.get(qid)
        if tile is None:
            return None
        now = time.monotonic()
        return tile_view(tile, now, self.board.lagging(tile, now))

    # ------------------------------------------------------------------------------------ flush
    @Slot()
    def flush(self) -> None:
        """Apply what the board gathered since the last flush (run by the timer)."""
        board = self.board
        now = time.monotonic()
        changes = board.flush()
        if changes.removed:
            self.model.forget(changes.removed)
            self._order_dirty = True
        changed = {tile.queue_id for tile in changes.updated}
        # Texts that move with time alone (a growing longest wait, a data age) move by whole seconds:
        # look at them twice a second, not at every flush (an event storm flushes hundreds of tiles).
        time_texts = now - self._last_time_texts >= TIME_TEXTS_EVERY or bool(changes.removed)
        if time_texts:
            self._last_time_texts = now
            aging = {qid for qid, tile in board.tiles.items() if tile.stats.queue_length > 0 or board.lagging(tile, now)}
            changed |= aging | self._aging  # the ones that stopped aging once more, to clear their texts
            self._aging = aging
            self._refresh_stale(now)
        if changed:
            fresh = self.model.mark_changed(changed)
            if fresh or self.effective_sort != "name":
                self._order_dirty = True
        if changes.updated or changes.removed:
            self._update_counts()
        self._apply_order()
        if changes.crossed_critical:
            self._announce(changes.crossed_critical)
        if board.trend_samples != self._trend_seen:
            self._trend_seen = board.trend_samples
            self._refresh_chart_queues()
            self.trendChanged.emit()

    def _update_counts(self) -> None:
        levels = [t.level for t in self.board.tiles.values()]
        counts = (len(levels), levels.count(Level.WARNING), levels.count(Level.CRITICAL))
        self._update("_counts", counts, self.countsChanged)

    def _apply_order(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and (not self._order_dirty or now - self._last_order < self._order_every):
            return
        self._last_order = now
        self._order_dirty = False
        tiles = self.board.ordered(self.effective_sort, now)
        needle = "" if self._tv else self._filter.strip().casefold()
        if needle:
            tiles = [t for t in tiles if needle in t.name.casefold() or needle in t.stats.number
                     or needle == t.queue_id or needle in t.level.label.casefold()]
        order = [t.queue_id for t in tiles if self.model.known(t.queue_id)]
        if self.model.set_order(order):
            self.orderChanged.emit()
        self._refresh_chart_queues()

    def _announce(self, tiles: list[TileState]) -> None:
        now = time.monotonic()
        for tile in tiles:
            message = (f"{tile.waiting} waiting, longest wait {format_duration(tile.longest_wait(now))}")
            self.criticalCrossed.emit(tile.queue_id, f"{tile.name} is critical: {message}")
        if self._notify is None:
            return
        try:
            if len(tiles) <= NOTIFY_AT_ONCE:
                for tile in tiles:
                    self._notify(f"Queue critical: {tile.name}",
                                 f"{tile.waiting} waiting, longest wait {format_duration(tile.longest_wait(now))}")
            else:
                names = ", ".join(t.name for t in tiles[:NOTIFY_AT_ONCE])
                self._notify(f"{len(tiles)} queues became critical",
                             f"{names} and {len(tiles) - NOTIFY_AT_ONCE} more")
        except Exception:  # a notification never takes the wallboard down
            log.exception("could not show a desktop notification")

    # ------------------------------------------------------------------------------------ chart
    @Slot(list)
    def selectForChart(self, queue_ids: list) -> None:
        """The queues to chart (the selected tiles); empty: the most urgent ones."""
        self._chart_selected = [str(q) for q in queue_ids][:TREND_CURVES]
        self._refresh_chart_queues()
        self.trendChanged.emit()

    def _refresh_chart_queues(self) -> None:
        chosen = [q for q in self._chart_selected if q in self.board.tiles]
        if not chosen:
            chosen = [t.queue_id for t in self.board.ordered("urgency")[:TREND_CURVES]]
        if chosen != self._chart_queues:
            self._chart_queues = chosen
            self.chartQueuesChanged.emit()

    def trend(self, queue_id: str):
        """``(minutes_ago, waiting, longest_seconds)`` arrays for one queue (empty when unknown)."""
        import numpy as np

        buffer = self.board.trends.get(queue_id)
        if buffer is None or not len(buffer):
            empty = np.zeros(0)
            return empty, empty, empty
        times, waiting, longest = buffer.arrays()
        return (times - time.monotonic()) / 60.0, waiting, longest

    def queue_name(self, queue_id: str) -> str:
        tile = self.board.tiles.get(queue_id)
        return tile.name if tile else queue_id
