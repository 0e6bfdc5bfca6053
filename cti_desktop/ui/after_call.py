"""The wrap-up bar of the header: "Wrap-up 0:27", +30 s and Ready, and words when something failed.

Hidden while there is no wrap-up and nothing to say.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from cti_desktop.viewmodels.after_call import AfterCallViewModel

_STYLE = """
QFrame#afterCallBar { border: 1px solid palette(mid); border-radius: 6px; padding: 0 4px; }
QLabel#afterCallStatus { font-weight: 600; }
"""


class AfterCallBar(QFrame):
    def __init__(self, vm: AfterCallViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("afterCallBar")
        self.setStyleSheet(_STYLE)
        self.setAccessibleName("After-call work")
        self.setToolTip("After-call work: your presence shows you are wrapping up your last call, and goes back "
                        "to what it was when the countdown ends or you press Ready")
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("afterCallStatus")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("afterCallMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMaximumWidth(360)
        self.extend_button = QPushButton(f"+{vm.extendSeconds} s", self)
        self.extend_button.setAccessibleName(f"Extend wrap-up by {vm.extendSeconds} seconds")
        self.extend_button.setToolTip(f"More time to wrap up: {vm.extendSeconds} seconds")
        self.ready_button = QPushButton("Ready", self)
        self.ready_button.setAccessibleName("Ready: end wrap-up now")
        self.ready_button.setToolTip("End wrap-up now and put your presence back")
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName("Dismiss the after-call message")
        self._dismissed = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(6)
        for w in (self.status_label, self.message_label, self.extend_button, self.ready_button, self.dismiss_button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignVCenter)
        self.extend_button.clicked.connect(vm.extend)
        self.ready_button.clicked.connect(vm.ready)
        self.dismiss_button.clicked.connect(self._dismiss)
        vm.stateChanged.connect(self._sync)
        self._sync()

    def _dismiss(self) -> None:
        self._dismissed = self.vm.message
        self._sync()

    def _sync(self) -> None:
        vm = self.vm
        status = vm.statusText
        message = vm.message if vm.message != self._dismissed else ""
        if not vm.message:
            self._dismissed = ""
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))
        self.status_label.setAccessibleName(status or "No wrap-up")
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))
        self.message_label.setAccessibleName(message)
        self.extend_button.setVisible(vm.active)
        self.extend_button.setEnabled(vm.canExtend)
        self.ready_button.setVisible(vm.active)
        self.ready_button.setEnabled(vm.canReady)
        self.dismiss_button.setVisible(bool(message) and not vm.active)
        self.setVisible(vm.enabled and (vm.active or bool(message)))


__all__ = ["AfterCallBar"]
