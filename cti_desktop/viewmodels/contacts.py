"""Contact search: type-ahead over the directory, favourites when the box is empty, one-key calls.

Typing restarts a short single-shot timer (debounce); when it fires the previous search task is
cancelled and a new one starts. Every search carries a sequence number and only the newest one may
change the results, so an older answer that arrives late is thrown away. Favourite changes go to
the server and the list is then re-read, so what is shown is always the server's answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    Property,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QTimer,
    Signal,
    Slot,
)

from cti_desktop.core.capabilities import Directory
from cti_desktop.core.directory_merge import search_directories
from cti_desktop.core.errors import InvalidInput, NotSupported, UserFacingError
from cti_desktop.core.models import Contact
from cti_desktop.core.optional_methods import ContactListAdding, NamedSource
from cti_desktop.core.sms import sms_number
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.vendors import catalog
from cti_desktop.i18n import translate

from .base import ViewModel, command
from .contact_commands import ContactCommandsMixin
from .contact_list_model import FAVOURITE, PLAIN_CONTACT, ContactListModel
from .session_bridge import SessionBridge
from .sms import SmsComposeViewModel, compose_for, sms_available

log = logging.getLogger(__name__)

# The list model lives in contact_list_model, the commands in contact_commands; names stay importable here.
__all__ = ["FAVOURITE", "PLAIN_CONTACT", "ContactListModel", "ContactSearchViewModel"]


class ContactSearchViewModel(ContactCommandsMixin, ViewModel):
    """Type-ahead contact search with favourites, calls and favourite toggles.

    Properties: ``query`` (read/write), ``searching``, ``showingFavourites``, ``resultsQuery`` (the
    query the rows belong to), ``count``, ``emptyText``, ``results`` (a :class:`ContactListModel`),
    plus ``error``/``busy``. Signal ``callPlaced(callId)``.

    My contacts and the favourites template (where the directory offers them, else the phone
    system's words in ``removeNote``/``templatesNote``): :meth:`remove_contact` takes a contact off
    the person's contact list, :meth:`reset_favourites_to_template` replaces the favourites by the
    organisation's template; both re-read the list from the server and say what happened in
    ``notice``. The widget asks first, in :meth:`removal_question` / :attr:`templatesQuestion`'s words.
    """

    queryChanged = Signal()
    searchingChanged = Signal()
    resultsChanged = Signal()
    sourcesNoteChanged = Signal()
    noticeChanged = Signal()
    callPlaced = Signal(str)

    def __init__(
        self,
        bridge: SessionBridge,
        parent: QObject | None = None,
        *,
        debounce_ms: int = 250,
        limit: int = 25,
        directories: Sequence[Directory] | None = None,
        region: str = "SE",
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._session = bridge.session
        self._directory = bridge.session.backend.directory
        if directories is None:
            directories = bridge.session.backend.directories
        #: Every source a search asks at once (the backend's directory and the profile's extra sources).
        self._directories = list(directories)
        self._region = region
        self._sources_note = ""
        self._notice = ""
        self._model = ContactListModel(self)
        self._query = ""
        self._results_query: str | None = None  # None: nothing loaded yet
        self._searching = False
        self._seq = 0
        self._task: asyncio.Task | None = None
        self._tasks = TaskSet("contact search")
        self._activity_names_loaded = False
        self.limit = int(limit)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(int(debounce_ms))
        self._debounce.timeout.connect(self._run_now)

    # ------------------------------------------------------------------------------ properties
    def _get_sources_note(self) -> str:
        return self._sources_note

    #: With several sources: which did not answer (in words), "" when all did.
    sourcesNote = Property(str, _get_sources_note, notify=sourcesNoteChanged)

    def _get_source_names(self) -> list:
        return [str((d.name if isinstance(d, NamedSource) else "") or type(d).__name__) for d in self._directories]

    sourceNames = Property(list, _get_source_names, constant=True)

    def _get_query(self) -> str:
        return self._query

    @Slot(str)
    def setQuery(self, text: str) -> None:
        """Type-ahead: the search runs once typing pauses for the debounce interval."""
        if self._update("_query", text or "", self.queryChanged):
            self._debounce.start()

    query = Property(str, _get_query, setQuery, notify=queryChanged)

    def _get_searching(self) -> bool:
        return self._searching

    searching = Property(bool, _get_searching, notify=searchingChanged)

    def _get_results(self) -> ContactListModel:
        return self._model

    results = Property(QObject, _get_results, constant=True)

    @property
    def model(self) -> ContactListModel:
        return self._model

    def _get_showing_favourites(self) -> bool:
        return self._results_query == ""

    showingFavourites = Property(bool, _get_showing_favourites, notify=resultsChanged)

    def _get_results_query(self) -> str:
        return self._results_query or ""

    resultsQuery = Property(str, _get_results_query, notify=resultsChanged)

    def _get_count(self) -> int:
        return self._model.rowCount()

    count = Property(int, _get_count, notify=resultsChanged)

    def _get_favourites_supported(self) -> bool:
        return isinstance(self._directory, ContactListAdding)

    #: The directory keeps a favourites list; otherwise no stars are offered.
    favouritesSupported = Property(bool, _get_favourites_supported, constant=True)

    def _get_favourites_title(self) -> str:
        if self._get_favourites_supported():
            return translate("Contacts", "Favourites")
        spec = catalog().get(self._session.backend.name)
        return spec.directory_title if spec is not None else translate("Contacts", "Contacts")

    #: What the list shows while the search box is empty.
    favouritesTitle = Property(str, _get_favourites_title, constant=True)

    def _get_empty_text(self) -> str:
        if self._results_query is None or self._model.rowCount():
            return ""
        if self._results_query == "" and not self._get_favourites_supported():
            return translate("Contacts", "Type a name or number to search the contacts.")
        if self._results_query == "":
            return translate("Contacts", "No favourites yet. Search for a contact and mark it with the star.")
        return translate("Contacts", "No contacts match “{results_query}”").format(results_query=self._results_query)

    emptyText = Property(str, _get_empty_text, notify=resultsChanged)

    # ------------------------------------------------------------------------------ searching
    @Slot()
    def _run_now(self) -> None:
        self._start(self._query)

    @Slot()
    def refresh(self) -> None:
        """Show the results of the current query now (favourites when it is empty)."""
        self._debounce.stop()
        self._start(self._query)

    def _start(self, query: str) -> asyncio.Task:
        if self._task is not None:
            self._tasks.cancel(self._task)
        self._seq += 1
        self._task = self._tasks.spawn(self._search(self._seq, query.strip()), name="contact-search")
        return self._task

    def _set_searching(self, value: bool) -> None:
        self._update("_searching", value, self.searchingChanged)

    async def _load_activity_names(self) -> None:
        if self._activity_names_loaded:
            return
        self._activity_names_loaded = True
        presence = self._session.backend.presence
        if presence is None:
            return
        try:
            activities = await presence.activities()
        except UserFacingError as exc:  # names are a nicety; ids are shown instead
            log.info("activity names unavailable: %s", exc)
            self._activity_names_loaded = False
            return
        self._model.set_activity_names({a.id: a.name for a in activities if a.name})

    async def _fetch(self, query: str) -> list[Contact]:
        if self._directory is None:
            raise NotSupported(translate("Contacts", "This account has no contact directory"))
        if not query:
            contacts = await self._directory.favourites()
            if not self._get_favourites_supported():  # e.g. a colleague list
                return sorted(contacts, key=lambda c: c.display_name.casefold())
            return sorted((c for c in contacts if c.favourite), key=lambda c: c.display_name.casefold())
        return await self._directory.search(query, self.limit)

    async def _search_merged(self, seq: int, query: str) -> UserFacingError | bool:
        """Ask every source at once; show the first answer at once and each merged update after it."""
        self._set_searching(True)
        updates = search_directories(query, self._directories, limit=self.limit, region=self._region)
        last = None
        try:
            await self._load_activity_names()
            async for update in updates:
                if seq != self._seq:
                    return False
                last = update
                if update.answered or update.complete:
                    self._model.set_contacts(list(update.contacts))
                    self._results_query = query
                    self.resultsChanged.emit()
        finally:
            await updates.aclose()
            if seq == self._seq:
                self._set_searching(False)
        if seq != self._seq or last is None:
            return False
        failed = len(last.errors) + len(last.timed_out)
        note = last.status_text if failed else ""
        self._update("_sources_note", note, self.sourcesNoteChanged)
        if failed and not last.answered:
            exc = UserFacingError("; ".join([*last.errors, *(translate("Contacts", "{source} did not answer in time").format(source=n) for n in last.timed_out)]))
            self.set_error(translate("Contacts", "Could not search for “{query}”: {exc}").format(query=query, exc=exc))
            return exc
        self.clear_error()
        return True

    async def _search(self, seq: int, query: str) -> UserFacingError | bool:
        """Fetch and show ``query``'s contacts. ``True`` when shown, ``False`` when a newer search
        took over, or the error (already shown) when it failed."""
        if query and len(self._directories) > 1:
            return await self._search_merged(seq, query)
        self._update("_sources_note", "", self.sourcesNoteChanged)
        self._set_searching(True)
        try:
            await self._load_activity_names()
            contacts = await self._fetch(query)
        except UserFacingError as exc:
            if seq != self._seq:
                return False
            if query:
                self.set_error(translate("Contacts", "Could not search for “{query}”: {exc}").format(query=query, exc=exc))
            else:
                self.set_error(translate("Contacts", "Could not read your favourites: {exc}").format(exc=exc))
            return exc
        finally:
            if seq == self._seq:
                self._set_searching(False)
        if seq != self._seq:
            return False  # an older search answered late: a newer one owns the list
        self._model.set_contacts(contacts)
        self._results_query = query
        self.clear_error()
        self.resultsChanged.emit()
        return True

    async def search_now(self, query: str | None = None) -> None:
        """Run ``query`` (default: the current one) now and wait for its results."""
        if query is not None:
            self._update("_query", query, self.queryChanged)
        self._debounce.stop()
        task = self._start(self._query)
        await asyncio.wait([task])

    # ------------------------------------------------------------------------------ calling
    def _resolve(self, target: Any) -> Contact:
        if isinstance(target, Contact):
            return target
        if isinstance(target, int) and not isinstance(target, bool):
            contact = self._model.contact(target)
        elif isinstance(target, QModelIndex) or isinstance(target, QPersistentModelIndex):
            contact = self._model.contact(target.row()) if target.isValid() else None
        else:
            row = self._model.row_of(str(target))
            contact = self._model.contact(row)
        if contact is None:
            raise InvalidInput(translate("Contacts", "Choose a contact first"))
        return contact

    async def _call_device(self) -> str | None:
        devices = await self._session.backend.call_control.devices()
        for device in devices:
            if device.kind.upper() == "SOFTPHONE":
                return device.device_id
        return None  # let the backend choose its default device

    async def call_contact(self, target: Any, number: str = "") -> str | None:
        """Call ``target`` (row, contact id or :class:`Contact`) on ``number`` or its preferred number.

        Returns the new call's id, or ``None`` (with ``error`` set) when it could not be placed.
        """

        async def place() -> str:
            contact = self._resolve(target)
            destination = (number or "").strip() or contact.preferred_number or (contact.numbers[0] if contact.numbers else "")
            if not destination:
                raise InvalidInput(translate("Contacts", "{display_name} has no phone number to call").format(display_name=contact.display_name))
            if self._session.commands is None or self._session.backend.call_control is None:
                raise NotSupported(translate("Contacts", "This account cannot place calls"))
            device = await self._call_device()
            call = await self._session.commands.make_call(destination, device_id=device)
            return call.call_id

        call_id = await self.guarded(place())
        if call_id:
            self.callPlaced.emit(call_id)
        return call_id

    @command(object, str)
    async def call(self, target: Any, number: str = "") -> None:
        await self.call_contact(target, number)

    @command(str)
    async def addFavourite(self, contact_id: str) -> None:
        await self.set_favourite(contact_id, True)

    @command(str)
    async def removeFavourite(self, contact_id: str) -> None:
        await self.set_favourite(contact_id, False)

    @command(str)
    async def toggleFavourite(self, contact_id: str) -> None:
        await self.toggle_favourite(contact_id)

    # ---------------------------------------------------------------- my contacts and the template
    #: The person's contact list can be edited here (a contact removed from it).
    removeSupported = Property(bool, lambda self: self._list_editing() is not None, constant=True)
    #: Why contacts cannot be removed here ("" when they can).
    removeNote = Property(str, lambda self: "" if self._list_editing() is not None
                          else self._missing(translate("Contacts", "contact list to remove contacts from")), constant=True)
    #: The favourites can be reset to the organisation's template.
    templatesSupported = Property(bool, lambda self: self._templates() is not None, constant=True)
    templatesNote = Property(str, lambda self: "" if self._templates() is not None
                             else self._missing(translate("Contacts", "favourites templates")), constant=True)
    #: The confirmation's words before the favourites are reset.
    templatesQuestion = Property(str, lambda self: (
        translate("Contacts", "Reset your favourites to your organisation's favourites template? Favourites that are not in the template stop being favourites (they stay in your contacts). This cannot be undone here.")),
        constant=True)

    def _get_notice(self) -> str:
        return self._notice

    #: What the last removal or reset did, in words ("" before any).
    notice = Property(str, _get_notice, notify=noticeChanged)

    @command(str)
    async def removeContact(self, contact_id: str) -> None:
        await self.remove_contact(contact_id)

    @command()
    async def resetFavouritesToTemplate(self) -> None:
        await self.reset_favourites_to_template()

    # ------------------------------------------------------------------------------ SMS
    smsSupported = Property(bool, lambda self: sms_available(self._bridge), constant=True)

    def compose_sms(self, target: Any) -> SmsComposeViewModel | None:
        """A compose view-model for ``target`` (row, id or contact), prefilled with its mobile number;
        None when the account cannot send SMS."""
        contact = self._resolve(target)
        number = sms_number(contact.numbers, contact.preferred_number, self._region)
        return compose_for(self._bridge, number, contact.display_name, default_region=self._region)

    async def aclose(self) -> None:
        """Stop the debounce timer and cancel a search in flight."""
        await self.close_commands()
        self._debounce.stop()
        await self._tasks.close()
