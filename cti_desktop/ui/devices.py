"""My devices window: the person's phones and softphones; a device's details; rename it; its icon.

A list of devices (name, type, status, icon); the chosen one's details (user agent, …), a name box
with Rename, and its icon with the other icons of its type to choose from. Non-modal; everything
comes from :class:`DevicesViewModel`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.core.device_settings import DEVICE_NAME_LIMIT
from cti_desktop.viewmodels.devices import DevicesViewModel
from .theme import set_style

_ERROR_STYLE = "color: $critical;"


class DevicesWindow(QWidget):
    def __init__(self, vm: DevicesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vm = vm
        self.setWindowTitle(translate("Devices", "My devices"))
        self.setAccessibleName(translate("Devices", "My devices"))
        self.resize(680, 320)
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("Devices", "Devices"))
        self.list.currentItemChanged.connect(self._chosen)
        self.title = QLabel(self)
        set_style(self.title, "font-weight: bold;")
        self.details_box = QWidget(self)
        self.details_layout = QFormLayout(self.details_box)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("Devices", "Device name"))
        self.name_edit.setMaxLength(DEVICE_NAME_LIMIT)
        self.name_edit.returnPressed.connect(self._rename)
        self.rename_button = QPushButton(translate("Devices", "&Rename"), self)
        self.rename_button.clicked.connect(self._rename)
        self.icon_label = QLabel(self)
        self.icon_label.setAccessibleName(translate("Devices", "Device icon"))
        self.icon_label.setTextFormat(Qt.TextFormat.PlainText)
        self.icon_combo = QComboBox(self)
        self.icon_combo.setAccessibleName(translate("Devices", "Choose the device icon"))
        self.icon_combo.setToolTip(translate("Devices", "The icon the phone system's apps show for this device (one of its type's)"))
        self.icon_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.icon_combo.activated.connect(self._icon_chosen)
        self.refresh_button = QPushButton(translate("Devices", "Re&fresh"), self)
        self.refresh_button.clicked.connect(vm.load)
        self.notice_label = QLabel(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_style(self.error_label, _ERROR_STYLE)
        rename_row = QHBoxLayout()
        rename_row.addWidget(self.name_edit, 1)
        rename_row.addWidget(self.rename_button)
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.details_box)
        right.addStretch(1)
        right.addWidget(QLabel(translate("Devices", "Name:"), self))
        right.addLayout(rename_row)
        if vm.icons:
            icon_row = QHBoxLayout()
            icon_row.addWidget(self.icon_label, 1)
            icon_row.addWidget(self.icon_combo)
            right.addWidget(QLabel(translate("Devices", "Icon:"), self))
            right.addLayout(icon_row)
        else:
            self.icon_label.hide()
            self.icon_combo.hide()
        right.addWidget(self.notice_label)
        right.addWidget(self.error_label)
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.refresh_button)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        vm.devicesChanged.connect(self._fill)
        vm.selectedChanged.connect(self._sync_details)
        vm.noticeChanged.connect(lambda: self.notice_label.setText(vm.notice))
        vm.errorChanged.connect(lambda: self.error_label.setText(vm.error))
        vm.busyChanged.connect(self._sync_details)
        self._fill()

    def detail_rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.details_layout.rowCount()):
            label = self.details_layout.itemAt(r, QFormLayout.ItemRole.LabelRole)
            value = self.details_layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                rows.append((label.widget().text(), value.widget().text()))
        return rows

    def _fill(self) -> None:
        keep = self.vm.selected
        self.list.blockSignals(True)
        self.list.clear()
        for d in self.vm.devices:
            item = QListWidgetItem(f"{d['name']} — {d['type']}" + (f" ({d['status'].lower()})" if d["status"] else "")
                                   + (translate("Devices", " · icon {value}").format(value=d['icon']) if d.get("icon") else ""))
            item.setData(Qt.ItemDataRole.UserRole, d["id"])
            self.list.addItem(item)
            if d["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._sync_details()

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.vm.select(item.data(Qt.ItemDataRole.UserRole) if item is not None else "")
        device = self.vm.device(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.name_edit.setText(device.name if device is not None else "")

    def _sync_details(self) -> None:
        device = self.vm.device(self.vm.selected)
        self.title.setText(device.name or device.device_id if device is not None else translate("Devices", "Choose a device"))
        while self.details_layout.rowCount():
            self.details_layout.removeRow(0)
        for row in self.vm.details:
            label, value = QLabel(row["name"].replace("_", " ").capitalize()), QLabel(row["value"])
            for w in (label, value):
                w.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.details_layout.addRow(label, value)
        chosen = device is not None
        self.name_edit.setEnabled(chosen)
        self.rename_button.setEnabled(chosen and not self.vm.busy)
        self.icon_label.setText(self.vm.iconName or (translate("Devices", "Reading the icon…") if chosen and self.vm.busy else ""))
        self.icon_combo.blockSignals(True)
        self.icon_combo.clear()
        for choice in self.vm.iconChoices:
            self.icon_combo.addItem(choice["label"], choice["variant"])
            self.icon_combo.setItemData(self.icon_combo.count() - 1, choice["name"], Qt.ItemDataRole.ToolTipRole)
        self.icon_combo.setCurrentIndex(self.icon_combo.findData(self.vm.icon))
        self.icon_combo.blockSignals(False)
        self.icon_combo.setEnabled(chosen and bool(self.vm.icon) and not self.vm.busy)

    def _icon_chosen(self, index: int) -> None:
        variant = self.icon_combo.itemData(index)
        if self.vm.selected and variant and variant != self.vm.icon:
            self.vm.setIcon(self.vm.selected, variant)

    def _rename(self) -> None:
        if self.vm.selected:
            self.vm.renameDevice(self.vm.selected, self.name_edit.text())


__all__ = ["DevicesWindow"]
