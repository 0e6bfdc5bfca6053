"""The presence panel (activity, availability, note, role, end time, shortcuts) and the presence menu
that the tray and the main window reuse (:func:`build_presence_menu`)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.presence import MAX_EXPIRY_MINUTES, PresenceViewModel
from cti_desktop.viewmodels.presence_shortcuts import PresenceShortcutEditorViewModel

from .my_photo import MyPhotoBox
from .panel_labels import ERROR_STYLE, MUTED_STYLE, error_label, muted_label
from .presence_dot import presence_icon
from .presence_shortcuts import PresenceShortcutsDialog
from .theme import set_style


def build_presence_menu(vm: PresenceViewModel, parent: QWidget | None = None) -> QMenu:
    """A "Presence" menu of the activities (the current one checked); choosing one sets it.

    The entries are rebuilt from the view-model each time the menu opens, so a tray menu never
    shows an old state.
    """
    menu = QMenu(translate("PresencePanel", "Presence"), parent)
    menu.setToolTip(translate("PresencePanel", "Set your presence activity"))
    group = QActionGroup(menu)
    group.setExclusive(True)

    def rebuild() -> None:
        for action in list(group.actions()):
            group.removeAction(action)
            menu.removeAction(action)
            action.deleteLater()
        activities = {a["id"]: a for a in vm.activities}
        entries = vm.menu_entries()
        if not entries:
            empty = QAction(translate("PresencePanel", "Presence not loaded yet"), menu)
            empty.setEnabled(False)
            group.addAction(empty)
            menu.addAction(empty)
            return
        for activity_id, name, checked in entries:
            action = QAction(presence_icon(activities.get(activity_id, {}).get("available"), activity_id), name, menu)
            action.setCheckable(True)
            action.setChecked(checked)
            action.setData(activity_id)
            action.setToolTip(translate("PresencePanel", "Set your presence to {name}").format(name=name))
            action.triggered.connect(lambda _=False, aid=activity_id: vm.setActivity(aid))
            group.addAction(action)
            menu.addAction(action)

    menu.aboutToShow.connect(rebuild)
    vm.presenceChanged.connect(rebuild)
    vm.activitiesChanged.connect(rebuild)
    rebuild()
    return menu


class PresencePanel(QWidget):
    """Shows my presence and changes it; every value shown is the server's last answer."""

    def __init__(self, vm: PresenceViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("PresencePanel", "My presence"))

        self.activity_combo = QComboBox(self)
        self.activity_combo.setAccessibleName(translate("PresencePanel", "Presence activity"))
        self.activity_combo.setToolTip(translate("PresencePanel", "What you are doing; colleagues and the queues see it"))
        self.activity_combo.activated.connect(self._activity_chosen)

        self.available_box = QCheckBox(translate("PresencePanel", "Available for calls"), self)
        self.available_box.setAccessibleName(translate("PresencePanel", "Available"))
        self.available_box.setToolTip(translate("PresencePanel", "Whether you can take calls now"))
        self.available_box.clicked.connect(vm.setAvailable)

        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(translate("PresencePanel", "Presence note"))
        self.note_edit.setPlaceholderText(translate("PresencePanel", "A short note colleagues see, e.g. Back at 13:00"))
        self.note_edit.setToolTip(translate("PresencePanel", "Press Enter to set the note (at most {noteMaxLength} characters)").format(noteMaxLength=vm.noteMaxLength))
        self.note_edit.returnPressed.connect(self.apply_note)
        self.note_edit.textEdited.connect(self._note_edited)
        self.note_button = QPushButton(translate("PresencePanel", "Set note"), self)
        self.note_button.setAccessibleName(translate("PresencePanel", "Set presence note"))
        self.note_button.setToolTip(translate("PresencePanel", "Set the note (Enter in the note field does the same)"))
        self.note_button.clicked.connect(self.apply_note)
        self.note_count = QLabel(self)
        self.note_count.setAccessibleName(translate("PresencePanel", "Note length"))
        set_style(self.note_count, MUTED_STYLE)

        self.role_combo = QComboBox(self)
        self.role_combo.setAccessibleName(translate("PresencePanel", "Presence role"))
        self.role_combo.setToolTip(translate("PresencePanel", "The role you are working in"))
        self.role_combo.activated.connect(self._role_chosen)

        self.expiry_label = QLabel(self)
        self.expiry_label.setAccessibleName(translate("PresencePanel", "Activity end time"))
        self.minutes_spin = QSpinBox(self)
        self.minutes_spin.setRange(1, MAX_EXPIRY_MINUTES)
        self.minutes_spin.setValue(30)
        self.minutes_spin.setSuffix(translate("PresencePanel", " min"))
        self.minutes_spin.setAccessibleName(translate("PresencePanel", "Activity duration in minutes"))
        self.minutes_spin.setToolTip(translate("PresencePanel", "How long the current activity lasts"))
        self.minutes_button = QPushButton(translate("PresencePanel", "Set duration"), self)
        self.minutes_button.setAccessibleName(translate("PresencePanel", "End activity after the minutes chosen"))
        self.minutes_button.setToolTip(translate("PresencePanel", "End the current activity after the chosen number of minutes"))
        self.minutes_button.clicked.connect(lambda: vm.setExpiry(self.minutes_spin.value()))
        self.until_edit = QTimeEdit(self)
        self.until_edit.setDisplayFormat("HH:mm")
        self.until_edit.setTime(QTime.currentTime().addSecs(3600))
        self.until_edit.setAccessibleName(translate("PresencePanel", "Activity end time of day"))
        self.until_edit.setToolTip(translate("PresencePanel", "The time the current activity ends (tomorrow if that time has passed today)"))
        self.until_button = QPushButton(translate("PresencePanel", "Set end time"), self)
        self.until_button.setAccessibleName(translate("PresencePanel", "End activity at the time chosen"))
        self.until_button.setToolTip(translate("PresencePanel", "End the current activity at the chosen time"))
        self.until_button.clicked.connect(self.apply_until)
        self.clear_expiry_button = QPushButton(translate("PresencePanel", "No end time"), self)
        self.clear_expiry_button.setAccessibleName(translate("PresencePanel", "Clear activity end time"))
        self.clear_expiry_button.setToolTip(translate("PresencePanel", "Keep the current activity until you change it"))
        self.clear_expiry_button.clicked.connect(vm.clearExpiry)

        self.shortcuts_row = QHBoxLayout()
        self.shortcut_buttons: dict[str, QPushButton] = {}
        #: Creating, changing, removing and reordering the shortcuts (a dialog of its own).
        self.shortcut_editor = PresenceShortcutEditorViewModel(vm, self)
        self.shortcuts_dialog: PresenceShortcutsDialog | None = None
        self.edit_shortcuts_button = QPushButton(translate("PresencePanel", "Edit shortcuts…"), self)
        self.edit_shortcuts_button.setAccessibleName(translate("PresencePanel", "Edit presence shortcuts"))
        self.edit_shortcuts_button.setEnabled(self.shortcut_editor.editable)
        self.edit_shortcuts_button.setToolTip(
            translate("PresencePanel", "Create, change, remove and reorder your presence shortcuts") if self.shortcut_editor.editable
            else self.shortcut_editor.unsupportedNote)
        self.edit_shortcuts_button.clicked.connect(self.open_shortcut_editor)
        shortcuts_line = QHBoxLayout()
        shortcuts_line.addLayout(self.shortcuts_row)
        shortcuts_line.addStretch(1)
        shortcuts_line.addWidget(self.edit_shortcuts_button)

        self.error_label = error_label(self, translate("PresencePanel", "Presence error"))
        self.stale_label = muted_label(self, translate("PresencePanel", "Presence refresh status"))

        note_row = QHBoxLayout()
        note_row.addWidget(self.note_edit, 1)
        note_row.addWidget(self.note_count)
        note_row.addWidget(self.note_button)
        minutes_row = QHBoxLayout()
        minutes_row.addWidget(self.minutes_spin)
        minutes_row.addWidget(self.minutes_button)
        minutes_row.addStretch(1)
        until_row = QHBoxLayout()
        until_row.addWidget(self.until_edit)
        until_row.addWidget(self.until_button)
        until_row.addWidget(self.clear_expiry_button)
        until_row.addStretch(1)

        form = QFormLayout()
        form.addRow(translate("PresencePanel", "Activity"), self.activity_combo)
        form.addRow("", self.available_box)
        form.addRow(translate("PresencePanel", "Note"), note_row)
        form.addRow(translate("PresencePanel", "Role"), self.role_combo)
        form.addRow(translate("PresencePanel", "Ends"), self.expiry_label)
        form.addRow(translate("PresencePanel", "For"), minutes_row)
        form.addRow(translate("PresencePanel", "Until"), until_row)
        form.addRow(translate("PresencePanel", "Shortcuts"), shortcuts_line)
        #: My photo and "Change photo…" (None when the phone system keeps no photo).
        self.photo_box = MyPhotoBox(vm.photo, self) if vm.photo is not None else None
        if self.photo_box is not None:
            form.addRow(translate("PresencePanel", "My photo"), self.photo_box)

        self.capability_note = QLabel(vm.unsupportedNote, self)
        self.capability_note.setWordWrap(True)
        self.capability_note.setAccessibleName(translate("PresencePanel", "What this account can do with presence"))
        self.capability_note.setToolTip(vm.unsupportedNote)
        set_style(self.capability_note, "color: $secondary;")
        self.capability_note.setVisible(bool(vm.unsupportedNote))

        layout = QVBoxLayout(self)
        layout.addWidget(self.capability_note)
        layout.addLayout(form)
        if not vm.readable:  # nothing to show or set: the note says why
            for row in range(form.rowCount()):
                form.setRowVisible(row, False)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        layout.addStretch(1)

        chain = [self.activity_combo, self.available_box, self.note_edit, self.note_button, self.role_combo,
                 self.minutes_spin, self.minutes_button, self.until_edit, self.until_button,
                 self.clear_expiry_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

        vm.presenceChanged.connect(self._sync_presence)
        vm.activitiesChanged.connect(self._sync_activities)
        vm.rolesChanged.connect(self._sync_roles)
        vm.shortcutsChanged.connect(self._sync_shortcuts)
        vm.errorChanged.connect(self._sync_error)
        vm.refreshErrorChanged.connect(self._sync_error)
        vm.busyChanged.connect(self._sync_busy)
        vm.loadedChanged.connect(self._sync_busy)
        self._sync_activities()
        self._sync_roles()
        self._sync_shortcuts()
        self._sync_presence()
        self._sync_error()
        self._sync_busy()

    # ------------------------------------------------------------------------------ actions
    def presence_menu(self, parent: QWidget | None = None) -> QMenu:
        return build_presence_menu(self.vm, parent or self)

    def open_shortcut_editor(self) -> PresenceShortcutsDialog:
        """Show the shortcuts editor (one per panel, non-modal, ``open()`` not ``exec()``)."""
        if self.shortcuts_dialog is None:
            self.shortcuts_dialog = PresenceShortcutsDialog(self.shortcut_editor, self)
        self.shortcuts_dialog.open()
        self.shortcuts_dialog.raise_()
        return self.shortcuts_dialog

    def apply_note(self) -> None:
        self.vm.setNote(self.note_edit.text())

    def apply_until(self) -> None:
        chosen = self.until_edit.time()
        now = datetime.now().astimezone()
        at = now.replace(hour=chosen.hour(), minute=chosen.minute(), second=0, microsecond=0)
        if at <= now:
            at += timedelta(days=1)
        self.vm.setExpiryUntil(at.isoformat())

    def _activity_chosen(self, index: int) -> None:
        activity_id = self.activity_combo.itemData(index)
        if activity_id and activity_id != self.vm.activityId:
            self.vm.setActivity(activity_id)

    def _role_chosen(self, index: int) -> None:
        role_id = self.role_combo.itemData(index)
        if role_id and role_id != self.vm.role:
            self.vm.setRole(role_id)

    def _note_edited(self, text: str) -> None:
        self._sync_note_count()

    # ------------------------------------------------------------------------------ binding
    def _sync_activities(self) -> None:
        self.activity_combo.blockSignals(True)
        self.activity_combo.clear()
        for a in self.vm.activities:
            self.activity_combo.addItem(presence_icon(a["available"], a["id"]), a["name"], a["id"])
            self.activity_combo.setItemData(self.activity_combo.count() - 1,
                                            (translate("PresencePanel", "{name} (available for calls)") if a['available']
                                             else translate("PresencePanel", "{name} (not available for calls)")).format(name=a['name']),
                                            Qt.ItemDataRole.ToolTipRole)
        self.activity_combo.blockSignals(False)
        self._sync_presence()

    def _sync_roles(self) -> None:
        self.role_combo.blockSignals(True)
        self.role_combo.clear()
        for r in self.vm.roles:
            self.role_combo.addItem(r["name"], r["id"])
        self.role_combo.blockSignals(False)
        self._sync_presence()

    def _sync_shortcuts(self) -> None:
        for button in self.shortcut_buttons.values():
            self.shortcuts_row.removeWidget(button)
            button.deleteLater()
        self.shortcut_buttons.clear()
        previous: QWidget = self.clear_expiry_button
        for s in self.vm.shortcuts:
            button = QPushButton(s["name"], self)
            button.setAccessibleName(translate("PresencePanel", "Presence shortcut {value}").format(value=s['name']))
            tip = translate("PresencePanel", "Set your presence to {name}").format(name=s['name'])
            if s["minutes"]:
                tip += translate("PresencePanel", " for %n minutes", None, int(s['minutes']))
            elif s.get("durationType") == "UNTIL_NEXT_WORKING_DAY":
                tip += translate("PresencePanel", " until the next working day")
            if s.get("diversionNumber"):
                tip += translate("PresencePanel", ", and divert your calls to {number} meanwhile").format(number=s['diversionNumber'])
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, sid=s["id"]: self.vm.applyShortcut(sid))
            self.shortcuts_row.addWidget(button)
            self.shortcut_buttons[s["id"]] = button
            QWidget.setTabOrder(previous, button)
            previous = button
        if not self.vm.shortcuts:
            none = QPushButton(translate("PresencePanel", "None"), self)
            none.setEnabled(False)
            none.setAccessibleName(translate("PresencePanel", "No presence shortcuts"))
            none.setToolTip(translate("PresencePanel", "Your account has no presence shortcuts"))
            none.setFlat(True)
            self.shortcuts_row.addWidget(none)
            self.shortcut_buttons[""] = none

    def _sync_presence(self) -> None:
        vm = self.vm
        index = self.activity_combo.findData(vm.activityId)
        self.activity_combo.blockSignals(True)
        if index < 0 and vm.activityId:
            self.activity_combo.addItem(presence_icon(vm.available, vm.activityId), vm.activityName, vm.activityId)
            index = self.activity_combo.count() - 1
        self.activity_combo.setCurrentIndex(index)
        self.activity_combo.blockSignals(False)
        self.activity_combo.setToolTip(
            translate("PresencePanel", "Your activity: {activityName}").format(activityName=vm.activityName) + (f", {vm.expiryText}" if vm.expiryText else "") if vm.activityId
            else translate("PresencePanel", "What you are doing; colleagues and the queues see it"))
        self.available_box.blockSignals(True)
        self.available_box.setChecked(vm.available)
        self.available_box.blockSignals(False)
        typed = " ".join(self.note_edit.text().split())
        if not (self.note_edit.hasFocus() and self.note_edit.isModified()) or typed == vm.note:
            self.note_edit.setText(vm.note)
            self.note_edit.setModified(False)
        self._sync_note_count()
        role_index = self.role_combo.findData(vm.role)
        self.role_combo.blockSignals(True)
        if role_index < 0 and vm.role:
            self.role_combo.addItem(vm.roleName, vm.role)
            role_index = self.role_combo.count() - 1
        self.role_combo.setCurrentIndex(role_index)
        self.role_combo.blockSignals(False)
        self.expiry_label.setText(vm.expiryText.capitalize() if vm.expiryText else translate("PresencePanel", "No end time"))
        self.clear_expiry_button.setEnabled(bool(vm.expiry) and not vm.busy)

    def _sync_note_count(self) -> None:
        n = len(" ".join(self.note_edit.text().split()))
        limit = self.vm.noteMaxLength
        self.note_count.setText(f"{n}/{limit}")
        set_style(self.note_count, ERROR_STYLE if n > limit else MUTED_STYLE)
        self.note_count.setToolTip(
            translate("PresencePanel", "{n} of at most {limit} characters").format(n=n, limit=limit) + (translate("PresencePanel", ": shorten the note to set it") if n > limit else ""))

    def _sync_error(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.stale_label.setText(self.vm.refreshError)
        self.stale_label.setVisible(bool(self.vm.refreshError))
        if not self.vm.error and self.note_edit.isModified() and self.note_edit.text() == self.vm.note:
            self.note_edit.setModified(False)

    def _sync_busy(self) -> None:
        ready = self.vm.loaded and self.vm.writable
        for w in (self.activity_combo, self.available_box, self.note_edit, self.note_button, self.role_combo,
                  self.minutes_spin, self.minutes_button, self.until_edit, self.until_button):
            w.setEnabled(ready)
            if not self.vm.writable:
                w.setToolTip(self.vm.unsupportedNote)
        self.clear_expiry_button.setEnabled(ready and bool(self.vm.expiry) and not self.vm.busy)
        self.setCursor(Qt.CursorShape.BusyCursor if self.vm.busy else Qt.CursorShape.ArrowCursor)

    # ------------------------------------------------------------------------------ polling
    def showEvent(self, event) -> None:
        super().showEvent(event)
        # Presence stays polled while the app runs (the tray shows it too); the shell may stop it.
        self.vm.setActive(True)
