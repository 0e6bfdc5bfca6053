"""My contacts panel: the person's own contacts on the phone system.

A table (name, company, number, status) with Call, Add, Edit, Delete and Refresh; Add and Edit
open a form under the table (first name, last name, company, e-mail, phone and its type, status)
with Save and Cancel — inline, never a modal dialog inside a coroutine. Delete asks once more on the button itself
("Delete Ada Lovelace?"). Everything comes from :class:`ContactBookViewModel`.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.viewmodels.contact_book import STATUS_WORDS, ContactBookViewModel
from .panel_labels import error_label
from .table_rows import ID_ROLE, selected_row_id

COLUMNS = (QT_TRANSLATE_NOOP("ContactBook", "Name"), QT_TRANSLATE_NOOP("ContactBook", "Company"), QT_TRANSLATE_NOOP("ContactBook", "Number"), QT_TRANSLATE_NOOP("ContactBook", "Status"))


class ContactBookPanel(QWidget):
    """The person's own contacts, bound to a :class:`ContactBookViewModel`."""

    def __init__(self, vm: ContactBookViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(vm.title)
        self._editing: str | None = None  # None: no form; "": a new contact; else the contact's id
        self._confirm_delete: str | None = None

        self.error_label = error_label(self, translate("ContactBook", "{title} error").format(title=vm.title))
        self.notice_label = QLabel(self)
        self.notice_label.setAccessibleName(translate("ContactBook", "{title} notice").format(title=vm.title))
        self.status_label = QLabel(translate("ContactBook", "Loading {lower}…").format(lower=vm.title.lower()), self)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setAccessibleName(vm.title)
        self.table.setHorizontalHeaderLabels([translate("ContactBook", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self._call())

        self.call_button = QPushButton(translate("ContactBook", "Ca&ll"), self)
        self.add_button = QPushButton(translate("ContactBook", "&Add…"), self)
        self.edit_button = QPushButton(translate("ContactBook", "&Edit…"), self)
        self.delete_button = QPushButton(translate("ContactBook", "&Delete"), self)
        self.refresh_button = QPushButton(translate("ContactBook", "&Refresh"), self)
        self.call_button.clicked.connect(self._call)
        self.add_button.clicked.connect(lambda: self._open_form(""))
        self.edit_button.clicked.connect(lambda: self._open_form(self.selected_id() or None))
        self.delete_button.clicked.connect(self._delete)
        self.refresh_button.clicked.connect(vm.load)
        buttons = QHBoxLayout()
        for b in (self.call_button, self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        # the add / edit form
        self.form = QFrame(self)
        self.form.setFrameShape(QFrame.Shape.StyledPanel)
        self.form.setAccessibleName(translate("ContactBook", "Contact form"))
        self.first_name = QLineEdit(self.form)
        self.last_name = QLineEdit(self.form)
        self.company = QLineEdit(self.form)
        self.email = QLineEdit(self.form)
        self.phone = QLineEdit(self.form)
        self.phone.setPlaceholderText("+46 8 123 456 78")
        for edit in (self.first_name, self.last_name, self.company, self.email, self.phone):
            edit.setMaxLength(64)
            edit.returnPressed.connect(self._save)
        self.phone_type = QComboBox(self.form)
        self.phone_type.setAccessibleName(translate("ContactBook", "Phone number type"))
        self.status = QComboBox(self.form)
        for value in vm.statuses:
            self.status.addItem(STATUS_WORDS.get(value, value), value)
        self.form_title = QLabel(self.form)
        self.save_button = QPushButton(translate("ContactBook", "&Save"), self.form)
        self.cancel_button = QPushButton(translate("ContactBook", "Cancel"), self.form)
        self.save_button.clicked.connect(self._save)
        self.cancel_button.clicked.connect(self._close_form)
        fields = QFormLayout()
        for label, widget in ((QT_TRANSLATE_NOOP("ContactBook", "F&irst name"), self.first_name),
                              (QT_TRANSLATE_NOOP("ContactBook", "Last &name"), self.last_name),
                              (QT_TRANSLATE_NOOP("ContactBook", "C&ompany"), self.company),
                              (QT_TRANSLATE_NOOP("ContactBook", "E-&mail"), self.email),
                              (QT_TRANSLATE_NOOP("ContactBook", "&Phone"), self.phone),
                              (QT_TRANSLATE_NOOP("ContactBook", "Phone t&ype"), self.phone_type),
                              (QT_TRANSLATE_NOOP("ContactBook", "S&tatus"), self.status)):
            fields.addRow(translate("ContactBook", label), widget)
        form_buttons = QHBoxLayout()
        form_buttons.addStretch(1)
        form_buttons.addWidget(self.cancel_button)
        form_buttons.addWidget(self.save_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.addWidget(self.form_title)
        form_layout.addLayout(fields)
        form_layout.addLayout(form_buttons)
        self.form.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.error_label)

        vm.contactsChanged.connect(self._fill)
        vm.loadedChanged.connect(self._fill)
        vm.errorChanged.connect(lambda: self.error_label.setText(vm.error))
        vm.noticeChanged.connect(lambda: self.notice_label.setText(vm.notice))
        vm.busyChanged.connect(self._sync_buttons)
        vm.changeDone.connect(self._change_done)
        vm.phoneTypesChanged.connect(self._fill_phone_types)
        self._fill_phone_types()
        self._fill()

    # ------------------------------------------------------------------------------ reading
    def selected_id(self) -> str:
        return selected_row_id(self.table)

    def select(self, contact_id: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == contact_id:
                self.table.selectRow(row)
                return

    def _fill(self) -> None:
        keep = self.selected_id()
        rows = self.vm.contacts
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((row["name"], row["company"], row["number"], row["statusText"])):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(ID_ROLE, row["id"])
                self.table.setItem(r, c, item)
        if keep:
            self.select(keep)
        if not self.vm.loaded:
            self.status_label.setText(translate("ContactBook", "Loading {lower}…").format(lower=self.vm.title.lower()))
        elif not rows:
            self.status_label.setText(translate("ContactBook", "No contacts of your own yet. Add one with Add…."))
        else:
            self.status_label.setText(translate("ContactBook", "%n contacts", None, len(rows)))
        self._sync_buttons()

    def _fill_phone_types(self) -> None:
        keep = self.phone_type.currentData()
        self.phone_type.clear()
        self.phone_type.addItem(translate("ContactBook", "As it is"), "")  # a new number: the phone system's default
        for t in self.vm.phoneTypes:
            self.phone_type.addItem(t["name"], t["value"])
        self.phone_type.setCurrentIndex(max(0, self.phone_type.findData(keep or "")))

    def _sync_buttons(self) -> None:
        chosen = bool(self.selected_id())
        busy = self.vm.busy
        if self._confirm_delete and self._confirm_delete != self.selected_id():
            self._confirm_delete = None
        self.call_button.setEnabled(chosen and not busy)
        self.edit_button.setEnabled(chosen and not busy)
        self.delete_button.setEnabled(chosen and not busy)
        self.add_button.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        row = self.vm.contact(self._confirm_delete) if self._confirm_delete else None
        self.delete_button.setText(translate("ContactBook", "Delete {value}?").format(value=row['name']) if row else translate("ContactBook", "&Delete"))

    # ------------------------------------------------------------------------------ commands
    def _call(self) -> None:
        if self.selected_id():
            self.vm.call(self.selected_id())

    def _delete(self) -> None:
        chosen = self.selected_id()
        if not chosen:
            return
        if self._confirm_delete != chosen:
            self._confirm_delete = chosen  # the first press asks, the second deletes
            self._sync_buttons()
            return
        self._confirm_delete = None
        self._sync_buttons()
        self.vm.remove(chosen)

    def _open_form(self, contact_id: str | None) -> None:
        if contact_id is None:
            return
        row = self.vm.contact(contact_id) if contact_id else None
        self._editing = contact_id
        self.form_title.setText(translate("ContactBook", "Edit {value}").format(value=row['name']) if row else translate("ContactBook", "New contact"))
        self.first_name.setText(row["firstName"] if row else "")
        self.last_name.setText(row["lastName"] if row else "")
        self.company.setText(row["company"] if row else "")
        self.email.setText(row["email"] if row else "")
        self.phone.setText(row["number"] if row else "")
        self.phone_type.setCurrentIndex(0)
        index = self.status.findData(row["status"] if row else "CONTACT")
        self.status.setCurrentIndex(max(0, index))
        self.form.setVisible(True)
        self.first_name.setFocus()

    def _close_form(self) -> None:
        self._editing = None
        self.form.setVisible(False)

    def _save(self) -> None:
        if self._editing is None:
            return
        values = (self.first_name.text(), self.last_name.text(), self.company.text(), self.email.text(),
                  self.phone.text(), self.status.currentData() or "CONTACT", self.phone_type.currentData() or "")
        if self._editing:
            self.vm.edit(self._editing, *values)
        else:
            self.vm.add(*values)

    def _change_done(self, ok: bool) -> None:
        # the form stays open until the server took the change; a refused one keeps what was typed
        if ok:
            self._close_form()


__all__ = ["ContactBookPanel"]
