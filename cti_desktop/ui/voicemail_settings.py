"""The voicemail settings dialog: one check box per setting, the assistance number, Save and Close.

Opened with ``open()`` (never ``exec()``, PITFALLS 14); everything comes from
:class:`VoicemailSettingsViewModel`, errors are shown in words inside the dialog.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.core.voicemail import SETTING_WORDS
from cti_desktop.viewmodels.voicemail_settings import VoicemailSettingsViewModel
from .panel_labels import ERROR_STYLE, error_label
from .theme import set_style


class VoicemailSettingsDialog(QDialog):
    def __init__(self, vm: VoicemailSettingsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(translate("VoicemailSettings", "Voicemail settings"))
        self.setAccessibleName(translate("VoicemailSettings", "Voicemail settings"))
        self.checks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        for name, words in SETTING_WORDS.items():
            if name == "human_assistance_number":
                self.number = QLineEdit(self)
                self.number.setAccessibleName(words)
                self.number.setPlaceholderText("+46701234567")
                form.addRow(words, self.number)
                continue
            box = QCheckBox(words, self)
            box.setAccessibleName(words)
            self.checks[name] = box
            form.addRow(box)
        self.status = QLabel(translate("VoicemailSettings", "Reading your voicemail settings…"), self)
        self.error_label = error_label(self, translate("VoicemailSettings", "Voicemail settings error"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        vm.valuesChanged.connect(self._sync_values)
        vm.loadedChanged.connect(self._sync_values)
        vm.errorChanged.connect(self._sync_messages)
        vm.noticeChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_enabled)
        self._sync_values()
        self._sync_messages()

    def changes(self) -> dict:
        out: dict = {name: box.isChecked() for name, box in self.checks.items() if box.isEnabled()}
        if self.number.isEnabled():
            out["human_assistance_number"] = self.number.text()
        return out

    def _save(self) -> None:
        self.vm.saveChanges(self.changes())

    def _sync_values(self) -> None:
        values = self.vm.values
        for name, box in self.checks.items():
            known = name in values
            box.setEnabled(known)
            box.setChecked(bool(values.get(name)))
            if not known:
                box.setToolTip(translate("VoicemailSettings", "The server did not say this setting"))
        self.number.setEnabled("human_assistance_number" in values)
        self.number.setText(str(values.get("human_assistance_number") or ""))
        self.status.setVisible(not self.vm.loaded)
        self._sync_enabled()

    def _sync_messages(self) -> None:
        text = self.vm.error or self.vm.notice
        set_style(self.error_label, ERROR_STYLE if self.vm.error else "")
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))
        if self.vm.error and not self.vm.loaded:
            self.status.setText(translate("VoicemailSettings", "Could not read your voicemail settings"))

    def _sync_enabled(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.vm.loaded and not self.vm.busy)
