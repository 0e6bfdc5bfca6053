"""The "Webhooks" settings window: the phone system's call-notification subscriptions, in a table.

Bound to :class:`~cti_desktop.viewmodels.webhook_settings.WebhookSettingsViewModel`: a row per
subscription (event, status with failed deliveries, last error, masked address, "this desktop"),
and buttons to create the missing call subscriptions for this receiver, enable/disable, point a
subscription here, delete, and refresh. Deleting asks first with a non-blocking question (``open()``).
Never calls the backend itself; every error is shown in words under the table.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.viewmodels.webhook_settings import WebhookSettingsViewModel
from .table_rows import ID_ROLE, selected_row_id
from .theme import set_style

COLUMNS = (QT_TRANSLATE_NOOP("WebhookSettings", "Event"), QT_TRANSLATE_NOOP("WebhookSettings", "Status"), QT_TRANSLATE_NOOP("WebhookSettings", "Failed"), QT_TRANSLATE_NOOP("WebhookSettings", "Last error"), QT_TRANSLATE_NOOP("WebhookSettings", "Address"), QT_TRANSLATE_NOOP("WebhookSettings", "This desktop"))


def _button(text: str, name: str, tip: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    button.setAutoDefault(False)
    return button


class WebhookSettingsDialog(QDialog):
    """A non-modal window; show it with ``open()`` or ``show()``."""

    def __init__(self, vm: WebhookSettingsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vendor = vm.vendor
        heading = vendor[:1].upper() + vendor[1:]
        self.setWindowTitle(translate("WebhookSettings", "{heading} webhooks").format(heading=heading))
        self.setAccessibleName(translate("WebhookSettings", "{heading} webhook subscriptions").format(heading=heading))
        self.resize(760, 360)

        intro = QLabel(
            translate("WebhookSettings", "{heading} tells this desktop about calls through webhook subscriptions. This desktop receives them at: {callbackUrl}").format(heading=heading, callbackUrl=vm.callbackUrl) if vm.callbackUrl else vm.createBlockedReason
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(translate("WebhookSettings", "Receiver address"))
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intro = intro

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(translate("WebhookSettings", "Subscriptions"))
        self.table.setToolTip(translate("WebhookSettings", "Every webhook subscription of the company's {vendor} account").format(vendor=vendor))
        self.table.setHorizontalHeaderLabels([translate("WebhookSettings", c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._sync_buttons)

        self.create_button = _button(translate("WebhookSettings", "Subscribe this desktop"), "Create missing subscriptions",
                                     translate("WebhookSettings", "Create (or re-enable) CALL_INCOMING, CALL_ANSWERED and CALL_HANGUP "
                                     "subscriptions that deliver to this desktop"))
        self.create_button.clicked.connect(lambda: vm.createMissing())
        self.toggle_button = _button(translate("WebhookSettings", "Disable"), "Enable or disable", translate("WebhookSettings", "Stop or resume deliveries of the chosen subscription"))
        self.toggle_button.clicked.connect(self._toggle)
        self.point_button = _button(translate("WebhookSettings", "Deliver here"), "Point at this desktop",
                                    translate("WebhookSettings", "Change the chosen subscription's address to this desktop's receiver and enable it"))
        self.point_button.clicked.connect(lambda: self._with_selected(vm.pointHere))
        self.delete_button = _button(translate("WebhookSettings", "Delete…"), "Delete subscription", translate("WebhookSettings", "Delete the chosen subscription at {vendor}").format(vendor=vendor))
        self.delete_button.clicked.connect(self._ask_delete)
        self.refresh_button = _button(translate("WebhookSettings", "Refresh"), "Refresh", translate("WebhookSettings", "Read the subscriptions from {vendor} again").format(vendor=vendor))
        self.refresh_button.clicked.connect(lambda: vm.refresh())
        self.close_button = _button(translate("WebhookSettings", "Close"), "Close", translate("WebhookSettings", "Close this window"))
        self.close_button.clicked.connect(self.close)
        if not vm.canCreate:
            for b in (self.create_button, self.point_button):
                b.setEnabled(False)
                b.setToolTip(vm.createBlockedReason)

        self.status = QLabel(translate("WebhookSettings", "Reading the subscriptions…"))
        self.status.setAccessibleName(translate("WebhookSettings", "Webhook status"))
        self.error = QLabel()
        self.error.setAccessibleName(translate("WebhookSettings", "Webhook error"))
        self.error.setWordWrap(True)
        set_style(self.error, "color: $critical;")
        self.error.setVisible(False)

        buttons = QHBoxLayout()
        for b in (self.create_button, self.toggle_button, self.point_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        order = [self.table, self.create_button, self.toggle_button, self.point_button, self.delete_button,
                 self.refresh_button, self.close_button]
        for a, b in pairwise(order):
            QWidget.setTabOrder(a, b)

        self._question: QMessageBox | None = None
        vm.subscriptionsChanged.connect(self._sync_rows)
        vm.errorChanged.connect(self._sync_error)
        vm.busyChanged.connect(self._sync_buttons)
        self._sync_rows()
        self._sync_error()

    # ------------------------------------------------------------------------------ binding
    def selected_id(self) -> str:
        return selected_row_id(self.table)

    def _sync_rows(self) -> None:
        keep = self.selected_id()
        subs = self.vm.subscriptions
        self.table.setRowCount(len(subs))
        for r, sub in enumerate(subs):
            values = (sub["eventType"], sub["status"], str(sub["failedCount"]), sub["lastError"] or "—", sub["url"],
                      "Yes" if sub["mine"] else "")
            for c, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                if c == 0:
                    cell.setData(ID_ROLE, sub["id"])
                if not sub["enabled"]:
                    cell.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(r, c, cell)
            if sub["id"] == keep:
                self.table.selectRow(r)
        if self.vm.loaded:
            mine = sum(1 for s in subs if s["mine"] and s["enabled"])
            self.status.setText(translate("WebhookSettings", "%n subscription(s); {mine} enabled for this desktop", None, len(subs)).format(mine=mine))
        self._sync_buttons()

    def _sync_error(self) -> None:
        self.error.setText(self.vm.error)
        self.error.setVisible(bool(self.vm.error))

    def _sync_buttons(self) -> None:
        chosen = self.selected_id()
        sub = next((s for s in self.vm.subscriptions if s["id"] == chosen), None)
        idle = not self.vm.busy
        self.toggle_button.setEnabled(idle and sub is not None)
        self.toggle_button.setText(translate("WebhookSettings", "Enable") if sub is not None and not sub["enabled"] else translate("WebhookSettings", "Disable"))
        self.delete_button.setEnabled(idle and sub is not None)
        self.point_button.setEnabled(idle and sub is not None and self.vm.canCreate and not sub["mine"])
        self.create_button.setEnabled(idle and self.vm.canCreate)
        self.refresh_button.setEnabled(idle)

    # ------------------------------------------------------------------------------ actions
    def _with_selected(self, slot) -> None:
        chosen = self.selected_id()
        if chosen:
            slot(chosen)

    def _toggle(self) -> None:
        chosen = self.selected_id()
        sub = next((s for s in self.vm.subscriptions if s["id"] == chosen), None)
        if sub is not None:
            self.vm.setEnabled(chosen, not sub["enabled"])

    def _ask_delete(self) -> None:
        chosen = self.selected_id()
        sub = next((s for s in self.vm.subscriptions if s["id"] == chosen), None)
        if sub is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, translate("WebhookSettings", "Delete subscription"),
                          translate("WebhookSettings", "Delete the {event} subscription to {url}? {Vendor} stops delivering those notifications there.").format(event=sub['eventType'], url=sub['url'], Vendor=self.vm.vendor[:1].upper() + self.vm.vendor[1:]),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setAccessibleName(translate("WebhookSettings", "Confirm deletion"))
        def answered(_result: int) -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.vm.delete(chosen)

        box.finished.connect(answered)
        self._question = box
        box.open()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.vm.loaded and not self.vm.busy:
            self.vm.refresh()


__all__ = ["WebhookSettingsDialog"]
