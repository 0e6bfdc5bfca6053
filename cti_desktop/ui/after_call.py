"""The wrap-up bar of the header: "Wrap-up 0:27", +30 s and Ready, and words when something failed.

Hidden while there is no wrap-up and nothing to say, and while after-call work is off (it is there
for File › Settings… to turn it on during the session).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.after_call import AfterCallViewModel
from .theme import set_style

_STYLE = """
QFrame#afterCallBar { border: 1px solid palette(mid); border-radius: 6px; padding: 0 4px; }
QLabel#afterCallStatus { font-weight: 600; }
"""


class AfterCallBar(QFrame):
    def __init__(self, vm: AfterCallViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("afterCallBar")
        set_style(self, _STYLE)
        self.setAccessibleName(translate("AfterCall", "After-call work"))
        self.setToolTip(translate("AfterCall", "After-call work: your presence shows you are wrapping up your last call, and goes back "
                        "to what it was when the countdown ends or you press Ready"))
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("afterCallStatus")
        self.message_label = QLabel(self)
        self.message_label.setObjectName("afterCallMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setMaximumWidth(360)
        self.extend_button = QPushButton(self)
        self._label_extend()
        self.ready_button = QPushButton(translate("AfterCall", "Ready"), self)
        self.ready_button.setAccessibleName(translate("AfterCall", "Ready: end wrap-up now"))
        self.ready_button.setToolTip(translate("AfterCall", "End wrap-up now and put your presence back"))
        self.dismiss_button = QToolButton(self)
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setAccessibleName(translate("AfterCall", "Dismiss the after-call message"))
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
        vm.settingsChanged.connect(self._settings_changed)
        self._sync()

    def _label_extend(self) -> None:
        seconds = self.vm.extendSeconds
        self.extend_button.setText(translate("AfterCall", "+{extendSeconds} s").format(extendSeconds=seconds))
        self.extend_button.setAccessibleName(translate("AfterCall", "Extend wrap-up by {extendSeconds} seconds").format(extendSeconds=seconds))
        self.extend_button.setToolTip(translate("AfterCall", "More time to wrap up: {extendSeconds} seconds").format(extendSeconds=seconds))

    def _settings_changed(self) -> None:
        self._label_extend()
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
        self.status_label.setAccessibleName(status or translate("AfterCall", "No wrap-up"))
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
