"""The supervisor wallboard window: painted queue tiles, trend chart, filter/sort, TV mode.

Tiles are rows of the view-model's :class:`WallboardTileModel` shown by one :class:`QListView` in a
wrapping grid and painted by :class:`TileDelegate` — no widget per queue, so hundreds of queues and
thousands of updates per second cost only repaints of what changed. Every level has a colour AND a
text/symbol cue ("✔ Normal", "▲ Warning", "■ CRITICAL"), and critical tiles get a thick border, so
the board reads without colour vision.

``WallboardWindow(vm)`` is a plain widget: put it in a tab, or show it as its own window.
:func:`open_wallboard` builds the view-model for a session and shows the window.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPen,
    QShortcut,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.core.queue_board import Level, ThresholdConfig
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import (
    QUEUE_ID_ROLE,
    SORT_KEYS,
    TILE_ROLE,
    TileView,
    WallboardViewModel,
)

from .trend_chart import TrendChart

__all__ = ["TileDelegate", "WallboardWindow", "open_wallboard"]

log = logging.getLogger(__name__)

#: (background, text, symbol + words) per level.
LEVEL_STYLE = {
    int(Level.NORMAL): ("#E8F5E9", "#1B3A1F", "✔ Normal"),
    int(Level.WARNING): ("#FFD54F", "#3E2A00", "▲ Warning"),
    int(Level.CRITICAL): ("#C62828", "#FFFFFF", "■ CRITICAL"),
}
TILE_SIZE = QSize(260, 178)
TV_SCALE = 1.7


class _TileStyle:
    """Fonts, their metrics, and the level cues' widths for one base font and scale: made once, reused
    by every tile painted with them (a tile paints only text, rectangles and fills)."""

    __slots__ = ("cue_widths", "fonts", "heights", "metrics", "pad")

    def __init__(self, base: QFont, scale: float) -> None:
        size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0

        def font(factor: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(base)
            f.setPointSizeF(size * factor * scale)
            f.setBold(bold)
            f.setItalic(italic)
            return f

        self.fonts = {"title": font(1.15, True), "big": font(1.35, True), "small": font(0.95),
                      "presence": font(0.85), "age": font(0.9, True, True)}
        self.metrics = {name: QFontMetrics(f) for name, f in self.fonts.items()}
        self.heights = {name: m.height() for name, m in self.metrics.items()}
        self.pad = int(8 * scale)
        title = self.metrics["title"]
        self.cue_widths = {level: title.horizontalAdvance(cue) + self.pad for level, (_, _, cue) in LEVEL_STYLE.items()}


class TileDelegate(QStyledItemDelegate):
    """Paints one queue tile from its :class:`TileView`.

    Fonts, metrics, colours and pens are made once per base font and scale (not per tile); texts are
    laid out once and kept (:class:`QStaticText`, elided only when they do not fit), as most lines of
    a tile are the same at the next repaint; the view asks only for the tiles it shows."""

    #: How many laid-out texts are remembered.
    TEXT_CACHE = 4096

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._styles: dict[tuple[str, float], _TileStyle] = {}
        self._texts: dict[tuple[_TileStyle, str, str, int], tuple[QStaticText, int]] = {}
        self._colours = {level: (QColor(bg), QColor(ink)) for level, (bg, ink, _) in LEVEL_STYLE.items()}
        self._black = QColor("#000000")
        self._calm = QColor("#7A9A7E")
        self._pens: dict[tuple[bool, int], QPen] = {}
        self.painted = 0  # tiles painted (for tests and benchmarks)

    @property
    def scale(self) -> float:
        return self._scale

    @scale.setter
    def scale(self, value: float) -> None:
        self._scale = float(value)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(int(TILE_SIZE.width() * self._scale), int(TILE_SIZE.height() * self._scale))

    def _style(self, base: QFont) -> _TileStyle:
        key = (base.key(), self._scale)
        style = self._styles.get(key)
        if style is None:
            if len(self._styles) > 8:
                self._styles.clear()
            style = self._styles[key] = _TileStyle(base, self._scale)
        return style

    def _pen(self, dark: bool, width: int) -> QPen:
        pen = self._pens.get((dark, width))
        if pen is None:
            pen = QPen(self._black if dark else self._calm)
            pen.setWidth(width)
            self._pens[(dark, width)] = pen
        return pen

    def _text(self, style: _TileStyle, font: str, text: str, width: int) -> tuple[QStaticText, int]:
        """The text laid out once (elided to ``width`` when too wide), and its width: most lines of a
        tile repeat from one repaint to the next (name, level, agents, 24 h figures)."""
        key = (style, font, text, width)
        found = self._texts.get(key)
        if found is None:
            if len(self._texts) >= self.TEXT_CACHE:
                self._texts.clear()
            metrics = style.metrics[font]
            advance = metrics.horizontalAdvance(text)
            if advance > width:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
                advance = metrics.horizontalAdvance(text)
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            static.setPerformanceHint(QStaticText.PerformanceHint.AggressiveCaching)
            static.prepare(QTransform(), style.fonts[font])
            found = self._texts[key] = (static, advance)
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        view: TileView | None = index.data(TILE_ROLE)
        if view is None:
            return
        self.painted += 1
        s = self._scale
        style = self._style(option.font)
        background, ink = self._colours.get(view.level, self._colours[0])
        inset = int(4 * s)
        rect = option.rect.adjusted(inset, inset, -inset, -inset)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.fillRect(rect, background)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        border = 5 if view.level == _CRITICAL else 1
        if selected or state & QStyle.StateFlag.State_HasFocus:
            border = max(border, 3)
        painter.setPen(self._pen(view.level != _NORMAL or selected, int(border * s) or 1))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))

        pad = style.pad
        x, y, w = rect.x() + pad, rect.y() + pad, rect.width() - 2 * pad
        painter.setPen(ink)
        fonts, heights = style.fonts, style.heights
        current = ""

        def line(text: str, font: str, width: int = w, right: bool = False) -> int:
            nonlocal current
            if font != current:
                painter.setFont(fonts[font])
                current = font
            static, advance = self._text(style, font, text, width)
            painter.drawStaticText(x + width - advance if right else x, y, static)
            return heights[font]

        cue = LEVEL_STYLE.get(view.level, LEVEL_STYLE[0])[2]
        line(view.name, "title", max(10, w - style.cue_widths.get(view.level, 0)))
        y += line(cue, "title", right=True)
        y += line(f"{view.waiting} waiting · longest {view.longest_text}", "big")
        y += line(f"Average {view.average_text} · last {view.last_text}", "small")
        y += line(f"Period {view.period_text} · {view.answer_rate_text}", "small")
        y += line(f"24 h {view.day_text}", "small")
        y += line(f"Agents {view.logged_in} logged in · {view.free} free", "small")
        if view.presence_text:
            y += line(view.presence_text, "presence")
        if view.age_text:
            y += line(f"⏱ {view.age_text}", "age")
        painter.restore()


_NORMAL, _CRITICAL = int(Level.NORMAL), int(Level.CRITICAL)


class WallboardWindow(QWidget):
    """The wallboard. Owns nothing but widgets; ``vm`` is the :class:`WallboardViewModel`.
    ``closed`` is emitted when the window (or the tab's widget) is closed."""

    closed = Signal()

    def __init__(self, vm: WallboardViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle("Queue wallboard")
        self.setAccessibleName("Queue wallboard")
        self._was_maximized = False

        self.filter_box = QLineEdit(self)
        self.filter_box.setPlaceholderText("Filter queues (name, number, level)…")
        self.filter_box.setAccessibleName("Filter queues")
        self.filter_box.setToolTip("Show only the queues whose name or number contains this text (Ctrl+F)")
        self.filter_box.setClearButtonEnabled(True)
        self.sort_box = QComboBox(self)
        self.sort_box.setAccessibleName("Sort queues by")
        self.sort_box.setToolTip("Order of the tiles")
        for key, label in SORT_KEYS.items():
            self.sort_box.addItem(f"Sort: {label}", key)
        self.tv_button = QPushButton("TV mode", self)
        self.tv_button.setCheckable(True)
        self.tv_button.setAccessibleName("TV mode")
        self.tv_button.setToolTip("Full screen, large type, most urgent queues first (F11; Esc leaves)")
        self.counts_label = QLabel(self)
        self.counts_label.setAccessibleName("Queue counts")
        self.counts_label.setToolTip("Queues shown, and how many are at warning or critical level")
        self.status_label = QLabel(self)
        self.status_label.setAccessibleName("Live data status")
        self.status_label.setToolTip("Whether the live queue statistics are connected")
        self.message = QLabel(self)
        self.message.setAccessibleName("Wallboard message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { padding: 12px; font-size: 14pt; }")
        self.message.hide()

        # The whole organisation's totals (a supervisor's), and the one queue opened in detail.
        self.organisation_label = QLabel(self)
        self.organisation_label.setObjectName("organisationTotals")
        self.organisation_label.setAccessibleName("Organisation totals")
        self.organisation_label.setWordWrap(True)
        self.organisation_label.setStyleSheet("QLabel { padding: 4px 8px; background: #eef3f8; border-radius: 4px; }")
        self.detail_label = QLabel(self)
        self.detail_label.setObjectName("queueDetail")
        self.detail_label.setAccessibleName("Queue detail")
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_refresh = QPushButton("Read again", self)
        self.detail_refresh.setAccessibleName("Read this queue again")
        self.detail_refresh.setToolTip("Read this queue's figures from the phone system now")
        self.detail_close = QPushButton("Close", self)
        self.detail_close.setAccessibleName("Close the queue detail")
        self.detail_box = QWidget(self)
        detail_row = QHBoxLayout(self.detail_box)
        detail_row.setContentsMargins(0, 0, 0, 0)
        detail_row.addWidget(self.detail_label, 1)
        detail_row.addWidget(self.detail_refresh)
        detail_row.addWidget(self.detail_close)
        self.detail_box.hide()

        self.tiles = QListView(self)
        self.tiles.setAccessibleName("Queue tiles")
        self.tiles.setToolTip("One tile per queue; select tiles to chart them; double-click (or Enter) "
                              "reads one queue's figures now")
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
        layout = QVBoxLayout(self)
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
        self.status_label.setStyleSheet("" if live else "QLabel { color: #8A4B00; font-weight: bold; }")

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
        self.organisation_label.setToolTip(vm.organisationNote or "Every queue of the organisation, read on its own")

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
        self.counts_label.setText(f"{vm.queueCount} queues · {vm.warningCount} warning · {vm.criticalCount} critical")

    def _show_sort(self) -> None:
        index = self.sort_box.findData(self.vm.sortKey)
        if index >= 0 and index != self.sort_box.currentIndex():
            self.sort_box.setCurrentIndex(index)

    def _show_filter(self) -> None:
        if self.filter_box.text() != self.vm.filterText:
            self.filter_box.setText(self.vm.filterText)

    def _show_tv(self) -> None:
        on = self.vm.tvMode
        if self.tv_button.isChecked() != on:
            self.tv_button.setChecked(on)
        self.delegate.scale = TV_SCALE if on else 1.0
        for widget in (self.filter_box, self.sort_box, self.counts_label, self.organisation_label):
            widget.setVisible(not on)
        self.chart.setVisible(not on)
        self.tv_button.setText("Leave TV mode (Esc)" if on else "TV mode")
        font = self.font()
        self.tiles.setFont(font)
        self.tiles.doItemsLayout()  # new tile size
        window = self.window()
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif window.isFullScreen():
            window.showMaximized() if self._was_maximized else window.showNormal()

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
