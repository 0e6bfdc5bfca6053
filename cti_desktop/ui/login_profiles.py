"""The sign-in dialog's saved-account chooser: the list of profiles, "New account…" and "Forget".

A mixin of :class:`~cti_desktop.ui.login_dialog.LoginDialog`: picking a profile fills the dialog
from it through the view-model; "New account…" empties the account fields and its extra sources.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["NEW_ACCOUNT", "ProfileChooser"]

NEW_ACCOUNT = QT_TRANSLATE_NOOP("LoginProfiles", "New account…")


def _new_account() -> str:
    """The last entry of the account list, in the agent's language."""
    return translate("LoginProfiles", NEW_ACCOUNT)


class ProfileChooser:
    """The first row of the sign-in form (mixed into ``LoginDialog``)."""

    def _build_profile_row(self, form: QFormLayout) -> None:
        """The saved-account chooser and its "Forget" button, as the form's first row."""
        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName(translate("LoginProfiles", "Saved account"))
        self.profile_box.setToolTip(translate("LoginProfiles", "Pick a saved account, or a new one"))
        self.forget_button = QPushButton(translate("LoginProfiles", "Forget"))
        self.forget_button.setAccessibleName(translate("LoginProfiles", "Forget the saved account"))
        self.forget_button.setToolTip(translate("LoginProfiles", "Remove this saved account from the list"))
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.forget_button)
        self.profile_label = QLabel(translate("LoginProfiles", "&Account:"))
        self.profile_label.setBuddy(self.profile_box)
        form.addRow(self.profile_label, profile_row)

    def _sync_profiles(self) -> None:
        names = list(self.vm.profiles)
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItems(names + [_new_account()])
        current = self.vm.profileName if self.vm.profileName in names else _new_account()
        self.profile_box.setCurrentText(current)
        self.profile_box.blockSignals(False)
        has_profiles = bool(names)
        self.profile_box.setVisible(has_profiles)
        self.profile_label.setVisible(has_profiles)
        self.forget_button.setVisible(has_profiles)
        self.forget_button.setEnabled(current != _new_account())

    def _profile_picked(self, index: int) -> None:
        name = self.profile_box.itemText(index)
        if name == _new_account():
            self.vm.profileName = ""
            self.vm.server = self.vm.domain = self.vm.user = ""
            while self.vm.sources:
                self.vm.removeSource(0)
        else:
            self.vm.selectProfile(name)
        self.forget_button.setEnabled(name != _new_account())
        self.first_empty_field().setFocus()

    def _forget(self) -> None:
        name = self.profile_box.currentText()
        if name != _new_account():
            self.vm.forgetProfile(name)
