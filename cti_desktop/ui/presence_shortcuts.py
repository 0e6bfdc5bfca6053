"""The presence shortcuts editor: a dialog from the presence panel that lists my shortcuts (in their
order) and creates, edits, removes and reorders them. Every value shown is the server's last answer;
an edit that fails stays open as typed, with the reason under it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.core.presence_config import MAX_SHORTCUT_MINUTES, NAME_MAX_LENGTH
from cti_desktop.viewmodels.presence_shortcuts import PresenceShortcutEditorViewModel

from .panel_labels import error_label
from .presence_dot import presence_icon


class PresenceShortcutsDialog(QDialog):
    """Opened with ``open()`` (never ``exec()`` inside a coroutine); reads the list when shown."""

    def __init__(self, vm: PresenceShortcutEditorViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setWindowTitle(translate("PresenceShortcuts", "Presence shortcuts"))
        self.setAccessibleName(translate("PresenceShortcuts", "Presence shortcuts editor"))

        self.note = QLabel(vm.unsupportedNote, self)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(vm.unsupportedNote))
        self.note.setAccessibleName(translate("PresenceShortcuts", "Why shortcuts cannot be edited"))

        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("PresenceShortcuts", "My presence shortcuts"))
        self.list.setToolTip(translate("PresenceShortcuts", "Your shortcuts, in the order the presence panel shows them"))
        self.list.itemDoubleClicked.connect(lambda _item: self._edit())
        self.list.currentRowChanged.connect(lambda _row: self._sync_buttons())
        self.new_button = QPushButton(translate("PresenceShortcuts", "New…"), self)
        self.new_button.setToolTip(translate("PresenceShortcuts", "Create a presence shortcut"))
        self.new_button.clicked.connect(vm.newShortcut)
        self.edit_button = QPushButton(translate("PresenceShortcuts", "Edit…"), self)
        self.edit_button.setToolTip(translate("PresenceShortcuts", "Change the chosen shortcut (read again from the server first)"))
        self.edit_button.clicked.connect(self._edit)
        self.delete_button = QPushButton(translate("PresenceShortcuts", "Delete"), self)
        self.delete_button.setToolTip(translate("PresenceShortcuts", "Remove the chosen shortcut"))
        self.delete_button.clicked.connect(self._delete)
        self.up_button = QPushButton(translate("PresenceShortcuts", "Move up"), self)
        self.up_button.setToolTip(translate("PresenceShortcuts", "Show the chosen shortcut earlier"))
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = QPushButton(translate("PresenceShortcuts", "Move down"), self)
        self.down_button.setToolTip(translate("PresenceShortcuts", "Show the chosen shortcut later"))
        self.down_button.clicked.connect(lambda: self._move(1))
        list_buttons = QVBoxLayout()
        for b in (self.new_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
            b.setAutoDefault(False)
            list_buttons.addWidget(b)
        list_buttons.addStretch(1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.list, 1)
        list_row.addLayout(list_buttons)

        # ---- the edit
        self.edit_box = QGroupBox(translate("PresenceShortcuts", "Shortcut"), self)
        self.name_edit = QLineEdit(self.edit_box)
        self.name_edit.setAccessibleName(translate("PresenceShortcuts", "Shortcut name"))
        self.name_edit.setPlaceholderText(translate("PresenceShortcuts", "e.g. Short lunch break"))
        self.name_edit.setMaxLength(NAME_MAX_LENGTH * 2)  # the check says it in words past the limit
        self.name_edit.textEdited.connect(lambda t: vm.update_draft(name=t))
        self.activity_combo = QComboBox(self.edit_box)
        self.activity_combo.setAccessibleName(translate("PresenceShortcuts", "Shortcut activity"))
        self.activity_combo.activated.connect(
            lambda i: vm.update_draft(activityId=self.activity_combo.itemData(i) or ""))
        self.available_box = QCheckBox(translate("PresenceShortcuts", "Available for calls"), self.edit_box)
        self.available_box.setAccessibleName(translate("PresenceShortcuts", "Shortcut availability"))
        self.available_box.clicked.connect(lambda on: vm.update_draft(available=bool(on)))
        self.duration_combo = QComboBox(self.edit_box)
        self.duration_combo.setAccessibleName(translate("PresenceShortcuts", "Shortcut duration"))
        for d in vm.durationTypes:
            self.duration_combo.addItem(d["name"], d["id"])
        self.duration_combo.activated.connect(
            lambda i: vm.update_draft(durationType=self.duration_combo.itemData(i)))
        self.minutes_spin = QSpinBox(self.edit_box)
        self.minutes_spin.setRange(0, MAX_SHORTCUT_MINUTES)
        self.minutes_spin.setSuffix(translate("PresenceShortcuts", " min"))
        self.minutes_spin.setAccessibleName(translate("PresenceShortcuts", "Shortcut minutes"))
        self.minutes_spin.valueChanged.connect(lambda n: vm.update_draft(minutes=int(n)))
        self.image_combo = QComboBox(self.edit_box)
        self.image_combo.setAccessibleName(translate("PresenceShortcuts", "Shortcut icon"))
        for img in vm.images:
            self.image_combo.addItem(img["name"], img["id"])
        self.image_combo.activated.connect(lambda i: vm.update_draft(imageId=self.image_combo.itemData(i)))
        self.divert_box = QCheckBox(translate("PresenceShortcuts", "Divert my calls to"), self.edit_box)
        self.divert_box.setAccessibleName(translate("PresenceShortcuts", "Shortcut diverts calls"))
        self.divert_box.clicked.connect(lambda on: vm.update_draft(applyDiversion=bool(on)))
        self.number_edit = QLineEdit(self.edit_box)
        self.number_edit.setAccessibleName(translate("PresenceShortcuts", "Shortcut diversion number"))
        self.number_edit.setPlaceholderText("+46 8 123 456")
        self.number_edit.textEdited.connect(lambda t: vm.update_draft(diversionNumber=t))
        divert_row = QHBoxLayout()
        divert_row.addWidget(self.divert_box)
        divert_row.addWidget(self.number_edit, 1)
        duration_row = QHBoxLayout()
        duration_row.addWidget(self.duration_combo, 1)
        duration_row.addWidget(self.minutes_spin)
        self.save_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                             | QDialogButtonBox.StandardButton.Cancel, self.edit_box)
        self.save_button = self.save_buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(translate("PresenceShortcuts", "Save shortcut"))
        self.save_buttons.accepted.connect(vm.saveShortcut)
        self.save_buttons.rejected.connect(vm.cancelEdit)
        form = QFormLayout(self.edit_box)
        form.addRow(translate("PresenceShortcuts", "Name"), self.name_edit)
        form.addRow(translate("PresenceShortcuts", "Activity"), self.activity_combo)
        form.addRow("", self.available_box)
        form.addRow(translate("PresenceShortcuts", "Lasts"), duration_row)
        form.addRow(translate("PresenceShortcuts", "Icon"), self.image_combo)
        form.addRow(translate("PresenceShortcuts", "Diversion"), divert_row)
        form.addRow(self.save_buttons)

        self.error_label = error_label(self, translate("PresenceShortcuts", "Shortcut error"))
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addLayout(list_row, 1)
        layout.addWidget(self.edit_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.close_buttons)
        self.resize(780, 520)

        vm.shortcutsChanged.connect(self._sync_list)
        vm.draftChanged.connect(self._sync_draft)
        vm.errorChanged.connect(self._sync_error)
        vm.busyChanged.connect(self._sync_buttons)
        self._sync_list()
        self._sync_draft()
        self._sync_error()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.vm.editable:
            self.vm.refresh()

    # ------------------------------------------------------------------------------ actions
    def _chosen(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else ""

    def _edit(self) -> None:
        if self._chosen():
            self.vm.editShortcut(self._chosen())

    def _delete(self) -> None:
        if self._chosen():
            self.vm.deleteShortcut(self._chosen())

    def _move(self, delta: int) -> None:
        if self._chosen():
            self.vm.moveShortcut(self._chosen(), delta)

    # ------------------------------------------------------------------------------ binding
    def _sync_list(self) -> None:
        chosen = self._chosen()
        self.list.clear()
        for s in self.vm.shortcuts:
            item = QListWidgetItem(presence_icon(s["available"], s["activityId"]), f"{s['name']} — {self.vm.describe(s)}")
            item.setData(Qt.ItemDataRole.UserRole, s["id"])
            item.setToolTip(item.text())
            self.list.addItem(item)
            if s["id"] == chosen:
                self.list.setCurrentItem(item)
        self._sync_buttons()

    def _sync_draft(self) -> None:
        vm = self.vm
        d = vm.draft
        self.activity_combo.clear()
        for a in vm.activities:
            self.activity_combo.addItem(presence_icon(a["available"], a["id"]), a["name"], a["id"])
        self.edit_box.setVisible(vm.editing)
        if not vm.editing:
            self._sync_buttons()
            return
        self.edit_box.setTitle(translate("PresenceShortcuts", "New shortcut") if vm.isNew else translate("PresenceShortcuts", "Edit “{get}”").format(get=d.get('name', '')))
        widgets = (self.name_edit, self.activity_combo, self.available_box, self.duration_combo, self.minutes_spin,
                   self.image_combo, self.divert_box, self.number_edit)
        for w in widgets:
            w.blockSignals(True)
        if self.name_edit.text() != d["name"]:
            self.name_edit.setText(d["name"])
        index = self.activity_combo.findData(d["activityId"])
        if index < 0 and d["activityId"]:
            self.activity_combo.addItem(d["activityId"], d["activityId"])
            index = self.activity_combo.count() - 1
        self.activity_combo.setCurrentIndex(index)
        self.available_box.setChecked(bool(d["available"]))
        self.duration_combo.setCurrentIndex(max(0, self.duration_combo.findData(d["durationType"])))
        self.minutes_spin.setValue(int(d["minutes"] or 0))
        self.minutes_spin.setEnabled(d["durationType"] == "MINUTES")
        self.image_combo.setCurrentIndex(max(0, self.image_combo.findData(d["imageId"])))
        self.divert_box.setChecked(bool(d["applyDiversion"]))
        if self.number_edit.text() != d["diversionNumber"]:
            self.number_edit.setText(d["diversionNumber"])
        self.number_edit.setEnabled(bool(d["applyDiversion"]))
        for w in widgets:
            w.blockSignals(False)
        self._sync_buttons()

    def _sync_error(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))

    def _sync_buttons(self) -> None:
        vm = self.vm
        free = vm.editable and not vm.busy
        row = self.list.currentRow()
        chosen = row >= 0
        self.new_button.setEnabled(free and not vm.editing)
        self.edit_button.setEnabled(free and chosen and not vm.editing)
        self.delete_button.setEnabled(free and chosen)
        self.up_button.setEnabled(free and chosen and row > 0 and not vm.editing)
        self.down_button.setEnabled(free and chosen and row < self.list.count() - 1 and not vm.editing)
        self.save_button.setEnabled(free)
        if not vm.editable:
            for b in (self.new_button, self.edit_button, self.delete_button, self.up_button, self.down_button):
                b.setToolTip(vm.unsupportedNote)
