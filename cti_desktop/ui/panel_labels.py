"""The lines a panel says its state in: an error in the critical colour, a status in the secondary one.

Each is a wrapped :class:`QLabel` with an accessible name (what screen readers and tests find it by)
and a :func:`~cti_desktop.ui.theme.set_style` colour, so it follows the light or dark scheme.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from .theme import set_style

ERROR_STYLE = "color: $critical;"
MUTED_STYLE = "color: $secondary;"


def error_label(parent: QWidget, name: str, *, selectable: bool = True) -> QLabel:
    """A wrapped error line named ``name``; its words can be selected (to copy them) unless not
    ``selectable``."""
    return _wrapped(parent, name, ERROR_STYLE, selectable)


def muted_label(parent: QWidget, name: str) -> QLabel:
    """A wrapped status line named ``name`` in the secondary colour (how current the data is, a hint)."""
    return _wrapped(parent, name, MUTED_STYLE, False)


def _wrapped(parent: QWidget, name: str, style: str, selectable: bool) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    set_style(label, style)
    label.setAccessibleName(name)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
