"""The call panel: one card per current call, with every action the server allows one click away.

Binds to :class:`~cti_desktop.viewmodels.call_panel.CallPanelViewModel`; never talks to the backend.
Buttons are enabled exactly from the view-model's ``can…`` flags; paired buttons (Hold/Resume,
Mute/Unmute) show the one that applies. Errors appear inline on the card (or on the panel when the
call has gone). Nothing here blocks: choosers are menus and popups, never modal dialogs.

This module assembles the panel (the cards, the connection warning, the panel-wide error); the card
is :mod:`cti_desktop.ui.call_card`, its transfer controls :mod:`cti_desktop.ui.call_transfer`, its
keypad :mod:`cti_desktop.ui.call_keypad` and the small controls :mod:`cti_desktop.ui.call_controls`
(their public names are importable from here too).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.viewmodels.call_panel import CallPanelViewModel

from .call_card import CallCard
from .call_controls import ChoiceButton, make_label, name_clear_button
from .call_keypad import DTMF_KEYS, DtmfPopup
from .call_transfer import NUMBER_ROLE, TransferControls
from .theme import set_style

__all__ = ["DTMF_KEYS", "NUMBER_ROLE", "CallCard", "CallPanel", "ChoiceButton", "DtmfPopup", "TransferControls",
           "name_clear_button"]


class CallPanel(QWidget):
    """Every current call as a card, the connection warning and the panel-wide error."""

    def __init__(self, vm: CallPanelViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("CallPanel", "Calls"))
        self.cards: dict[str, CallCard] = {}
        self._completer_model: QAbstractItemModel | None = None
        self._hold: Callable[[Callable[[], None]], bool] | None = None
        self._sync_pending = False

        self.blocked = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call control unavailable"), wrap=True,
                                  style="background: $warning_bg; color: $warning_text; padding: 4px;")
        self.error = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Call panel error"), wrap=True, style="color: $critical;")
        self.empty = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "No calls"), style="color: $secondary;")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 0, 0)
        self._list_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(translate("CallPanel", "Call list"))
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the cards' controls, not the list
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._list)

        self.capability_note = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "What this account can do with calls"), wrap=True,
                                          style="color: $secondary;")
        self.capability_note.setText(vm.capabilityNote)
        self.capability_note.setToolTip(vm.capabilityNote)
        self.capability_note.setVisible(bool(vm.capabilityNote))

        layout = QVBoxLayout(self)
        layout.addWidget(self.capability_note)
        layout.addWidget(self.blocked)
        layout.addWidget(self.error)
        layout.addWidget(self.empty)
        layout.addWidget(scroll, 1)

        vm.callsChanged.connect(self._calls_changed)
        vm.commandsEnabledChanged.connect(self._refresh_blocked)
        vm.errorChanged.connect(self._refresh_error)
        vm.selectedCallIdChanged.connect(self._refresh_selection)
        self._sync_cards()
        self._refresh_blocked()
        self._refresh_error()

    def hold_cards_with(self, hold: Callable[[Callable[[], None]], bool] | None) -> None:
        """Let ``hold`` put off bringing the cards up to date: ``hold(callback)`` returns True for
        "not now, ``callback`` comes later" (the screen pop holds them while a ringing call's pop is
        on its way to the screen: building a card takes longer than showing the pop). Asking for a
        card (:meth:`card`, :meth:`focus_chain`) brings them up to date at once."""
        self._hold = hold

    def _calls_changed(self) -> None:
        if self._hold is not None and self._hold(self._sync_if_pending):
            self._sync_pending = True
            return
        self._sync_cards()

    def _sync_if_pending(self) -> None:
        if self._sync_pending:
            self._sync_cards()

    def card(self, call_id: str) -> CallCard | None:
        self._sync_if_pending()
        return self.cards.get(call_id)

    def set_transfer_suggestions(self, model: QAbstractItemModel | None) -> None:
        """Offer ``model``'s rows (display = label, ``NUMBER_ROLE`` = number) in every transfer box."""
        self._completer_model = model
        for card in self.cards.values():
            card.set_completer_model(model)

    def _sync_cards(self) -> None:
        self._sync_pending = False
        items = self.vm.calls
        ids = [it.callId for it in items]
        for cid in list(self.cards):
            if cid not in ids:
                card = self.cards.pop(cid)
                card.detach()
                self._list_layout.removeWidget(card)
                card.deleteLater()
        for index, it in enumerate(items):
            card = self.cards.get(it.callId)
            if card is None:
                card = CallCard(it, self.vm, self._list)
                if self._completer_model is not None:
                    card.set_completer_model(self._completer_model)
                self.cards[it.callId] = card
            self._list_layout.insertWidget(index, card)
        self.empty.setText(self.vm.emptyText)
        self.empty.setVisible(not ids)
        self._refresh_selection()

    def _refresh_blocked(self) -> None:
        self.blocked.setText(self.vm.disabledReason)
        self.blocked.setVisible(bool(self.vm.disabledReason))

    def _refresh_error(self) -> None:
        self.error.setText(self.vm.error)
        self.error.setVisible(bool(self.vm.error))

    def _refresh_selection(self) -> None:
        selected = self.vm.selectedCallId
        for cid, card in self.cards.items():
            chosen = cid == selected
            if card.property("selected") == chosen:
                continue  # styled so already: a style sheet set again makes Qt polish the whole card again
            card.setProperty("selected", chosen)
            set_style(card, "CallCard { border: 2px solid palette(highlight); }" if chosen else "")

    def focus_chain(self) -> list[QWidget]:
        """The panel's controls in the order Tab visits them: card by card as they stand, top down."""
        self._sync_if_pending()
        return [w for it in self.vm.calls if (card := self.cards.get(it.callId)) is not None
                for w in card.focus_order()]

    def focus_selected(self) -> None:
        """Put keyboard focus on the selected call's first enabled button."""
        card = self.card(self.vm.selectedCallId)
        if card is None:
            return
        for button in (card.answer, card.hangup, card.hold, card.resume):
            if button.isEnabled() and button.isVisibleTo(card):
                button.setFocus()
                return
