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
    QEvent,
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
from .wallboard_tv import TvTileStyle, choose_grid, tv_label_pixels

__all__ = ["TileDelegate", "WallboardWindow", "detail_lines", "open_wallboard", "tile_lines"]

log = logging.getLogger(__name__)

#: (background, text, symbol + words) per level.
LEVEL_STYLE = {
    int(Level.NORMAL): ("#E8F5E9", "#1B3A1F", "✔ Normal"),
    int(Level.WARNING): ("#FFD54F", "#3E2A00", "▲ Warning"),
    int(Level.CRITICAL): ("#C62828", "#FFFFFF", "■ CRITICAL"),
}
#: A desktop tile's width at scale 1 (its height follows from the lines it holds).
TILE_WIDTH = 300
#: The desktop tiles' scale while TV mode is on; TV tiles are sized by the grid (``TileDelegate.tv_tile``)
#: as soon as the view has its full-screen size, so this counts only before that first layout.
TV_SCALE = 1.7


def detail_lines(view: TileView) -> list[tuple[str, str]]:
    """A tile's lines under the waiting count, as ``(font, text)``: every figure with its label."""
    lines = [("small", f"Average wait {view.average_text} · Last wait {view.last_text}"),
             ("small", f"Period: {view.period_words}"),
             ("small", f"24 h: {view.day_words}"),
             ("small", f"Answer rate {view.answer_rate_text}"),
             ("small", f"Agents {view.logged_in} logged in · {view.free} free")]
    if view.presence_text:
        lines.append(("presence", view.presence_text))
    if view.age_text:
        lines.append(("age", f"⏱ {view.age_text}"))
    return lines


def tile_lines(view: TileView) -> list[tuple[str, str]]:
    """Every line of a desktop tile (after its name and level cue), as ``(font, text)``."""
    return [("big", f"{view.waiting} waiting · longest wait {view.longest_text}"), *detail_lines(view)]


def tv_figures(view: TileView) -> list[tuple[str, str]]:
    """A TV tile's two big figures, each with its label under it: ``(figure, label)``."""
    return [(str(view.waiting), "waiting"), (view.longest_text, "longest wait")]


class _TileStyle:
    """Fonts, their metrics, and the level cues' widths for one base font and scale: made once, reused
    by every tile painted with them (a tile paints only text, rectangles and fills)."""

    __slots__ = ("cue_widths", "fonts", "heights", "metrics", "pad", "size")

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
        # Room for the fullest tile: the title row, the waiting line, five detail lines, presence and age.
        h = self.heights
        inner = h["title"] + h["big"] + 5 * h["small"] + h["presence"] + h["age"]
        self.size = QSize(int(TILE_WIDTH * scale), inner + 2 * self.pad + 2 * int(4 * scale) + 2)


