"""TV mode's layout: a grid of tiles that fills the screen, and type that scales with the tile.

A wallboard on a TV is read from across the room: the waiting count and the longest wait must be
big. :func:`choose_grid` picks the columns and rows for the number of queues and the area's aspect
ratio so that those two figures come out as big as they can (that is, not simply the squarest
grid); :class:`TvTileStyle` gives the fonts for one tile size, in pixels, so type follows the tile
when the window is resized or moves to a screen of another resolution or DPI.

A tile in TV mode reads, top to bottom: the queue's name and its level cue; the waiting count and
the longest wait side by side, each with its label under it; then the other figures, one labelled
line each (the same words as the desktop tile).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetrics

__all__ = ["COUNT_TEMPLATE", "FIGURE_TEMPLATE", "WAIT_TEMPLATE", "MIN_TV_TILE", "TvGrid", "TvTileStyle", "choose_grid", "tv_label_pixels"]

#: The widest figures a tile is sized for, side by side: a count of 88 and a wait of 88:88 (an
#: hour's wait or more shrinks to fit); the count's column is as wide as its template and a gap.
COUNT_TEMPLATE, WAIT_TEMPLATE, FIGURE_GAP = "88", "88:88", "  "
FIGURE_TEMPLATE = COUNT_TEMPLATE + FIGURE_GAP + WAIT_TEMPLATE
#: The widest detail line the detail font is sized for (longer ones are elided).
DETAIL_TEMPLATE = "Period: Answered 888 · Dropped 88 · Total 888"
#: Below this size a TV tile is no longer worth having: the grid scrolls instead.
MIN_TV_TILE = QSize(240, 170)
#: Share of the tile's inner height for each part (title row, big figures, their labels, details).
TITLE_SHARE, FIGURE_SHARE, LABEL_SHARE, DETAIL_SHARE = 0.10, 0.36, 0.08, 0.46
#: Detail lines a tile has room for (average/last, period, 24 h, answer rate, agents, presence, age).
DETAIL_LINES = 7
#: Font pixel size per line height (DejaVu and most sans fonts: a line is ~1.17 × the pixel size).
LINE_PER_PIXEL = 1.2


def _fit_pixels(base: QFont, text: str, width: float, bold: bool) -> float:
    """The pixel size at which ``text`` in ``base``'s family is ``width`` wide."""
    probe = QFont(base)
    probe.setPixelSize(100)
    probe.setBold(bold)
    advance = QFontMetrics(probe).horizontalAdvance(text)
    return 100.0 * width / advance if advance > 0 else 1e9


def _pad(size: QSize) -> int:
    return max(4, int(min(size.width(), size.height()) * 0.04))


def _inner(size: QSize) -> tuple[int, int]:
    """The tile's room for text: its size less its inset (4 px at least each side) and padding."""
    pad = _pad(size)
    return max(1, size.width() - 2 * pad - 8), max(1, size.height() - 2 * pad - 8)


def _figure_pixels(size: QSize, pixels_per_width: float) -> float:
    """The big figures' pixel size in a tile of ``size``: as tall as their share of the height allows,
    and no wider than the tile (``pixels_per_width``: the pixel size at which the template is 1 px wide)."""
    inner_w, inner_h = _inner(size)
    return min(inner_h * FIGURE_SHARE / LINE_PER_PIXEL, pixels_per_width * inner_w)


class TvTileStyle:
    """Fonts (pixel sizes), metrics and spacing of a TV tile of ``size`` (device-independent pixels)."""

    __slots__ = ("count_column", "cue_widths", "fonts", "heights", "metrics", "pad", "size")

    def __init__(self, base: QFont, size: QSize, cues: dict[int, str]) -> None:
        self.size = QSize(size)
        w, h = size.width(), size.height()
        self.pad = _pad(size)
        inner_w, inner_h = _inner(size)

        def font(pixels: float, bold: bool = False, italic: bool = False) -> QFont:
            f = QFont(base)
            f.setPixelSize(max(6, int(pixels)))
            f.setBold(bold)
            f.setItalic(italic)
            return f

        figure = _figure_pixels(size, _fit_pixels(base, FIGURE_TEMPLATE, 1.0, True))
        title = min(inner_h * TITLE_SHARE / LINE_PER_PIXEL, figure * 0.45)
        label = min(inner_h * LABEL_SHARE / LINE_PER_PIXEL, figure * 0.35)
        detail = min(inner_h * DETAIL_SHARE / DETAIL_LINES / LINE_PER_PIXEL,
                     _fit_pixels(base, DETAIL_TEMPLATE, inner_w, False), label)
        self.fonts = {"title": font(title, True), "figure": font(figure, True), "label": font(label),
                      "small": font(detail), "presence": font(detail * 0.95), "age": font(detail, True, True)}
        self.metrics = {name: QFontMetrics(f) for name, f in self.fonts.items()}
        self.heights = {name: m.height() for name, m in self.metrics.items()}
        #: The waiting count's column (the longest wait's starts after it).
        self.count_column = self.metrics["figure"].horizontalAdvance(COUNT_TEMPLATE + FIGURE_GAP)
        titles = self.metrics["title"]
        self.cue_widths = {level: titles.horizontalAdvance(cue) + self.pad for level, cue in cues.items()}

    @property
    def figure_pixels(self) -> int:
        """The pixel size of the waiting count's and the longest wait's font."""
        return self.fonts["figure"].pixelSize()


@dataclass(frozen=True, slots=True)
class TvGrid:
    columns: int
    rows: int
    tile: QSize  # each tile's size; ``columns × tile.width()`` fits the area's width
    figure_pixels: int  # the big figures' font pixel size at that tile size
    scrolls: bool  # the tiles do not all fit (too many queues for MIN_TV_TILE)


def choose_grid(count: int, width: int, height: int, base: QFont, *, scrollbar: int = 0) -> TvGrid:
    """The grid of ``count`` tiles in ``width × height`` whose big figures come out largest.

    Every column count from 1 to ``count`` is tried (rows follow); the first one with the largest
    figure wins. When even the best leaves tiles smaller than :data:`MIN_TV_TILE`, tiles keep that
    size and the area scrolls (``scrollbar`` is then taken off the width)."""
    count = max(1, count)
    width, height = max(1, width), max(1, height)
    per_width = _fit_pixels(base, FIGURE_TEMPLATE, 1.0, True)
    best: TvGrid | None = None
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        if columns > 1 and math.ceil(count / (columns - 1)) == rows:
            continue  # the same rows with fewer, wider columns was already tried and is as good
        tile = QSize(width // columns, height // rows)
        if best is not None and tile.width() < MIN_TV_TILE.width():
            break  # narrower still from here on
        figure = max(6, int(_figure_pixels(tile, per_width)))
        if best is None or figure > best.figure_pixels:
            best = TvGrid(columns, rows, tile, figure, False)
    assert best is not None
    if best.tile.width() >= MIN_TV_TILE.width() and best.tile.height() >= MIN_TV_TILE.height():
        return best
    columns = max(1, (width - scrollbar) // MIN_TV_TILE.width())
    tile = QSize(max(MIN_TV_TILE.width(), (width - scrollbar) // columns), MIN_TV_TILE.height())
    rows = math.ceil(count / columns)
    return TvGrid(columns, rows, tile, TvTileStyle(base, tile, {}).figure_pixels, rows * tile.height() > height)


def tv_label_pixels(screen_height: int) -> int:
    """The pixel size of a line of text outside the tiles (the organisation's totals, the status) in
    TV mode: readable from a few metres on a screen ``screen_height`` pixels high."""
    return max(14, round(screen_height * 0.026))
