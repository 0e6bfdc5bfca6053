"""A small coloured dot for someone's presence, used by the contact list, presence panel and menus.

Colour alone never carries the meaning: every place that shows a dot also shows the activity in
words (or gives it as the accessible text / tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QWidget

#: Activities that mean "back soon" rather than "do not disturb".
AWAY_ACTIVITIES = frozenset({"away", "lunch", "vacation", "holiday", "break", "pause"})

AVAILABLE = QColor("#2e7d32")  # green
AWAY = QColor("#ef8f00")  # amber
BUSY = QColor("#c62828")  # red
UNKNOWN = QColor("#9e9e9e")  # grey


def presence_colour(available: bool | None, activity: str = "", in_call: bool = False) -> QColor:
    if in_call:
        return BUSY
    if available is None and not activity:
        return UNKNOWN
    if available:
        return AVAILABLE
    if activity.lower() in AWAY_ACTIVITIES:
        return AWAY
    return BUSY if available is not None or activity else UNKNOWN


def paint_presence_dot(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A filled circle centred in ``rect`` with a thin darker ring (visible on light and dark themes)."""
    size = min(rect.width(), rect.height())
    circle = QRectF(0, 0, size - 2, size - 2)
    circle.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(colour.darker(140), 1.0))
    painter.setBrush(colour)
    painter.drawEllipse(circle)
    painter.restore()


def presence_icon(available: bool | None, activity: str = "", in_call: bool = False, size: int = 12) -> QIcon:
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_presence_dot(painter, QRectF(0, 0, size, size), presence_colour(available, activity, in_call))
    painter.end()
    return QIcon(pixmap)


class PresenceDot(QWidget):
    """A dot widget; give it the words too (``set_presence(..., text=)`` sets tooltip and accessible name)."""

    def __init__(self, parent: QWidget | None = None, size: int = 12) -> None:
        super().__init__(parent)
        self._colour = UNKNOWN
        self.setFixedSize(size, size)
        self.setAccessibleName("Presence")

    def set_presence(self, available: bool | None, activity: str = "", in_call: bool = False, text: str = "") -> None:
        colour = presence_colour(available, activity, in_call)
        if colour != self._colour:
            self._colour = colour
            self.update()
        if text:
            self.setToolTip(text)
            self.setAccessibleName(f"Presence: {text}")

    def colour(self) -> QColor:
        return QColor(self._colour)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_presence_dot(painter, QRectF(self.rect()), self._colour)
        painter.end()
