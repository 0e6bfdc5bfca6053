"""A contact's photo in a circle, or their initials when there is none (colleagues' rows, details)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPixmap

from .theme import LIGHT

#: White initials on this disc reach 5.8:1 (in both schemes: the disc brings its own background).
_PLACEHOLDER = QColor(LIGHT.photo_placeholder)
_INITIALS = QColor(LIGHT.on_solid)


def initials(name: str) -> str:
    parts = [p for p in (name or "").split() if p[:1].isalpha()]
    letters = "".join(p[0] for p in parts[:2]) if parts else (name or "?")[:1]
    return letters.upper() or "?"


def paint_photo(painter: QPainter, rect: QRectF, image: QImage | None, name: str) -> None:
    """``image`` clipped to the circle in ``rect``; without one, ``name``'s initials on a plain disc."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    path = QPainterPath()
    path.addEllipse(rect)
    painter.setClipPath(path)
    if image is not None and not image.isNull():
        scaled = image.scaled(int(rect.width()), int(rect.height()), Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                              Qt.TransformationMode.SmoothTransformation)
        x = rect.left() + (rect.width() - scaled.width()) / 2
        y = rect.top() + (rect.height() - scaled.height()) / 2
        painter.drawImage(int(x), int(y), scaled)
    else:
        painter.fillRect(rect, _PLACEHOLDER)
        font = QFont(painter.font())
        font.setBold(True)
        font.setPixelSize(max(6, int(rect.height() * 0.4)))
        painter.setFont(font)
        painter.setPen(_INITIALS)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.restore()


def photo_pixmap(image: QImage | None, name: str, side: int) -> QPixmap:
    """A ``side``×``side`` pixmap of :func:`paint_photo` (transparent outside the circle)."""
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_photo(painter, QRectF(0, 0, side, side), image, name)
    painter.end()
    return pixmap


__all__ = ["initials", "paint_photo", "photo_pixmap"]
