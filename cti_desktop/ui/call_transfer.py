"""The transfer and consult target controls of one call card.

The number box (with suggestions of contacts as the person types), Transfer, the other kinds of
transfer in one menu (to voicemail, camp-on, past the colleague's diversion), Consult, and for the
call on the person's mobile: transfer it from there (attended or blind), see how it goes, cancel it.
Each is enabled exactly from the call's ``can…`` flags; the card lays them out in two rows.

A suggestion picked (by mouse, or with the arrow keys and Enter) leaves "Name (number)" in the box,
but the target is its number: :meth:`TransferControls.target` is what every button sends. Enter in
the suggestion list only picks; the transfer goes when the person confirms (Enter again in the box,
or a button). A keyboard shortcut may *arm* another operation for the box (consult, a kind of
transfer): Enter in the box then does that one, and the box says so.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.call_operations import BY_NAME, TRANSFER_KINDS, TRANSFER_VARIANTS
from cti_desktop.viewmodels.call_panel import CallItemViewModel, CallPanelViewModel

from .call_controls import ChoiceButton, make_button, make_label, name_clear_button

#: Role under which a transfer-suggestion model keeps the number to dial (display role = the label).
NUMBER_ROLE = Qt.ItemDataRole.UserRole

#: The box's placeholder while Enter in it transfers (the default).
_PLACEHOLDER = QT_TRANSLATE_NOOP("CallTransfer", "Number or contact…")


class _PickOnEnter(QObject):
    """Enter (or Return) in the suggestion list picks the highlighted suggestion and stops there.

    QCompleter would complete and then pass the key on to the box, where it fires the transfer at
    once; this filter (installed on the popup after the completer's own, so it runs first) picks
    and swallows the key.
    """

    def __init__(self, controls: TransferControls, completer: QCompleter) -> None:
        super().__init__(completer)
        self._controls = controls
        self._completer = completer

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            popup = self._completer.popup()
            index = popup.currentIndex()
            if not index.isValid():
                return False  # nothing highlighted: Enter is for what was typed
            popup.hide()
            self._controls.completed(index)
            return True
        return False


class TransferControls:
    """The card's transfer target controls (widgets without a parent until the card lays them out)."""

    def __init__(self, item: CallItemViewModel, vm: CallPanelViewModel, owner: QObject,
                 button: Callable[[str, Callable[[], object]], QPushButton]) -> None:
        self.item = item
        self.vm = vm
        self._owner = owner  # parent of the completer
        self.completer: QCompleter | None = None
        cid = lambda: self.item.callId

        self.destination = QLineEdit()
        self.destination.setObjectName("Transfer destination")
        self.destination.setAccessibleName(translate("CallTransfer", "Transfer destination"))
        self.destination.setToolTip(translate("CallTransfer", "A number, extension or contact to transfer or consult"))
        self.destination.setPlaceholderText(translate("CallTransfer", _PLACEHOLDER))
        self.destination.setClearButtonEnabled(True)
        name_clear_button(self.destination)
        self.destination.returnPressed.connect(self.confirm)
        #: The suggestion picked last: what the box showed for it, and the number it stands for.
        self._picked: tuple[str, str] | None = None
        #: The operation Enter in the box does (``transfer`` unless a shortcut armed another).
        self.armed = "transfer"
        self.transfer = button("transfer", self.transfer_now)
        self.consult = button("consultation", self.consult_now)
        #: The other kinds of transfer (to voicemail, camp-on, past diversion), one menu.
        self.transfer_as = ChoiceButton(translate("CallTransfer", "Transfer as"), QT_TRANSLATE_NOOP("AccessibleNames", "Transfer as"),
                                        translate("CallTransfer", "Other kinds of transfer to the number typed: "
                                                  "to voicemail, camp-on, past the colleague's diversion"), default_first=False)
        self.transfer_as.chosen.connect(self.transfer_as_now)
        #: The call on the person's mobile: transfer it from there (attended or blind), see it, cancel it.
        self.mobile_transfer = ChoiceButton(translate("CallTransfer", "Transfer from my mobile"),
                                            QT_TRANSLATE_NOOP("AccessibleNames", "Transfer from my mobile"),
                                            translate("CallTransfer", "Transfer the call on your mobile to the number typed"),
                                            default_first=False)
        self.mobile_transfer.set_options([("attended", translate("CallTransfer", "Attended: the caller waits on hold until it is answered")),
                                          ("blind", translate("CallTransfer", "Blind: hand the call over now"))])
        self.mobile_transfer.chosen.connect(
            lambda how: vm.transferFromMobile(cid(), self.target(), how != "blind"))
        self.mobile_status = make_label(QT_TRANSLATE_NOOP("AccessibleNames", "Mobile transfer status"), wrap=True)
        self.cancel_mobile = make_button(translate("CallTransfer", "Cancel transfer"), QT_TRANSLATE_NOOP("AccessibleNames", "Cancel transfer"),
                                         translate("CallTransfer", "Stop the transfer: the call comes back to your mobile"),
                                         lambda: vm.cancelMobileTransfer(cid()))

    def rows(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """The transfer row (number, Transfer, Transfer as, Consult) and the mobile row."""
        transfer_row = QHBoxLayout()
        transfer_row.addWidget(self.destination, 1)
        transfer_row.addWidget(self.transfer)
        transfer_row.addWidget(self.transfer_as)
        transfer_row.addWidget(self.consult)
        mobile_row = QHBoxLayout()
        mobile_row.addWidget(self.mobile_transfer)
        mobile_row.addWidget(self.mobile_status, 1)
        mobile_row.addWidget(self.cancel_mobile)
        return transfer_row, mobile_row

    def tab_order(self) -> list[QWidget]:
        return [self.destination, self.transfer, self.transfer_as, self.consult, self.mobile_transfer,
                self.cancel_mobile]

    def refresh(self, it: CallItemViewModel, enable: Callable[[QWidget, bool], None]) -> None:
        enable(self.transfer, it.canTransfer)
        enable(self.consult, it.canConsult)
        variants = [(op.name, op.button) for op in TRANSFER_VARIANTS if it.value(op.flag)]
        self.transfer_as.set_options(variants)
        enable(self.transfer_as, bool(variants))
        enable(self.destination, it.canTransfer or it.canConsult or it.canTransferFromMobile)
        enable(self.mobile_transfer, it.canTransferFromMobile)
        self.mobile_transfer.setVisible(it.onMobile and not it.mobileTransferText)
        self.mobile_status.setText(it.mobileTransferText)
        self.mobile_status.setVisible(bool(it.mobileTransferText))
        enable(self.cancel_mobile, it.canCancelMobileTransfer)
        self.cancel_mobile.setVisible(it.canCancelMobileTransfer)

    def hide_unsupported(self) -> None:
        """No number box where the account can neither transfer nor consult."""
        if self.vm.unsupportedReason("transfer") and self.vm.unsupportedReason("consultation"):
            self.destination.setVisible(False)

    # ----------------------------------------------------------------------------- suggestions
    def set_completer_model(self, model: QAbstractItemModel | None) -> None:
        if model is None:
            self.destination.setCompleter(None)  # type: ignore[arg-type]
            self.completer = None
            return
        completer = QCompleter(model, self._owner)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated[QModelIndex].connect(self.completed)
        self.destination.setCompleter(completer)
        completer.popup().installEventFilter(_PickOnEnter(self, completer))
        self.completer = completer

    def completed(self, index: QModelIndex) -> None:
        """A suggestion was picked: the box shows it, its number is the target (nothing is sent)."""
        number = index.data(NUMBER_ROLE)
        if not number:
            return
        label = str(index.data(Qt.ItemDataRole.DisplayRole) or number)
        self._picked = (label, str(number))
        # QCompleter puts the label in the box itself right after this (mouse); by keyboard we do.
        self.destination.setText(label)
        self.destination.setToolTip(f"{label}: {number}")

    def target(self) -> str:
        """What the box stands for: the picked suggestion's number while the box still shows it,
        else a suggestion shown exactly as typed, else the text typed."""
        text = self.destination.text().strip()
        if self._picked is not None and text == self._picked[0]:
            return self._picked[1]
        model = self.completer.model() if self.completer is not None else None
        if model is not None and text:
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                number = index.data(NUMBER_ROLE)
                if number and index.data(Qt.ItemDataRole.DisplayRole) == text:
                    return str(number)
        return self.destination.text()

    # ----------------------------------------------------------------------------- actions
    def arm(self, name: str) -> None:
        """Make Enter in the box do ``name`` (``transfer``, ``consultation`` or a kind of transfer),
        say so in the box, and put the keyboard focus there."""
        if name != "transfer" and name != "consultation" and name not in TRANSFER_KINDS:
            raise ValueError(f"{name!r} does not go to the number in the box")
        self.armed = name
        what = BY_NAME[name].what
        self.destination.setPlaceholderText(translate("CallTransfer", _PLACEHOLDER) if name == "transfer" else translate("CallTransfer", "{what} to: number or contact…").format(what=what))
        self.destination.setAccessibleDescription("" if name == "transfer" else translate("CallTransfer", "Enter: {lower}").format(lower=what.lower()))
        self.destination.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.destination.selectAll()

    def confirm(self) -> None:
        """Enter in the box: do the armed operation to the target (then Enter transfers again)."""
        name, self.armed = self.armed, "transfer"
        self.destination.setPlaceholderText(translate("CallTransfer", _PLACEHOLDER))
        self.destination.setAccessibleDescription("")
        if name == "consultation":
            self.consult_now()
        elif name in TRANSFER_KINDS:
            self.transfer_as_now(name)
        else:
            self.transfer_now()

    def transfer_now(self) -> None:
        if self.item.canTransfer:
            self.vm.transfer(self.item.callId, self.target())

    def transfer_as_now(self, variant: str) -> None:
        self.vm.transferAs(self.item.callId, variant, self.target())

    def consult_now(self) -> None:
        self.vm.consult(self.item.callId, self.target())
