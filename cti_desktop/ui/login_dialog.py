"""The sign-in dialog: saved profiles, the phone system, its account fields and secret, extra directories.

Everything per phone system comes from its :class:`~cti_desktop.core.vendors.VendorSpec` (through
the view-model's catalog): the selector lists the systems; the server, domain and user rows and
one row per account option (a line, a choice or a port, built from the specs' field lists) are
shown, labelled and explained as the chosen system's fields say; the secret choices and their words
are the system's. "Extra contact sources" adds directories of any system that callers are looked up
in too, each with its own address and secret.

Shown with ``open()`` (never ``exec()``); the result comes through the view-model's ``signedIn``
signal (the dialog then closes itself) or the dialog's ``rejected`` signal. While signing in, the
fields are locked, a busy bar runs, and "Cancel" stops the attempt; "Try the demo" signs in to the
embedded demo phone system (as ``cti-desktop --demo``, offered when the app can start one); errors appear in words under
the fields, and the password is never kept in the dialog after an attempt.

This module holds the dialog itself (its layout, the secret, messages, busy state and buttons); the
profile chooser (:mod:`.login_profiles`), the per-phone-system field rows (:mod:`.login_fields`) and
the extra contact sources (:mod:`.login_sources`) are mixins in their own modules.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.viewmodels.login import (
    MODE_API_KEY,
    MODE_PASSWORD,
    MODE_TICKET,
    LoginViewModel,
)

from .icons import APP, icon
from .login_fields import AccountFieldRows
from .login_profiles import NEW_ACCOUNT, ProfileChooser
from .login_sources import ContactSourcesPanel
from .theme import set_style

__all__ = ["NEW_ACCOUNT", "LoginDialog"]



class LoginDialog(ProfileChooser, AccountFieldRows, ContactSourcesPanel, QDialog):
    def __init__(self, vm: LoginViewModel, parent: QWidget | None = None, *, allow_cancel_text: str | None = None) -> None:
        super().__init__(parent)
        allow_cancel_text = allow_cancel_text or translate("LoginDialog", "Quit")
        self.vm = vm
        self.setWindowTitle(translate("LoginDialog", "Sign in — CTI Desktop"))
        self.setWindowIcon(icon(APP))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(460)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 18)
        outer.setSpacing(14)

        heading = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(icon(APP).pixmap(40, 40))
        logo.setAccessibleName(translate("LoginDialog", "CTI Desktop logo"))
        heading.addWidget(logo)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        title = QLabel(translate("LoginDialog", "Sign in to your phone system"))
        set_style(title, "font-size: 16pt; font-weight: 600;")
        subtitle = QLabel(translate("LoginDialog", "Your password is used once to create a sign-in ticket; it is never saved."))
        self.subtitle = subtitle
        subtitle.setWordWrap(True)
        set_style(subtitle, "color: $secondary;")
        titles.addWidget(title)
        titles.addWidget(subtitle)
        heading.addLayout(titles, 1)
        heading.setSpacing(12)
        outer.addLayout(heading)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)

        self._build_profile_row(form)

        self._build_account_fields(form)

        self.password_mode = QRadioButton(translate("LoginDialog", "&Password"))
        self.password_mode.setAccessibleName(translate("LoginDialog", "Sign in with a password"))
        self.password_mode.setToolTip(translate("LoginDialog", "Sign in with your password; a ticket is created and stored"))
        self.ticket_mode = QRadioButton(translate("LoginDialog", "Existing &ticket"))
        self.ticket_mode.setAccessibleName(translate("LoginDialog", "Sign in with an existing ticket"))
        self.ticket_mode.setToolTip(translate("LoginDialog", "Paste a ticket created elsewhere, e.g. in the portal"))
        modes = QButtonGroup(self)
        modes.addButton(self.password_mode)
        modes.addButton(self.ticket_mode)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.password_mode)
        mode_row.addWidget(self.ticket_mode)
        mode_row.addStretch(1)
        form.addRow(QLabel(translate("LoginDialog", "Sign in with:")), mode_row)

        self.secret_stack = QStackedWidget()
        self.password_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Password"), "", translate("LoginDialog", "Your password (used once, never saved)"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.ticket_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Ticket"), translate("LoginDialog", "Paste the ticket here"), translate("LoginDialog", "A ticket created elsewhere; it is checked, then stored in the keyring"))
        self.ticket_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        key_words = next((spec.words for spec in vm.vendors.specs if MODE_API_KEY in spec.modes), None)
        self.api_key_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "API key"), key_words.api_key_placeholder if key_words else "",
                                       key_words.api_key_tip if key_words else "")
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.secret_stack.addWidget(self.password_edit)
        self.secret_stack.addWidget(self.ticket_edit)
        self.secret_stack.addWidget(self.api_key_edit)
        self.secret_stack.setFixedHeight(self.password_edit.sizeHint().height())
        self.secret_label = self._label(translate("LoginDialog", "Pass&word:"), self.password_edit)
        form.addRow(self.secret_label, self.secret_stack)
        self.mode_label = form.labelForField(mode_row)

        # choices stay with the account; the other options go after the secret, as the last fields
        self._move_extra_option_rows(form)
        self._form = form
        self._mode_row = mode_row

        self.remember_box = QCheckBox(translate("LoginDialog", "Remember this account (not the password)"))
        self.remember_box.setAccessibleName(translate("LoginDialog", "Remember this account"))
        self.remember_box.setToolTip(translate("LoginDialog", "Save the server, domain and user as a profile; secrets go to the system keyring only"))
        form.addRow("", self.remember_box)
        outer.addLayout(form)
        outer.addWidget(self._build_sources())

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(translate("LoginDialog", "Note"))
        set_style(
            self.notice_label,
            "background: $warning_bg; color: $warning_text; border: 1px solid $warning_border; border-radius: 4px;"
            " padding: 6px 8px;",
        )
        outer.addWidget(self.notice_label)

        self.settings_label = QLabel()
        self.settings_label.setWordWrap(True)
        self.settings_label.setAccessibleName(translate("LoginDialog", "Settings problem"))
        self.settings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_style(
            self.settings_label,
            "background: $warning_bg; color: $warning_text; border: 1px solid $warning_border; border-radius: 4px;"
            " padding: 6px 8px;",
        )
        outer.addWidget(self.settings_label)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(translate("LoginDialog", "Sign-in problem"))
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_style(
            self.error_label,
            "background: $critical_bg; color: $critical_text; border: 1px solid $critical_border; border-radius: 4px;"
            " padding: 6px 8px;",
        )
        outer.addWidget(self.error_label)

        busy_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(6)
        self.progress.setAccessibleName(translate("LoginDialog", "Signing in"))
        self.status_label = QLabel()
        set_style(self.status_label, "color: $secondary;")
        busy_row.addWidget(self.status_label)
        busy_row.addWidget(self.progress, 1)
        self.busy_row = QFrame()
        self.busy_row.setLayout(busy_row)
        busy_row.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.busy_row)

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(translate("LoginDialog", "Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setAccessibleName(translate("LoginDialog", "Sign in"))
        self.sign_in_button.setToolTip(translate("LoginDialog", "Sign in (Enter)"))
        self.sign_in_button.setDefault(True)
        # the embedded demo phone system, exactly as `cti-desktop --demo` (nothing is saved)
        self.demo_button = self.buttons.addButton(translate("LoginDialog", "Try the de&mo"), QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setObjectName("tryDemoButton")
        self.demo_button.setAccessibleName(translate("LoginDialog", "Try the demo"))
        self.demo_button.setAccessibleDescription(
            translate("LoginDialog", "Sign in to a simulated phone system with made-up calls; nothing is saved"))
        self.demo_button.setToolTip(translate("LoginDialog", "Sign in to a simulated phone system with made-up calls (as cti-desktop --demo); "
                                    "nothing is saved"))
        self.demo_button.setAutoDefault(False)
        self.demo_button.setVisible(vm.demoAvailable)
        self.cancel_button = self.buttons.addButton(allow_cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setAccessibleName(allow_cancel_text)
        self.cancel_button.setToolTip(translate("LoginDialog", "{allow_cancel_text} (Esc); while signing in, stop the attempt").format(allow_cancel_text=allow_cancel_text))
        self._cancel_text = allow_cancel_text
        outer.addWidget(self.buttons)

        # Bindings: widgets → view-model
        self.server_edit.textEdited.connect(lambda text: setattr(self.vm, "server", text))
        self.domain_edit.textEdited.connect(lambda text: setattr(self.vm, "domain", text))
        self.user_edit.textEdited.connect(lambda text: setattr(self.vm, "user", text))
        self.backend_box.activated.connect(lambda i: setattr(self.vm, "backend", self.backend_box.itemData(i)))
        for f, widget in self._option_rows:
            self._bind_option(f, widget)
        self.api_key_edit.returnPressed.connect(self.submit)
        vm.backendChanged.connect(self._sync_backend)
        vm.optionsChanged.connect(self._sync_backend)
        vm.sourcesChanged.connect(self._sync_sources)
        self.remember_box.toggled.connect(lambda on: setattr(self.vm, "remember", on))
        self.password_mode.toggled.connect(lambda on: on and setattr(self.vm, "mode", MODE_PASSWORD))
        self.ticket_mode.toggled.connect(lambda on: on and setattr(self.vm, "mode", MODE_TICKET))
        self.profile_box.activated.connect(self._profile_picked)
        self.forget_button.clicked.connect(self._forget)
        self.sign_in_button.clicked.connect(self.submit)
        self.demo_button.clicked.connect(self._try_demo)
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
        vm.settingsProblemChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_busy)
        vm.statusTextChanged.connect(self._sync_busy)
        vm.signedIn.connect(self._signed_in)

        choices = [w for f, w in self._option_rows if f.kind == "choice"]
        extras = [w for f, w in self._option_rows if f.kind != "choice"]
        order = [self.profile_box, self.forget_button, self.backend_box, self.server_edit, self.domain_edit,
                 self.user_edit, *choices, self.password_mode, self.ticket_mode, self.password_edit,
                 self.ticket_edit, self.api_key_edit, *extras, self.remember_box, self.sign_in_button,
                 self.demo_button, self.cancel_button]
        for first, second in zip(order, order[1:]):
            self.setTabOrder(first, second)

        self._sync_profiles()
        self._sync_fields()
        self._sync_backend()
        self._sync_sources()
        self._sync_mode()
        self._sync_messages()
        self._sync_busy()

    def _secret_edit(self) -> QLineEdit:
        return {MODE_TICKET: self.ticket_edit, MODE_API_KEY: self.api_key_edit}.get(self.vm.mode, self.password_edit)

    def first_empty_field(self) -> QWidget:
        for f in self.vm.spec.fields:
            edit = self.field_edits.get(f.name)
            if f.required and isinstance(edit, QLineEdit) and not edit.text():
                return edit
        return self._secret_edit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.first_empty_field().setFocus(Qt.FocusReason.OtherFocusReason)

    # ---------------------------------------------------------------------------- vm → widgets
    def _sync_fields(self) -> None:
        for edit, value in ((self.server_edit, self.vm.server), (self.domain_edit, self.vm.domain), (self.user_edit, self.vm.user)):
            if edit.text() != value:
                edit.setText(value)
        self.remember_box.setChecked(self.vm.remember)

    def _sync_mode(self) -> None:
        mode = self.vm.mode
        ticket = mode == MODE_TICKET
        if mode != MODE_API_KEY:
            (self.ticket_mode if ticket else self.password_mode).setChecked(True)
        edit = self._secret_edit()
        self.secret_stack.setCurrentWidget(edit)
        token_word = self.vm.spec.words.ticket_label
        self.secret_label.setText({MODE_TICKET: token_word, MODE_API_KEY: "API &key:"}.get(mode, "Pass&word:"))
        self.secret_label.setBuddy(edit)

    def _sync_messages(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.notice_label.setText(self.vm.notice)
        self.notice_label.setVisible(bool(self.vm.notice))
        self.settings_label.setText(self.vm.settingsProblem)
        self.settings_label.setVisible(bool(self.vm.settingsProblem))

    def _sync_busy(self) -> None:
        busy = self.vm.busy
        for widget in (self.profile_box, self.forget_button, self.server_edit, self.domain_edit, self.user_edit,
                       self.password_mode, self.ticket_mode, self.password_edit, self.ticket_edit,
                       self.remember_box, self.sign_in_button, self.demo_button, self.backend_box, self.api_key_edit,
                       *(w for _f, w in self._option_rows), self.sources_panel):
            widget.setEnabled(not busy)
        self.busy_row.setVisible(busy)
        self.status_label.setText(self.vm.statusText or translate("LoginDialog", "Signing in…"))
        self.cancel_button.setText(translate("LoginDialog", "Stop") if busy else self._cancel_text)
        if not busy and self.vm.error:
            self.first_error_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_error_field(self) -> QWidget:
        return self.first_empty_field()

    # ---------------------------------------------------------------------------- widgets → vm
    def submit(self) -> None:
        if self.vm.busy:
            return
        if self.vm.mode == MODE_API_KEY:
            secret = self.api_key_edit.text()
            self.api_key_edit.clear()
            self.vm.signInWithApiKey(secret)
        elif self.vm.mode == MODE_TICKET:
            secret = self.ticket_edit.text()
            self.ticket_edit.clear()
            self.vm.signInWithTicket(secret)
        else:
            secret = self.password_edit.text()
            self.password_edit.clear()
            self.vm.signIn(secret)

    def _try_demo(self) -> None:
        if not self.vm.busy:
            self.vm.tryDemo()

    def _cancel(self) -> None:
        if self.vm.busy:
            self.vm.cancel()
        else:
            self.reject()

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Cancel) and self.vm.busy:
            self.vm.cancel()
            return
        super().keyPressEvent(event)

    def _signed_in(self, _session) -> None:
        self.password_edit.clear()
        self.ticket_edit.clear()
        self.api_key_edit.clear()
        if self.isVisible():
            self.accept()
