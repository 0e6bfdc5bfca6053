"""The sign-in dialog's per-phone-system fields: the system selector, the server, domain and user rows,
and one row per account option (a line, a choice or a port), shown, labelled and explained as the
chosen system's :class:`~cti_desktop.core.vendors.VendorSpec` says.

A mixin of :class:`~cti_desktop.ui.login_dialog.LoginDialog`, with the small widget helpers the
dialog's other parts use too (:meth:`AccountFieldRows._line`, :meth:`AccountFieldRows._label`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.vendors import AccountField
from cti_desktop.viewmodels.login import MODE_API_KEY

__all__ = ["AccountFieldRows"]


class AccountFieldRows:
    """The account rows of the sign-in form for every phone system (mixed into ``LoginDialog``)."""

    def _build_account_fields(self, form: QFormLayout) -> None:
        """The phone-system selector, then the server, domain and user rows and one row per account
        option of every phone system (:meth:`_sync_backend` shows the chosen system's)."""
        self.backend_box = QComboBox()
        self.backend_box.setAccessibleName(translate("LoginFields", "Phone system"))
        self.backend_box.setToolTip(translate("LoginFields", "Which phone system you sign in to"))
        for spec in self.vm.vendors.specs:
            self.backend_box.addItem(spec.label, spec.key)
        form.addRow(self._label(translate("LoginFields", "&Phone system:"), self.backend_box), self.backend_box)

        self.server_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Server address"), "https://pbx.example.com", translate("LoginFields", "The address of your phone system"))
        self.domain_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Domain"), "example.com", translate("LoginFields", "Your organisation's domain"))
        self.user_edit = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "User name"), translate("LoginFields", "anna"), translate("LoginFields", "Your user name (without the domain)"))
        self.server_label = self._label(translate("LoginFields", "&Server:"), self.server_edit)
        self.domain_label = self._label(translate("LoginFields", "&Domain:"), self.domain_edit)
        form.addRow(self.server_label, self.server_edit)
        form.addRow(self.domain_label, self.domain_edit)
        self.user_label = self._label(translate("LoginFields", "&User:"), self.user_edit)
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

    @staticmethod
    def _line(name: str, placeholder: str, tip: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(translate("AccessibleNames", name))
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
