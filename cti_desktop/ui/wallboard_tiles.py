"""The wallboard's queue tiles: their lines, their level colours and cues, and the delegate that paints them.

Tiles are rows of the view-model's :class:`~cti_desktop.viewmodels.wallboard.WallboardTileModel`
painted by :class:`TileDelegate` — no widget per queue, so hundreds of queues and thousands of
updates per second cost only repaints of what changed. Every level has a colour AND a text/symbol
cue ("✔ Normal", "▲ Warning", "■ CRITICAL"), and critical tiles get a thick border, so the board
reads without colour vision.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.queue_board import Level
from cti_desktop.viewmodels.wallboard import TILE_ROLE, TileView

from .theme import DARK, LIGHT, is_dark
from .wallboard_tv import TvTileStyle

__all__ = ["LEVEL_STYLE", "TILE_WIDTH", "TV_SCALE", "TileDelegate", "detail_lines", "level_style", "tile_lines",
           "tv_figures"]

#: (background, text, symbol + words) per level, in the light scheme (:func:`level_style` gives the
#: dark one too); each text reaches at least 4.5:1 on its background.
LEVEL_STYLE = {
    int(Level.NORMAL): (LIGHT.tile_normal_bg, LIGHT.tile_normal_text, QT_TRANSLATE_NOOP("WallboardTiles", "✔ Normal")),
    int(Level.WARNING): (LIGHT.tile_warning_bg, LIGHT.tile_warning_text, QT_TRANSLATE_NOOP("WallboardTiles", "▲ Warning")),
    int(Level.CRITICAL): (LIGHT.tile_critical_bg, LIGHT.tile_critical_text, QT_TRANSLATE_NOOP("WallboardTiles", "■ CRITICAL")),
}


def level_style(dark: bool) -> dict[int, tuple[str, str, str]]:
    """:data:`LEVEL_STYLE` for the light (``dark=False``) or the dark scheme."""
    c = DARK if dark else LIGHT
    return {
        int(Level.NORMAL): (c.tile_normal_bg, c.tile_normal_text, LEVEL_STYLE[int(Level.NORMAL)][2]),
        int(Level.WARNING): (c.tile_warning_bg, c.tile_warning_text, LEVEL_STYLE[int(Level.WARNING)][2]),
        int(Level.CRITICAL): (c.tile_critical_bg, c.tile_critical_text, LEVEL_STYLE[int(Level.CRITICAL)][2]),
    }
#: A desktop tile's width at scale 1 (its height follows from the lines it holds).
TILE_WIDTH = 300
#: The desktop tiles' scale while TV mode is on; TV tiles are sized by the grid (``TileDelegate.tv_tile``)
#: as soon as the view has its full-screen size, so this counts only before that first layout.
TV_SCALE = 1.7


def detail_lines(view: TileView) -> list[tuple[str, str]]:
    """A tile's lines under the waiting count, as ``(font, text)``: every figure with its label."""
    lines = [("small", translate("WallboardTiles", "Average wait {average} · Last wait {last}").format(
                 average=view.average_text, last=view.last_text)),
             ("small", translate("WallboardTiles", "Period: {words}").format(words=view.period_words)),
             ("small", translate("WallboardTiles", "24 h: {words}").format(words=view.day_words)),
             ("small", translate("WallboardTiles", "Answer rate {rate}").format(rate=view.answer_rate_text)),
             ("small", translate("WallboardTiles", "Agents {logged_in} logged in · {free} free").format(
                 logged_in=view.logged_in, free=view.free))]
    if view.presence_text:
        lines.append(("presence", view.presence_text))
    if view.age_text:
        lines.append(("age", f"⏱ {view.age_text}"))
    return lines


def tile_lines(view: TileView) -> list[tuple[str, str]]:
    """Every line of a desktop tile (after its name and level cue), as ``(font, text)``."""
    return [("big", translate("WallboardTiles", "{waiting} waiting · longest wait {longest}").format(
        waiting=view.waiting, longest=view.longest_text)), *detail_lines(view)]


def tv_figures(view: TileView) -> list[tuple[str, str]]:
    """A TV tile's two big figures, each with its label under it: ``(figure, label)``."""
    return [(str(view.waiting), translate("WallboardTiles", "waiting")), (view.longest_text, translate("WallboardTiles", "longest wait"))]


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
        self.cue_widths = {level: title.horizontalAdvance(translate("WallboardTiles", cue)) + self.pad for level, (_, _, cue) in LEVEL_STYLE.items()}
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
        #: Per scheme (dark?): the (background, text) of each level and the (alarm, calm) pen colours.
        self._schemes = {
            dark: ({level: (QColor(bg), QColor(ink)) for level, (bg, ink, _) in level_style(dark).items()},
                   (QColor((DARK if dark else LIGHT).tile_alarm_pen), QColor((DARK if dark else LIGHT).tile_calm_pen)))
            for dark in (False, True)
        }
        self._colours, (self._black, self._calm) = self._schemes[False]
        self._dark = False
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
                style = TvTileStyle(base, tv, {level: translate("WallboardTiles", cue) for level, (_, _, cue) in LEVEL_STYLE.items()})
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
        dark = is_dark(option.palette)
        if dark != self._dark:
            self._dark = dark
            self._colours, (self._black, self._calm) = self._schemes[dark]
            self._pens.clear()
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

        cue = translate("WallboardTiles", LEVEL_STYLE.get(view.level, LEVEL_STYLE[0])[2])
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
