"""My call history panel: missed, incoming and outgoing calls from the communication log.

Filter tabs (All, Missed — with the unseen count —, Incoming, Outgoing) above a table (type,
who, time, duration; unseen missed calls in bold), and Call back, Mark seen, Mark all seen and
Refresh. Enter (or a double-click) calls the selected call back. Everything comes from
:class:`CallHistoryViewModel`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.ui.group_call_log import _CallTable
from cti_desktop.viewmodels.call_history import CallHistoryViewModel

from .sms import open_sms_dialog

_ERROR_STYLE = "color: #b00020;"
_MUTED_STYLE = "color: palette(mid);"

COLUMNS = ("Type", "Who", "Time", "Duration")
TABS = (("ALL", "All"), ("MISSED", "Missed"), ("INCOMING", "Incoming"), ("OUTGOING", "Outgoing"))


class CallHistoryPanel(QWidget):
    """The agent's own call history, bound to a :class:`CallHistoryViewModel`."""

    def __init__(self, vm: CallHistoryViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName("Call history")

        self.tabs = QTabBar(self)
        self.tabs.setAccessibleName("Call history filter")
        self.tabs.setToolTip("Show all calls, or only missed, incoming or outgoing ones")
        for key, text in TABS:
            index = self.tabs.addTab(text)
            self.tabs.setTabData(index, key)
        self.tabs.currentChanged.connect(lambda index: vm.setFilter(self.tabs.tabData(index) or "ALL"))

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(_ERROR_STYLE)
        self.error_label.setAccessibleName("Call history error")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.stale_label = QLabel(self)
        self.stale_label.setWordWrap(True)
        self.stale_label.setStyleSheet(_MUTED_STYLE)
        self.stale_label.setAccessibleName("Call history refresh status")
        self.notice_label = QLabel(self)
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName("Call history notice")
        self.status_label = QLabel("Loading your call history…", self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setAccessibleName("Call history status")

        self.table = _CallTable(COLUMNS, self)
        self.table.setAccessibleName("Calls")
        self.table.setToolTip("Your calls, newest first; unseen missed calls in bold. Enter calls back")
        self.table.activated.connect(vm.callBack)
        self.table.itemSelectionChanged.connect(self._sync_buttons)

        self.call_button = QPushButton("&Call back", self)
        self.call_button.setAccessibleName("Call back the selected call")
        self.call_button.setToolTip("Call the selected number back from your softphone (Enter)")
        self.call_button.clicked.connect(lambda: self._act(vm.callBack))
        self.sms_button = QPushButton("Send S&MS…", self)
        self.sms_button.setAccessibleName("Send an SMS to the selected call's number")
        self.sms_button.setToolTip("Write an SMS to the number of the selected call")
        self.sms_button.clicked.connect(lambda: self._act(lambda i: open_sms_dialog(self.window(), vm.compose_sms(i))))
        self.sms_button.setVisible(vm.smsSupported)
        self.seen_button = QPushButton("Mark &seen", self)
        self.seen_button.setAccessibleName("Mark the selected missed call seen")
        self.seen_button.setToolTip("Tell the server you have seen the selected missed call")
        self.seen_button.clicked.connect(lambda: self._act(vm.markSeen))
        self.all_seen_button = QPushButton("Mark &all seen", self)
        self.all_seen_button.setAccessibleName("Mark all missed calls seen")
        self.all_seen_button.setToolTip("Mark every unseen missed call as seen")
        self.all_seen_button.clicked.connect(vm.markAllSeen)
        self.refresh_button = QPushButton("Refresh", self)
        self.refresh_button.setAccessibleName("Refresh the call history")
        self.refresh_button.setToolTip("Read your call history from the server now (F5)")
        self.refresh_button.clicked.connect(vm.refresh)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, activated=vm.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.sms_button)
        buttons.addWidget(self.seen_button)
        buttons.addWidget(self.all_seen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        QWidget.setTabOrder(self.tabs, self.table)
        QWidget.setTabOrder(self.table, self.call_button)
        QWidget.setTabOrder(self.call_button, self.sms_button)
        QWidget.setTabOrder(self.sms_button, self.seen_button)
        QWidget.setTabOrder(self.seen_button, self.all_seen_button)
        QWidget.setTabOrder(self.all_seen_button, self.refresh_button)

        vm.filterChanged.connect(self._sync_filter)
        vm.itemsChanged.connect(self._sync_items)
        vm.loadedChanged.connect(self._sync_items)
        vm.unseenMissedChanged.connect(self._sync_count)
        vm.errorChanged.connect(self._sync_messages)
        vm.refreshErrorChanged.connect(self._sync_messages)
        vm.noticeChanged.connect(self._sync_messages)
        vm.busyChanged.connect(self._sync_buttons)
        self._sync_filter()
        self._sync_items()
        self._sync_count()
        self._sync_messages()

    # ------------------------------------------------------------------------------ accessors
    @property
    def selected_id(self) -> str:
        return self.table.selected_id()

    def select(self, item_id: str) -> bool:
        found = self.table.select_id(item_id)
        self._sync_buttons()
        return found

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
        self.tabs.setTabText(1, f"Missed ({n})" if n else "Missed")
        self.tabs.setTabToolTip(1, f"{n} missed call{'s' if n != 1 else ''} you have not seen" if n else "Missed calls")
        self._sync_buttons()

    @staticmethod
    def _tip(item: dict) -> str:
        tip = f"{item['typeText']} call, {item['remoteText']}, {item['timeText']}"
        if item["durationText"]:
            tip += f", {item['durationText']}"
        if item["unseenMissed"]:
            tip += " (not seen yet)"
        return tip

    def _sync_items(self) -> None:
        items = self.vm.items
        rows = [[i["typeText"], i["remoteText"], i["timeText"], i["durationText"]] for i in items]
        self.table.fill(rows, [i["id"] for i in items], [self._tip(i) for i in items],
                        [i["unseenMissed"] for i in items])
        if not self.vm.loaded:
            self.status_label.setText("Loading your call history…")
        elif not items:
            self.status_label.setText("No calls here")
        self.status_label.setVisible(not self.vm.loaded or not items)
        self._sync_buttons()

    def _sync_messages(self) -> None:
        for label, text in ((self.error_label, self.vm.error), (self.stale_label, self.vm.refreshError),
                            (self.notice_label, self.vm.notice)):
            label.setText(text)
            label.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        item = self.vm.item(self.table.selected_id()) if self.table.selected_id() else None
        ready = item is not None and not item["pending"]
        self.call_button.setEnabled(ready and item["canCallBack"])
        self.sms_button.setEnabled(ready and item["canCallBack"])  # a number to write to
        self.seen_button.setEnabled(ready and item["unseenMissed"])
        self.all_seen_button.setEnabled(self.vm.unseenMissed > 0 and not self.vm.busy)
