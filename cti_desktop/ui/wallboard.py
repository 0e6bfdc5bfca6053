"""The supervisor wallboard window: painted queue tiles, trend chart, filter/sort, TV mode.

Tiles are rows of the view-model's :class:`WallboardTileModel` shown by one :class:`QListView` in a
wrapping grid and painted by :class:`TileDelegate` — no widget per queue, so hundreds of queues and
thousands of updates per second cost only repaints of what changed. Every level has a colour AND a
text/symbol cue ("✔ Normal", "▲ Warning", "■ CRITICAL"), and critical tiles get a thick border, so
the board reads without colour vision.

This module holds the window and its toolbar; the tiles and their painting are in
:mod:`cti_desktop.ui.wallboard_tiles`, TV mode's layout in :mod:`cti_desktop.ui.wallboard_tv_layout`
(the names they export are importable from here too).

``WallboardWindow(vm)`` is a plain widget: put it in a tab, or show it as its own window.
:func:`open_wallboard` builds the view-model for a session and shows the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.core.queue_board import ThresholdConfig
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import QUEUE_ID_ROLE, SORT_KEYS, WallboardViewModel

from .theme import set_style
from .trend_chart import TrendChart
from .wallboard_tiles import LEVEL_STYLE, TILE_WIDTH, TV_SCALE, TileDelegate, detail_lines, level_style, tile_lines, tv_figures
from .wallboard_tv_layout import TvModeLayout

__all__ = ["LEVEL_STYLE", "TILE_WIDTH", "TV_SCALE", "TileDelegate", "WallboardWindow", "detail_lines", "level_style",
           "open_wallboard", "tile_lines", "tv_figures"]

log = logging.getLogger(__name__)


#: The organisation's row: the palette's text on its alternate base (a band that stands out in both schemes).
ORGANISATION_STYLE = ("QLabel { padding: 4px 8px; background: palette(alternate-base); color: palette(text);"
                      " border-radius: 4px; }")


class WallboardWindow(TvModeLayout, QWidget):
    """The wallboard. Owns nothing but widgets; ``vm`` is the :class:`WallboardViewModel`.
    ``closed`` is emitted when the window (or the tab's widget) is closed."""

    closed = Signal()

    def __init__(self, vm: WallboardViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(translate("Wallboard", "Queue wallboard"))
        self.setAccessibleName(translate("Wallboard", "Queue wallboard"))
        self._was_maximized = False

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText(translate("Wallboard", "Filter queues (name, number, level)…"))
        self.filter_box.setAccessibleName(translate("Wallboard", "Filter queues"))
        self.filter_box.setToolTip(translate("Wallboard", "Show only the queues whose name or number contains this text (Ctrl+F)"))
        self.filter_box.setClearButtonEnabled(True)
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName(translate("Wallboard", "Sort queues by"))
        self.sort_box.setToolTip(translate("Wallboard", "Order of the tiles"))
        for key, label in SORT_KEYS.items():
            self.sort_box.addItem(translate("Wallboard", "Sort: {label}").format(label=label), key)
        self.tv_button = QPushButton(translate("Wallboard", "TV mode"), self)
        self.tv_button.setCheckable(True)
        self.tv_button.setAccessibleName(translate("Wallboard", "TV mode"))
        self.tv_button.setToolTip(translate("Wallboard", "Full screen, large type, most urgent queues first (F11; Esc leaves)"))
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName(translate("Wallboard", "Queue counts"))
        self.counts_label.setToolTip(translate("Wallboard", "Queues shown, and how many are at warning or critical level"))
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName(translate("Wallboard", "Live data status"))
        self.status_label.setToolTip(translate("Wallboard", "Whether the live queue statistics are connected"))
        self.message = QLabel(self)
        self.message.setAccessibleName(translate("Wallboard", "Wallboard message"))
        self.message.setWordWrap(True)
        set_style(self.message, "QLabel { padding: 12px; font-size: 14pt; }")
        self.message.hide()

        # The whole organisation's totals (a supervisor's), and the one queue opened in detail.
        self.organisation_label = QLabel(self)
        self.organisation_label.setObjectName("organisationTotals")
        self.organisation_label.setAccessibleName(translate("Wallboard", "Organisation totals"))
        self.organisation_label.setWordWrap(True)
        set_style(self.organisation_label, ORGANISATION_STYLE)
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("queueDetail")
        self.detail_label.setAccessibleName(translate("Wallboard", "Queue detail"))
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_refresh = QPushButton(translate("Wallboard", "Read again"), self)
        self.detail_refresh.setAccessibleName(translate("Wallboard", "Read this queue again"))
        self.detail_refresh.setToolTip(translate("Wallboard", "Read this queue's figures from the phone system now"))
        self.detail_close = QPushButton(translate("Wallboard", "Close"), self)
        self.detail_close.setAccessibleName(translate("Wallboard", "Close the queue detail"))
        self.detail_box = QWidget(self)
        detail_row = QHBoxLayout(self.detail_box)
        detail_row.setContentsMargins(0, 0, 0, 0)
        detail_row.addWidget(self.detail_label, 1)
        detail_row.addWidget(self.detail_refresh)
        detail_row.addWidget(self.detail_close)
        self.detail_box.hide()

        self.tiles = QListView(self)
        self.tiles.setAccessibleName(translate("Wallboard", "Queue tiles"))
        self.tiles.setToolTip(translate("Wallboard", "One tile per queue; select tiles to chart them; double-click (or Enter) "
                              "reads one queue's figures now"))
        self.tiles.setViewMode(QListView.ViewMode.ListMode)
        self.tiles.setFlow(QListView.Flow.LeftToRight)
        self.tiles.setWrapping(True)
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setUniformItemSizes(True)
        self.tiles.setLayoutMode(QListView.LayoutMode.Batched)
        self.tiles.setBatchSize(200)
        self.tiles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tiles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tiles.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.delegate = TileDelegate(self.tiles)
        self.tiles.setItemDelegate(self.delegate)
        self.tiles.setModel(vm.model)
        self.tiles.viewport().installEventFilter(self)
        for signal in (vm.model.rowsInserted, vm.model.rowsRemoved, vm.model.modelReset):
            signal.connect(self._tv_count_changed)
        self._tv_grid = None  # the TV grid laid out now (None outside TV mode)
        self._tv_laying_out = False
        self._screen_followed = None
        self.chart = TrendChart(vm, self)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.tiles)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # The trend needs room for two plots (waiting calls, longest wait) with their axes.
        self.chart.setMinimumHeight(220)
        self.splitter.setSizes([420, 280])

        self.controls = QWidget(self)
        bar = QHBoxLayout(self.controls)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.filter_box, 2)
        bar.addWidget(self.sort_box)
        bar.addWidget(self.tv_button)
        bar.addWidget(self.counts_label, 1)
        bar.addWidget(self.status_label)
        layout = self._layout = QVBoxLayout(self)
        layout.addWidget(self.controls)
        layout.addWidget(self.message)
        layout.addWidget(self.organisation_label)
        layout.addWidget(self.detail_box)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.filter_box, self.sort_box)
        QWidget.setTabOrder(self.sort_box, self.tv_button)
        QWidget.setTabOrder(self.tv_button, self.tiles)

        QShortcut(QKeySequence("F11"), self, activated=lambda: self.tv_button.toggle())
        QShortcut(QKeySequence("Escape"), self, activated=self._leave_tv)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self._focus_filter)

        self.filter_box.textChanged.connect(self._filter_edited)
        self.sort_box.currentIndexChanged.connect(self._sort_chosen)
        self.tv_button.toggled.connect(self._tv_toggled)
        self.tiles.selectionModel().selectionChanged.connect(self._selection_changed)
        self.tiles.activated.connect(self._tile_opened)
        self.detail_refresh.clicked.connect(lambda: self.vm.openQueue(self.vm.detailQueue))
        self.detail_close.clicked.connect(self.vm.closeQueue)
        vm.organisationChanged.connect(self._show_organisation)
        vm.queueDetailChanged.connect(self._show_detail)
        self._show_organisation()
        self._show_detail()
        vm.statusChanged.connect(self._show_status)
        vm.liveChanged.connect(self._show_status)
        vm.deniedChanged.connect(self._show_message)
        vm.errorChanged.connect(self._show_message)
        vm.countsChanged.connect(self._show_counts)
        vm.tvModeChanged.connect(self._show_tv)
        vm.sortKeyChanged.connect(self._show_sort)
        vm.filterTextChanged.connect(self._show_filter)
        self._show_status()
        self._show_message()
        self._show_counts()
        self._show_sort()
        self._show_filter()
        self._show_tv()
        self.resize(1100, 760)

    # -- from the view-model ----------------------------------------------------------------------
    def _show_status(self) -> None:
        live = self.vm.live
        self.status_label.setText(("● " if live else "○ ") + self.vm.status)
        set_style(self.status_label, "" if live else "QLabel { color: $warning; font-weight: bold; }")

    def _show_message(self) -> None:
        text = self.vm.denied or self.vm.error
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if self.vm.denied:
            self.splitter.setVisible(False)

    def _show_organisation(self) -> None:
        vm = self.vm
        text = vm.organisationText
        if vm.organisationNote and vm.organisation is not None:
            text += f" ({vm.organisationNote})"
        self.organisation_label.setText(text)
        self.organisation_label.setToolTip(vm.organisationNote or translate("Wallboard", "Every queue of the organisation, read on its own"))

    def _show_detail(self) -> None:
        self.detail_label.setText(self.vm.detailText)
        self.detail_box.setVisible(bool(self.vm.detailQueue))
        self.detail_refresh.setEnabled(self.vm.organisationSupported)

    def _tile_opened(self, index) -> None:
        qid = index.data(QUEUE_ID_ROLE)
        if qid:
            self.vm.openQueue(qid)

    def _show_counts(self) -> None:
        vm = self.vm
        self.counts_label.setText(translate("Wallboard", "{queueCount} queues · {warningCount} warning · {criticalCount} critical").format(queueCount=vm.queueCount, warningCount=vm.warningCount, criticalCount=vm.criticalCount))

    def _show_sort(self) -> None:
        index = self.sort_box.findData(self.vm.sortKey)
        if index >= 0 and index != self.sort_box.currentIndex():
            self.sort_box.setCurrentIndex(index)

    def _show_filter(self) -> None:
        if self.filter_box.text() != self.vm.filterText:
            self.filter_box.setText(self.vm.filterText)

    # -- from the person --------------------------------------------------------------------------
    @Slot(str)
    def _filter_edited(self, text: str) -> None:
        self.vm.filterText = text

    @Slot(int)
    def _sort_chosen(self, index: int) -> None:
        key = self.sort_box.itemData(index)
        if key:
            self.vm.sortKey = key

    @Slot(bool)
    def _tv_toggled(self, on: bool) -> None:
        self.vm.tvMode = on

    def _leave_tv(self) -> None:
        if self.vm.tvMode:
            self.vm.tvMode = False

    def _focus_filter(self) -> None:
        if not self.vm.tvMode:
            self.filter_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.filter_box.selectAll()

    def _selection_changed(self, *_: Any) -> None:
        ids = [index.data(QUEUE_ID_ROLE) for index in self.tiles.selectionModel().selectedIndexes()]
        self.vm.selectForChart([i for i in ids if i])

    # -- closing ----------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self.vm.tvMode:
            self.vm.tvMode = False
        super().closeEvent(event)
        if event.isAccepted():
            self.closed.emit()


