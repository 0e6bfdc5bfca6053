"""The app's own icons: SVG files shipped in ``cti_desktop/resources`` and rendered crisp at any size.

Files are read through the package's own loader (what :func:`pkgutil.get_data` does, without
importing :mod:`importlib.resources` and its zip and temporary-file machinery on the way to the
first window), so they are found in a source tree, an installed wheel, a zipped install or a
PyInstaller bundle alike. Each icon is rendered to pixmaps at the usual sizes (and twice
that for high-DPI screens) instead of relying on the SVG image plugin being deployed.
"""

from __future__ import annotations

import functools
import logging
import os

import cti_desktop

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

log = logging.getLogger(__name__)

APP = "app"
TRAY = "tray"
TRAY_RINGING = "tray-ringing"
TRAY_OFFLINE = "tray-offline"

_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def resource_bytes(filename: str) -> bytes:
    """The bytes of ``cti_desktop/resources/<filename>``."""
    if "/" in filename or "\\" in filename or filename.startswith("."):
        raise FileNotFoundError(filename)
    loader = cti_desktop.__spec__.loader
    return loader.get_data(os.path.join(os.path.dirname(cti_desktop.__file__), "resources", filename))


@functools.lru_cache(maxsize=None)
def icon(name: str) -> QIcon:
    """The icon ``name`` (``APP``, ``TRAY``, …); an empty icon (and a log line) if it is missing."""
    try:
        data = resource_bytes(f"{name}.svg")
    except (FileNotFoundError, OSError):
        log.error("icon %r is missing from the package resources", name)
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.error("icon %r is not a valid SVG", name)
        return QIcon()
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
