"""The screen-pop's view-model: one pop per incoming call, shown at once, enriched as contacts arrive.

* A call that is RINGING and inbound (``inbound`` set, or the server allows ANSWER) pops exactly once,
  from the call's own remote-party data, so the agent sees a name or number without waiting for any
  directory. ``popRequested(PopItem)`` is emitted synchronously from the store change.
* Every directory — the backend's own and the profile's extra sources (``backend.directories``) —
  is then asked concurrently (:func:`~cti_desktop.core.directory_merge.search_directories`); records
  of one person from several sources are merged by normalised number (a CRM link from a contacts
  source survives on the phone system's call); each answer updates the item (the title gains the contact's name, several contacts
  become a picker, none makes it an "unknown caller" with "add contact").
* "Add contact" creates a contact (a core :class:`~cti_desktop.core.models.ContactDraft`: first name +
  number, checked before sending) when the account has a contact store (``backend.contact_store``),
  then looks the caller up again; otherwise it
  opens the CRM's "add contact" link when one is configured.
* The pop closes (``popClosed(callId)``) when the call is answered — here or on another device — or
  ends (rejected, the caller hung up, another agent took it). A call id that has popped never pops
  again, not after a re-sync snapshot, nor if it rings again.
* Answer and Reject are offered only when the phone system can do them from the desktop at all
  (the backend's capabilities): otherwise the item says so (``offersAnswer``/``offersReject`` false)
  and ``answerHint`` tells where to answer, in the backend's words (``Capabilities.answer_elsewhere``)
  or :data:`ANSWER_ELSEWHERE`.
* Commands carry the call as the server last described it (stale-safe) and run as tasks the session
  owns; an error shows on the pop, in words.
* ``requestedAt`` (``time.monotonic()``) on each item lets a benchmark measure call → pop latency.

This module is the pop's life cycle (the core reducer :mod:`cti_desktop.core.pop_state` decides,
this follows it) and its commands; the other jobs have their own modules: the directory lookup
(:mod:`.pop_lookup`), the record links (:mod:`.pop_links`), adding a caller as a contact
(:mod:`.pop_add_contact`), the item itself (:mod:`.pop_item`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Sequence
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.call_card import supports
from cti_desktop.core.call_operations import BY_NAME
from cti_desktop.core.calls import CallChange
from cti_desktop.core.capabilities import Directory
from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.models import Call, CallAction, CallStatus
from cti_desktop.core.pop_state import (
    ANSWERED,
    ANSWERED_ELSEWHERE,
    ANSWERING,
    ENDED,
    REJECTING,
    RINGING,
    SEEN_LIMIT,
    AllClosed,
    AnswerPressed,
    CallSeen,
    CommandFailed,
    PopBook,
    PopEvent,
    RejectPressed,
    is_incoming_ringing,
    reduce_pops,
)
from cti_desktop.core.screenpop import number_keys
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel
from .pop_add_contact import NOWHERE, ContactAdder
from .pop_item import PopItem
from .pop_links import RecordLinks
from .pop_lookup import PopLookup
from .session_bridge import SessionBridge

#: Where to answer a call the phone system cannot answer from the desktop (when it gives no words).
ANSWER_ELSEWHERE = QT_TRANSLATE_NOOP("ScreenPop", "Answer on your phone")

log = logging.getLogger(__name__)

# PopItem.state values (the phases of the core pop reducer)
__all__ = ["ANSWERED", "ANSWERED_ELSEWHERE", "ANSWERING", "ENDED", "REJECTING", "RINGING", "SEEN_LIMIT",
           "PopItem", "ScreenPopViewModel", "is_incoming_ringing"]


class ScreenPopViewModel(ViewModel):
    """Pops incoming calls. See the module docstring for the rules."""

    popRequested = Signal(object)  # PopItem
    popClosed = Signal(str)  # callId
    openUrlRequested = Signal(str)  # a validated http(s) URL for the UI to open
    addContactRequested = Signal(str, str)  # number, name
    openPopsChanged = Signal()
    #: A contact was created for a caller: callId, the new contact's name.
    contactAdded = Signal(str, str)
    recordUrlTemplateChanged = Signal()
    recordAddUrlTemplateChanged = Signal()

    def __init__(
        self,
        bridge: SessionBridge,
        directories: Sequence[Directory] | None = None,
        region: str = "SE",
        record_url_template: str = "",
        parent: QObject | None = None,
        *,
        record_add_url_template: str = "",
        lookup_timeout: float = 3.0,
        contact_store: Any = None,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        #: The session bridge the pops follow.
        self.bridge = bridge
        self._session = bridge.session
        if directories is None:
            directories = self._session.backend.directories
        directories = list(directories)
        self._region = (region or "").upper()
        self._template = (record_url_template or "").strip()
        self._add_template = (record_add_url_template or "").strip()
        self._links = RecordLinks(self._region, self._template, self._add_template)
        self._lookup = PopLookup(self._session.spawn, directories, self._region, lookup_timeout,
                                 on_chosen=self._links.refresh)
        #: Where "add contact" creates contacts (a core ``ContactStore``), or None.
        self._adder = ContactAdder(contact_store if contact_store is not None else self._session.backend.contact_store,
                                   self._region)
        self._pops: dict[str, PopItem] = {}
        self._book = PopBook()
        bridge.callsChanged.connect(self._on_calls)
        # Calls already ringing when the pop starts (the app was started during a call).
        for call in self._session.store.calls():
            self._consider(call)

    # ------------------------------------------------------------------------------ properties
    openPops = Property(int, lambda self: len(self._pops), notify=openPopsChanged)
    region = Property(str, lambda self: self._region, constant=True)
    #: "Add contact" creates the contact in the contact store (rather than opening a CRM page).
    canCreateContacts = Property(bool, lambda self: self._adder.can_create, constant=True)
    #: Where "add contact" puts the caller, in words ("" when nowhere).
    addContactTarget = Property(str, lambda self: self._adder.target(bool(self._add_template)), constant=True)

    def _get_template(self) -> str:
        return self._template

    @Slot(str)
    def setRecordUrlTemplate(self, template: str) -> None:
        if self._update("_template", (template or "").strip(), self.recordUrlTemplateChanged):
            self._links.template = self._template
            for item in self._pops.values():
                self._links.refresh(item)

    recordUrlTemplate = Property(str, _get_template, setRecordUrlTemplate, notify=recordUrlTemplateChanged)

    def _get_add_template(self) -> str:
        return self._add_template

    @Slot(str)
    def setRecordAddUrlTemplate(self, template: str) -> None:
        if self._update("_add_template", (template or "").strip(), self.recordAddUrlTemplateChanged):
            self._links.add_template = self._add_template

    recordAddUrlTemplate = Property(str, _get_add_template, setRecordAddUrlTemplate, notify=recordAddUrlTemplateChanged)

    def pop(self, call_id: str) -> PopItem | None:
        """The open pop of ``call_id``, if any."""
        return self._pops.get(call_id)

    def pops(self) -> list[PopItem]:
        return list(self._pops.values())

    def has_popped(self, call_id: str) -> bool:
        return self._book.has_popped(call_id)

    # ---------------------------------------------------------------------------- call changes
    def _on_calls(self, changes: list[CallChange]) -> None:
        for change in changes:
            try:
                self._apply(change)
            except Exception:  # one bad change must not stop the pops of the others
                log.exception("screen-pop could not handle a change of call %s", change.call.call_id)

    def _step(self, event: PopEvent) -> PopBook:
        """Feed ``event`` to the pop reducer; the open pops' states follow it, closed pops close."""
        self._book = book = reduce_pops(self._book, event)
        for call_id, phase in book.closed:
            item = self._pops.get(call_id)
            if item is not None:
                self._close(item, phase)
        for call_id, phase in book.open:
            item = self._pops.get(call_id)
            if item is not None:
                item._set("_state", phase, item.stateChanged)
        return book

    def _apply(self, change: CallChange) -> None:
        call = change.call
        item = self._pops.get(call.call_id)
        if item is not None:
            item.call = call
        book = self._step(CallSeen(call, ended=change.kind == "ended"))
        if book.opened == call.call_id:
            self._open(call)
        elif item is not None and item.is_open and call.status == CallStatus.RINGING:
            self._refresh_from_call(item, call)

    def _consider(self, call: Call) -> None:
        if self._step(CallSeen(call)).opened == call.call_id:
            self._open(call)

    def _open(self, call: Call) -> None:
        item = PopItem(self, call)
        remote = call.remote
        number = remote.number or remote.display_number
        item._caller_number = remote.display_number or remote.number
        item._caller_name = remote.name
        item._company = remote.company
        item._via = call.history.via if call.history is not None else ""
        item._title = remote.name or item._caller_number or translate("ScreenPop", "Unknown caller")
        self._refresh_from_call(item, call)
        searchable = number_keys(number, self._region).is_number
        item._lookup_pending = bool(self._lookup.directories) and searchable
        item._unknown = not item._lookup_pending and not remote.name
        item._can_add_contact = bool(number)
        self._links.refresh(item)
        self._pops[call.call_id] = item
        item.requested_at = time.monotonic()
        log.info("screen-pop for call %s", call.call_id)
        self.openPopsChanged.emit()
        self.popRequested.emit(item)
        if item._lookup_pending:
            self._lookup.start(item, number)

    def _offer(self, item: PopItem) -> None:
        """What the phone system can do with a ringing call from here at all, and if not, where."""
        caps = self._session.backend.capabilities
        offers_answer = supports(caps, BY_NAME["answer"].needs)
        offers_reject = supports(caps, BY_NAME["hangup"].needs)
        hint = ""
        if not offers_answer:
            hint = (caps.answer_elsewhere or translate("ScreenPop", ANSWER_ELSEWHERE)).strip()
        if (item._offers_answer, item._offers_reject, item._answer_hint) != (offers_answer, offers_reject, hint):
            item._offers_answer, item._offers_reject, item._answer_hint = offers_answer, offers_reject, hint
            item.offersChanged.emit()

    def _refresh_from_call(self, item: PopItem, call: Call) -> None:
        control = self._session.commands is not None
        self._offer(item)
        can_answer = control and item._offers_answer
        can_reject = control and item._offers_reject
        item._set("_can_answer", can_answer and item._state == RINGING and bool(self._answer_devices(call)),
                  item.canAnswerChanged)
        item._set("_can_reject", can_reject and item._state == RINGING and not call.ended, item.canRejectChanged)
        if call.history is not None and call.history.via:
            item._set("_via", call.history.via, item.viaChanged)
        if item.selected_contact is None and call.remote.name and item._caller_name != call.remote.name:
            item._set("_caller_name", call.remote.name, item.callerNameChanged)
            item._set("_title", call.remote.name, item.titleChanged)

    @staticmethod
    def _answer_devices(call: Call) -> tuple[str, ...]:
        if not call.allows(CallAction.ANSWER):
            return ()
        return call.devices_for(CallAction.ANSWER)

    def _close(self, item: PopItem, state: str) -> None:
        if self._pops.get(item._call_id) is not item:
            return
        del self._pops[item._call_id]
        self._lookup.cancel(item._call_id)
        item._set("_can_answer", False, item.canAnswerChanged)
        item._set("_can_reject", False, item.canRejectChanged)
        item._set("_lookup_pending", False, item.lookupPendingChanged)
        item._set("_state", state, item.stateChanged)
        log.info("screen-pop for call %s closed (%s)", item._call_id, state)
        self.openPopsChanged.emit()
        item.closed.emit()
        self.popClosed.emit(item._call_id)
        # Let it go: a closed pop is no child of ours any more, and goes when its last holder does
        # (an agent's day is hundreds of pops, each with its call).
        item.setParent(None)

    # ------------------------------------------------------------------------------- commands
    @contextlib.contextmanager
    def _busy_while(self) -> Iterator[None]:
        """``busy`` is true while a command of this view-model runs."""
        self._busy += 1
        if self._busy == 1:
            self.busyChanged.emit()
        try:
            yield
        finally:
            self._busy -= 1
            if self._busy == 0:
                self.busyChanged.emit()

    def _fail(self, item: PopItem | None, message: str) -> None:
        if item is not None:
            item._set("_error", message, item.errorChanged)
        self.set_error(message)

    def _open_item(self, call_id: str, what: str) -> PopItem | None:
        item = self._pops.get(call_id)
        if item is None:
            self.set_error(translate("ScreenPop", "{what}: that call is no longer ringing").format(what=what))
        return item

    def _start(self, item: PopItem, what: str, factory: Callable[[], Awaitable[Any]], then: Callable[[], Awaitable[Any]] | None = None) -> asyncio.Task:
        async def run() -> None:
            with self._busy_while():
                try:
                    await factory()
                    if then is not None and item.is_open:
                        await then()
                except UserFacingError as exc:
                    log.info("screen-pop %s on call %s: %s", what, item._call_id, exc)
                    if item.is_open:
                        self._step(CommandFailed(item._call_id))
                        self._refresh_from_call(item, item.call)
                    self._fail(item, f"{what}: {exc}")
                    return
            item._set("_error", "", item.errorChanged)
            self.clear_error()

        task = self._session.spawn(run(), name=f"screen-pop-{what.lower()}:{item._call_id}")
        return task

    @Slot(str)
    def answer(self, callId: str) -> asyncio.Task | None:
        """Answer on the first device the server allows. Returns the task (for tests), or None."""
        item = self._open_item(callId, translate("ScreenPop", "Answer"))
        if item is None:
            return None
        if item._state != RINGING:
            return None  # a second click while the first answer is on its way
        commands = self._session.commands
        if commands is None:
            self._fail(item, str(NotSupported(translate("ScreenPop", "Answer: this account cannot control calls"))))
            return None
        call = item.call
        devices = self._answer_devices(call)
        if not devices:
            self._fail(item, translate("ScreenPop", "Answer: the server does not allow answering this call here"))
            return None
        self._step(AnswerPressed(callId))
        self._refresh_from_call(item, call)
        return self._start(item, translate("ScreenPop", "Answer"), lambda: commands.run("answer", call, devices[0]))

    @Slot(str)
    def reject(self, callId: str) -> asyncio.Task | None:
        item = self._open_item(callId, translate("ScreenPop", "Reject"))
        if item is None:
            return None
        if item._state != RINGING:
            return None
        commands = self._session.commands
        if commands is None:
            self._fail(item, str(NotSupported(translate("ScreenPop", "Reject: this account cannot control calls"))))
            return None
        call = item.call
        self._step(RejectPressed(callId))
        self._refresh_from_call(item, call)

        async def confirm() -> None:
            # The stream normally reports the end at once; if it has not within a second, re-read
            # the call so the pop never hangs on.
            ended = asyncio.get_running_loop().create_future()
            item.closed.connect(lambda: ended.done() or ended.set_result(None))
            if not item.is_open:
                return
            try:
                await asyncio.wait_for(ended, 1.0)
            except TimeoutError:
                if item.is_open:
                    await commands.refresh(call.call_id)

        return self._start(item, translate("ScreenPop", "Reject"), lambda: commands.run("hangup", call), then=confirm)

    @Slot(str)
    def openRecord(self, callId: str) -> None:
        item = self._pops.get(callId)
        if item is None:
            self.set_error(translate("ScreenPop", "Open record: that call's pop has closed"))
            return
        try:
            url = self._links.to_open(item)
        except InvalidInput as exc:
            self._fail(item, translate("ScreenPop", "Open record: {exc}").format(exc=exc))
            return
        item._set("_error", "", item.errorChanged)
        self.clear_error()
        self.openUrlRequested.emit(url)

    @Slot(str)
    def addContact(self, callId: str) -> None:
        item = self._pops.get(callId)
        if item is None:
            self.set_error(translate("ScreenPop", "Add contact: that call's pop has closed"))
            return
        number = item.call.remote.number or item._caller_number
        if not number:
            self._fail(item, translate("ScreenPop", "Add contact: the caller's number is withheld"))
            return
        name = item._caller_name if item._caller_name != number else ""
        self.addContactRequested.emit(number, name)

    @Slot(str, str, str)
    def submitAddContact(self, callId: str, number: str, name: str) -> asyncio.Task | None:
        """Add the caller: a contact in the contact store when there is one, else the CRM's page.

        Returns the creating task (contact store), or None.
        """
        item = self._pops.get(callId)
        number = (number or "").strip()
        if not number:
            self._fail(item, translate("ScreenPop", "Add contact: enter the number to add"))
            return None
        if self._adder.can_create:
            return self._create_contact(callId, item, number, (name or "").strip())
        if not self._add_template:
            self._fail(item, translate("PopAddContact", NOWHERE))
            return
        try:
            url = self._links.add_contact_page(callId, number, name)
        except InvalidInput as exc:
            self._fail(item, translate("ScreenPop", "Add contact: {exc}").format(exc=exc))
            return
        if item is not None:
            item._set("_error", "", item.errorChanged)
        self.clear_error()
        self.openUrlRequested.emit(url)

    def _create_contact(self, call_id: str, item: PopItem | None, number: str, name: str) -> asyncio.Task | None:
        try:
            draft = self._adder.draft(number, name)
        except InvalidInput as exc:
            self._fail(item, str(exc))
            return None

        async def run() -> None:
            with self._busy_while():
                try:
                    contact = await self._adder.create(draft)
                except UserFacingError as exc:
                    log.info("adding a contact for call %s: %s", call_id, exc)
                    self._fail(item, translate("ScreenPop", "Add contact: {exc}").format(exc=exc))
                    return
            log.info("contact %s created for call %s", contact.id, call_id)
            self.clear_error()
            self.contactAdded.emit(call_id, contact.display_name)
            if item is not None and item.is_open:
                item._set("_error", "", item.errorChanged)
                item._set("_lookup_pending", True, item.lookupPendingChanged)
                self._lookup.start(item, item.call.remote.number or item._caller_number)

        task = self._session.spawn(run(), name=f"screen-pop-add-contact:{call_id}")
        return task

    @Slot(str, int)
    def choose(self, callId: str, index: int) -> None:
        item = self._pops.get(callId)
        if item is None or not 0 <= index < len(item._contacts):
            return
        self._lookup.select(item, index)

    # -------------------------------------------------------------------------------- shutdown
    def shutdown(self) -> None:
        """Stop listening and cancel lookups (sign-out, account change)."""
        try:
            self._bridge.callsChanged.disconnect(self._on_calls)
        except (RuntimeError, TypeError):
            pass
        self._lookup.cancel_all()
        self._step(AllClosed())
