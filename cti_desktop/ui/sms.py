"""The SMS compose dialog, bound to a :class:`~cti_desktop.viewmodels.sms.SmsComposeViewModel`.

Non-modal (``show()``, never ``exec()`` inside the loop — PITFALLS 14). The recipient box is
prefilled and editable, with the reason it cannot get an SMS underneath; the text box shows the live
character and part count (and why a character makes it UCS-2); Send (Ctrl+Enter) is enabled only
when the view-model says so. Errors stay in the dialog with the text; "SMS sent to …" confirms.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.sms import SmsComposeViewModel
from .panel_labels import error_label, muted_label
from .theme import set_style

__all__ = ["SmsDialog", "open_sms_dialog"]

_SENT_STYLE = "color: $success; font-weight: bold;"


class SmsDialog(QDialog):
    def __init__(self, vm: SmsComposeViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        vm.setParent(self)
        self.setWindowTitle(translate("Sms", "Send SMS to {recipientName}").format(recipientName=vm.recipientName) if vm.recipientName else translate("Sms", "Send SMS"))
        self.setAccessibleName(translate("Sms", "Send SMS"))
        self.setMinimumWidth(420)

        self.recipient_edit = QLineEdit(vm.recipient, self)
        self.recipient_edit.setAccessibleName(translate("Sms", "SMS recipient number"))
        self.recipient_edit.setPlaceholderText(translate("Sms", "Mobile number, e.g. 070-123 45 67 or +46 70 123 45 67"))
        self.recipient_edit.setMaxLength(64)
        self.recipient_edit.textEdited.connect(lambda text: setattr(vm, "recipient", text))
        self.recipient_message = error_label(self, translate("Sms", "Why the number cannot get an SMS"), selectable=False)
        self.target_label = muted_label(self, translate("Sms", "Where the SMS goes"))

        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setAccessibleName(translate("Sms", "SMS text"))
        self.text_edit.setPlaceholderText(translate("Sms", "Write your message"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.textChanged.connect(self._text_edited)
        self.length_label = QLabel(self)
        self.length_label.setAccessibleName(translate("Sms", "SMS length"))
        self.encoding_label = QLabel(self)
        self.encoding_label.setWordWrap(True)
        self.encoding_label.setAccessibleName(translate("Sms", "Why this SMS is sent as UCS-2"))

        self.error_label = error_label(self, translate("Sms", "SMS error"))
        self.sent_label = QLabel(self)
        set_style(self.sent_label, _SENT_STYLE)
        self.sent_label.setAccessibleName(translate("Sms", "SMS sent"))

        self.send_button = QPushButton(translate("Sms", "&Send"), self)
        self.send_button.setAccessibleName(translate("Sms", "Send the SMS"))
        self.send_button.setToolTip(translate("Sms", "Send the SMS (Ctrl+Enter)"))
        self.send_button.setDefault(False)
        self.send_button.setAutoDefault(False)
        self.send_button.clicked.connect(self._send)
        self.close_button = QPushButton(translate("Sms", "Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.close)
        for keys in (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter)):
            QShortcut(keys, self, activated=self._send)

        form = QFormLayout()
        form.addRow(translate("Sms", "&To:"), self.recipient_edit)
        form.addRow("", self.recipient_message)
        form.addRow("", self.target_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sent_label)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        message = QLabel(translate("Sms", "&Message:"), self)
        message.setBuddy(self.text_edit)
        layout.addWidget(message)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.length_label)
        layout.addWidget(self.encoding_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        vm.recipientChanged.connect(self._sync_recipient)
        vm.validationChanged.connect(self._sync_recipient)
        vm.textChanged.connect(self._sync_text)
        vm.lengthChanged.connect(self._sync_length)
        vm.canSendChanged.connect(self._sync_buttons)
        vm.sendingChanged.connect(self._sync_buttons)
        vm.errorChanged.connect(self._sync_messages)
        vm.sentChanged.connect(self._sync_messages)
        self._sync_recipient()
        self._sync_text()
        self._sync_length()
        self._sync_buttons()
        self._sync_messages()
        (self.text_edit if vm.recipientValid else self.recipient_edit).setFocus()

    # ------------------------------------------------------------------------------ binding
    def _text_edited(self) -> None:
        text = self.text_edit.toPlainText()
        if text != self.vm.text:
            self.vm.text = text
            if self.vm.text != text:  # cut at the maximum length
                self._sync_text()

    def _send(self) -> None:
        if self.vm.canSend:
            self.vm.send()

    def _sync_recipient(self) -> None:
        if self.recipient_edit.text() != self.vm.recipient:
            self.recipient_edit.setText(self.vm.recipient)
        message = self.vm.recipientMessage
        self.recipient_message.setText(message)
        self.recipient_message.setVisible(bool(message))
        target, name = self.vm.targetDisplay, self.vm.recipientName
        self.target_label.setText((translate("Sms", "Sends to {name}, {target}").format(name=name, target=target) if name else translate("Sms", "Sends to {target}").format(target=target)) if target else "")
        self.target_label.setVisible(bool(target) and (bool(name) or target != self.vm.recipient.strip()))

    def _sync_text(self) -> None:
        if self.text_edit.toPlainText() != self.vm.text:
            self.text_edit.setPlainText(self.vm.text)
            cursor = self.text_edit.textCursor()
            cursor.movePosition(cursor.MoveOperation.End)
            self.text_edit.setTextCursor(cursor)

    def _sync_length(self) -> None:
        self.length_label.setText(self.vm.lengthText)
        note = self.vm.encodingNote
        self.encoding_label.setText(note)
        self.encoding_label.setVisible(bool(note))

    def _sync_buttons(self) -> None:
        self.send_button.setEnabled(self.vm.canSend)
        self.send_button.setText(translate("Sms", "Sending…") if self.vm.sending else translate("Sms", "&Send"))
        self.recipient_edit.setReadOnly(self.vm.sending)
        self.text_edit.setReadOnly(self.vm.sending)

    def _sync_messages(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.sent_label.setText(self.vm.sentMessage)
        self.sent_label.setVisible(bool(self.vm.sentMessage))


def open_sms_dialog(parent: QWidget | None, vm: SmsComposeViewModel | None) -> SmsDialog | None:
    """Show a compose dialog for ``vm`` (none when the account cannot send SMS); it deletes itself on close."""
    if vm is None:
        return None
    dialog = SmsDialog(vm, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
