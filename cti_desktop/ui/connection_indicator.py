"""The connection indicator: a coloured dot and the connection in words, always visible.

Live (green), connecting (blue), reconnecting — with the reason and the countdown — or
"Stale for N s" (amber, updated every second by the view-model), failed and why (red). The tooltip
and the accessible description explain what it means for the data on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.window_words import LEVEL_BUSY, LEVEL_ERROR, LEVEL_OK, LEVEL_WARNING
from .theme import set_style

if TYPE_CHECKING:
    from cti_desktop.viewmodels.main_window import MainWindowViewModel

#: (dot, background, text) per level: names of :class:`cti_desktop.ui.theme.Colours`.
_COLOURS = {
    LEVEL_OK: ("ok_border", "ok_bg", "ok_text"),
    LEVEL_BUSY: ("info_border", "info_bg", "info_text"),
    LEVEL_WARNING: ("warning_border", "warning_bg", "warning_text"),
    LEVEL_ERROR: ("critical_border", "critical_bg", "critical_text"),
}


class ConnectionIndicator(QFrame):
    def __init__(self, vm: MainWindowViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("connectionIndicator")
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers can reach it; not in the way of the mouse
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 3, 12, 3)
        layout.setSpacing(7)
        self.dot = QLabel()
        self.dot.setFixedSize(10, 10)
        self.dot.setAccessibleName(translate("ConnectionIndicator", "Connection state colour"))
        self.label = QLabel()
        self.label.setObjectName("connectionText")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(self.dot)
        layout.addWidget(self.label)
        vm.connectionChanged.connect(self._render)
        self._render()

    @property
    def text(self) -> str:
        return self.label.text()

    def _render(self) -> None:
        level = self.vm.connectionLevel
        dot, background, foreground = _COLOURS.get(level, _COLOURS[LEVEL_WARNING])
        set_style(self.dot, f"background: ${dot}; border-radius: 5px;")
        set_style(
            self,
            f"QFrame#connectionIndicator {{ background: ${background}; border: 1px solid ${dot}; border-radius: 11px; }}"
            f" QFrame#connectionIndicator:focus {{ border: 2px solid ${foreground}; }}"
            f" QLabel#connectionText {{ color: ${foreground}; font-weight: 600; }}",
        )
        self.label.setText(self.vm.connectionText)
        self.setToolTip(self.vm.connectionDetail)
        self.setAccessibleName(translate("ConnectionIndicator", "Connection: {connectionText}").format(connectionText=self.vm.connectionText))
        self.setAccessibleDescription(self.vm.connectionDetail)
        self.setProperty("level", level)
