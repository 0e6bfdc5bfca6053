"""The "Busy elsewhere" row of the presence panel: mark me busy for 15 min … 2 h, or clear it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.busy_elsewhere import BusyElsewhereViewModel, choice_text
from .theme import set_style

_ERROR_STYLE = "color: $critical;"


class BusyElsewhereRow(QWidget):
    def __init__(self, vm: BusyElsewhereViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("BusyElsewhere", "Busy elsewhere"))
        self.setToolTip(translate("BusyElsewhere", "Busy with work outside the phone system: queues pass you by and colleagues "
                        "see your line busy until the time, or until you clear it"))
        self.title = QLabel(translate("BusyElsewhere", "Busy elsewhere"), self)
        self.length = QComboBox(self)
        self.length.setAccessibleName(translate("BusyElsewhere", "Busy elsewhere for"))
        for minutes in vm.choices:
            self.length.addItem(choice_text(minutes), minutes)
        self.mark_button = QPushButton(translate("BusyElsewhere", "Mark &busy"), self)
        self.clear_button = QPushButton(translate("BusyElsewhere", "Clear"), self)
        self.status_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_style(self.error_label, _ERROR_STYLE)
        self.mark_button.clicked.connect(lambda: vm.markFor(int(self.length.currentData())))
        self.clear_button.clicked.connect(vm.clear)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for w in (self.title, self.length, self.mark_button, self.clear_button):
            row.addWidget(w)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        vm.changed.connect(self._sync)
        vm.busyChanged.connect(self._sync)
        vm.errorChanged.connect(lambda: self.error_label.setText(vm.error))
        self._sync()

    def _sync(self) -> None:
        working = self.vm.busy
        self.status_label.setText(self.vm.untilText)
        self.mark_button.setEnabled(not working)
        self.mark_button.setText(translate("BusyElsewhere", "Mark &busy again") if self.vm.marked else translate("BusyElsewhere", "Mark &busy"))
        self.clear_button.setEnabled(self.vm.marked and not working)


__all__ = ["BusyElsewhereRow"]
