"""A layout that lines its widgets up like words: left to right, on to the next line when the row is full.

The call card's rows of buttons use it, so a narrow window (a laptop, a second monitor on its side, a
long language) wraps the buttons instead of cutting them off behind a scroll bar. After Qt's own
"Flow Layout" example.

Like Qt's own box layouts, it remembers what it computed (the height for the last few widths asked or
laid out, the minimum size) until it is invalidated: Qt invalidates every layout of a widget before
it lays the widget out again (a button shown or hidden, a text changed), and adding or taking an
item invalidates it too. Without that, laying out a panel of cards asked each row its height dozens
of times per card, each time going through every button.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget

#: How many widths' heights a flow layout keeps between invalidations.
_WIDTHS_KEPT = 8


class FlowLayout(QLayout):
    """Widgets in rows that wrap; ``spacing`` between them (the style's when -1)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = -1) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # width -> height, for the last few widths
        self._minimum: QSize | None = None
        self.setContentsMargins(QMargins(0, 0, 0, 0))
        self.setSpacing(spacing)

    # QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt API
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt API
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self.invalidate()
        return item

    def invalidate(self) -> None:
        """Forget what was computed (Qt calls this before laying the widget out again)."""
        self._heights.clear()
        self._minimum = None
        super().invalidate()

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt API
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt API
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt API
        height = self._heights.get(width)
        if height is None:
            height = self._remember(width, self._arrange(QRect(0, 0, width, 0), apply=False))
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt API
        super().setGeometry(rect)
        self._remember(rect.width(), self._arrange(rect, apply=True))

    def _remember(self, width: int, height: int) -> int:
        # a panel's layout asks each row at a few widths in turn (with and without the scroll bar…);
        # a window being resized asks at ever new ones, so only the last few are kept
        if width not in self._heights and len(self._heights) >= _WIDTHS_KEPT:
            del self._heights[next(iter(self._heights))]
        self._heights[width] = height
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.minimumSize()

    def _live(self) -> list[QLayoutItem]:
        """The items whose C++ side still exists (a card being torn down deletes its buttons first)."""
        if not all(shiboken6.isValid(item) for item in self._items):
            self._items = [item for item in self._items if shiboken6.isValid(item)]
            self._heights.clear()
            self._minimum = None
        return self._items

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt API
        if self._minimum is None:
            size = QSize()
            for item in self._live():
                if not item.isEmpty():
                    size = size.expandedTo(item.minimumSize())
            margins = self.contentsMargins()
            self._minimum = size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())
        return QSize(self._minimum)

    # ---------------------------------------------------------------------------------------------
    def _gap(self, spacing: int, item: QLayoutItem, orientation: Qt.Orientation) -> int:
        if spacing >= 0:
            return spacing
        widget = item.widget()
        style = widget.style() if widget is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton, QSizePolicy.ControlType.PushButton,
                                   orientation)

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        """Place the items in ``rect`` (when ``apply``); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        right = area.right() + 1
        spacing = self.spacing()
        for item in self._live():
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            width, height = hint.width(), hint.height()
            if x + width > right and line_height > 0:
                x, y = area.x(), y + line_height + self._gap(spacing, item, Qt.Orientation.Vertical)
                line_height = 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += width + self._gap(spacing, item, Qt.Orientation.Horizontal)
            line_height = max(line_height, height)
        return y + line_height - rect.y() + margins.bottom()
