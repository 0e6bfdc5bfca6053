"""Measure the contrast of the text a window really shows (WCAG 2 relative luminance).

The window is rendered once (``grab()``: its palette and every style sheet as applied); then, for every
visible text it holds — each QLabel, QAbstractButton, tab and item-view row — the background is the
commonest colour of that text's rectangle (inside a button's or tab's frame) and the text colour the
most contrasting one that a few pixels reach (antialiased edges blend the two).
Body text needs 4.5:1; large text (≥ 18 pt, or ≥ 14 pt bold) 3:1. Disabled controls are exempt, as
WCAG exempts inactive components.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTabBar, QWidget

BODY = 4.5
LARGE = 3.0
#: How many pixels must reach a colour before it counts as the text's (fewer for a tiny glyph).
INK_PIXELS = 4
#: Buttons and tabs: their frame is left out (the fill may be a gradient, the frame its commonest colour).
FRAME = 3


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two opaque colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def is_large(font: QFont) -> bool:
    points = font.pointSizeF()
    if points <= 0:  # a pixel size (style sheets, TV mode): 96 dpi logical pixels
        points = font.pixelSize() * 72 / 96
    bold = font.weight() >= QFont.Weight.DemiBold
    return points >= 18 or (points >= 14 and bold)


@dataclass(frozen=True)
class Measure:
    what: str
    text: str
    ratio: float
    needed: float
    text_colour: str
    background: str

    def __str__(self) -> str:
        return (f"{self.what} {self.text[:40]!r}: {self.ratio:.2f}:1 (needs {self.needed}:1;"
                f" {self.text_colour} on {self.background})")


def _name(widget: QWidget) -> str:
    return f"{type(widget).__name__}#{widget.objectName() or widget.accessibleName() or '?'}"


def _targets(root: QWidget) -> list[tuple[str, str, QRect, bool]]:
    """(what, text, rectangle in ``root``, large?) of each visible text."""
    found: list[tuple[str, str, QRect, bool]] = []

    def visible_rect(widget: QWidget, rect: QRect) -> QRect:
        shown = widget.visibleRegion().boundingRect().intersected(rect)
        return QRect(widget.mapTo(root, shown.topLeft()), shown.size()) if not shown.isEmpty() else QRect()

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or not widget.isEnabled() or widget.window() is not root:
            continue
        large = is_large(widget.font())
        if isinstance(widget, QLabel):
            text = widget.text().strip()
            if text and (widget.pixmap() is None or widget.pixmap().isNull()):
                found.append((_name(widget), text, visible_rect(widget, widget.contentsRect()), large))
        elif isinstance(widget, QAbstractButton):
            text = widget.text().replace("&", "").strip()
            if text:
                found.append((_name(widget), text,
                              visible_rect(widget, widget.rect().adjusted(FRAME, FRAME, -FRAME, -FRAME)), large))
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                if widget.isTabVisible(i) and widget.isTabEnabled(i) and widget.tabText(i):
                    found.append((f"{_name(widget)} tab", widget.tabText(i).replace("&", ""),
                                  visible_rect(widget, widget.tabRect(i).adjusted(FRAME, FRAME, -FRAME, -FRAME)),
                                  large))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model, viewport = widget.model(), widget.viewport()
            for row in range(min(model.rowCount(QModelIndex()), 200)):
                for column in range(64):  # (a list model's columnCount is private to Python)
                    index = model.index(row, column)
                    if not index.isValid():
                        break
                    rect = widget.visualRect(index).intersected(viewport.rect())
                    text = str(index.data(Qt.ItemDataRole.DisplayRole) or index.data(Qt.ItemDataRole.AccessibleTextRole)
                               or f"(painted row {row})").strip()
                    if rect.isEmpty():
                        continue
                    shown = viewport.visibleRegion().boundingRect().intersected(rect)
                    if not shown.isEmpty():
                        found.append((f"{_name(widget)} row {row}", text,
                                      QRect(viewport.mapTo(root, shown.topLeft()), shown.size()), large))
    return [t for t in found if t[2].width() >= 4 and t[2].height() >= 4]


def _measure(image: QImage, rect: QRect, scale: float) -> tuple[float, QColor, QColor] | None:
    counts: dict[int, int] = {}
    r = QRect(int(rect.x() * scale), int(rect.y() * scale), int(rect.width() * scale), int(rect.height() * scale))
    r = r.intersected(image.rect())
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    if not counts:
        return None
    background = QColor(max(counts, key=counts.get))
    # Antialiasing spreads a glyph's edge over many near-ink colours, each a pixel or two: the text's
    # colour is where the INK_PIXELS-th most contrasting pixel lies (a stray pixel cannot make it).
    ranked = sorted(((contrast(QColor(rgb), background), rgb, n) for rgb, n in counts.items()), reverse=True)
    inked = sum(n for ratio, _, n in ranked if ratio > 1.5)
    needed = max(1, min(INK_PIXELS, inked // 25))  # a small glyph ("*", "⋯") has few solid pixels
    seen = 0
    for ratio, rgb, n in ranked:
        if ratio <= 1.0:
            return None  # nothing but the background here
        seen += n
        if seen >= needed:
            return ratio, background, QColor(rgb)
    return None


def measure_window(root: QWidget) -> list[Measure]:
    """Every visible text of the top-level ``root`` with its measured contrast."""
    image = root.grab().toImage()
    scale = image.width() / max(1, root.width())
    results = []
    for what, text, rect, large in _targets(root):
        got = _measure(image, rect, scale)
        if got is None:
            continue  # nothing painted there (an empty line, text scrolled away)
        ratio, background, ink = got
        results.append(Measure(what, text, ratio, LARGE if large else BODY, ink.name(), background.name()))
    return results


def too_faint(root: QWidget) -> list[Measure]:
    return [m for m in measure_window(root) if m.ratio < m.needed]


__all__ = ["BODY", "LARGE", "Measure", "contrast", "is_large", "measure_window", "relative_luminance", "too_faint"]
