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

from cti_desktop.core.vendors import AccountField
from cti_desktop.viewmodels.login import (
    MODE_API_KEY,
    MODE_PASSWORD,
    MODE_TICKET,
    LoginViewModel,
)

from .icons import APP, icon
from .theme import set_style

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
        set_style(title, "font-size: 16pt; font-weight: 600;")
        subtitle = QLabel("Your password is used once to create a sign-in ticket; it is never saved.")
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
        for spec in vm.vendors.specs:
            self.backend_box.addItem(spec.label, spec.key)
        form.addRow(self._label("&Phone system:", self.backend_box), self.backend_box)

        self.server_edit = self._line("Server address", "https://pbx.example.com", "The address of your phone system")
        self.domain_edit = self._line("Domain", "example.com", "Your organisation's domain")
        self.user_edit = self._line("User name", "anna", "Your user name (without the domain)")
        self.server_label = self._label("&Server:", self.server_edit)
        self.domain_label = self._label("&Domain:", self.domain_edit)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.domain_label, self.domain_edit)
        self.user_label = self._label("&User:", self.user_edit)
        form.addRow(self.user_label, self.user_edit)
        #: The account-field widgets by field name: server, domain, user, then every option.
        self.field_edits: dict[str, QWidget] = {"server": self.server_edit, "domain": self.domain_edit,
                                                "user": self.user_edit}
        self.field_labels: dict[str, QLabel] = {"server": self.server_label, "domain": self.domain_label,
                                                "user": self.user_label}
        self._option_rows: list[tuple[AccountField, QWidget]] = []
        for f in self._all_option_fields():
            widget = self._option_widget(f)
            label = self._label(f.label, widget)
            self.field_edits[f.name] = widget
            self.field_labels[f.name] = label
            self._option_rows.append((f, widget))
            if f.widget:
                setattr(self, f.widget, widget)
            form.addRow(label, widget)

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
        key_words = next((spec.words for spec in vm.vendors.specs if MODE_API_KEY in spec.modes), None)
        self.api_key_edit = self._line("API key", key_words.api_key_placeholder if key_words else "",
                                       key_words.api_key_tip if key_words else "")
        self.api_key_edit.setEchoMode(QLineEdit.EchoMode.PasswordEchoOnEdit)
        self.secret_stack.addWidget(self.password_edit)
        self.secret_stack.addWidget(self.ticket_edit)
        self.secret_stack.addWidget(self.api_key_edit)
        self.secret_stack.setFixedHeight(self.password_edit.sizeHint().height())
        self.secret_label = self._label("Pass&word:", self.password_edit)
        form.addRow(self.secret_label, self.secret_stack)
        self.mode_label = form.labelForField(mode_row)

        # choices stay with the account; the other options go after the secret, as the last fields
        self._move_extra_option_rows(form)
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
        set_style(
            self.notice_label,
            "background: $warning_bg; color: $warning_text; border: 1px solid $warning_border; border-radius: 4px;"
            " padding: 6px 8px;",
        )
        outer.addWidget(self.notice_label)

        self.settings_label = QLabel()
        self.settings_label.setWordWrap(True)
        self.settings_label.setAccessibleName("Settings problem")
        self.settings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_style(
            self.settings_label,
            "background: $warning_bg; color: $warning_text; border: 1px solid $warning_border; border-radius: 4px;"
            " padding: 6px 8px;",
        )
        outer.addWidget(self.settings_label)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName("Sign-in problem")
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
        self.progress.setAccessibleName("Signing in")
        self.status_label = QLabel()
        set_style(self.status_label, "color: $secondary;")
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
        # the embedded demo phone system, exactly as `cti-desktop --demo` (nothing is saved)
        self.demo_button = self.buttons.addButton("Try the de&mo", QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setObjectName("tryDemoButton")
        self.demo_button.setAccessibleName("Try the demo")
        self.demo_button.setAccessibleDescription(
            "Sign in to a simulated phone system with made-up calls; nothing is saved")
        self.demo_button.setToolTip("Sign in to a simulated phone system with made-up calls (as cti-desktop --demo); "
                                    "nothing is saved")
        self.demo_button.setAutoDefault(False)
        self.demo_button.setVisible(vm.demoAvailable)
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

    def _all_option_fields(self) -> list[AccountField]:
        """Every phone system's account options, once each, in the catalog's order."""
        seen: dict[str, AccountField] = {}
        for spec in self.vm.vendors.specs:
            for f in spec.fields:
                if f.is_option:
                    seen.setdefault(f.name, f)
        return list(seen.values())

    def _option_widget(self, f: AccountField) -> QWidget:
        widget: QWidget
        if f.kind == "choice":
            box = QComboBox()
            for value, words in f.choices:
                box.addItem(words, value)
            widget = box
        elif f.kind == "port":
            spin = QSpinBox()
            spin.setRange(0, 65535)
            widget = spin
        else:
            widget = self._line(f.accessible or f.name, f.placeholder, f.tip)
        widget.setAccessibleName(f.accessible or f.name)
        widget.setToolTip(f.tip)
        widget.setObjectName(f.widget or f.name)
        return widget

    def _move_extra_option_rows(self, form: QFormLayout) -> None:
        """Account options other than choices go below the secret, as the last fields."""
        for f, widget in self._option_rows:
            if f.kind == "choice":
                continue
            label = self.field_labels[f.name]
            row, _role = form.getWidgetPosition(widget)
            form.takeRow(row)
            form.addRow(label, widget)

    def _bind_option(self, f: AccountField, widget: QWidget) -> None:
        name = f.name
        if isinstance(widget, QComboBox):
            widget.activated.connect(lambda i, w=widget: self.vm.setOption(name, w.itemData(i)))
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(lambda v: self.vm.setOption(name, v))
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(lambda text: self.vm.setOption(name, text))

    def _build_sources(self) -> QWidget:
        box = QFrame()
        box.setAccessibleName("Extra contact sources")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sources_toggle = QToolButton()
        self.sources_toggle.setText("Extra contact sources")
        self.sources_toggle.setAccessibleName("Show extra contact sources")
        self.sources_toggle.setToolTip(f"Other directories callers are looked up in too (e.g. {self.vm.vendors.specs[-1].source_name})")
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
        specs = self.vm.vendors.specs
        for spec in specs:
            self.source_kind.addItem(spec.source_name, spec.key)
        with_domain = " and ".join(s.label for s in specs if "domain" in s.source_fields)
        with_user = ", ".join(s.label for s in specs if "user" in s.source_fields)
        self.source_server = self._line("Source address", "Address (empty: public API)", "The source's server or API address")
        self.source_domain = self._line("Source domain", f"Domain ({with_domain})", f"The {with_domain} domain ({with_domain} only)")
        self.source_user = self._line("Source user", "User", f"The user name at that source ({with_user})")
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
        spec = self.vm.vendors.get(self.source_kind.currentData())
        if spec is None:
            return
        self.source_domain.setVisible("domain" in spec.source_fields)
        self.source_user.setVisible("user" in spec.source_fields)
        self.source_secret.setPlaceholderText(spec.words.source_placeholder)

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
        for f in self.vm.spec.fields:
            edit = self.field_edits.get(f.name)
            if f.required and isinstance(edit, QLineEdit) and not edit.text():
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
        spec = self.vm.spec
        index = self.backend_box.findData(backend)
        if index >= 0 and self.backend_box.currentIndex() != index:
            self.backend_box.setCurrentIndex(index)
        options = self.vm.options
        for f, widget in self._option_rows:
            value = options.get(f.name, f.default)
            if isinstance(widget, QComboBox):
                i = widget.findData(value)
                if i >= 0 and widget.currentIndex() != i:
                    widget.setCurrentIndex(i)
            elif isinstance(widget, QSpinBox):
                if widget.value() != value:
                    widget.setValue(int(value))
            elif isinstance(widget, QLineEdit) and widget.text() != value:
                widget.setText(str(value))
        self.subtitle.setText(spec.words.subtitle)
        form = self._form
        fields = {f.name: f for f in spec.fields}
        for name, widget in self.field_edits.items():
            f = fields.get(name)
            form.setRowVisible(widget, f is not None)
            if f is None:
                continue
            self.field_labels[name].setText(f.label)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(f.placeholder)
            widget.setToolTip(f.tip)
        form.setRowVisible(self._mode_row, spec.modes != (MODE_API_KEY,))
        if MODE_API_KEY in spec.modes:
            self.api_key_edit.setPlaceholderText(spec.words.api_key_placeholder)
            self.api_key_edit.setToolTip(spec.words.api_key_tip)
        self.ticket_mode.setText(spec.words.ticket_choice)
        self.ticket_mode.setToolTip(spec.words.ticket_tip)
        self._sync_mode()

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
