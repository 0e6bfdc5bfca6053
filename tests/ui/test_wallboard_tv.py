"""The wallboard's TV mode fills the screen with type read from across a room, and every figure has a
label — pytest-qt against a real view-model on the simulator over loopback.

Screens are 16:9 at 1000 px and 2160 px high; the window is given the screen's size after TV mode
is on (the offscreen platform has one 800 × 800 screen, so resizing stands in for a bigger TV).
1 queue: agent6, a member of Customer Service alone; 4: the supervisor's seeded queues; 6: those
and two queues of the simulator's queue load (``/_sim/queues/load``).
"""

from __future__ import annotations

import asyncio
import re

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from support import settle_live, sim_post, start_dstny_session, until

from cti_desktop.ui.wallboard import LEVEL_STYLE, WallboardWindow, detail_lines, tile_lines, tv_figures
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import TILE_ROLE, WallboardViewModel

pytestmark = pytest.mark.timeout(90)

SCREENS = {1000: QSize(1778, 1000), 2160: QSize(3840, 2160)}
USERS = {1: "agent6", 4: "super1", 6: "super1"}


@pytest.fixture
def make_board(sim, arun, qtbot):
    made = []

    def make(queues: int) -> WallboardWindow:
        session = start_dstny_session(sim, arun, USERS[queues])
        bridge = SessionBridge(session)
        vm = WallboardViewModel(bridge, thresholds={"default": {"waiting_warning": 2, "waiting_critical": 5}},
                                flush_hz=20, order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1)
        window = WallboardWindow(vm)
        qtbot.addWidget(window)
        made.append((session, bridge, vm))
        window.show()
        vm.start()
        if queues == 6:
            sim_post(sim, "/_sim/queues/load", {"queues": 2, "rate": 0.1, "seconds": 120})
        arun(until(lambda: vm.live and vm.model.rowCount() == queues, 15, what=f"{queues} tiles"))
        return window

    def settle() -> None:
        """End the test body with every session live and its streams quiet (see support.settle_live)."""
        for session, _, _ in made:
            settle_live(arun, session)

    make.settle = settle

    yield make
    for session, bridge, vm in made:
        arun(vm.aclose())
        bridge.detach()
        arun(session.aclose())


def tv_on_screen(window: WallboardWindow, arun, screen: QSize) -> None:
    """TV mode on (full screen), then the window as big as ``screen``, laid out."""
    if not window.vm.tvMode:
        window.vm.tvMode = True
        arun(until(lambda: window.isFullScreen() and window.tv_grid is not None, 5, what="full screen"))
        arun(asyncio.sleep(0.1))  # the platform's full-screen geometry has arrived
    window.resize(screen)

    def laid_out() -> bool:
        grid, area = window.tv_grid, window.tiles.maximumViewportSize()
        return (window.size() == screen and grid is not None and window.delegate.tv_tile == grid.tile
                and area.width() - 1 - grid.columns < grid.columns * grid.tile.width() < area.width()
                and area.height() - grid.rows < grid.rows * grid.tile.height() <= area.height())

    arun(until(laid_out, 5, what="the TV grid"))
    QApplication.processEvents()


def tile_rects(window: WallboardWindow) -> list[QRect]:
    model = window.tiles.model()
    return [window.tiles.visualRect(model.index(r)) for r in range(model.rowCount())]


