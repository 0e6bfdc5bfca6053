"""The SMS compose dialog's view-model: a recipient checked as you type, a text with a live part count.

The recipient comes prefilled from where the person started (a contact, a call, a history item) and
stays editable; it is checked like the dialler checks a number
(:func:`~cti_desktop.core.sms.normalise_sms_recipient`: local numbers the server expands are fine).
The text's length is counted as the phone network will (:func:`~cti_desktop.core.sms.sms_length`:
GSM-7 or UCS-2, 160/153 or 70/67 a part). ``send`` is possible only with a valid recipient, a text
that is not blank, and no send under way. A failure is shown in words (the server's own description
when it gave one) and the text is kept; only the server's acceptance clears it and says "sent".

Whether SMS is offered at all is the account's capability (:func:`sms_available`); the panels ask
:func:`compose_for` for a view-model and get ``None`` when it is not offered.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core.capabilities import Messaging
from cti_desktop.core.sms import GSM7, RecipientRefused, SmsRecipient, normalise_sms_recipient, sms_length
from cti_desktop.i18n import translate

from .base import ViewModel, command

log = logging.getLogger(__name__)

__all__ = ["MAX_TEXT_LENGTH", "SmsComposeViewModel", "compose_for", "sms_available"]

#: The text box never holds more than this (ten parts of 160; the servers take no more).
MAX_TEXT_LENGTH = 1600


def _messaging(bridge: Any) -> Messaging | None:
    backend = bridge.session.backend
    if not backend.capabilities.sms:
        return None
    return backend.messaging


def sms_available(bridge: Any) -> bool:
    """Whether the account's phone system sends SMS (what the panels offer "Send SMS…" for)."""
    return _messaging(bridge) is not None


def compose_for(bridge: Any, recipient: str = "", name: str = "", *, default_region: str = "SE",
                parent: QObject | None = None) -> SmsComposeViewModel | None:
    """A compose view-model prefilled with ``recipient`` (and ``name`` for the title), or ``None``
    when the account cannot send SMS."""
    messaging = _messaging(bridge)
    if messaging is None:
        return None
    return SmsComposeViewModel(messaging, recipient=recipient, name=name, default_region=default_region,
                               parent=parent)


