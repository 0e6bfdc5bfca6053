"""The Qt binding must not leak or drop references to None/True/False.

PySide6 6.12.0 under Python 3.11 dropped one reference to None on every call of a method that
returns nothing; an agent desktop makes millions of such calls in a working day, and the
interpreter aborts once None's count reaches zero. This guards the pinned version (and any upgrade).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont, QImage, QPainter


def test_void_calls_keep_the_singletons_reference_counts(qapp):
    font = QFont()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    obj = QObject()
    before = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for _ in range(2000):
        font.setBold(True)
        font.setPointSizeF(11.0)
        painter = QPainter(image)
        painter.save()
        painter.restore()
        painter.end()
        obj.setObjectName("x")
        obj.blockSignals(False)
    after = {name: sys.getrefcount(value) for name, value in (("None", None), ("True", True), ("False", False))}
    for name in before:
        # A few references come and go with the interpreter's own bookkeeping; a leak is thousands.
        assert abs(after[name] - before[name]) < 100, f"{name}: {before[name]} → {after[name]}"