def relative_luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def colours(image: QImage, rect: QRect, step: int = 2) -> dict[int, int]:
    counts: dict[int, int] = {}
    for y in range(rect.top(), rect.bottom(), step):
        for x in range(rect.left(), rect.right(), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    return counts


def measured_contrast(image: QImage, rect: QRect) -> tuple[float, QColor, QColor]:
    """(contrast, background, text) of the text painted in ``rect``: the background is the commonest
    colour; the text the colour furthest from it among those covering at least 0.3 % of the area
    (antialiased edges blend the two and are rarer than the glyphs' solid cores)."""
    counts = colours(image, rect)
    total = sum(counts.values())
    background = QColor(max(counts, key=counts.get))
    inks = [QColor(rgb) for rgb, n in counts.items() if n >= total * 0.003 and QColor(rgb) != background]
    assert inks, "no text painted here"
    ink = max(inks, key=lambda c: contrast(c, background))
    return contrast(ink, background), background, ink


def ink_rows(image: QImage, rect: QRect, background: QColor) -> int:
    """How many pixel rows of ``rect`` hold a pixel clearly unlike ``background`` (the glyphs' height)."""
    rows = 0
    for y in range(rect.top(), rect.bottom() + 1):
        if any(contrast(QColor(image.pixel(x, y)), background) > 2.0 for x in range(rect.left(), rect.right(), 2)):
            rows += 1
    return rows


# ------------------------------------------------------------------------------------------- scaling
@pytest.mark.parametrize("queues", [1, 4, 6])
def test_tv_mode_figures_are_read_across_the_room_and_tiles_cover_the_screen(make_board, arun, queues):
    window = make_board(queues)
    for height, screen in SCREENS.items():
        tv_on_screen(window, arun, screen)
        grid, style = window.tv_grid, window.tv_style()
        assert not grid.scrolls and grid.columns * grid.rows >= queues
        # The waiting count's (and the longest wait's) font: at least 8 % of the screen's height.
        assert style.figure_pixels >= 0.08 * height, (queues, height, grid, style.figure_pixels)
        # All tiles are on screen, side by side, and cover most of it.
        viewport = window.tiles.viewport().rect()
        rects = tile_rects(window)
        assert all(viewport.contains(r) for r in rects), (rects, viewport)
        covered = sum(r.width() * r.height() for r in rects)
        assert covered >= 0.70 * screen.width() * screen.height(), (covered / (screen.width() * screen.height()), grid, rects, viewport)
        # The glyphs painted are that big: the waiting count's digits stand ≥ 5.5 % of the screen high
        # (a digit is ~0.73 of the font's pixel size).
        image = window.tiles.viewport().grab().toImage()
        first = rects[0]
        inset = int(4 * max(1.0, grid.tile.height() / 178))
        figure_top = first.top() + inset + style.pad + style.heights["title"]
        count_area = QRect(first.left() + inset + style.pad, figure_top, style.count_column - style.pad,
                           style.heights["figure"])
        background = QColor(LEVEL_STYLE[window.vm.model.view(window.vm.model.order[0]).level][0])
        assert ink_rows(image, count_area, background) >= 0.055 * height
        # Outside the tiles, the organisation's row grows too.
        assert window.organisation_label.isVisible()
        assert window.organisation_label.font().pixelSize() >= 0.025 * height
    make_board.settle()


def test_resizing_and_leaving_tv_mode_rescale(make_board, arun):
    window = make_board(4)
    tv_on_screen(window, arun, SCREENS[1000])
    small = window.tv_style().figure_pixels
    grid_small = window.tv_grid
    tv_on_screen(window, arun, SCREENS[2160])
    big = window.tv_style().figure_pixels
    assert big >= 2.0 * small and window.tv_grid.tile.height() > 2 * grid_small.tile.height()
    # A window half as wide: a grid of another shape, type still following the tile.
    tv_on_screen(window, arun, QSize(960, 1000))
    assert window.tv_grid != grid_small and window.tv_style().figure_pixels >= 0.08 * 1000
    window.vm.tvMode = False
    QApplication.processEvents()
    assert window.tv_grid is None and window.delegate.tv_tile is None and window.tv_style() is None
    assert window.organisation_label.font().pixelSize() == window.font().pixelSize()
    assert tile_rects(window)[0].size() == window.delegate.style_for(window.tiles.font()).size  # desktop tiles again
    make_board.settle()


def test_a_queue_joining_in_tv_mode_lays_the_grid_out_again(sim, make_board, arun):
    window = make_board(4)
    tv_on_screen(window, arun, SCREENS[1000])
    assert (window.tv_grid.columns, window.tv_grid.rows) == (2, 2)
    sim_post(sim, "/_sim/queues/load", {"queues": 2, "rate": 0.1, "seconds": 120})
    arun(until(lambda: window.vm.model.rowCount() == 6 and window.tv_grid.columns * window.tv_grid.rows >= 6, 10))
    QApplication.processEvents()
    viewport = window.tiles.viewport().rect()
    assert all(viewport.contains(r) for r in tile_rects(window))
    make_board.settle()


# -------------------------------------------------------------------------------------------- labels
FIGURE = re.compile(r"\d+ h \d{2}|\d+:\d{2}|\d+(?: s| %)?|–")
LABEL_PREFIXES = ("Period: ", "24 h: ", "Whole organisation: ")


def unlabelled(line: str) -> list[str]:
    """The parts of ``line`` (split at "·" and ",") that do not hold exactly one figure with words."""
    bad = []
    for part in re.split(r" · |, ", line):
        for prefix in LABEL_PREFIXES:
            part = part.removeprefix(prefix)
        figures = FIGURE.findall(part)
        words = re.sub(FIGURE, " ", part)
        if len(figures) != 1 or not re.search(r"[A-Za-z]{3,}", words):
            bad.append(part)
    return bad


def test_the_label_rule_refuses_the_old_period_line():
    assert unlabelled("Period 19 / 4 / 23 · 83 %") == ["Period 19 / 4 / 23", "83 %"]
    assert unlabelled("Period: Answered 19 · Dropped 4 · Total 23") == []


def test_every_figure_is_labelled_in_both_modes(sim, make_board, arun):
    window = make_board(6)
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 6})
    vm = window.vm
    arun(until(lambda: vm.model.view("102").waiting == 6 and vm.organisation is not None, 5))
    views = [vm.model.data(vm.model.index(r), TILE_ROLE) for r in range(vm.model.rowCount())]
    for view in views:
        for _, text in tile_lines(view):  # the desktop tile
            assert unlabelled(text) == [], text
        for _, text in detail_lines(view):  # the TV tile: its detail lines and its two big figures
            assert unlabelled(text) == [], text
        assert [label for _, label in tv_figures(view)] == ["waiting", "longest wait"]
        assert "Answered" in view.summary and "Dropped" in view.summary  # what a screen reader hears
    assert unlabelled(window.organisation_label.text()) == [], window.organisation_label.text()
    # Nothing is cut off: no text laid out for the final picture was elided, on the desktop or on a
    # TV. The laid-out texts are forgotten before each final picture: a paint on the way there (TV
    # mode on the platform's own small screen before the window has the TV's size) may rightly
    # have elided a name in a smaller tile.
    window.resize(1100, 760)
    arun(until(lambda: window.size() == QSize(1100, 760), 3, what="the desktop size"))
    QApplication.processEvents()
    window.delegate.forget_fonts()
    window.tiles.viewport().grab()
    drawn = [static.text() for static, _ in window.delegate._texts.values()]
    assert any(text.startswith("Customer Service") for text in drawn), drawn
    assert not [text for text in drawn if "…" in text]
    tv_on_screen(window, arun, SCREENS[1000])
    window.delegate.forget_fonts()
    window.tiles.viewport().grab()
    drawn = [static.text() for static, _ in window.delegate._texts.values()]
    assert any(text.startswith("Period: Answered") for text in drawn)
    assert not [text for text in drawn if "…" in text]
    make_board.settle()


