"""The dial pad: a number box that dials on Enter, a 12-key pad, call/redial, device and caller ID.

Binds to :class:`~cti_desktop.viewmodels.dial_pad.DialPadViewModel`; never talks to the backend.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.ui.call_panel import name_clear_button
from cti_desktop.viewmodels.dial_pad import MAX_NUMBER_LENGTH, DialPadViewModel
from .theme import set_style

KEYS = (
    ("1", ""), ("2", "ABC"), ("3", "DEF"),
    ("4", "GHI"), ("5", "JKL"), ("6", "MNO"),
    ("7", "PQRS"), ("8", "TUV"), ("9", "WXYZ"),
    ("*", ""), ("0", "+"), ("#", ""),
)


class DialPad(QWidget):
    def __init__(self, vm: DialPadViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("DialPad", "Dial pad"))

        self.number = QLineEdit()
        self.number.setObjectName("Number to call")
        self.number.setAccessibleName(translate("DialPad", "Number to call"))
        self.number.setToolTip(translate("DialPad", "Type or paste a number, extension or feature code; Enter calls it"))
        self.number.setPlaceholderText(translate("DialPad", "Number, extension or *code#"))
        self.number.setMaxLength(MAX_NUMBER_LENGTH)
        self.number.setClearButtonEnabled(True)
        name_clear_button(self.number)
        self.number.textEdited.connect(self._edited)
        self.number.returnPressed.connect(self._dial)

        self.target = QLabel()
        self.target.setObjectName("Will call")
        self.target.setAccessibleName(translate("DialPad", "Will call"))
        self.message = QLabel()
        self.message.setObjectName("Number problem")
        self.message.setAccessibleName(translate("DialPad", "Number problem"))
        self.message.setWordWrap(True)
        set_style(self.message, "color: $critical;")
        self.error = QLabel()
        self.error.setObjectName("Dial error")
        self.error.setAccessibleName(translate("DialPad", "Dial error"))
        self.error.setWordWrap(True)
        set_style(self.error, "color: $critical;")
        self.blocked = QLabel()
        self.blocked.setObjectName("Calling unavailable")
        self.blocked.setAccessibleName(translate("DialPad", "Calling unavailable"))
        self.blocked.setWordWrap(True)

        grid = QGridLayout()
        self.keys: dict[str, QPushButton] = {}
        for i, (key, letters) in enumerate(KEYS):
            button = QPushButton(f"{key}\n{letters}" if letters else key)
            button.setObjectName(f"Key {key}")
            button.setAccessibleName(translate("DialPad", "Key {key}").format(key=key))
            tip = (translate("DialPad", "Type {key} (hold for +)") if key == "0" else translate("DialPad", "Type {key}")).format(key=key)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _checked=False, k=key: self._key(k))
            if key == "0":
                button.setAutoRepeat(False)
                button.pressed.connect(self._zero_pressed)
            grid.addWidget(button, i // 3, i % 3)
            self.keys[key] = button
        self._zero_long = False
        self._zero_timer: QTimer | None = None

        self.call = QPushButton(translate("DialPad", "Call"))
        self.call.setObjectName("Call")
        self.call.setAccessibleName(translate("DialPad", "Call"))
        self.call.setToolTip(translate("DialPad", "Call the number (Enter)"))
        self.call.setAutoDefault(False)
        self.call.clicked.connect(self._dial)
        self.via_mobile = QPushButton(translate("DialPad", "Call via my mobile"))
        self.via_mobile.setObjectName("Call via my mobile")
        self.via_mobile.setAccessibleName(translate("DialPad", "Call via my mobile"))
        self.via_mobile.setAutoDefault(False)
        self.via_mobile.clicked.connect(self._dial_via_mobile)
        self.notice = QLabel()
        self.notice.setObjectName("Call via mobile notice")
        self.notice.setAccessibleName(translate("DialPad", "Call via mobile notice"))
        self.notice.setWordWrap(True)
        self.redial = QPushButton(translate("DialPad", "Redial"))
        self.redial.setObjectName("Redial")
        self.redial.setAccessibleName(translate("DialPad", "Redial"))
        self.redial.setAutoDefault(False)
        self.redial.clicked.connect(lambda _checked=False: vm.redial())
        self.backspace = QPushButton("⌫")
        self.backspace.setObjectName("Delete last digit")
        self.backspace.setAccessibleName(translate("DialPad", "Delete last digit"))
        self.backspace.setToolTip(translate("DialPad", "Delete the last character"))
        self.backspace.setAutoDefault(False)
        self.backspace.clicked.connect(lambda _checked=False: vm.backspace())

        self.device = QComboBox()
        self.device.setObjectName("Call from device")
        self.device.setAccessibleName(translate("DialPad", "Call from device"))
        self.device.setToolTip(translate("DialPad", "The phone or softphone that rings first when you call"))
        self.device.activated.connect(self._device_chosen)
        self.line = QComboBox()
        self.line.setObjectName("Caller ID")
        self.line.setAccessibleName(translate("DialPad", "Caller ID"))
        self.line.setToolTip(translate("DialPad", "The number the person you call sees"))
        self.line.activated.connect(self._line_chosen)

        number_row = QHBoxLayout()
        number_row.addWidget(self.number, 1)
        number_row.addWidget(self.backspace)
        buttons = QHBoxLayout()
        buttons.addWidget(self.call, 1)
        buttons.addWidget(self.redial)
        self.answer_place = QComboBox()
        self.answer_place.setObjectName("Ring first at")
        self.answer_place.setAccessibleName(translate("DialPad", "Ring first at"))
        self.answer_place.setToolTip(translate("DialPad", "Where 'Call via' rings first: your answer places on the phone system"))
        self.answer_place.activated.connect(
            lambda i: setattr(self.vm, "selectedAnswerPlace", self.answer_place.itemData(i) or ""))
        mobile_row = QHBoxLayout()
        mobile_row.addWidget(self.via_mobile, 1)
        mobile_row.addWidget(self.answer_place)
        form = QFormLayout()
        form.addRow(translate("DialPad", "From device:"), self.device)
        form.addRow(translate("DialPad", "Caller ID:"), self.line)
        self._form = form

        self.capability_note = QLabel(vm.capabilityNote)
        self.capability_note.setObjectName("How calling works")
        self.capability_note.setAccessibleName(translate("DialPad", "How calling works on this account"))
        self.capability_note.setToolTip(vm.capabilityNote)
        self.capability_note.setWordWrap(True)
        set_style(self.capability_note, "color: $secondary;")
        self.capability_note.setVisible(bool(vm.capabilityNote))

        layout = QVBoxLayout(self)
        layout.addWidget(self.capability_note)
        layout.addLayout(number_row)
        layout.addWidget(self.target)
        layout.addWidget(self.message)
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addLayout(mobile_row)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(self.blocked)
        layout.addWidget(self.error)
        layout.addStretch(1)

        QWidget.setTabOrder(self.number, self.call)
        QWidget.setTabOrder(self.call, self.redial)
        QWidget.setTabOrder(self.redial, self.via_mobile)
        QWidget.setTabOrder(self.via_mobile, self.device)
        QWidget.setTabOrder(self.device, self.line)

        vm.numberChanged.connect(self._refresh_number)
        vm.validationChanged.connect(self._refresh_validation)
        vm.devicesChanged.connect(self._refresh_devices)
        vm.selectedDeviceChanged.connect(self._refresh_devices)
        vm.linesChanged.connect(self._refresh_lines)
        vm.selectedLineChanged.connect(self._refresh_lines)
        vm.lastDialedChanged.connect(self._refresh_redial)
        vm.canDialChanged.connect(self._refresh_validation)
        vm.errorChanged.connect(self._refresh_error)
        vm.busyChanged.connect(self._refresh_validation)
        vm.noticeChanged.connect(self._refresh_notice)
        vm.answerPlacesChanged.connect(self._refresh_answer_places)
        self._refresh_answer_places()
        self._refresh_number()
        self._refresh_validation()
        self._refresh_devices()
        self._refresh_lines()
        self._refresh_redial()
        self._refresh_error()
        self._refresh_notice()

    # ----------------------------------------------------------------------------- public
    def focus_number(self) -> None:
        """Focus the number box and select its text (the main window's "focus dial box" shortcut)."""
        self.number.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.number.selectAll()

    # ----------------------------------------------------------------------------- view → vm
    def _edited(self, text: str) -> None:
        self.vm.number = text

    def _dial(self) -> None:
        if self.vm.number != self.number.text():
            self.vm.number = self.number.text()
        self.vm.dial()

    def _dial_via_mobile(self) -> None:
        if self.vm.number != self.number.text():
            self.vm.number = self.number.text()
        self.vm.dialViaMobile()

    def _key(self, key: str) -> None:
        if key == "0" and self._zero_long:
            self._zero_long = False
            return
        self.vm.appendDigit(key)
        self.number.setFocus()

    def _zero_pressed(self) -> None:
        self._zero_long = False
        if self._zero_timer is None:
            # Owned by the widget, so it dies with it (a free single-shot would outlive the button).
            self._zero_timer = QTimer(self)
            self._zero_timer.setSingleShot(True)
            self._zero_timer.setInterval(600)
            self._zero_timer.timeout.connect(self._zero_long_press)
        self._zero_timer.start()

    def _zero_long_press(self) -> None:
        if self.keys["0"].isDown():
            self._zero_long = True
            self.vm.appendDigit("+")

    def _device_chosen(self, index: int) -> None:
        self.vm.selectedDevice = self.device.itemData(index) or ""

    def _line_chosen(self, index: int) -> None:
        key = self.line.itemData(index)
        if key:
            self.vm.selectLine(key)

    # ----------------------------------------------------------------------------- vm → view
    def _refresh_number(self) -> None:
        if self.number.text() != self.vm.number:
            self.number.setText(self.vm.number)

    def _refresh_validation(self) -> None:
        vm = self.vm
        self.target.setText(translate("DialPad", "Will call {targetDisplay}").format(targetDisplay=vm.targetDisplay) if vm.valid else "")
        self.target.setVisible(vm.valid)
        self.message.setText(vm.validationMessage)
        self.message.setVisible(bool(vm.validationMessage))
        self.call.setEnabled(vm.valid and vm.canDial)
        self.redial.setEnabled(bool(vm.lastDialed) and vm.canDial)
        self.via_mobile.setEnabled(vm.valid and vm.canDial and vm.viaMobileSupported)
        if vm.viaMobileSupported:
            self.via_mobile.setToolTip(translate("DialPad", "Your mobile rings first; answer it and the number is called for you"))
        else:
            self.via_mobile.setToolTip(vm.viaMobileNote)
        # "Calling…" is the pad's own progress, shown on its button: not a reason calling is blocked
        blocked = vm.dialBlockedReason if vm.dialBlockedReason != translate("DialPad", "Calling…") else ""
        self.blocked.setText(blocked)
        self.blocked.setVisible(bool(blocked))

    def _refresh_redial(self) -> None:
        last = self.vm.lastDialed
        self.redial.setToolTip(translate("DialPad", "Call {last} again").format(last=last) if last else translate("DialPad", "Nothing dialled yet"))
        self._refresh_validation()

    def _refresh_devices(self) -> None:
        devices = self.vm.devices
        self.device.blockSignals(True)
        self.device.clear()
        for d in devices:
            self.device.addItem(d["name"], d["id"])
        index = self.device.findData(self.vm.selectedDevice)
        self.device.setCurrentIndex(index if index >= 0 else 0 if devices else -1)
        self.device.blockSignals(False)
        self.device.setEnabled(len(devices) > 1)
        # no devices to choose from (the phone system rings your phone): no empty chooser
        self._form.setRowVisible(self.device, bool(devices) or not self.vm.capabilityNote)

    def _refresh_answer_places(self) -> None:
        """The answer places to ring first (shown when the account lists more than none); the button
        names the chosen one ("Call via my mobile")."""
        places = self.vm.answerPlaces
        self.answer_place.blockSignals(True)
        self.answer_place.clear()
        for p in places:
            self.answer_place.addItem(p["name"], p["id"])
        index = self.answer_place.findData(self.vm.selectedAnswerPlace)
        self.answer_place.setCurrentIndex(index)
        self.answer_place.blockSignals(False)
        self.answer_place.setVisible(bool(places))
        self.answer_place.setEnabled(len(places) > 1)
        chosen = self.answer_place.currentText()
        self.via_mobile.setText(translate("DialPad", "Call via my {lower}").format(lower=chosen.lower()) if chosen else translate("DialPad", "Call via my mobile"))

    def _refresh_lines(self) -> None:
        lines = self.vm.lines
        self.line.blockSignals(True)
        self.line.clear()
        for line in lines:
            self.line.addItem(line["label"], line["key"])
        index = self.line.findData(self.vm.selectedLine)
        self.line.setCurrentIndex(index)
        self.line.blockSignals(False)
        self.line.setEnabled(len(lines) > 1)
        self._form.setRowVisible(self.line, bool(lines) or not self.vm.capabilityNote)

    def _refresh_notice(self) -> None:
        self.notice.setText(self.vm.notice)
        self.notice.setVisible(bool(self.vm.notice))

    def _refresh_error(self) -> None:
        # A refused number is already explained by the validation message.
        error = self.vm.error if self.vm.error != self.vm.validationMessage else ""
        self.error.setText(error)
        self.error.setVisible(bool(error))
