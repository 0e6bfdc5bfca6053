"""A small coloured dot for someone's presence, used by the contact list, presence panel and menus.

Colour alone never carries the meaning: every place that shows a dot also shows the activity in
words (or gives it as the accessible text / tooltip).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from cti_desktop.i18n import translate
from .theme import LIGHT, colours, is_dark

#: Activities that mean "back soon" rather than "do not disturb".
AWAY_ACTIVITIES = frozenset({"away", "lunch", "vacation", "holiday", "break", "pause"})

#: The lamps of the light scheme (green, amber, red, grey); :func:`presence_colour` picks the scheme's.
AVAILABLE = QColor(LIGHT.presence_available)
AWAY = QColor(LIGHT.presence_away)
BUSY = QColor(LIGHT.presence_busy)
UNKNOWN = QColor(LIGHT.presence_unknown)


def presence_kind(available: bool | None, activity: str = "", in_call: bool = False) -> str:
    """``"available"``, ``"away"``, ``"busy"`` or ``"unknown"``."""
    if in_call:
        return "busy"
    if available is None and not activity:
        return "unknown"
    if available:
        return "available"
    if activity.lower() in AWAY_ACTIVITIES:
        return "away"
    return "busy" if available is not None or activity else "unknown"


def kind_colour(kind: str, palette: QPalette | None = None) -> QColor:
    """The lamp colour of ``kind`` in the scheme of ``palette`` (default: the application's)."""
    scheme = colours(palette)
    lamps = {"available": scheme.presence_available, "away": scheme.presence_away, "busy": scheme.presence_busy}
    return QColor(lamps.get(kind, scheme.presence_unknown))


def presence_colour(available: bool | None, activity: str = "", in_call: bool = False,
                    palette: QPalette | None = None) -> QColor:
    return kind_colour(presence_kind(available, activity, in_call), palette)


def paint_presence_dot(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """A filled circle centred in ``rect`` with a thin darker ring (visible on light and dark themes)."""
    size = min(rect.width(), rect.height())
    circle = QRectF(0, 0, size - 2, size - 2)
    circle.moveCenter(rect.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ring = colour.darker(140) if not is_dark() else colour.lighter(130)
    painter.setPen(QPen(ring, 1.0))
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
        self._kind = "unknown"
        self.setFixedSize(size, size)
        self.setAccessibleName(translate("PresenceDot", "Presence"))

    def set_presence(self, available: bool | None, activity: str = "", in_call: bool = False, text: str = "") -> None:
        kind = presence_kind(available, activity, in_call)
        if kind != self._kind:
            self._kind = kind
            self.update()
        if text:
            self.setToolTip(text)
            self.setAccessibleName(translate("PresenceDot", "Presence: {text}").format(text=text))

    def colour(self) -> QColor:
        return kind_colour(self._kind, self.palette())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        paint_presence_dot(painter, QRectF(self.rect()), self.colour())
        painter.end()