# ------------------------------------------------------------------------------------------ contrast
@pytest.mark.parametrize("tv", [False, True])
def test_tile_text_contrast_at_every_level(sim, make_board, arun, tv):
    window = make_board(4)
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 6})  # critical
    sim_post(sim, "/_sim/queues/103", {"callsWaiting": 3})  # warning
    vm = window.vm
    arun(until(lambda: vm.criticalCount == 1 and vm.warningCount == 1, 5))
    if tv:
        tv_on_screen(window, arun, SCREENS[1000])
    else:
        window.resize(1300, 800)
        arun(until(lambda: window.tiles.viewport().width() > 1000, 3))
    QApplication.processEvents()
    image = window.tiles.viewport().grab().toImage()
    seen = set()
    for qid, rect in zip(vm.model.order, tile_rects(window), strict=True):
        level = vm.model.view(qid).level
        inner = rect.adjusted(rect.width() // 10, rect.height() // 10, -rect.width() // 10, -rect.height() // 10)
        ratio, background, ink = measured_contrast(image, inner)
        assert background.name().upper() == LEVEL_STYLE[level][0].upper()
        assert ratio >= 4.5, (LEVEL_STYLE[level][2], background.name(), ink.name(), ratio)
        seen.add(level)
    assert seen == {0, 1, 2}
    label = window.organisation_label
    arun(until(lambda: label.text().startswith("Whole organisation"), 5))
    ratio, background, ink = measured_contrast(label.grab().toImage(), label.rect().adjusted(4, 4, -4, -4))
    assert ratio >= 4.5, (background.name(), ink.name(), ratio)
    make_board.settle()


# ----------------------------------------------------------------------------- another screen, DPI
SCREENS_CONFIG = {"screens": [
    {"name": "tv-1000", "x": 0, "y": 0, "width": 1778, "height": 1000, "logicalDpi": 96, "logicalBaseDpi": 96,
     "dpr": 1},
    # A 3840 × 2160 TV at 1.5 × scaling: 2560 × 1440 device-independent pixels.
    {"name": "tv-2160", "x": 1778, "y": 0, "width": 3840, "height": 2160, "logicalDpi": 144, "logicalBaseDpi": 96,
     "dpr": 1},
]}


def test_moved_to_another_screen_the_type_follows(sim, tmp_path):
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    config = tmp_path / "screens.json"
    config.write_text(json.dumps(SCREENS_CONFIG), encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    script = Path(__file__).with_name("wallboard_tv_screens.py")
    done = subprocess.run([sys.executable, str(script), sim.base_url], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    first, second = (json.loads(line) for line in done.stdout.splitlines() if line.startswith("{"))
    assert (first["screen"], first["height"], first["dpr"]) == ("tv-1000", 1000, 1.0)
    assert (second["screen"], second["height"], second["dpr"]) == ("tv-2160", 1440, 1.5)
    for shown in (first, second):
        assert shown["figure_pixels"] >= 0.08 * shown["height"], shown
    # On the bigger screen the figures grew with it, in its own (device) pixels too.
    assert second["figure_pixels"] > 1.3 * first["figure_pixels"]
    assert second["physical_figure_pixels"] >= 0.08 * 2160


def test_the_trend_charts_axis_text_reads_in_the_palette(make_board, arun):
    from PySide6.QtGui import QPalette

    window = make_board(4)
    chart = window.chart
    for scheme in ("light", "dark"):
        palette = QPalette(QColor("#F0F0F0") if scheme == "light" else QColor("#202124"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#000000" if scheme == "light" else "#FFFFFF"))
        chart.setPalette(palette)
        QApplication.processEvents()
        window_colour = chart.palette().color(QPalette.ColorRole.Window)
        for plot in (chart.waiting_plot, chart.longest_plot):
            for side in ("left", "bottom"):
                ink = plot.getAxis(side).textPen().color()
                assert contrast(ink, window_colour) >= 4.5, (scheme, side, ink.name(), window_colour.name())
    make_board.settle()
