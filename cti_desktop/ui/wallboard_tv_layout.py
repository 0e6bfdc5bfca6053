"""The wallboard window in TV mode: full screen, the toolbar hidden, the tiles fitted to the screen.

The grid and the type sizes come from :mod:`cti_desktop.ui.wallboard_tv` (pure arithmetic); this
mixin of :class:`~cti_desktop.ui.wallboard.WallboardWindow` applies them — on entering and leaving
TV mode, when the number of queues changes, when the view is resized, and when the window moves to
another screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QListView, QStyle

from cti_desktop.i18n import translate
from .wallboard_tiles import TV_SCALE
from .wallboard_tv import TvTileStyle, choose_grid, tv_label_pixels


class TvModeLayout:
    """Entering, leaving and fitting TV mode (mixed into ``WallboardWindow``)."""

    def _show_tv(self) -> None:
        on = self.vm.tvMode
        if self.tv_button.isChecked() != on:
            self.tv_button.setChecked(on)
        self.delegate.scale = TV_SCALE if on else 1.0
        for widget in (self.filter_box, self.sort_box, self.counts_label):
            widget.setVisible(not on)
        self.chart.setVisible(not on)
        self.tv_button.setText(translate("WallboardTvLayout", "Leave TV mode (Esc)") if on else translate("WallboardTvLayout", "TV mode"))
        self._layout.setContentsMargins(*((4, 4, 4, 4) if on else (11, 11, 11, 11)))
        self.tiles.setSpacing(0)
        self.tiles.setFrameShape(QListView.Shape.NoFrame if on else QListView.Shape.StyledPanel)
        self.tiles.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.tiles.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if on else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        window = self.window()
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif window.isFullScreen():
            window.showMaximized() if self._was_maximized else window.showNormal()
        self._lay_out_tv()

    # -- TV mode's grid and type ------------------------------------------------------------------
    @property
    def tv_grid(self):
        """The :class:`~cti_desktop.ui.wallboard_tv.TvGrid` TV mode uses now (``None`` outside it)."""
        return self._tv_grid

    def tv_style(self) -> TvTileStyle | None:
        """The fonts TV tiles are painted with now (``None`` outside TV mode)."""
        style = self.delegate.style_for(self.tiles.font())
        return style if isinstance(style, TvTileStyle) else None

    def _lay_out_tv(self) -> None:
        """Fit the tiles to the area they have, and the type outside them to the window's height."""
        if self._tv_laying_out:
            return
        self._tv_laying_out = True
        try:
            on = self.vm.tvMode
            label_font = QFont(self.font())
            if on:
                label_font.setPixelSize(tv_label_pixels(self.window().height()))
            for label in (self.organisation_label, self.status_label, self.tv_button):
                label.setFont(label_font)
            if not on:
                self._tv_grid = None
                self.delegate.tv_tile = None
            else:
                # The area as if no scroll bar were shown: a grid that fits needs none. A row of
                # tiles wraps in QListView once it reaches the last pixel: one pixel less.
                area = self.tiles.maximumViewportSize()
                grid = choose_grid(self.vm.model.rowCount(), area.width() - 1, area.height(), self.tiles.font(),
                                   scrollbar=self.tiles.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))
                self.tiles.setVerticalScrollBarPolicy(
                    Qt.ScrollBarPolicy.ScrollBarAsNeeded if grid.scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
                if grid == self._tv_grid:
                    return
                self._tv_grid = grid
                self.delegate.tv_tile = grid.tile
            self.tiles.doItemsLayout()  # new tile size
            self.tiles.viewport().update()
        finally:
            self._tv_laying_out = False

    def _tv_count_changed(self, *_: Any) -> None:
        if self.vm.tvMode:
            self._lay_out_tv()

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.tiles.viewport() and self.vm.tvMode:
            self._lay_out_tv()
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        handle = self.window().windowHandle()
        if handle is not None and handle is not self._screen_followed:
            self._screen_followed = handle
            handle.screenChanged.connect(self._screen_changed)

    def _screen_changed(self, *_: Any) -> None:
        """Another screen (another resolution or DPI): fonts and metrics are made again."""
        self.delegate.forget_fonts()
        self._tv_grid = None
        self._lay_out_tv()
        if not self.vm.tvMode:
            self.tiles.doItemsLayout()
