"""The call forwarding control: "Forward my calls to…", turning it off, and activity forwarding;
plus the header button that always shows where calls go ("Forwarded to +46 70 …").

Bound to :class:`~cti_desktop.viewmodels.forwarding.ForwardingViewModel`; nothing is assumed here:
what is shown is the view-model's (the server's) state. The number is checked as it is typed (the
same words the view-model would refuse it with), so a wrong number is explained before it is sent.
The dialog is opened with ``show()`` (never ``exec()`` inside the event loop, PITFALLS 14).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.forwarding import ForwardingViewModel
from .panel_labels import MUTED_STYLE, error_label, muted_label
from .theme import set_style

_FORWARDED_STYLE = ("QToolButton#forwardingButton { border: 1px solid $warning_border; border-radius: 12px;"
                    " padding: 3px 10px; background: $warning_bg; color: $warning_text; font-weight: 600; }")
_NORMAL_STYLE = "QToolButton#forwardingButton { border: 1px solid $border; border-radius: 12px; padding: 3px 10px; }"


class ForwardingPanel(QWidget):
    """Set or turn off the forwarding of every call; see and set the activities that forward."""

    def __init__(self, vm: ForwardingViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("forwardingPanel")
        self.setAccessibleName(translate("Forwarding", "Call forwarding"))

        self.state_label = QLabel(self)
        self.state_label.setObjectName("forwardingState")
        self.state_label.setAccessibleName(translate("Forwarding", "Call forwarding now"))
        set_style(self.state_label, "font-weight: 600;")
        self.detail_label = QLabel(self)
        self.detail_label.setAccessibleName(translate("Forwarding", "Call forwarding details"))
        self.detail_label.setWordWrap(True)

        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(translate("Forwarding", "Number or extension, e.g. 070-123 45 67"))
        self.number_edit.setAccessibleName(translate("Forwarding", "Forward my calls to"))
        self.number_edit.setToolTip(translate("Forwarding", "The phone number or extension every call to you should go to"))
        self.number_edit.setClearButtonEnabled(True)
        self.number_edit.textChanged.connect(self._sync_input)
        self.number_edit.returnPressed.connect(self.apply)
        self.forward_button = QPushButton(translate("Forwarding", "&Forward"), self)
        self.forward_button.setAccessibleName(translate("Forwarding", "Forward my calls"))
        self.forward_button.setToolTip(translate("Forwarding", "Forward every call to the number entered"))
        self.forward_button.clicked.connect(self.apply)
        self.off_button = QPushButton(translate("Forwarding", "Turn &off"), self)
        self.off_button.setAccessibleName(translate("Forwarding", "Stop forwarding my calls"))
        self.off_button.setToolTip(translate("Forwarding", "Stop forwarding: calls ring you again"))
        self.off_button.clicked.connect(vm.stopForwarding)
        self.all_off_button = QPushButton(translate("Forwarding", "Turn off &every rule"), self)
        self.all_off_button.setAccessibleName(translate("Forwarding", "Turn off every forwarding rule of my line"))
        self.all_off_button.setToolTip(translate("Forwarding", "Stop every forwarding of your main line: all calls, when busy, "
                                       "when you do not answer, when you cannot be reached"))
        self.all_off_button.clicked.connect(vm.clearAllRules)
        self.all_off_button.setVisible(vm.rulesSupported)
        self.input_problem = error_label(self, translate("Forwarding", "What is wrong with the number"), selectable=False)

        self.error_label = error_label(self, translate("Forwarding", "Call forwarding error"))
        self.stale_label = muted_label(self, translate("Forwarding", "Call forwarding refresh status"))

        row = QHBoxLayout()
        row.addWidget(self.number_edit, 1)
        row.addWidget(self.forward_button)
        row.addWidget(self.off_button)

        # Activity forwarding: where calls go while in a presence activity.
        self.activity_box = QGroupBox(translate("Forwarding", "While my presence is…"), self)
        self.activity_box.setAccessibleName(translate("Forwarding", "Activity forwarding"))
        self.activity_list = QVBoxLayout()
        self.activity_rows: dict[str, QWidget] = {}
        self.activity_combo = QComboBox(self.activity_box)
        self.activity_combo.setAccessibleName(translate("Forwarding", "Activity to forward calls for"))
        self.activity_number = QLineEdit(self.activity_box)
        self.activity_number.setPlaceholderText(translate("Forwarding", "Number or extension"))
        self.activity_number.setAccessibleName(translate("Forwarding", "Forward calls during the activity to"))
        self.activity_number.returnPressed.connect(self.apply_activity)
        self.activity_button = QPushButton(translate("Forwarding", "Set"), self.activity_box)
        self.activity_button.setAccessibleName(translate("Forwarding", "Set activity forwarding"))
        self.activity_button.setToolTip(translate("Forwarding", "Forward calls to this number while you are in the chosen activity"))
        self.activity_button.clicked.connect(self.apply_activity)
        add_row = QHBoxLayout()
        add_row.addWidget(self.activity_combo)
        add_row.addWidget(self.activity_number, 1)
        add_row.addWidget(self.activity_button)
        box_layout = QVBoxLayout(self.activity_box)
        box_layout.addLayout(self.activity_list)
        box_layout.addLayout(add_row)

        form = QFormLayout()
        form.addRow(translate("Forwarding", "Now"), self.state_label)
        form.addRow("", self.detail_label)
        form.addRow("", self.all_off_button)
        form.addRow(translate("Forwarding", "Forward my calls to…"), row)
        form.addRow("", self.input_problem)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.activity_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        layout.addStretch(1)

        vm.stateChanged.connect(self._sync_state)
        vm.loadedChanged.connect(self._sync_state)
        vm.activityForwardingChanged.connect(self._sync_activities)
        vm.activityEditReady.connect(self._edit_activity)
        vm.errorChanged.connect(self._sync_error)
        vm.refreshErrorChanged.connect(self._sync_error)
        vm.busyChanged.connect(self._sync_busy)
        self._sync_state()
        self._sync_activities()
        self._sync_error()
        self._sync_input()

    # ------------------------------------------------------------------------------ actions
    def apply(self) -> None:
        problem = self.vm.problemWith(self.number_edit.text())
        if problem:
            self.input_problem.setText(problem)
            self.number_edit.setFocus()
            return
        self.vm.forwardTo(self.number_edit.text())

    def apply_activity(self) -> None:
        activity = self.activity_combo.currentData()
        if activity:
            self.vm.setActivityForwarding(activity, self.activity_number.text())

    # ------------------------------------------------------------------------------ binding
    def _sync_input(self, *_args: object) -> None:
        text = self.number_edit.text()
        problem = self.vm.problemWith(text) if text.strip() else ""
        self.input_problem.setText(problem)
        self.input_problem.setVisible(bool(problem))
        self._sync_busy()

    def _sync_state(self) -> None:
        vm = self.vm
        self.state_label.setText(vm.headerText)
        self.detail_label.setText(vm.detailText)
        if vm.number and not self.number_edit.hasFocus() and not self.number_edit.text():
            self.number_edit.setText(vm.number)
        self._sync_busy()

    def _sync_activities(self) -> None:
        for widget in self.activity_rows.values():
            self.activity_list.removeWidget(widget)
            widget.deleteLater()
        self.activity_rows.clear()
        for item in self.vm.activityForwarding:
            row = QWidget(self.activity_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(translate("Forwarding", "{value}: forwarded to {value2}").format(value=item['activityName'], value2=item['display']), row)
            label.setAccessibleName(translate("Forwarding", "While {value}, calls go to {value2}").format(value=item['activityName'], value2=item['display']))
            edit = QPushButton(translate("Forwarding", "Edit…"), row)
            edit.setAccessibleName(translate("Forwarding", "Change the forwarding during {value}").format(value=item['activityName']))
            edit.setToolTip(translate("Forwarding", "Read this activity's number from the phone system and change it below"))
            edit.clicked.connect(lambda _=False, a=item["activityId"]: self.vm.editActivity(a))
            line.addWidget(edit)
            remove = QPushButton(translate("Forwarding", "Remove"), row)
            remove.setAccessibleName(translate("Forwarding", "Stop forwarding during {value}").format(value=item['activityName']))
            remove.clicked.connect(lambda _=False, a=item["activityId"]: self.vm.clearActivityForwarding(a))
            line.insertWidget(0, label, 1)
            line.addWidget(remove)
            self.activity_list.addWidget(row)
            self.activity_rows[item["activityId"]] = row
        if not self.vm.activityForwarding:
            none = QLabel(translate("Forwarding", "No activity forwards your calls"), self.activity_box)
            set_style(none, MUTED_STYLE)
            self.activity_list.addWidget(none)
            self.activity_rows[""] = none
        current = self.activity_combo.currentData()
        self.activity_combo.clear()
        for a in self.vm.activities:
            self.activity_combo.addItem(a["name"], a["id"])
        if current is not None:
            index = self.activity_combo.findData(current)
            if index >= 0:
                self.activity_combo.setCurrentIndex(index)
        self.activity_box.setVisible(bool(self.vm.activities or self.vm.activityForwarding))

    def _edit_activity(self, activity_id: str, number: str) -> None:
        """The activity opened for editing, with its number as the server has it now."""
        index = self.activity_combo.findData(activity_id)
        if index < 0:
            name = next((a["activityName"] for a in self.vm.activityForwarding if a["activityId"] == activity_id),
                        activity_id)
            self.activity_combo.addItem(name, activity_id)
            index = self.activity_combo.count() - 1
        self.activity_combo.setCurrentIndex(index)
        self.activity_number.setText(number)
        self.activity_number.setFocus(Qt.FocusReason.OtherFocusReason)
        self.activity_number.selectAll()

    def _sync_error(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.stale_label.setText(self.vm.refreshError)
        self.stale_label.setVisible(bool(self.vm.refreshError))

    def _sync_busy(self) -> None:
        busy = self.vm.busy
        text = self.number_edit.text()
        self.forward_button.setEnabled(not busy and bool(text.strip()) and not self.input_problem.text())
        self.off_button.setEnabled(not busy and bool(self.vm.number))
        self.all_off_button.setEnabled(not busy and bool(self.vm.number or self.vm.rules))
        self.activity_button.setEnabled(not busy)


class ForwardingDialog(QDialog):
    """The forwarding panel in a window of its own (opened from the header or the menu)."""

    def __init__(self, vm: ForwardingViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Forwarding", "Call forwarding"))
        self.setObjectName("forwardingDialog")
        self.panel = ForwardingPanel(vm, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.panel.vm.refresh()


class ForwardingButton(QToolButton):
    """The header's "Forwarded to …" / "Not forwarded"; a click opens the forwarding window."""

    def __init__(self, vm: ForwardingViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("forwardingButton")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(False)
        self.setVisible(vm.supported)
        self.dialog: ForwardingDialog | None = None
        self.clicked.connect(self.open_dialog)
        vm.stateChanged.connect(self._sync)
        vm.loadedChanged.connect(self._sync)
        vm.refreshErrorChanged.connect(self._sync)
        self._sync()

    def open_dialog(self) -> ForwardingDialog:
        if self.dialog is None:
            self.dialog = ForwardingDialog(self.vm, self.window())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _sync(self) -> None:
        vm = self.vm
        text = vm.headerText
        self.setText(f"↪ {text}" if vm.forwarded else text)
        set_style(self, _FORWARDED_STYLE if vm.forwarded else _NORMAL_STYLE)
        self.setAccessibleName(translate("Forwarding", "Call forwarding: {text}").format(text=text))
        tip = translate("Forwarding", "{detail} Click to change it.").format(detail=vm.detailText)
        if vm.refreshError:
            tip += f" ({vm.refreshError})"
        self.setToolTip(tip)


__all__ = ["ForwardingButton", "ForwardingDialog", "ForwardingPanel"]
