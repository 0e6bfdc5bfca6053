"""My call history panel: calls, voicemails and recordings from the communication log.

Filter tabs (All, Missed — with the unseen count —, Incoming, Outgoing, Voicemail — with the
unplayed count) above a table (type, who, time, duration, state; unseen missed calls and unplayed
messages in bold and said in the State column), and Call back, Mark seen, Mark all seen, Listen,
Mark played, Delete, Voicemail settings… and Refresh. Enter (or a double-click) calls the selected item
back. Several rows can be selected (Shift/Ctrl); Delete (the button or the Delete key) deletes them,
asking first when there is more than one; a voicemail goes to the trash instead, and an Undo button
beside the notice (Ctrl+Z; the notice then says what it would bring back) moves it back while the view-model offers it. Everything comes from :class:`CallHistoryViewModel`; Listen opens only the http(s) links the
view-model has checked. Where the backend's entries carry links of their own (a voicemail, a
recording, a fax document of a call record), Open is a menu of them, opened the same checked way.
A refresh that keeps failing is said above the list, which stays.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.ui.group_call_log import _CallTable
from cti_desktop.ui.table_rows import ID_ROLE
from cti_desktop.ui.voicemail_settings import VoicemailSettingsDialog
from cti_desktop.viewmodels.call_history import CallHistoryViewModel
from cti_desktop.viewmodels.voicemail_settings import VoicemailSettingsViewModel

from .panel_labels import error_label, muted_label
from .sms import open_sms_dialog


COLUMNS = (QT_TRANSLATE_NOOP("CallHistory", "Type"), QT_TRANSLATE_NOOP("CallHistory", "Who"), QT_TRANSLATE_NOOP("CallHistory", "Time"), QT_TRANSLATE_NOOP("CallHistory", "Duration"), QT_TRANSLATE_NOOP("CallHistory", "State"))
TABS = (("ALL", QT_TRANSLATE_NOOP("CallHistory", "All")), ("MISSED", QT_TRANSLATE_NOOP("CallHistory", "Missed")), ("INCOMING", QT_TRANSLATE_NOOP("CallHistory", "Incoming")), ("OUTGOING", QT_TRANSLATE_NOOP("CallHistory", "Outgoing")),
        ("MESSAGES", QT_TRANSLATE_NOOP("CallHistory", "Voicemail")))
_MESSAGES_TAB = 4


class CallHistoryPanel(QWidget):
    """The agent's own call history, bound to a :class:`CallHistoryViewModel`."""

    def __init__(self, vm: CallHistoryViewModel, parent: QWidget | None = None, *,
                 url_opener: Callable[[QUrl], object] | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self._open_url = url_opener or QDesktopServices.openUrl
        self.setAccessibleName(translate("CallHistory", "Call history"))
        vm.openUrlRequested.connect(self.open_url)
        self.voicemail_vm = VoicemailSettingsViewModel(vm.history, self,
                                                       changes=vm.bridge.changes)
        self.voicemail_dialog: VoicemailSettingsDialog | None = None

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName(translate("CallHistory", "Call history filter"))
        self.tabs.setToolTip(translate("CallHistory", "Show everything, or only missed, incoming or outgoing calls, or voicemails and recordings"))
        for key, text in TABS:
            index = self.tabs.addTab(translate("CallHistory", text))
            self.tabs.setTabData(index, key)
        self.tabs.currentChanged.connect(lambda index: vm.setFilter(self.tabs.tabData(index) or "ALL"))

        self.error_label = error_label(self, translate("CallHistory", "Call history error"))
        self.stale_label = muted_label(self, translate("CallHistory", "Call history refresh status"))
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(translate("CallHistory", "Call history notice"))
        self.status_label = QLabel(translate("CallHistory", "Loading your call history…"), self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setAccessibleName(translate("CallHistory", "Call history status"))

        self.table = _CallTable(tuple(translate("CallHistory", c) for c in COLUMNS), self)
        self.table.setAccessibleName(translate("CallHistory", "Calls"))
        self.table.setToolTip(translate("CallHistory", "Your calls and messages, newest first; unseen missed calls and unplayed messages "
                              "in bold. Enter calls back"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.activated.connect(vm.callBack)
        self.table.itemSelectionChanged.connect(self._sync_buttons)

        self.call_button = QPushButton(translate("CallHistory", "Call bac&k"), self)
        self.call_button.setAccessibleName(translate("CallHistory", "Call back the selected call"))
        self.call_button.setToolTip(translate("CallHistory", "Call the selected number back from your softphone (Enter)"))
        self.call_button.clicked.connect(lambda: self._act(vm.callBack))
        self.sms_button = QPushButton(translate("CallHistory", "Send S&MS…"), self)
        self.sms_button.setAccessibleName(translate("CallHistory", "Send an SMS to the selected call's number"))
        self.sms_button.setToolTip(translate("CallHistory", "Write an SMS to the number of the selected call"))
        self.sms_button.clicked.connect(lambda: self._act(lambda i: open_sms_dialog(self.window(), vm.compose_sms(i))))
        self.sms_button.setVisible(vm.smsSupported)
        self.seen_button = QPushButton(translate("CallHistory", "Mark &seen"), self)
        self.seen_button.setAccessibleName(translate("CallHistory", "Mark the selected missed call seen"))
        self.seen_button.setToolTip(translate("CallHistory", "Tell the server you have seen the selected missed call"))
        self.seen_button.clicked.connect(lambda: self._act(vm.markSeen))
        self.all_seen_button = QPushButton(translate("CallHistory", "Mark &all seen"), self)
        self.all_seen_button.setAccessibleName(translate("CallHistory", "Mark all missed calls seen"))
        self.all_seen_button.setToolTip(translate("CallHistory", "Mark every unseen missed call as seen"))
        self.all_seen_button.clicked.connect(vm.markAllSeen)
        self.listen_button = QPushButton(translate("CallHistory", "&Listen"), self)
        self.listen_button.setAccessibleName(translate("CallHistory", "Listen to the selected message"))
        self.listen_button.setToolTip(translate("CallHistory", "Open the selected voicemail or recording in your browser (web links only)"))
        self.listen_button.clicked.connect(lambda: self._act(vm.openMessage))
        self.played_button = QPushButton(translate("CallHistory", "Mark &played"), self)
        self.played_button.setAccessibleName(translate("CallHistory", "Mark the selected message played"))
        self.played_button.setToolTip(translate("CallHistory", "Tell the server you have listened to the selected voicemail or recording"))
        self.played_button.clicked.connect(lambda: self._act(vm.markPlayed))
        self.delete_button = QPushButton(translate("CallHistory", "&Delete"), self)
        self.delete_button.setAccessibleName(translate("CallHistory", "Delete the selected items"))
        self.delete_button.setToolTip(translate("CallHistory", "Delete the selected calls and recordings from your history; voicemails go to "
                                      "the trash, with an Undo for a while (Delete)"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_button.setVisible(vm.canDelete)
        QShortcut(QKeySequence(Qt.Key.Key_Delete), self, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.confirm_box: QMessageBox | None = None
        self.undo_button = QPushButton(translate("CallHistory", "&Undo"), self)
        self.undo_button.setAccessibleName(translate("CallHistory", "Undo the delete: move the voicemails back to the inbox"))
        self.undo_button.setToolTip(translate("CallHistory", "Move the voicemails you just deleted back from the trash (Ctrl+Z)"))
        self.undo_button.clicked.connect(vm.undoDelete)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self._undo_if_offered,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.settings_button = QPushButton(translate("CallHistory", "Voicemail se&ttings…"), self)
        self.settings_button.setAccessibleName(translate("CallHistory", "Voicemail settings"))
        self.settings_button.setToolTip(translate("CallHistory", "See and change how your voicemail works"))
        self.settings_button.clicked.connect(self.open_voicemail_settings)
        self.settings_button.setVisible(self.voicemail_vm.available)
        self.links_button = QPushButton(translate("CallHistory", "&Open"), self)
        self.links_button.setAccessibleName(translate("CallHistory", "Open the selected call's voicemail or recording"))
        self.links_button.setToolTip(translate("CallHistory", "Open the selected call's voicemail, recording or other link in the browser"))
        self.links_menu = QMenu(self.links_button)
        self.links_menu.setAccessibleName(translate("CallHistory", "Links of the selected call"))
        self.links_button.setMenu(self.links_menu)
        self.refresh_button = QPushButton(translate("CallHistory", "Refresh"), self)
        self.refresh_button.setAccessibleName(translate("CallHistory", "Refresh the call history"))
        self.refresh_button.setToolTip(translate("CallHistory", "Read your call history from the server now (F5)"))
        self.refresh_button.clicked.connect(vm.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=vm.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.sms_button)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.all_seen_button)
        buttons.addWidget(self.listen_button)
        buttons.addWidget(self.played_button)
        buttons.addWidget(self.links_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.undo_button)
        layout.addLayout(notice_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.tabs, self.table)
        QWidget.setTabOrder(self.table, self.call_button)
        QWidget.setTabOrder(self.call_button, self.sms_button)
        QWidget.setTabOrder(self.sms_button, self.seen_button)
        QWidget.setTabOrder(self.seen_button, self.all_seen_button)
        QWidget.setTabOrder(self.all_seen_button, self.listen_button)
        QWidget.setTabOrder(self.listen_button, self.played_button)
        QWidget.setTabOrder(self.played_button, self.links_button)
        QWidget.setTabOrder(self.links_button, self.delete_button)
        QWidget.setTabOrder(self.delete_button, self.settings_button)
        QWidget.setTabOrder(self.settings_button, self.refresh_button)

        vm.filterChanged.connect(self._sync_filter)
        vm.itemsChanged.connect(self._sync_items)
        vm.loadedChanged.connect(self._sync_items)
        vm.unseenMissedChanged.connect(self._sync_count)
        vm.unplayedMessagesChanged.connect(self._sync_count)
        vm.errorChanged.connect(self._sync_messages)
        vm.refreshErrorChanged.connect(self._sync_messages)
        vm.refreshErrorChanged.connect(self._sync_items)
        vm.noticeChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_buttons)
        vm.undoChanged.connect(self._sync_undo)
        self._sync_filter()
        self._sync_items()
        self._sync_count()
        self._sync_messages()
        self._sync_undo()

    # ------------------------------------------------------------------------------ accessors
    @property
    def selected_id(self) -> str:
        return self.table.selected_id()

    @property
    def selected_ids(self) -> list[str]:
        """The ids of the selected rows, top to bottom."""
        model = self.table.selectionModel()
        rows = sorted(index.row() for index in model.selectedRows()) if model else []
        cells = (self.table.item(r, 0) for r in rows)
        return [cell.data(ID_ROLE) for cell in cells if cell is not None and cell.data(ID_ROLE)]

    def select_many(self, item_ids: list[str]) -> int:
        """Select these rows (and only these); how many were found."""
        found = self._reselect(item_ids)
        self._sync_buttons()
        return found

    def _reselect(self, item_ids: list[str]) -> int:
        self.table.clearSelection()
        model = self.table.selectionModel()
        found = 0
        for r in range(self.table.rowCount()):
            cell = self.table.item(r, 0)
            if cell is not None and cell.data(ID_ROLE) in item_ids:
                model.select(self.table.model().index(r, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows)
                found += 1
        return found

    # ------------------------------------------------------------------------------ delete
    def delete_selected(self) -> QMessageBox | None:
        """Delete the selected items: one at once, several after the person says yes (the question
        is a non-blocking dialog, returned)."""
        items = [i for i in (self.vm.item(x) for x in self.selected_ids) if i is not None]
        items = [i for i in items if i["canDelete"] and not i["pending"]]
        if not items:
            return None
        ids = [i["id"] for i in items]
        if len(ids) == 1:
            self.vm.deleteItems(ids)
            return None
        trash = sum(1 for i in items if i["toTrash"])
        gone = len(items) - trash
        parts = []
        if gone:
            parts.append(translate("CallHistory", "%n items will be deleted for good", None, gone))
        if trash:
            parts.append(translate("CallHistory", "%n voicemails will be moved to the trash (you can undo that)", None, trash))
        box = QMessageBox(QMessageBox.Icon.Question, translate("CallHistory", "Delete %n items?", None, len(ids)),
                          "; ".join(parts).capitalize() + ".",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("CallHistory", "Delete"))
        box.setAccessibleName(translate("CallHistory", "Delete %n items?", None, len(ids)))
        box.finished.connect(lambda result: self._confirmed(box, ids, result))
        self.confirm_box = box
        box.open()  # never exec() inside the loop
        return box

    def _confirmed(self, box: QMessageBox, ids: list[str], result: int) -> None:
        if self.confirm_box is box:
            self.confirm_box = None
        box.deleteLater()
        if result == QMessageBox.StandardButton.Yes:
            self.vm.deleteItems(ids)

    def _undo_if_offered(self) -> None:
        if self.vm.canUndo:
            self.vm.undoDelete()

    def _sync_undo(self) -> None:
        self.undo_button.setVisible(self.vm.canUndo)
        self.undo_button.setAccessibleDescription(self.vm.undoText)
        self._sync_messages()

    def select(self, item_id: str) -> bool:
        found = self.table.select_id(item_id)
        self._sync_buttons()
        return found

    def open_voicemail_settings(self) -> VoicemailSettingsDialog:
        """Show the voicemail settings dialog (non-blocking) and read the settings."""
        if self.voicemail_dialog is None:
            self.voicemail_dialog = VoicemailSettingsDialog(self.voicemail_vm, self)
        self.voicemail_dialog.open()
        self.voicemail_vm.refresh()
        return self.voicemail_dialog

    # ------------------------------------------------------------------------------ binding
    def _act(self, slot) -> None:
        item_id = self.table.selected_id()
        if item_id:
            slot(item_id)

    def _sync_filter(self) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.tabData(index) == self.vm.filter and self.tabs.currentIndex() != index:
                self.tabs.blockSignals(True)
                self.tabs.setCurrentIndex(index)
                self.tabs.blockSignals(False)

    def _sync_count(self) -> None:
        n = self.vm.unseenMissed
        self.tabs.setTabText(1, translate("CallHistory", "Missed ({n})").format(n=n) if n else translate("CallHistory", "Missed"))
        self.tabs.setTabToolTip(1, translate("CallHistory", "%n missed calls you have not seen", None, n) if n else translate("CallHistory", "Missed calls"))
        m = self.vm.unplayedMessages
        self.tabs.setTabText(_MESSAGES_TAB, translate("CallHistory", "Voicemail ({m})").format(m=m) if m else translate("CallHistory", "Voicemail"))
        self.tabs.setTabToolTip(_MESSAGES_TAB, translate("CallHistory", "%n voicemails or recordings not played yet", None, m) if m else translate("CallHistory", "Voicemails and recordings"))
        self._sync_buttons()

    @staticmethod
    def _tip(item: dict) -> str:
        tip = translate("CallHistory", "{type} call, {remote}, {time}").format(
            type=item['typeText'], remote=item['remoteText'], time=item['timeText'])
        if item["durationText"]:
            tip += f", {item['durationText']}"
        if item["unseenMissed"]:
            tip += translate("CallHistory", " (not seen yet)")
        if item["unplayed"]:
            tip += translate("CallHistory", " (not played yet)")
        if item.get("links"):
            tip += "; " + ", ".join(link["label"] for link in item["links"]).lower()
        return tip

    @staticmethod
    def _state(item: dict) -> str:
        if item["unplayed"]:
            return "● " + translate("CallHistory", "Not played")
        if item["played"]:
            return translate("CallHistory", "Played")
        if item["unseenMissed"]:
            return "● " + translate("CallHistory", "Not seen")
        return ""

    def _sync_items(self) -> None:
        items = self.vm.items
        chosen = self.selected_ids
        rows = [[i["typeText"], i["remoteText"], i["timeText"], i["durationText"], self._state(i)] for i in items]
        self.table.fill(rows, [i["id"] for i in items], [self._tip(i) for i in items],
                        [i["unseenMissed"] or i["unplayed"] for i in items])
        if len(chosen) > 1:  # the table keeps one selected row by itself; keep them all
            self._reselect(chosen)
        if not self.vm.loaded and self.vm.refreshError:
            self.status_label.setText(translate("CallHistory", "Your call history could not be read yet; still trying (see above)"))
        elif not self.vm.loaded:
            self.status_label.setText(translate("CallHistory", "Loading your call history…"))
        elif not items:
            self.status_label.setText(translate("CallHistory", "No calls here"))
        self.status_label.setVisible(not self.vm.loaded or not items)
        self._sync_buttons()

    def _sync_messages(self) -> None:
        # the notice; once a newer command cleared it, what the offered Undo would bring back
        notice = self.vm.notice or (self.vm.undoText if self.vm.canUndo else "")
        for label, text in ((self.error_label, self.vm.error), (self.stale_label, self.vm.refreshError),
                            (self.notice_label, notice)):
            label.setText(text)
            label.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        ids = self.selected_ids
        item = self.vm.item(ids[0]) if len(ids) == 1 else None  # the one-item actions
        ready = item is not None and not item["pending"]
        chosen = [i for i in (self.vm.item(x) for x in ids) if i is not None]
        self.delete_button.setEnabled(bool(chosen) and all(i["canDelete"] and not i["pending"] for i in chosen))
        trash = bool(chosen) and all(i["toTrash"] for i in chosen)
        self.delete_button.setText(translate("CallHistory", "&Delete to trash") if trash else translate("CallHistory", "&Delete"))
        self.call_button.setEnabled(ready and item["canCallBack"])
        self.sms_button.setEnabled(ready and item["canCallBack"])  # a number to write to
        self.seen_button.setEnabled(ready and item["unseenMissed"])
        self.listen_button.setEnabled(ready and item["canOpen"])
        self.played_button.setEnabled(ready and item["canMarkPlayed"])
        self.all_seen_button.setEnabled(self.vm.unseenMissed > 0 and not self.vm.busy)
        self._sync_links(item)

    def _sync_links(self, item: dict | None) -> None:
        links = item["links"] if item is not None else []
        self.links_menu.clear()
        for index, link in enumerate(links):
            action = self.links_menu.addAction(link["label"])
            action.setToolTip(link["url"])
            action.triggered.connect(lambda _checked=False, i=index, item_id=item["id"]: self.vm.openLink(item_id, i))
        self.links_button.setEnabled(bool(links))
        self.links_button.setVisible(any(i.get("links") for i in self.vm.items))

    def open_url(self, url: str) -> bool:
        """Open a link the view-model checked; QUrl's strict mode refuses anything odd left, and only
        http(s) reaches the browser."""
        qurl = QUrl(url, QUrl.ParsingMode.StrictMode)
        if not qurl.isValid() or qurl.scheme() not in ("http", "https"):
            return False
        return bool(self._open_url(qurl))
