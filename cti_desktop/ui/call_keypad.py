"""The keypad popup of a call card: twelve keys, each sent as a tone on the call; typing digits works too.

A popup window (never a modal dialog) that emits ``key`` for each key pressed or typed; the card
sends it through the call panel's view-model.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QPushButton, QWidget

from cti_desktop.i18n import translate
from .call_controls import make_button

DTMF_KEYS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", "*", "0", "#")


class DtmfPopup(QFrame):
    """A 12-key keypad that sends each key as a tone on one call; typing digits works too."""

    key = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("Keypad tones")
        self.setAccessibleName(translate("CallKeypad", "Keypad tones"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        self.buttons: dict[str, QPushButton] = {}
        for i, k in enumerate(DTMF_KEYS):
            button = make_button(k, f"Tone {k}", translate("CallKeypad", "Send the tone {k}").format(k=k), lambda k=k: self.key.emit(k),
                                 accessible=translate("CallKeypad", "Tone {k}").format(k=k))
            button.setFixedWidth(44)
            grid.addWidget(button, i // 3, i % 3)
            self.buttons[k] = button

    def keyPressEvent(self, event) -> None:
        text = event.text().upper()
        if text and text in "0123456789*#ABCD":
            self.key.emit(text)
            return
        super().keyPressEvent(event)
