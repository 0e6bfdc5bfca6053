"""The sign-in dialog: saved profiles, the phone system, its account fields and secret, extra directories.

The phone system selector switches the fields: Dstny (server, domain, user; password or a ticket),
Telavox (server — empty for the public API —, user; password or a token; API v1 or CAPI), Voxloud (API
address — empty for the public API —, your extension, the API key, the webhook port and public URL).
"Extra contact sources" adds directories (Dstny directory, Voxloud contacts, Telavox colleagues) that
callers are looked up in too, each with its own address and secret.

Shown with ``open()`` (never ``exec()``); the result comes through the view-model's ``signedIn``
signal (the dialog then closes itself) or the dialog's ``rejected`` signal. While signing in, the
fields are locked, a busy bar runs, and "Cancel" stops the attempt; errors appear in words under
the fields, and the password is never kept in the dialog after an attempt.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
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
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.viewmodels.login import (
    MODE_API_KEY,
    MODE_PASSWORD,
    MODE_TICKET,
    LoginViewModel,
)

from .icons import APP, icon

NEW_ACCOUNT = "New account…"
BACKEND_LABELS = (("dstny", "Dstny"), ("telavox", "Telavox"), ("voxloud", "Voxloud"))
SOURCE_LABELS = (("voxloud", "Voxloud contacts"), ("dstny", "Dstny directory"), ("telavox", "Telavox colleagues"))


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
        self.subtitle = subtitle
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

        self.backend_box = QComboBox()
        self.backend_box.setAccessibleName("Phone system")
        self.backend_box.setToolTip("Which phone system you sign in to")
        for key, label in BACKEND_LABELS:
            self.backend_box.addItem(label, key)
        form.addRow(self._label("&Phone system:", self.backend_box), self.backend_box)

        self.server_edit = self._line("Server address", "https://pbx.example.com", "The address of your phone system")
        self.domain_edit = self._line("Domain", "example.com", "Your organisation's domain")
        self.user_edit = self._line("User name", "anna", "Your user name (without the domain)")
        self.server_label = self._label("&Server:", self.server_edit)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self._label("&Domain:", self.domain_edit), self.domain_edit)
        self.user_label = self._label("&User:", self.user_edit)
        form.addRow(self.user_label, self.user_edit)
        self.api_box = QComboBox()
        self.api_box.setAccessibleName("Telavox API")
        self.api_box.setToolTip("v1: user name and password, or a token. CAPI (the current API): a token only")
        self.api_box.addItem("v1 (user and password, or a token)", "v1")
        self.api_box.addItem("CAPI (token only)", "capi")
        form.addRow(self._label("A&PI:", self.api_box), self.api_box)

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
        self.api_key_edit = self._line("API key", "Paste the Voxloud API key",
                                       "The company API key (Voxloud admin portal → API); checked, then kept in the keyring")
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.secret_stack.addWidget(self.password_edit)
        self.secret_stack.addWidget(self.ticket_edit)
        self.secret_stack.addWidget(self.api_key_edit)
        self.secret_stack.setFixedHeight(self.password_edit.sizeHint().height())
        self.secret_label = self._label("Pass&word:", self.password_edit)
        form.addRow(self.secret_label, self.secret_stack)
        self.mode_label = form.labelForField(mode_row)

        self.port_spin = QSpinBox()
        self.port_spin.setRange(0, 65535)
        self.port_spin.setAccessibleName("Webhook port")
        self.port_spin.setToolTip("The local port Voxloud's call notifications arrive at (0: any free port)")
        self.public_url_edit = self._line("Public URL", "https://my-tunnel.example (optional)",
                                          "The address Voxloud reaches this computer at (a tunnel or reverse proxy)")
        form.addRow(self._label("Webhook p&ort:", self.port_spin), self.port_spin)
        form.addRow(self._label("P&ublic URL:", self.public_url_edit), self.public_url_edit)
        self._form = form
        self._mode_row = mode_row

        self.remember_box = QCheckBox("Remember this account (not the password)")
        self.remember_box.setAccessibleName("Remember this account")
        self.remember_box.setToolTip("Save the server, domain and user as a profile; secrets go to the system keyring only")
        form.addRow("", self.remember_box)
        outer.addLayout(form)
        outer.addWidget(self._build_sources())

        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName("Note")
        self.notice_label.setStyleSheet(
            "background: #fff6e0; color: #5c4300; border: 1px solid #d99a00; border-radius: 4px; padding: 6px 8px;"
        )
        outer.addWidget(self.notice_label)

        self.settings_label = QLabel()
        self.settings_label.setWordWrap(True)
        self.settings_label.setAccessibleName("Settings problem")
        self.settings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settings_label.setStyleSheet(
            "background: #fff6e0; color: #5c4300; border: 1px solid #d99a00; border-radius: 4px; padding: 6px 8px;"
        )
        outer.addWidget(self.settings_label)

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
        self.backend_box.activated.connect(lambda i: setattr(self.vm, "backend", self.backend_box.itemData(i)))
        self.api_box.activated.connect(lambda i: setattr(self.vm, "telavoxApi", self.api_box.itemData(i)))
        self.port_spin.valueChanged.connect(lambda v: setattr(self.vm, "webhookPort", v))
        self.public_url_edit.textEdited.connect(lambda text: setattr(self.vm, "publicUrl", text))
        self.api_key_edit.returnPressed.connect(self.submit)
        vm.backendChanged.connect(self._sync_backend)
        vm.telavoxApiChanged.connect(self._sync_backend)
        vm.webhookPortChanged.connect(self._sync_backend)
        vm.publicUrlChanged.connect(self._sync_backend)
        vm.sourcesChanged.connect(self._sync_sources)
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
        vm.settingsProblemChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_busy)
        vm.statusTextChanged.connect(self._sync_busy)
        vm.signedIn.connect(self._signed_in)

        self.setTabOrder(self.profile_box, self.forget_button)
        self.setTabOrder(self.forget_button, self.backend_box)
        self.setTabOrder(self.backend_box, self.server_edit)
        self.setTabOrder(self.server_edit, self.domain_edit)
        self.setTabOrder(self.domain_edit, self.user_edit)
        self.setTabOrder(self.user_edit, self.password_mode)
        self.setTabOrder(self.password_mode, self.ticket_mode)
        self.setTabOrder(self.ticket_mode, self.password_edit)
        self.setTabOrder(self.password_edit, self.ticket_edit)
        self.setTabOrder(self.ticket_edit, self.api_key_edit)
        self.setTabOrder(self.api_key_edit, self.port_spin)
        self.setTabOrder(self.port_spin, self.public_url_edit)
        self.setTabOrder(self.public_url_edit, self.remember_box)
        self.setTabOrder(self.remember_box, self.sign_in_button)
        self.setTabOrder(self.sign_in_button, self.cancel_button)

        self._sync_profiles()
        self._sync_fields()
        self._sync_backend()
        self._sync_sources()
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

    def _build_sources(self) -> QWidget:
        box = QFrame()
        box.setAccessibleName("Extra contact sources")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sources_toggle = QToolButton()
        self.sources_toggle.setText("Extra contact sources")
        self.sources_toggle.setAccessibleName("Show extra contact sources")
        self.sources_toggle.setToolTip("Other directories callers are looked up in too (e.g. Voxloud contacts)")
        self.sources_toggle.setCheckable(True)
        self.sources_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sources_toggle.setArrowType(Qt.ArrowType.RightArrow)
        layout.addWidget(self.sources_toggle)
        self.sources_panel = QWidget()
        panel = QVBoxLayout(self.sources_panel)
        panel.setContentsMargins(16, 0, 0, 0)
        self.sources_list = QListWidget()
        self.sources_list.setAccessibleName("Extra contact sources list")
        self.sources_list.setToolTip("Looked up at the same time as the phone system's own directory")
        self.sources_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_list.setMaximumHeight(70)
        panel.addWidget(self.sources_list)
        row = QHBoxLayout()
        self.source_kind = QComboBox()
        self.source_kind.setAccessibleName("Kind of contact source")
        self.source_kind.setToolTip("Which directory to add")
        for key, label in SOURCE_LABELS:
            self.source_kind.addItem(label, key)
        self.source_server = self._line("Source address", "Address (empty: public API)", "The source's server or API address")
        self.source_domain = self._line("Source domain", "Domain (Dstny)", "The Dstny domain (Dstny only)")
        self.source_user = self._line("Source user", "User", "The user name at that source (Telavox, Dstny)")
        self.source_secret = self._line("Source secret", "Password / API key",
                                        "The password, token or API key for that source; kept in the keyring only")
        self.source_secret.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.source_kind, self.source_server, self.source_domain, self.source_user, self.source_secret):
            row.addWidget(w)
        panel.addLayout(row)
        buttons = QHBoxLayout()
        self.source_add = QPushButton("Add source")
        self.source_add.setAccessibleName("Add contact source")
        self.source_add.setToolTip("Add this source to the account (checked when you sign in)")
        self.source_add.setAutoDefault(False)
        self.source_remove = QPushButton("Remove")
        self.source_remove.setAccessibleName("Remove contact source")
        self.source_remove.setToolTip("Remove the chosen source from the account")
        self.source_remove.setAutoDefault(False)
        buttons.addWidget(self.source_add)
        buttons.addWidget(self.source_remove)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        layout.addWidget(self.sources_panel)
        self.sources_panel.setVisible(False)
        self.sources_toggle.toggled.connect(self._toggle_sources)
        self.source_kind.currentIndexChanged.connect(lambda _i: self._sync_source_fields())
        self.source_add.clicked.connect(self._add_source)
        self.source_remove.clicked.connect(
            lambda: self.vm.removeSource(self.sources_list.currentRow()) if self.sources_list.currentRow() >= 0 else None)
        self._sync_source_fields()
        return box

    def _toggle_sources(self, shown: bool) -> None:
        self.sources_panel.setVisible(shown)
        self.sources_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def _sync_source_fields(self) -> None:
        kind = self.source_kind.currentData()
        self.source_domain.setVisible(kind == "dstny")
        self.source_user.setVisible(kind != "voxloud")
        self.source_secret.setPlaceholderText({"voxloud": "API key", "telavox": "Password or token"}.get(kind, "Password"))

    def _add_source(self) -> None:
        secret = self.source_secret.text()
        self.source_secret.clear()
        self.vm.addSource(self.source_kind.currentData(), self.source_server.text(), self.source_domain.text(),
                          self.source_user.text(), secret)
        if not self.vm.error:
            for edit in (self.source_server, self.source_domain, self.source_user):
                edit.clear()

    def _sync_sources(self) -> None:
        self.sources_list.clear()
        for src in self.vm.sources:
            note = "" if src["hasSecret"] else " — secret from the keyring"
            self.sources_list.addItem(src["label"] + note)
        count = len(self.vm.sources)
        self.sources_toggle.setText(f"Extra contact sources ({count})" if count else "Extra contact sources")
        if count and not self.sources_toggle.isChecked():
            self.sources_toggle.setChecked(True)

    def _secret_edit(self) -> QLineEdit:
        return {MODE_TICKET: self.ticket_edit, MODE_API_KEY: self.api_key_edit}.get(self.vm.mode, self.password_edit)

    def first_empty_field(self) -> QWidget:
        edits = {"dstny": (self.server_edit, self.domain_edit, self.user_edit), "telavox": (self.user_edit,),
                 "voxloud": ()}.get(self.vm.backend, ())
        for edit in edits:
            if not edit.text():
                return edit
        return self._secret_edit()

    def showEvent(self, event) -> None:
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

    def _sync_backend(self) -> None:
        backend = self.vm.backend
        index = self.backend_box.findData(backend)
        if index >= 0 and self.backend_box.currentIndex() != index:
            self.backend_box.setCurrentIndex(index)
        api_index = self.api_box.findData(self.vm.telavoxApi)
        if api_index >= 0:
            self.api_box.setCurrentIndex(api_index)
        if self.port_spin.value() != self.vm.webhookPort:
            self.port_spin.setValue(self.vm.webhookPort)
        if self.public_url_edit.text() != self.vm.publicUrl:
            self.public_url_edit.setText(self.vm.publicUrl)
        self.subtitle.setText({
            "dstny": "Your password is used once to create a sign-in ticket; it is never saved.",
            "telavox": "Your password or token is kept in the system keyring only, to sign in again when the "
                       "Telavox session ends.",
            "voxloud": "The API key is checked with Voxloud first, then kept in the system keyring only.",
        }[backend])
        form = self._form
        form.setRowVisible(self.domain_edit, backend == "dstny")
        form.setRowVisible(self.api_box, backend == "telavox")
        form.setRowVisible(self.port_spin, backend == "voxloud")
        form.setRowVisible(self.public_url_edit, backend == "voxloud")
        form.setRowVisible(self._mode_row, backend != "voxloud")
        self.server_edit.setPlaceholderText({
            "dstny": "https://pbx.example.com",
            "telavox": "https://api.telavox.se (leave empty for it)",
            "voxloud": "https://developer.voxloud.com/api (leave empty for it)",
        }[backend])
        self.server_edit.setToolTip("The address of your phone system" if backend == "dstny"
                                    else "The API address; leave empty for the public API")
        self.user_label.setText("&Extension:" if backend == "voxloud" else "&User:")
        self.user_edit.setPlaceholderText("101" if backend == "voxloud" else "anna")
        self.user_edit.setToolTip("Your extension number in Voxloud (calls of other extensions are not shown)"
                                  if backend == "voxloud" else "Your user name (without the domain)")
        self.ticket_mode.setText("&Token" if backend == "telavox" else "Existing &ticket")
        self.ticket_mode.setToolTip("Paste a token made in the Telavox portal (My Account → Manage tokens)"
                                    if backend == "telavox" else "Paste a ticket created elsewhere, e.g. in the portal")
        self._sync_mode()

    def _sync_mode(self) -> None:
        mode = self.vm.mode
        ticket = mode == MODE_TICKET
        if mode != MODE_API_KEY:
            (self.ticket_mode if ticket else self.password_mode).setChecked(True)
        edit = self._secret_edit()
        self.secret_stack.setCurrentWidget(edit)
        token_word = "&Token:" if self.vm.backend == "telavox" else "&Ticket:"
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
                       self.remember_box, self.sign_in_button, self.backend_box, self.api_box, self.api_key_edit,
                       self.port_spin, self.public_url_edit, self.sources_panel):
            widget.setEnabled(not busy)
        self.busy_row.setVisible(busy)
        self.status_label.setText(self.vm.statusText or "Signing in…")
        self.cancel_button.setText("Stop" if busy else self._cancel_text)
        if not busy and self.vm.error:
            self.first_error_field().setFocus(Qt.FocusReason.OtherFocusReason)

    def first_error_field(self) -> QWidget:
        return self.first_empty_field()

    # ---------------------------------------------------------------------------- widgets → vm
    def _profile_picked(self, index: int) -> None:
        name = self.profile_box.itemText(index)
        if name == NEW_ACCOUNT:
            self.vm.profileName = ""
            self.vm.server = self.vm.domain = self.vm.user = ""
            while self.vm.sources:
                self.vm.removeSource(0)
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
