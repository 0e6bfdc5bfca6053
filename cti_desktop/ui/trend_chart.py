"""The wallboard's trend chart: calls waiting and longest wait per queue over the last hour.

Two stacked pyqtgraph plots share the time axis (minutes ago). A fixed pool of curves is made once;
a redraw only calls ``setData`` on them (never re-creating plot items), and redraws are throttled to
``max_hz`` however often the view-model says the trend moved.
"""

from __future__ import annotations

import time

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.wallboard import TREND_CURVES, WallboardViewModel

#: Distinguishable for the common colour-vision deficiencies (Okabe–Ito), plus a dash style per curve.
COLOURS = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00")
DASHES = (None, [6, 3], [2, 2], [8, 3, 2, 3], [1, 3], [10, 4])


class TrendChart(QWidget):
    def __init__(self, vm: WallboardViewModel, parent: QWidget | None = None, *, max_hz: float = 2.0) -> None:
        super().__init__(parent)
        self._vm = vm
        self.setAccessibleName(translate("TrendChart", "Queue trend chart"))
        self.setToolTip(translate("TrendChart", "Calls waiting and longest wait over the last hour for the selected queues "
                        "(or the most urgent ones when none is selected)"))
        pg.setConfigOptions(antialias=False)
        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setBackground(None)
        self.waiting_plot = self.graphics.addPlot(row=0, col=0)
        self.longest_plot = self.graphics.addPlot(row=1, col=0)
        self.waiting_plot.setLabel("left", translate("TrendChart", "Calls waiting"))
        self.longest_plot.setLabel("left", translate("TrendChart", "Longest wait (s)"))
        self.longest_plot.setLabel("bottom", translate("TrendChart", "Minutes ago"))
        self.longest_plot.setXLink(self.waiting_plot)
        for plot in (self.waiting_plot, self.longest_plot):
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setXRange(-60, 0, padding=0)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.setClipToView(True)
            plot.getAxis("left").enableAutoSIPrefix(False)  # no "(x0.001)" scaling of counts and seconds
        self._follow_palette()
        self.waiting_curves = []
        self.longest_curves = []
        for n in range(TREND_CURVES):
            pen = pg.mkPen(COLOURS[n % len(COLOURS)], width=2)
            if DASHES[n] is not None:
                pen.setDashPattern(DASHES[n])
            self.waiting_curves.append(self.waiting_plot.plot([], [], pen=pen, stepMode=None))
            self.longest_curves.append(self.longest_plot.plot([], [], pen=pen))
        self.legend = QLabel(self)
        self.legend.setAccessibleName(translate("TrendChart", "Trend chart legend"))
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics, 1)
        layout.addWidget(self.legend)
        self.redraws = 0
        self._min_gap = 1.0 / max_hz
        self._last = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.redraw)
        vm.trendChanged.connect(self._schedule)
        vm.chartQueuesChanged.connect(self._schedule)
        self.redraw()

    def _follow_palette(self) -> None:
        """Axis numbers and titles in the palette's text colour (pyqtgraph's default grey is ~2.5:1 on a
        light window), so they read in light and dark themes alike."""
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        for plot in (self.waiting_plot, self.longest_plot):
            for side in ("left", "bottom"):
                plot.getAxis(side).setTextPen(ink)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def _schedule(self) -> None:
        if self._timer.isActive():
            return
        wait = max(0.0, self._last + self._min_gap - time.monotonic())
        self._timer.start(int(wait * 1000))

    def redraw(self) -> None:
        self._last = time.monotonic()
        self.redraws += 1
        queues = self._vm.chartQueues
        legend = []
        for n in range(TREND_CURVES):
            if n < len(queues):
                minutes, waiting, longest = self._vm.trend(queues[n])
                self.waiting_curves[n].setData(minutes, waiting)
                self.longest_curves[n].setData(minutes, longest)
                name = self._vm.queue_name(queues[n])
                style = (translate("TrendChart", "{queue} (solid)") if DASHES[n] is None
                         else translate("TrendChart", "{queue} (dashed)")).format(queue=name)
                legend.append(f'<span style="color:{COLOURS[n]}">■</span> {style}')
            else:
                self.waiting_curves[n].setData([], [])
                self.longest_curves[n].setData([], [])
        self.legend.setText("&nbsp;&nbsp; ".join(legend) or translate("TrendChart", "No queues to chart yet"))