def _thresholds_from(settings: Any) -> ThresholdConfig | None:
    """The wallboard thresholds kept in the settings (``settings.wallboard_thresholds``, a plain
    mapping; no settings: none), or ``None`` for the defaults."""
    raw = settings.wallboard_thresholds if settings is not None else None
    if not raw:
        return None
    try:
        return ThresholdConfig.from_mapping(raw)
    except (ValueError, TypeError, AttributeError) as exc:
        log.warning("wallboard thresholds in the settings are not usable (%s); using the defaults", exc)
        return None


def open_wallboard(session, settings, parent: QWidget | None = None, *, notifier=None) -> WallboardWindow:
    """Make the wallboard of ``session``, start it, and show it (as a window when ``parent`` is None).

    The view-model follows the queue statistics until the window is destroyed or the session closes.
    ``notifier`` is a :class:`~cti_desktop.ui.notifications.DesktopNotifier` (one is made otherwise).
    """
    from .notifications import DesktopNotifier

    bridge = SessionBridge(session)
    notifier = notifier or DesktopNotifier()
    vm = WallboardViewModel(bridge, thresholds=_thresholds_from(settings), notify=notifier.notify)
    window = WallboardWindow(vm, parent)
    if parent is None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    held = {"notifier": notifier}  # alive as long as the view-model runs

    async def shut_down() -> None:
        try:
            await vm.aclose()
        finally:
            bridge.detach()
            held.clear()
            vm.deleteLater()
            bridge.deleteLater()

    def closed() -> None:
        if not held:
            return
        try:
            session.spawn(shut_down(), name="wallboard-close")
        except RuntimeError:  # no running loop any more (the app is quitting)
            vm._timer.stop()

    window.closed.connect(closed)
    vm.start()
    window.show()
    return window
