"""One incoming call's pop, as the screen-pop window binds to it.

Its properties change only on a real change; its slots hand over to the
:class:`~cti_desktop.viewmodels.screen_pop.ScreenPopViewModel` that owns it; its ``state`` follows
the core pop reducer (:mod:`cti_desktop.core.pop_state`).

``spokenSummary`` is the pop in one sentence for screen readers — who is calling, from which company
and number, through which queue ("Incoming call from Greta Garbo, Acme, +46 70 111 88 88, via
Customer Service") — announced when the call rings and whenever the lookup makes it more precise.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.models import Call, Contact
from cti_desktop.core.pop_state import CLOSED, RINGING
from cti_desktop.i18n import translate

if TYPE_CHECKING:
    from .screen_pop import ScreenPopViewModel


class PopItem(QObject):
    """One incoming call's pop. Properties change only on a real change; slots delegate to the VM."""

    titleChanged = Signal()
    callerNameChanged = Signal()
    callerNumberChanged = Signal()
    companyChanged = Signal()
    viaChanged = Signal()
    matchesChanged = Signal()
    selectedMatchChanged = Signal()
    unknownChanged = Signal()
    lookupPendingChanged = Signal()
    lookupErrorChanged = Signal()
    recordUrlChanged = Signal()
    canAnswerChanged = Signal()
    canRejectChanged = Signal()
    canOpenRecordChanged = Signal()
    canAddContactChanged = Signal()
    offersChanged = Signal()
    stateChanged = Signal()
    errorChanged = Signal()
    #: ``spokenSummary`` changed (the caller, company, number or queue did).
    spokenSummaryChanged = Signal()
    #: Emitted once, when the pop closes (after ``state`` got its final value).
    closed = Signal()

    def __init__(self, vm: ScreenPopViewModel, call: Call) -> None:
        super().__init__(vm)
        self._vm = vm
        self._call_id = call.call_id
        self._title = ""
        self._caller_name = ""
        self._caller_number = ""
        self._company = ""
        self._via = ""
        self._matches: list[dict[str, Any]] = []
        self._contacts: list[Contact] = []
        self._selected = -1
        self._unknown = False
        self._lookup_pending = False
        self._lookup_error = ""
        self._record_url = ""
        self._can_answer = False
        self._can_reject = False
        self._can_open_record = False
        self._can_add_contact = False
        self._offers_answer = True
        self._offers_reject = True
        self._answer_hint = ""
        self._state = RINGING
        self._error = ""
        #: ``time.monotonic()`` when the pop was requested / first enriched with a contact (0 = not yet).
        self.requested_at = 0.0
        self.enriched_at = 0.0
        #: ``time.monotonic()`` when the call's state that made it pop was received from the server.
        self.call_received_at = call.received_at
        self.call: Call = call
        for signal in (self.titleChanged, self.companyChanged, self.callerNumberChanged, self.viaChanged):
            signal.connect(self.spokenSummaryChanged)

    def _set(self, attr: str, value: Any, signal: Any) -> bool:
        if getattr(self, attr) == value:
            return False
        setattr(self, attr, value)
        signal.emit()
        return True

    # ------------------------------------------------------------------------------ properties
    callId = Property(str, lambda self: self._call_id, constant=True)
    title = Property(str, lambda self: self._title, notify=titleChanged)
    callerName = Property(str, lambda self: self._caller_name, notify=callerNameChanged)
    callerNumber = Property(str, lambda self: self._caller_number, notify=callerNumberChanged)
    company = Property(str, lambda self: self._company, notify=companyChanged)
    via = Property(str, lambda self: self._via, notify=viaChanged)
    #: Each match as ``{"id","name","company","number","source","rank","email"}``, best first.
    matches = Property(list, lambda self: list(self._matches), notify=matchesChanged)
    selectedMatch = Property(int, lambda self: self._selected, notify=selectedMatchChanged)
    unknown = Property(bool, lambda self: self._unknown, notify=unknownChanged)
    lookupPending = Property(bool, lambda self: self._lookup_pending, notify=lookupPendingChanged)
    lookupError = Property(str, lambda self: self._lookup_error, notify=lookupErrorChanged)
    recordUrl = Property(str, lambda self: self._record_url, notify=recordUrlChanged)
    canAnswer = Property(bool, lambda self: self._can_answer, notify=canAnswerChanged)
    canReject = Property(bool, lambda self: self._can_reject, notify=canRejectChanged)
    canOpenRecord = Property(bool, lambda self: self._can_open_record, notify=canOpenRecordChanged)
    canAddContact = Property(bool, lambda self: self._can_add_contact, notify=canAddContactChanged)
    #: The phone system can answer / reject calls from the desktop at all (else no such button is shown).
    offersAnswer = Property(bool, lambda self: self._offers_answer, notify=offersChanged)
    offersReject = Property(bool, lambda self: self._offers_reject, notify=offersChanged)
    #: Where to answer when the desktop cannot, in words ("Answer on your phone"); "" when it can.
    answerHint = Property(str, lambda self: self._answer_hint, notify=offersChanged)
    #: ringing, answering, rejecting, answered, answered-elsewhere, ended
    state = Property(str, lambda self: self._state, notify=stateChanged)
    error = Property(str, lambda self: self._error, notify=errorChanged)
    requestedAt = Property(float, lambda self: self.requested_at, constant=True)

    def _get_spoken_summary(self) -> str:
        title = self._title or self._caller_number or translate("PopItem", "Unknown caller")
        parts = [translate("PopItem", "Incoming call from {title}").format(title=title)]
        if self._company and self._company != title:
            parts.append(self._company)
        if self._caller_number and self._caller_number != title:
            parts.append(self._caller_number)
        summary = ", ".join(parts)
        return translate("PopItem", "{summary}, via {via}").format(summary=summary, via=self._via) if self._via else summary

    #: The pop in one sentence for screen readers: caller, company, number and queue.
    spokenSummary = Property(str, _get_spoken_summary, notify=spokenSummaryChanged)

    @property
    def is_open(self) -> bool:
        return self._state not in CLOSED

    @property
    def selected_contact(self) -> Contact | None:
        return self._contacts[self._selected] if 0 <= self._selected < len(self._contacts) else None

    @property
    def canAddInCrm(self) -> bool:
        return bool(self._vm.recordAddUrlTemplate)

    # ----------------------------------------------------------------------------------- slots
    @Slot()
    def answer(self) -> asyncio.Task | None:
        return self._vm.answer(self._call_id)

    @Slot()
    def reject(self) -> asyncio.Task | None:
        return self._vm.reject(self._call_id)

    @Slot()
    def openRecord(self) -> None:
        self._vm.openRecord(self._call_id)

    @Slot()
    def addContact(self) -> None:
        self._vm.addContact(self._call_id)

    @Slot(str, str)
    def submitAddContact(self, number: str, name: str) -> None:
        self._vm.submitAddContact(self._call_id, number, name)

    @Slot(int)
    def choose(self, index: int) -> None:
        self._vm.choose(self._call_id, index)
