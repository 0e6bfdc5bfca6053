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
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Property, QObject, QTimer, Signal, Slot

from cti_desktop.core.queue_board import Level, QueueBoard, ThresholdConfig, TileState
from cti_desktop.core.queue_reads import OrganisationTotals, QueueStatsReads
from cti_desktop.core.vendors import catalog
from cti_desktop.core.wallboard_words import (
    NOTIFY_AT_ONCE,
    TileView,
    counts_words,
    critical_message,
    critical_notifications,
    format_duration,
    organisation_words,
    tile_view,
)
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel, command
from .session_bridge import SessionBridge
from .wallboard_follow import QueueStatsFollowMixin
from .wallboard_reads import QueueReadsMixin
from .wallboard_tiles import QUEUE_ID_ROLE, TILE_ROLE, WallboardTileModel

# The texts live in core.wallboard_words, the tile model in wallboard_tiles; their names stay importable here.
__all__ = ["NOTIFY_AT_ONCE", "QUEUE_ID_ROLE", "SORT_KEYS", "TILE_ROLE", "TREND_CURVES", "TileView",
           "WallboardTileModel", "WallboardViewModel", "counts_words", "format_duration", "organisation_words",
           "tile_view"]

log = logging.getLogger(__name__)

#: Sort keys and their names in words.
SORT_KEYS = TranslatedWords("Wallboard", {"urgency": QT_TRANSLATE_NOOP("Wallboard", "Urgency"), "name": QT_TRANSLATE_NOOP("Wallboard", "Name"), "waiting": QT_TRANSLATE_NOOP("Wallboard", "Calls waiting")})
TREND_CURVES = 6
#: How often (seconds) texts that change with time alone are worked out again.
TIME_TEXTS_EVERY = 0.5


class WallboardViewModel(QueueStatsFollowMixin, QueueReadsMixin, ViewModel):
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
        self._status = translate("Wallboard", "Connecting…")
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
            return self._missing(translate("Wallboard", "organisation-wide queue totals"))
        return self._organisation_text or translate("Wallboard", "Reading the organisation's totals…")

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
        await self.close_commands()
        self._timer.stop()
        if self._follower is not None:
            self._follower.stop()
        tasks = [t for t in (self._task, self._org_task, *self._reading.values()) if t is not None and not t.done()]
        self._task = self._org_task = None
        self._reading.clear()
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    # ----------------------------------------------------------------- organisation and single queues
    @command(str)
    async def openQueue(self, queue_id: str) -> None:  # noqa: N802 - Qt API
        await self.open_queue(queue_id)

    @Slot()
    def closeQueue(self) -> None:  # noqa: N802 - Qt API
        if self._detail_id:
            self._detail_id = ""
            self._detail_text = ""
            self.queueDetailChanged.emit()

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
            self.criticalCrossed.emit(tile.queue_id, translate("Wallboard", "{name} is critical: {why}").format(
                name=tile.name, why=critical_message(tile, now)))
        if self._notify is None:
            return
        try:
            for title, text in critical_notifications(tiles, now):
                self._notify(title, text)
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
