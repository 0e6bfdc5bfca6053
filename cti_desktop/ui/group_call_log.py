"""The group call log panel: the groups' missed/answered/forwarded calls and who follows them up.

A group selector ("All groups" or one group) and a type filter above a table of calls (caller,
time, queue time, call count, who answered, handled state with agent and note); below it, a note
field and the actions on the selected call — Take it, Mark handled, Release, Call back — and the
"Assigned to me" list. Enter (or a double-click) on a call calls it back. The panel polls only while
it is visible; everything it shows comes from :class:`GroupCallLogViewModel`.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from cti_desktop.viewmodels.group_call_log import NOTE_LIMIT, GroupCallLogViewModel
from .panel_labels import MUTED_STYLE, error_label, muted_label
from .polled_panel import PolledPanel
from .table_rows import ID_ROLE, selected_row_id
from .theme import set_style


COLUMNS = (QT_TRANSLATE_NOOP("GroupCallLog", "Type"), QT_TRANSLATE_NOOP("GroupCallLog", "Caller"), QT_TRANSLATE_NOOP("GroupCallLog", "Time"), QT_TRANSLATE_NOOP("GroupCallLog", "Queue time"), QT_TRANSLATE_NOOP("GroupCallLog", "Calls"), QT_TRANSLATE_NOOP("GroupCallLog", "Group"), QT_TRANSLATE_NOOP("GroupCallLog", "Answered by"), QT_TRANSLATE_NOOP("GroupCallLog", "Status"), QT_TRANSLATE_NOOP("GroupCallLog", "Note"))
ASSIGNED_COLUMNS = (QT_TRANSLATE_NOOP("GroupCallLog", "Caller"), QT_TRANSLATE_NOOP("GroupCallLog", "Time"), QT_TRANSLATE_NOOP("GroupCallLog", "Group"), QT_TRANSLATE_NOOP("GroupCallLog", "Note"))
TYPE_FILTERS = (("ALL", QT_TRANSLATE_NOOP("GroupCallLog", "All calls")), ("MISSED", QT_TRANSLATE_NOOP("GroupCallLog", "Missed")), ("ANSWERED", QT_TRANSLATE_NOOP("GroupCallLog", "Answered")), ("FORWARDED", QT_TRANSLATE_NOOP("GroupCallLog", "Forwarded")))


class _CallTable(QTableWidget):
    """A read-only, row-selecting table whose Enter key activates the current row."""

    activated = Signal(str)  # item id

    def __init__(self, columns: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(0, len(columns), parent)
        self.setHorizontalHeaderLabels(list(columns))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.itemDoubleClicked.connect(lambda item: self._activate(item.row()))

    def _activate(self, row: int) -> None:
        cell = self.item(row, 0)
        if cell is not None:
            self.activated.emit(cell.data(ID_ROLE))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._activate(self.currentRow())
            return
        super().keyPressEvent(event)

    def selected_id(self) -> str:
        return selected_row_id(self)

    def fill(self, rows: list[list[str]], ids: list[str], tips: list[str], bold: list[bool] | None = None) -> None:
        keep = self.selected_id()
        self.setSortingEnabled(False)
        self.setRowCount(len(rows))
        for r, (values, item_id, tip) in enumerate(zip(rows, ids, tips)):
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(tip)
                if c == 0:
                    cell.setData(ID_ROLE, item_id)
                if bold and bold[r]:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.setItem(r, c, cell)
        self.select_id(keep)

    def select_id(self, item_id: str) -> bool:
        if not item_id:
            return False
        for r in range(self.rowCount()):
            cell = self.item(r, 0)
            if cell is not None and cell.data(ID_ROLE) == item_id:
                self.selectRow(r)
                return True
        self.clearSelection()
        return False


class GroupCallLogPanel(PolledPanel):
    """The group call log for follow-up, bound to a :class:`GroupCallLogViewModel`."""

    def __init__(self, vm: GroupCallLogViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("GroupCallLog", "Group call log"))

        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName(translate("GroupCallLog", "Group"))
        self.group_box.setToolTip(translate("GroupCallLog", "Show the call log of one group, or of all your groups"))
        self.group_box.activated.connect(lambda index: vm.setSelectedGroup(self.group_box.itemData(index) or ""))
        group_label = QLabel(translate("GroupCallLog", "&Group:"), self)
        group_label.setBuddy(self.group_box)

        self.type_box = QComboBox(self)
        self.type_box.setAccessibleName(translate("GroupCallLog", "Call type"))
        self.type_box.setToolTip(translate("GroupCallLog", "Show all calls, or only missed, answered or forwarded ones"))
        for key, text in TYPE_FILTERS:
            self.type_box.addItem(translate("GroupCallLog", text), key)
        self.type_box.activated.connect(lambda index: vm.setTypeFilter(self.type_box.itemData(index)))
        type_label = QLabel(translate("GroupCallLog", "Sho&w:"), self)
        type_label.setBuddy(self.type_box)

        self.refresh_button = QPushButton(translate("GroupCallLog", "Refresh"), self)
        self.refresh_button.setAccessibleName(translate("GroupCallLog", "Refresh the group call log"))
        self.refresh_button.setToolTip(translate("GroupCallLog", "Read the group call log from the server now (F5)"))
        self.refresh_button.clicked.connect(vm.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=vm.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.error_label = error_label(self, translate("GroupCallLog", "Group call log error"))
        self.stale_label = muted_label(self, translate("GroupCallLog", "Group call log refresh status"))
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(translate("GroupCallLog", "Group call log notice"))
        self.status_label = QLabel(translate("GroupCallLog", "Loading the group call log…"), self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setAccessibleName(translate("GroupCallLog", "Group call log status"))

        self.table = _CallTable(tuple(translate("GroupCallLog", c) for c in COLUMNS), self)
        self.table.setAccessibleName(translate("GroupCallLog", "Group calls"))
        self.table.setToolTip(translate("GroupCallLog", "Calls to your groups, newest first. Enter calls the selected caller back"))
        self.table.activated.connect(vm.callBack)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(translate("GroupCallLog", "Note"))
        self.note_edit.setToolTip(translate("GroupCallLog", "A note for the other agents, saved with Take it or Mark handled"))
        self.note_edit.setPlaceholderText(translate("GroupCallLog", "Note (optional)"))
        self.note_edit.setMaxLength(NOTE_LIMIT)
        self.note_edit.setClearButtonEnabled(True)

        self.take_button = QPushButton(translate("GroupCallLog", "&Take it"), self)
        self.take_button.setAccessibleName(translate("GroupCallLog", "Take the selected call"))
        self.take_button.setToolTip(translate("GroupCallLog", "Assign the selected call to you (in progress), with the note if any"))
        self.take_button.clicked.connect(lambda: self._act(vm.takeItem, note=True))
        self.handled_button = QPushButton(translate("GroupCallLog", "&Mark handled"), self)
        self.handled_button.setAccessibleName(translate("GroupCallLog", "Mark the selected call handled"))
        self.handled_button.setToolTip(translate("GroupCallLog", "Mark the selected call handled, with the note if any"))
        self.handled_button.clicked.connect(lambda: self._act(vm.markHandled, note=True))
        self.release_button = QPushButton(translate("GroupCallLog", "&Release"), self)
        self.release_button.setAccessibleName(translate("GroupCallLog", "Release the selected call"))
        self.release_button.setToolTip(translate("GroupCallLog", "Put the selected call back to unhandled, for anyone in the group to take"))
        self.release_button.clicked.connect(lambda: self._act(vm.releaseItem))
        self.call_button = QPushButton(translate("GroupCallLog", "Call bac&k"), self)
        self.call_button.setAccessibleName(translate("GroupCallLog", "Call the selected caller back"))
        self.call_button.setToolTip(translate("GroupCallLog", "Call the caller back from your softphone and take the call if nobody has"))
        self.call_button.clicked.connect(lambda: self._act(vm.callBack))

        self.assigned_label = QLabel(translate("GroupCallLog", "Assigned to me"), self)
        self.assigned_label.setAccessibleName(translate("GroupCallLog", "Assigned to me heading"))
        self.assigned_table = _CallTable(tuple(translate("GroupCallLog", c) for c in ASSIGNED_COLUMNS), self)
        self.assigned_table.setAccessibleName(translate("GroupCallLog", "Calls assigned to me"))
        self.assigned_table.setToolTip(translate("GroupCallLog", "Calls you have taken and not yet marked handled. Enter calls back"))
        self.assigned_table.setMaximumHeight(140)
        self.assigned_table.activated.connect(vm.callBack)
        self.assigned_table.itemSelectionChanged.connect(self._assigned_selection_changed)
        self.assigned_empty = QLabel(translate("GroupCallLog", "Nothing assigned to you"), self)
        set_style(self.assigned_empty, MUTED_STYLE)
        self.assigned_empty.setAccessibleName(translate("GroupCallLog", "Assigned to me status"))

        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group_box, 1)
        top.addWidget(type_label)
        top.addWidget(self.type_box)
        top.addWidget(self.refresh_button)
        actions = QHBoxLayout()
        actions.addWidget(self.note_edit, 1)
        actions.addWidget(self.take_button)
        actions.addWidget(self.handled_button)
        actions.addWidget(self.release_button)
        actions.addWidget(self.call_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.assigned_label)
        layout.addWidget(self.assigned_empty)
        layout.addWidget(self.assigned_table)

        chain = [self.group_box, self.type_box, self.refresh_button, self.table, self.note_edit, self.take_button,
                 self.handled_button, self.release_button, self.call_button, self.assigned_table]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

        self._selected = ""
        vm.groupsChanged.connect(self._sync_groups)
        vm.selectedGroupChanged.connect(self._sync_groups)
        vm.typeFilterChanged.connect(self._sync_type)
        vm.itemsChanged.connect(self._sync_items)
        vm.loadedChanged.connect(self._sync_items)
        vm.assignedChanged.connect(self._sync_assigned)
        vm.errorChanged.connect(self._sync_messages)
        vm.refreshErrorChanged.connect(self._sync_messages)
        vm.noticeChanged.connect(self._notice_changed)
        vm.busyChanged.connect(self._sync_buttons)
        self._sync_groups()
        self._sync_type()
        self._sync_items()
        self._sync_assigned()
        self._sync_messages()

    # ------------------------------------------------------------------------------ accessors
    @property
    def selected_id(self) -> str:
        return self._selected

    def select(self, item_id: str) -> bool:
        """Select a call by item id (in the main table, else in "Assigned to me")."""
        if self.table.select_id(item_id) or self.assigned_table.select_id(item_id):
            self._selected = item_id
            self._sync_buttons()
            return True
        return False

    # ------------------------------------------------------------------------------ binding
    def _act(self, slot, *, note: bool = False) -> None:
        item_id = self._selected
        if not item_id:
            return
        if note:
            slot(item_id, self.note_edit.text())
        else:
            slot(item_id)

    def _selection_changed(self) -> None:
        item_id = self.table.selected_id()
        if item_id:
            self._selected = item_id
            self.assigned_table.blockSignals(True)
            self.assigned_table.clearSelection()
            self.assigned_table.blockSignals(False)
        elif not self.assigned_table.selected_id():
            self._selected = ""
        self._sync_buttons()

    def _assigned_selection_changed(self) -> None:
        item_id = self.assigned_table.selected_id()
        if item_id:
            self._selected = item_id
            self.table.blockSignals(True)
            self.table.select_id(item_id)
            self.table.blockSignals(False)
        self._sync_buttons()

    def _sync_groups(self) -> None:
        groups = self.vm.groups
        self.group_box.blockSignals(True)
        if [self.group_box.itemData(i) for i in range(self.group_box.count())] != [g["id"] for g in groups]:
            self.group_box.clear()
            for g in groups:
                self.group_box.addItem(g["name"], g["id"])
        index = self.group_box.findData(self.vm.selectedGroup)
        self.group_box.setCurrentIndex(max(0, index))
        self.group_box.blockSignals(False)

    def _sync_type(self) -> None:
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(self.vm.typeFilter)))

    @staticmethod
    def _tip(item: dict) -> str:
        parts = [translate("GroupCallLog", "{type} call from {caller} to {group} at {time}").format(
                     type=item['typeText'], caller=item['callerText'], group=item['groupName'], time=item['timeText']),
                 translate("GroupCallLog", "waited {time}").format(time=item['queueText'])]
        if item["agent"]:
            parts.append(translate("GroupCallLog", "answered by {agent}").format(agent=item['agent']))
        if item["forwardReason"]:
            parts.append(translate("GroupCallLog", "forwarded ({reason})").format(reason=item['forwardReason'].replace('_', ' ').lower()))
        parts.append(item["stateText"])
        if item["note"]:
            parts.append(translate("GroupCallLog", "note: {note}").format(note=item['note']))
        return "; ".join(parts)

    def _sync_items(self) -> None:
        items = self.vm.items
        rows = [[i["typeText"], i["callerText"], i["timeText"], i["queueText"], str(i["callCount"]), i["groupName"],
                 i["agent"], i["stateText"], i["note"]] for i in items]
        self.table.fill(rows, [i["id"] for i in items], [self._tip(i) for i in items],
                        [i["state"] == "UNHANDLED" and i["type"] == "MISSED" for i in items])
        if not self.vm.loaded:
            self.status_label.setText(translate("GroupCallLog", "Loading the group call log…"))
        elif not items:
            self.status_label.setText(translate("GroupCallLog", "No calls in this group call log"))
        self.status_label.setVisible(not self.vm.loaded or not items)
        if self._selected and not self.table.select_id(self._selected) and not self.assigned_table.selected_id():
            self._selected = ""
        self._sync_buttons()

    def _sync_assigned(self) -> None:
        items = self.vm.assigned
        rows = [[i["callerText"], i["timeText"], i["groupName"], i["note"]] for i in items]
        self.assigned_table.fill(rows, [i["id"] for i in items], [self._tip(i) for i in items])
        self.assigned_table.setVisible(bool(items))
        self.assigned_empty.setVisible(not items)
        self._sync_buttons()

    def _sync_messages(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.stale_label.setText(self.vm.refreshError)
        self.stale_label.setVisible(bool(self.vm.refreshError))

    def _notice_changed(self) -> None:
        text = self.vm.notice
        self.notice_label.setText(text)
        self.notice_label.setVisible(bool(text))
        if text and not self.vm.notice_is_call:
            self.note_edit.clear()  # the note went with the change

    def _sync_buttons(self) -> None:
        item = self.vm.item(self._selected) if self._selected else None
        free = item is not None and not item["pending"]
        self.take_button.setEnabled(free and item["canTake"])
        self.handled_button.setEnabled(free)
        self.release_button.setEnabled(free and item["canRelease"])
        self.call_button.setEnabled(free and item["canCallBack"])
        self.notice_label.setVisible(bool(self.vm.notice))
