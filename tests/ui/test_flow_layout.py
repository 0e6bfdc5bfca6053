"""The flow layout of the call card's rows of buttons: wraps in a narrow width, and computes a height once
per width until something changes (a button added, taken, shown or hidden).

Its items are real ``QWidgetItem``s of real buttons; one kind counts how often the layout asks it for its
size, which is how a computation shows.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QWidget, QWidgetItem

from cti_desktop.ui.flow_layout import FlowLayout

SPACING = 6


class CountedItem(QWidgetItem):
    """A widget's layout item that counts how often it is asked its size hint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.asked = 0

    def sizeHint(self):  # noqa: N802 - Qt API
        self.asked += 1
        return super().sizeHint()


@pytest.fixture
def row(qtbot):
    """A widget with a flow layout of six counted buttons (spacing 6), not shown."""
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host, spacing=SPACING)
    items = []
    for n in range(6):
        button = QPushButton(f"Button number {n}", host)
        item = CountedItem(button)
        layout.addItem(item)
        items.append(item)
    return host, layout, items


def asked(items) -> int:
    return sum(item.asked for item in items)


def expected_height(items, width: int) -> int:
    """Rows filled left to right, a button moved to the next row when it would pass ``width``."""
    x, y, line = 0, 0, 0
    for item in items:
        if item.isEmpty():
            continue
        hint = QWidgetItem.sizeHint(item)
        if x + hint.width() > width and line > 0:
            x, y, line = 0, y + line + SPACING, 0
        x += hint.width() + SPACING
        line = max(line, hint.height())
    return y + line


def test_a_narrow_width_wraps_the_buttons_onto_more_rows(row):
    _host, layout, items = row
    button = QWidgetItem.sizeHint(items[0])
    wide = layout.heightForWidth(6 * (button.width() + SPACING) + 200)
    narrow_width = 2 * button.width() + SPACING + 10  # two buttons a row
    narrow = layout.heightForWidth(narrow_width)
    assert wide == button.height()
    assert narrow == 3 * button.height() + 2 * SPACING
    assert narrow == expected_height(items, narrow_width)


def test_laid_out_narrow_the_buttons_stand_in_rows_within_the_width(row, qtbot):
    host, _layout, items = row
    width = 2 * QWidgetItem.sizeHint(items[0]).width() + SPACING + 10
    host.resize(width, 400)
    host.show()
    qtbot.waitExposed(host)
    host.layout().activate()
    rects = [item.widget().geometry() for item in items]
    assert len({r.y() for r in rects}) == 3
    assert all(r.right() < width for r in rects)
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


def test_the_height_for_a_width_is_computed_once(row):
    _host, layout, items = row
    first = layout.heightForWidth(300)
    computed = asked(items)
    assert computed == len(items)
    assert layout.heightForWidth(300) == first
    assert asked(items) == computed
    layout.heightForWidth(500)
    assert asked(items) == 2 * computed  # another width is computed
    layout.heightForWidth(300)
    layout.heightForWidth(500)
    assert asked(items) == 2 * computed  # both kept


def test_adding_a_button_computes_the_height_again(row):
    host, layout, items = row
    width = 2 * QWidgetItem.sizeHint(items[0]).width() + SPACING + 10
    before = layout.heightForWidth(width)
    item = CountedItem(QPushButton("One more button", host))
    layout.addItem(item)
    items.append(item)
    assert layout.heightForWidth(width) == expected_height(items, width) > before


def test_taking_a_button_computes_the_height_again(row):
    _host, layout, items = row
    width = 2 * QWidgetItem.sizeHint(items[0]).width() + SPACING + 10
    before = layout.heightForWidth(width)
    taken = layout.takeAt(5)
    assert taken is items[5]
    assert layout.heightForWidth(width) == expected_height(items[:5], width) == before  # still three rows
    layout.takeAt(4)
    assert layout.heightForWidth(width) == expected_height(items[:4], width) < before


def test_a_hidden_button_leaves_its_room_once_the_layout_is_invalidated(row, qtbot):
    host, layout, items = row
    host.show()
    qtbot.waitExposed(host)
    width = 2 * QWidgetItem.sizeHint(items[0]).width() + SPACING + 10
    before = layout.heightForWidth(width)
    items[0].widget().hide()
    items[1].widget().hide()
    layout.invalidate()  # what Qt does to every layout of the widget before laying it out again
    assert layout.heightForWidth(width) == expected_height(items, width) < before


def test_the_minimum_size_is_the_widest_button_and_is_kept(row):
    _host, layout, items = row
    widest = max(item.widget().minimumSizeHint().width() for item in items)
    assert layout.minimumSize().width() == widest
    size = layout.minimumSize()
    size.setWidth(0)  # the caller's copy
    assert layout.minimumSize().width() == widest


def test_only_the_last_few_widths_are_kept(row):
    _host, layout, items = row
    heights = {width: layout.heightForWidth(width) for width in range(200, 1400, 50)}  # 24 widths, as in a resize
    computed = asked(items)
    assert layout.heightForWidth(1350) == heights[1350]  # among the last few: kept
    assert asked(items) == computed
    assert layout.heightForWidth(200) == heights[200]  # long gone: computed again, the same
    assert asked(items) == computed + len(items)