class SmsComposeViewModel(ViewModel):
    recipientChanged = Signal()
    validationChanged = Signal()
    textChanged = Signal()
    lengthChanged = Signal()
    sendingChanged = Signal()
    canSendChanged = Signal()
    sentChanged = Signal()
    #: Emitted once the server accepted an SMS (the confirmation text is ``sentMessage``).
    smsSent = Signal(str)

    def __init__(self, messaging: Messaging, *, recipient: str = "", name: str = "", default_region: str = "SE",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._messaging = messaging
        self._region = default_region or "SE"
        self._name = (name or "").strip()
        self._recipient = ""
        self._target: SmsRecipient | None = None
        self._message = ""
        self._text = ""
        self._length = sms_length("")
        self._sending = False
        self._can_send = False
        self._sent = ""
        self._set_recipient(recipient)

    # ----------------------------------------------------------------------------- recipient
    def _get_recipient(self) -> str:
        return self._recipient

    def _set_recipient(self, text: str) -> None:
        text = (text or "")[:64]
        if self._update("_recipient", text, self.recipientChanged) or self._target is None:
            self._validate()

    recipient = Property(str, _get_recipient, _set_recipient, notify=recipientChanged)

    def _validate(self) -> None:
        try:
            target, message = normalise_sms_recipient(self._recipient, self._region), ""
        except RecipientRefused as exc:
            target, message = None, str(exc) if self._recipient.strip() else ""
        changed = (target, message) != (self._target, self._message)
        self._target, self._message = target, message
        if changed:
            self.validationChanged.emit()
        self._refresh_can_send()

    recipientValid = Property(bool, lambda self: self._target is not None, notify=validationChanged)
    #: Why the recipient cannot get an SMS, in words ("" while it is valid or empty).
    recipientMessage = Property(str, lambda self: self._message, notify=validationChanged)

    def _get_target_display(self) -> str:
        if self._target is None:
            return ""
        if self._target.kind == "local":
            return translate("Sms", "{display} (your phone system adds the area and country code)").format(display=self._target.display)
        return self._target.display

    #: Where the SMS will go, for people ("070-123 45 67").
    targetDisplay = Property(str, _get_target_display, notify=validationChanged)
    #: Who it is for ("" when started from a bare number).
    recipientName = Property(str, lambda self: self._name, constant=True)

    # ----------------------------------------------------------------------------- text
    def _get_text(self) -> str:
        return self._text

    def _set_text(self, text: str) -> None:
        text = (text or "")[:MAX_TEXT_LENGTH]
        if self._update("_text", text, self.textChanged):
            self._length = sms_length(text)
            self.lengthChanged.emit()
            if self._sent and text:
                self._update("_sent", "", self.sentChanged)
            self._refresh_can_send()

    text = Property(str, _get_text, _set_text, notify=textChanged)

    encoding = Property(str, lambda self: self._length.encoding, notify=lengthChanged)
    units = Property(int, lambda self: self._length.units, notify=lengthChanged)
    parts = Property(int, lambda self: self._length.parts, notify=lengthChanged)
    remaining = Property(int, lambda self: self._length.remaining, notify=lengthChanged)
    maxLength = Property(int, lambda self: MAX_TEXT_LENGTH, constant=True)

    def _get_length_text(self) -> str:
        n = self._length
        if n.parts <= 1:
            head = translate("Sms", "{units}/{per_part} characters · {max} SMS").format(units=n.units, per_part=n.per_part, max=max(n.parts, 1))
        else:
            head = translate("Sms", "{units} characters · {parts} SMS ({remaining} left in the last)").format(units=n.units, parts=n.parts, remaining=n.remaining)
        return f"{head} · {n.encoding}"

    #: "42/160 characters · 1 SMS · GSM-7".
    lengthText = Property(str, _get_length_text, notify=lengthChanged)

    def _get_encoding_note(self) -> str:
        n = self._length
        if n.encoding == GSM7 or not n.first_non_gsm:
            return ""
        return translate("Sms", "The character {character} is not in the GSM alphabet, so this SMS is sent as UCS-2: "
                         "{per_part} characters a part instead of {gsm_per_part}").format(
            character=n.first_non_gsm, per_part=n.per_part, gsm_per_part=160 if n.parts <= 1 else 153)

    #: Why the text costs more parts than its length suggests ("" for GSM-7).
    encodingNote = Property(str, _get_encoding_note, notify=lengthChanged)

    # ----------------------------------------------------------------------------- sending
    sending = Property(bool, lambda self: self._sending, notify=sendingChanged)
    canSend = Property(bool, lambda self: self._can_send, notify=canSendChanged)
    #: "SMS sent to …" after the server accepted one ("" otherwise).
    sentMessage = Property(str, lambda self: self._sent, notify=sentChanged)

    def _refresh_can_send(self) -> None:
        ok = self._target is not None and bool(self._text.strip()) and not self._sending
        self._update("_can_send", ok, self.canSendChanged)

    def _set_sending(self, value: bool) -> None:
        self._sending = value
        self._refresh_can_send()  # before sendingChanged, so a listener sees both agree
        self.sendingChanged.emit()

    async def send_now(self) -> bool:
        """Send the SMS; True once the server accepted it. On failure ``error`` says why, the text stays."""
        if self._sending:
            return False
        if self._target is None:
            self.set_error(self._message or translate("Sms", "Enter the number to send the SMS to"))
            return False
        if not self._text.strip():
            self.set_error(translate("Sms", "Write the text of the SMS"))
            return False
        target, text = self._target, self._text
        self._set_sending(True)
        self._update("_sent", "", self.sentChanged)
        try:
            done = await self.guarded(self._send(target, text))
        finally:
            self._set_sending(False)
        if not done:
            return False
        who = f"{self._name} ({target.display})" if self._name else target.display
        log.info("SMS accepted by the server (%d parts)", sms_length(text).parts)
        if self._text == text:
            self._set_text("")
        self._update("_sent", translate("Sms", "SMS sent to {who}").format(who=who), self.sentChanged)
        self.smsSent.emit(self._sent)
        return True

    async def _send(self, target: SmsRecipient, text: str) -> bool:
        await self._messaging.send_sms(target.to, text)
        return True

    @command()
    async def send(self) -> None:
        await self.send_now()
