"""The wallboard window with pytest-qt against a real view-model on the simulator (as super1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from support import sim_post, until

from cti_desktop.ui.wallboard import LEVEL_STYLE, WallboardWindow, open_wallboard
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import TILE_ROLE, WallboardViewModel

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def board(super_session, qtbot, arun):
    bridge = SessionBridge(super_session)
    vm = WallboardViewModel(bridge, thresholds={"default": {"waiting_warning": 2, "waiting_critical": 5}},
                            flush_hz=20, order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1)
    window = WallboardWindow(vm)
    qtbot.addWidget(window)
    window.show()
    vm.start()
    arun(until(lambda: vm.live and len(vm.model.order) == 4, 10, what="four tiles"))
    yield window
    arun(vm.aclose())
    bridge.detach()


def names(window):
    model = window.tiles.model()
    return [model.data(model.index(r), TILE_ROLE).name for r in range(model.rowCount())]


def pixel_in_tile(window, qid):
    model = window.tiles.model()
    row = window.vm.model.order.index(qid)
    rect = window.tiles.visualRect(model.index(row))
    image = window.tiles.viewport().grab().toImage()
    return QColor(image.pixel(rect.right() - 14, rect.bottom() - 14)).name().upper()


def test_tiles_colours_and_text_cues(sim, board, arun):
    assert window_has_status(board)
    assert sorted(names(board)) == ["Customer Service", "Sales", "Support 2nd line", "Switchboard"]
    assert board.counts_label.text() == "4 queues · 0 warning · 0 critical"
    assert pixel_in_tile(board, "102") == LEVEL_STYLE[0][0].upper()
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 6})
    sim_post(sim, "/_sim/queues/103", {"callsWaiting": 2})
    arun(until(lambda: board.vm.criticalCount == 1 and board.vm.warningCount == 1, 5))
    arun(until(lambda: board.counts_label.text() == "4 queues · 1 warning · 1 critical", 3))
    assert pixel_in_tile(board, "102") == LEVEL_STYLE[2][0].upper()
    assert pixel_in_tile(board, "103") == LEVEL_STYLE[1][0].upper()
    model = board.tiles.model()
    row = board.vm.model.order.index("102")
    assert "Critical" in model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)  # words, not only colour
    assert "CRITICAL" in LEVEL_STYLE[2][2] and "Warning" in LEVEL_STYLE[1][2]


def window_has_status(window):
    return window.status_label.text().endswith("Live") and not window.message.isVisible()


def test_filter_sort_and_tv_mode(sim, board, qtbot, arun):
    board.sort_box.setCurrentIndex(board.sort_box.findData("name"))
    assert board.vm.sortKey == "name"
    assert names(board) == ["Customer Service", "Sales", "Support 2nd line", "Switchboard"]
    qtbot.keyClicks(board.filter_box, "sw")
    assert names(board) == ["Switchboard"]
    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 8})
    sim_post(sim, "/_sim/queues/101", {"callsWaiting": 3})
    arun(until(lambda: board.vm.criticalCount == 1 and board.vm.warningCount == 1, 5))
    qtbot.keyClick(board, Qt.Key.Key_F11)
    assert board.vm.tvMode and board.tv_button.isChecked() and board.delegate.scale > 1
    assert board.isFullScreen() and not board.filter_box.isVisible() and not board.chart.isVisible()
    assert names(board)[:2] == ["Support 2nd line", "Customer Service"]  # urgency, filter ignored
    qtbot.keyClick(board, Qt.Key.Key_Escape)
    assert not board.vm.tvMode and not board.isFullScreen() and board.filter_box.isVisible()
    assert names(board) == ["Switchboard"]


def test_selecting_tiles_charts_them(sim, board, arun):
    board.vm.sortKey = "name"
    board.tiles.setCurrentIndex(board.tiles.model().index(1))  # Sales
    assert board.vm.chartQueues == ["102"]
    board.chart.redraw()
    assert "Sales" in board.chart.legend.text()
    curves = board.chart.waiting_curves
    before = board.chart.redraws
    board.tiles.clearSelection()
    assert board.vm.chartQueues and board.vm.chartQueues[0] in {"101", "102", "103", "104"}
    arun(until(lambda: board.chart.redraws > before, 3))
    assert board.chart.waiting_curves is curves and len(curves) == 6  # reused, never re-created


def test_open_wallboard_for_a_session_and_close(super_session, qtbot, arun):
    window = open_wallboard(super_session, settings=None)
    qtbot.addWidget(window)
    arun(until(lambda: window.vm.live and window.vm.queueCount == 4, 10))
    vm = window.vm
    window.close()
    arun(until(lambda: vm._task is None, 5))


def test_tile_painting_reuses_fonts_and_laid_out_texts_and_elides_what_does_not_fit(board):
    delegate = board.delegate
    board.tiles.viewport().grab()
    before = delegate.painted
    board.tiles.viewport().grab()
    assert delegate.painted >= before + 4  # every visible tile painted again…
    assert len(delegate._styles) == 1  # …with the fonts and metrics made once
    style = next(iter(delegate._styles.values()))
    static, advance = delegate._text(style, "title", "A very long queue name " * 10, 120)
    assert static.text().endswith("…") and advance <= 120
    assert delegate._text(style, "title", "A very long queue name " * 10, 120)[0] is static
    short, width = delegate._text(style, "small", "24 h 1 / 2 / 3", 200)
    assert short.text() == "24 h 1 / 2 / 3" and 0 < width <= 200


def test_thresholds_come_from_the_settings_file(tmp_path):
    from cti_desktop.core.settings import SettingsStore
    from cti_desktop.ui.wallboard import _thresholds_from

    (tmp_path / "settings.toml").write_text(
        "[wallboard_thresholds.default]\nwaiting_warning = 2\nwaiting_critical = 4\n"
        "[wallboard_thresholds.queues.101]\nwaiting_critical = 10\n", encoding="utf-8")
    config = _thresholds_from(SettingsStore(tmp_path).load())
    assert config.for_queue("102").waiting_critical == 4 and config.for_queue("102").waiting_warning == 2
    assert config.for_queue("101").waiting_critical == 10
    assert _thresholds_from(SettingsStore(tmp_path / "none").load()) is None  # built-in defaults
