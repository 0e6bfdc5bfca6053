"""The sign-in dialog: saved profiles, the account fields, password or an existing ticket.

Shown with ``open()`` (never ``exec()``); the result comes through the view-model's ``signedIn``
signal (the dialog then closes itself) or the dialog's ``rejected`` signal. While signing in, the
fields are locked, a busy bar runs, and "Cancel" stops the attempt; errors appear in words under
the fields, and the password is never kept in the dialog after an attempt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.viewmodels.login import MODE_PASSWORD, MODE_TICKET, LoginViewModel

from .icons import APP, icon

NEW_ACCOUNT = "New account…"


class LoginDialog(QDialog):
    def __init__(self, vm: LoginViewModel, parent: QWidget | None = None, *, allow_cancel_text: str = "Quit") -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle("Sign in — CTI Desktop")
        self.setWindowIcon(icon(APP))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(460)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.setSpacing(14)

        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon(APP).pixmap(40, 40))
        logo.setAccessibleName("CTI Desktop logo")
        heading.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        title = QLabel("Sign in to your phone system")
        title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        subtitle = QLabel("Your password is used once to create a sign-in ticket; it is never saved.")
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: palette(mid);")
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading.addLayout(titles, 1)
        heading.setSpacing(12)
        outer.addLayout(heading)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)

        self.profile_box = QComboBox()
        self.profile_box.setAccessibleName("Saved account")
        self.profile_box.setToolTip("Pick a saved account, or a new one")
        self.forget_button = QPushButton("Forget")
        self.forget_button.setAccessibleName("Forget the saved account")
        self.forget_button.setToolTip("Remove this saved account from the list")
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_box, 1)
        profile_row.addWidget(self.forget_button)
        self.profile_label = QLabel("&Account:")
        self.profile_label.setBuddy(self.profile_box)
        form.addRow(self.profile_label, profile_row)

        self.server_edit = self._line("Server address", "https://pbx.example.com", "The address of your phone system")
        self.domain_edit = self._line("Domain", "example.com", "Your organisation's domain")
        self.user_edit = self._line("User name", "anna", "Your user name (without the domain)")
        form.addRow(self._label("&Server:", self.server_edit), self.server_edit)
        form.addRow(self._label("&Domain:", self.domain_edit), self.domain_edit)
        form.addRow(self._label("&User:", self.user_edit), self.user_edit)

        self.password_mode = QRadioButton("&Password")
        self.password_mode.setAccessibleName("Sign in with a password")
        self.password_mode.setToolTip("Sign in with your password; a ticket is created and stored")
        self.ticket_mode = QRadioButton("Existing &ticket")
        self.ticket_mode.setAccessibleName("Sign in with an existing ticket")
        self.ticket_mode.setToolTip("Paste a ticket created elsewhere, e.g. in the portal")
        modes = QButtonGroup(self)
        modes.addButton(self.password_mode)
        modes.addButton(self.ticket_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.password_mode)
        mode_row.addWidget(self.ticket_mode)
        mode_row.addStretch(1)
        form.addRow(QLabel("Sign in with:"), mode_row)

        self.secret_stack = QStackedWidget()
        self.password_edit = self._line("Password", "", "Your password (used once, never saved)")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ticket_edit = self._line("Ticket", "Paste the ticket here", "A ticket created elsewhere; it is checked, then stored in the keyring")
        self.ticket_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.secret_stack.addWidget(self.password_edit)
        self.secret_stack.addWidget(self.ticket_edit)
        self.secret_stack.setFixedHeight(self.password_edit.sizeHint().height())
        self.secret_label = self._label("Pass&word:", self.password_edit)
        form.addRow(self.secret_label, self.secret_stack)

        self.remember_box = QCheckBox("Remember this account (not the password)")
        self.remember_box.setAccessibleName("Remember this account")
        self.remember_box.setToolTip("Save the server, domain and user as a profile; secrets go to the system keyring only")
        form.addRow("", self.remember_box)
        outer.addLayout(form)

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName("Note")
        self.notice_label.setStyleSheet(
            "background: #fff6e0; color: #5c4300; border: 1px solid #d99a00; border-radius: 4px; padding: 6px 8px;"
        )
        outer.addWidget(self.notice_label)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Sign-in problem")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setStyleSheet(
            "background: #fdecec; color: #6b1a1a; border: 1px solid #d64545; border-radius: 4px; padding: 6px 8px;"
        )
        outer.addWidget(self.error_label)

        busy_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName("Signing in")
        self.status_label = QLabel()
        self.status_label.setStyleSheet("color: palette(mid);")
        busy_row.addWidget(self.status_label)
        busy_row.addWidget(self.progress, 1)
        self.busy_row = QFrame()
        self.busy_row.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.busy_row)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton("Sign in", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setAccessibleName("Sign in")
        self.sign_in_button.setToolTip("Sign in (Enter)")
        self.sign_in_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(allow_cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(allow_cancel_text)
        self.cancel_button.setToolTip(f"{allow_cancel_text} (Esc); while signing in, stop the attempt")
        self._cancel_text = allow_cancel_text
        outer.addWidget(self.buttons)

        # Bindings: widgets → view-model
        self.server_edit.textEdited.connect(lambda text: setattr(self.vm, "server", text))
        self.domain_edit.textEdited.connect(lambda text: setattr(self.vm, "domain", text))
        self.user_edit.textEdited.connect(lambda text: setattr(self.vm, "user", text))
        self.remember_box.toggled.connect(lambda on: setattr(self.vm, "remember", on))
        self.password_mode.toggled.connect(lambda on: on and setattr(self.vm, "mode", MODE_PASSWORD))
        self.ticket_mode.toggled.connect(lambda on: on and setattr(self.vm, "mode", MODE_TICKET))
        self.profile_box.activated.connect(self._profile_picked)
        self.forget_button.clicked.connect(self._forget)
        self.sign_in_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self._cancel)
        self.password_edit.returnPressed.connect(self.submit)
        self.ticket_edit.returnPressed.connect(self.submit)
        # View-model → widgets
        vm.serverChanged.connect(self._sync_fields)
        vm.domainChanged.connect(self._sync_fields)
        vm.userChanged.connect(self._sync_fields)
        vm.modeChanged.connect(self._sync_mode)
        vm.rememberChanged.connect(self._sync_fields)
        vm.profilesChanged.connect(self._sync_profiles)
        vm.profileNameChanged.connect(self._sync_profiles)
        vm.errorChanged.connect(self._sync_messages)
        vm.noticeChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_busy)
        vm.statusTextChanged.connect(self._sync_busy)
        vm.signedIn.connect(self._signed_in)

        self.setTabOrder(self.profile_box, self.forget_button)
        self.setTabOrder(self.forget_button, self.server_edit)
        self.setTabOrder(self.server_edit, self.domain_edit)
        self.setTabOrder(self.domain_edit, self.user_edit)
        self.setTabOrder(self.user_edit, self.password_mode)
        self.setTabOrder(self.password_mode, self.ticket_mode)
        self.setTabOrder(self.ticket_mode, self.password_edit)
        self.setTabOrder(self.password_edit, self.ticket_edit)
        self.setTabOrder(self.ticket_edit, self.remember_box)
        self.setTabOrder(self.remember_box, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.cancel_button)

        self._sync_profiles()
        self._sync_fields()
        self._sync_mode()
        self._sync_messages()
        self._sync_busy()

    # --------------------------------------------------------------------------------- helpers
    @staticmethod
    def _line(name: str, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tip)
        edit.setClearButtonEnabled(False)
        return edit

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def first_empty_field(self) -> QWidget:
        for edit in (self.server_edit, self.domain_edit, self.user_edit):
            if not edit.text():
                return edit
        return self.password_edit if self.vm.mode == MODE_PASSWORD else self.ticket_edit

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.first_empty_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------------------- vm → widgets
    def _sync_profiles(self) -> None:
        names = list(self.vm.profiles)
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItems(names + [NEW_ACCOUNT])
        current = self.vm.profileName if self.vm.profileName in names else NEW_ACCOUNT
        self.profile_box.setCurrentText(current)
        self.profile_box.blockSignals(False)
        has_profiles = bool(names)
        self.profile_box.setVisible(has_profiles)
        self.profile_label.setVisible(has_profiles)
        self.forget_button.setVisible(has_profiles)
        self.forget_button.setEnabled(current != NEW_ACCOUNT)

    def _sync_fields(self) -> None:
        for edit, value in ((self.server_edit, self.vm.server), (self.domain_edit, self.vm.domain), (self.user_edit, self.vm.user)):
            if edit.text() != value:
                edit.setText(value)
        self.remember_box.setChecked(self.vm.remember)

    def _sync_mode(self) -> None:
        ticket = self.vm.mode == MODE_TICKET
        (self.ticket_mode if ticket else self.password_mode).setChecked(True)
        self.secret_stack.setCurrentWidget(self.ticket_edit if ticket else self.password_edit)
        self.secret_label.setText("&Ticket:" if ticket else "Pass&word:")
        self.secret_label.setBuddy(self.ticket_edit if ticket else self.password_edit)

    def _sync_messages(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.notice_label.setText(self.vm.notice)
        self.notice_label.setVisible(bool(self.vm.notice))

    def _sync_busy(self) -> None:
        busy = self.vm.busy
        for widget in (self.profile_box, self.forget_button, self.server_edit, self.domain_edit, self.user_edit,
                       self.password_mode, self.ticket_mode, self.password_edit, self.ticket_edit,
                       self.remember_box, self.sign_in_button):
            widget.setEnabled(not busy)
        self.busy_row.setVisible(busy)
        self.status_label.setText(self.vm.statusText or "Signing in…")
        self.cancel_button.setText("Stop" if busy else self._cancel_text)
        if not busy and self.vm.error:
            self.first_error_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_error_field(self) -> QWidget:
        for edit in (self.server_edit, self.domain_edit, self.user_edit):
            if not edit.text():
                return edit
        return self.password_edit if self.vm.mode == MODE_PASSWORD else self.ticket_edit

    # ---------------------------------------------------------------------------- widgets → vm
    def _profile_picked(self, index: int) -> None:
        name = self.profile_box.itemText(index)
        if name == NEW_ACCOUNT:
            self.vm.profileName = ""
            self.vm.server = self.vm.domain = self.vm.user = ""
        else:
            self.vm.selectProfile(name)
        self.forget_button.setEnabled(name != NEW_ACCOUNT)
        self.first_empty_field().setFocus()

    def _forget(self) -> None:
        name = self.profile_box.currentText()
        if name != NEW_ACCOUNT:
            self.vm.forgetProfile(name)

    def submit(self) -> None:
        if self.vm.busy:
            return
        if self.vm.mode == MODE_TICKET:
            secret = self.ticket_edit.text()
            self.ticket_edit.clear()
            self.vm.signInWithTicket(secret)
        else:
            secret = self.password_edit.text()
            self.password_edit.clear()
            self.vm.signIn(secret)

    def _cancel(self) -> None:
        if self.vm.busy:
            self.vm.cancel()
        else:
            self.reject()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.matches(QKeySequence.StandardKey.Cancel) and self.vm.busy:
            self.vm.cancel()
            return
        super().keyPressEvent(event)

    def _signed_in(self, _session) -> None:
        self.password_edit.clear()
        self.ticket_edit.clear()
        if self.isVisible():
            self.accept()