class TileDelegate(QStyledItemDelegate):
    """Paints one queue tile from its :class:`TileView`.

    Fonts, metrics, colours and pens are made once per base font and scale (not per tile); texts are
    laid out once and kept (:class:`QStaticText`, elided only when they do not fit), as most lines of
    a tile are the same at the next repaint; the view asks only for the tiles it shows.

    With :attr:`tv_tile` set (TV mode), tiles are that size and painted with :class:`TvTileStyle`:
    the waiting count and the longest wait big, side by side, each labelled."""

    #: How many laid-out texts are remembered.
    TEXT_CACHE = 4096

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = 1.0
        self._tv_tile: QSize | None = None
        self._styles: dict[tuple, Any] = {}
        self._texts: dict[tuple[Any, str, str, int], tuple[QStaticText, int]] = {}
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

    @property
    def tv_tile(self) -> QSize | None:
        """The TV tile size (``None``: desktop tiles)."""
        return self._tv_tile

    @tv_tile.setter
    def tv_tile(self, size: QSize | None) -> None:
        self._tv_tile = QSize(size) if size is not None else None

    def forget_fonts(self) -> None:
        """Drop the fonts, metrics and laid-out texts (the screen, and so the font resolution, changed)."""
        self._styles.clear()
        self._texts.clear()

    def style_for(self, base: QFont) -> _TileStyle | TvTileStyle:
        """The style tiles are painted with now, for the view's font ``base``."""
        tv = self._tv_tile
        key = (base.key(), self._scale, (tv.width(), tv.height()) if tv is not None else None)
        style = self._styles.get(key)
        if style is None:
            if len(self._styles) > 8:
                self._styles.clear()
            if tv is not None:
                style = TvTileStyle(base, tv, {level: cue for level, (_, _, cue) in LEVEL_STYLE.items()})
            else:
                style = _TileStyle(base, self._scale)
            self._styles[key] = style
        return style

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if self._tv_tile is not None:
            return QSize(self._tv_tile)
        return QSize(self.style_for(option.font).size)

    def _pen(self, dark: bool, width: int) -> QPen:
        pen = self._pens.get((dark, width))
        if pen is None:
            pen = QPen(self._black if dark else self._calm)
            pen.setWidth(width)
            self._pens[(dark, width)] = pen
        return pen

    def _text(self, style: Any, font: str, text: str, width: int) -> tuple[QStaticText, int]:
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

    def _figure_font(self, style: TvTileStyle, text: str, width: int) -> QFont:
        """The big figures' font, smaller for a figure wider than the template (a wait of an hour)."""
        font = style.fonts["figure"]
        advance = style.metrics["figure"].horizontalAdvance(text)
        if advance <= width:
            return font
        smaller = QFont(font)
        smaller.setPixelSize(max(6, int(font.pixelSize() * width / advance)))
        return smaller

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        view: TileView | None = index.data(TILE_ROLE)
        if view is None:
            return
        self.painted += 1
        tv = self._tv_tile is not None
        s = max(1.0, self._tv_tile.height() / 178) if tv else self._scale
        style = self.style_for(option.font)
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

        def line(text: str, font: str, width: int = w, right: bool = False, at: int | None = None) -> int:
            nonlocal current
            if font != current:
                painter.setFont(fonts[font])
                current = font
            static, advance = self._text(style, font, text, width)
            left = x if at is None else at
            painter.drawStaticText(left + width - advance if right else left, y, static)
            return heights[font]

        cue = LEVEL_STYLE.get(view.level, LEVEL_STYLE[0])[2]
        line(view.name, "title", max(10, w - style.cue_widths.get(view.level, 0)))
        y += line(cue, "title", right=True)
        if tv:
            top = y
            columns = ((x, style.count_column), (x + style.count_column, w - style.count_column))
            for (figure, label), (left, width) in zip(tv_figures(view), columns, strict=True):
                painter.setFont(self._figure_font(style, figure, width))
                current = ""
                painter.drawText(left, top + style.metrics["figure"].ascent(), figure)
                y = top + heights["figure"]
                line(label, "label", width - pad // 2, at=left)
            y = top + heights["figure"] + heights["label"] + pad // 2
            lines = detail_lines(view)
        else:
            lines = tile_lines(view)
        bottom = rect.bottom() - pad
        for font, text in lines:
            if y + heights[font] > bottom + 2:
                break
            y += line(text, font)
        painter.restore()


_NORMAL, _CRITICAL = int(Level.NORMAL), int(Level.CRITICAL)


#: The organisation's row: its own text colour on its own background (whatever the theme), 14.8:1.
ORGANISATION_STYLE = "QLabel { padding: 4px 8px; background: #EEF3F8; color: #14202B; border-radius: 4px; }"


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
        self.organisation_label.setStyleSheet(ORGANISATION_STYLE)
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
        for widget in (self.filter_box, self.sort_box, self.counts_label):
            widget.setVisible(not on)
        self.chart.setVisible(not on)
        self.tv_button.setText("Leave TV mode (Esc)" if on else "TV mode")
        self._layout.setContentsMargins(*((4, 4, 4, 4) if on else (11, 11, 11, 11)))
        self.tiles.setSpacing(0)
        self.tiles.setFrameShape(QListView.Shape.NoFrame if on else QListView.Shape.StyledPanel)
        self.tiles.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tiles.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        window = self.window()
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif window.isFullScreen():
            window.showMaximized() if self._was_maximized else window.showNormal()
        self._lay_out_tv()

    # -- TV mode's grid and type ------------------------------------------------------------------
    @property
    def tv_grid(self):
        """The :class:`~cti_desktop.ui.wallboard_tv.TvGrid` TV mode uses now (``None`` outside it)."""
        return self._tv_grid

    def tv_style(self) -> TvTileStyle | None:
        """The fonts TV tiles are painted with now (``None`` outside TV mode)."""
        style = self.delegate.style_for(self.tiles.font())
        return style if isinstance(style, TvTileStyle) else None

    def _lay_out_tv(self) -> None:
        """Fit the tiles to the area they have, and the type outside them to the window's height."""
        if self._tv_laying_out:
            return
        self._tv_laying_out = True
        try:
            on = self.vm.tvMode
            label_font = QFont(self.font())
            if on:
                label_font.setPixelSize(tv_label_pixels(self.window().height()))
            for label in (self.organisation_label, self.status_label, self.tv_button):
                label.setFont(label_font)
            if not on:
                self._tv_grid = None
                self.delegate.tv_tile = None
            else:
                # The area as if no scroll bar were shown: a grid that fits needs none. A row of
                # tiles wraps in QListView once it reaches the last pixel: one pixel less.
                area = self.tiles.maximumViewportSize()
                grid = choose_grid(self.vm.model.rowCount(), area.width() - 1, area.height(), self.tiles.font(),
                                   scrollbar=self.tiles.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
                self.tiles.setVerticalScrollBarPolicy(
                    Qt.ScrollBarPolicy.ScrollBarAsNeeded if grid.scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                if grid == self._tv_grid:
                    return
                self._tv_grid = grid
                self.delegate.tv_tile = grid.tile
            self.tiles.doItemsLayout()  # new tile size
            self.tiles.viewport().update()
        finally:
            self._tv_laying_out = False

    def _tv_count_changed(self, *_: Any) -> None:
        if self.vm.tvMode:
            self._lay_out_tv()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tiles.viewport() and self.vm.tvMode:
            self._lay_out_tv()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._screen_followed:
            self._screen_followed = handle
            handle.screenChanged.connect(self._screen_changed)

    def _screen_changed(self, *_: Any) -> None:
        """Another screen (another resolution or DPI): fonts and metrics are made again."""
        self.delegate.forget_fonts()
        self._tv_grid = None
        self._lay_out_tv()
        if not self.vm.tvMode:
            self.tiles.doItemsLayout()

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
