"""Who is calling: every directory asked at once for a pop's caller, the pop filled as answers come.

Every directory — the backend's own and the profile's extra sources — is asked concurrently
(:func:`~cti_desktop.core.directory_merge.search_all`); records of one person from several sources
are merged by normalised number (a CRM link from a contacts source survives on the phone system's
call), ranked (:func:`~cti_desktop.core.screenpop.rank_contacts`), and each answer updates the
:class:`~cti_desktop.viewmodels.pop_item.PopItem`: the title gains the contact's name, several
contacts become a picker, none makes it an "unknown caller". A source that fails or does not answer
in time is said in the item's ``lookupError``. One lookup task per call, held here and cancelled
when its pop closes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from cti_desktop.core.capabilities import Directory
from cti_desktop.core.directory_merge import MergedSearch, search_all
from cti_desktop.core.screenpop import LookupResult, Match, rank_contacts, search_query
from cti_desktop.i18n import translate

from .pop_item import PopItem

#: ``session.spawn``: runs a coroutine as a task the session owns.
Spawn = Callable[..., asyncio.Task]


def match_dict(match: Match) -> dict[str, Any]:
    """One match as the pop shows it (``PopItem.matches``)."""
    c = match.contact
    return {
        "id": c.id,
        "name": c.display_name,
        "company": c.company,
        "number": match.number or c.preferred_number or (c.numbers[0] if c.numbers else ""),
        "source": c.source,
        "rank": int(match.rank),
        "email": c.email,
    }


class PopLookup:
    """Looks up each pop's caller in every directory; see the module docstring.

    ``on_chosen(item)`` runs when the contact the pop shows changed (the record link follows it).
    """

    def __init__(self, spawn: Spawn, directories: Sequence[Directory], region: str, timeout: float,
                 on_chosen: Callable[[PopItem], None]) -> None:
        self._spawn = spawn
        self.directories = list(directories)
        self._region = region
        self._timeout = timeout
        self._on_chosen = on_chosen
        self._tasks: dict[str, asyncio.Task] = {}

    def start(self, item: PopItem, number: str) -> None:
        """Look ``number`` up for ``item`` (again, after a contact was added)."""
        coro: Coroutine[Any, Any, None] = self._run(item, number)
        self._tasks[item.callId] = self._spawn(coro, name=f"screen-pop-lookup:{item.callId}")

    def cancel(self, call_id: str) -> None:
        task = self._tasks.pop(call_id, None)
        if task is not None and not task.done():
            task.cancel()

    def cancel_all(self) -> None:
        for task in list(self._tasks.values()):
            task.cancel()
        self._tasks.clear()

    async def _run(self, item: PopItem, number: str) -> None:
        total = len(self.directories)
        query = search_query(number, self._region)
        # A search by a full public number is specific enough to believe; a short one is not.
        trusted = query.startswith("+") and len(query) >= 9

        def on_update(merged: MergedSearch) -> None:
            matches = rank_contacts(number, merged.contacts, self._region, trust_unmatched=trusted)
            self.enrich(item, LookupResult(number, tuple(matches), len(merged.answered), total, merged.errors,
                                           len(merged.timed_out), merged.complete))

        try:
            if not query:
                self.enrich(item, LookupResult(number, total=total, complete=True))
                return
            await search_all(query, self.directories, timeout=self._timeout, region=self._region,
                             on_update=on_update)
        finally:
            if self._tasks.get(item.callId) is asyncio.current_task():
                del self._tasks[item.callId]

    def enrich(self, item: PopItem, result: LookupResult) -> None:
        """Show what the directories said so far."""
        if not item.is_open:
            return
        matches = list(result.matches)
        contacts = [m.contact for m in matches]
        if contacts != item._contacts:
            item._contacts = contacts
            item._matches = [match_dict(m) for m in matches]
            item.matchesChanged.emit()
            selected = item.selected_contact
            if contacts and (selected is None or selected not in contacts):
                self.select(item, 0)
            elif selected is not None:
                item._set("_selected", contacts.index(selected), item.selectedMatchChanged)
        if result.complete:
            item._set("_lookup_pending", False, item.lookupPendingChanged)
            item._set("_unknown", not contacts, item.unknownChanged)
            if result.errors or result.timed_out:
                parts = list(result.errors)
                if result.timed_out:
                    parts.append(translate("PopLookup", "{timed_out} contact source(s) did not answer in time").format(timed_out=result.timed_out))
                item._set("_lookup_error", translate("PopLookup", "Contact lookup incomplete — ") + "; ".join(parts), item.lookupErrorChanged)

    def select(self, item: PopItem, index: int) -> None:
        """Show the ``index``-th matching contact as the caller."""
        item._set("_selected", index, item.selectedMatchChanged)
        contact = item.selected_contact
        if contact is None:
            return
        if not item.enriched_at:
            item.enriched_at = time.monotonic()
        name = contact.display_name
        item._set("_caller_name", name, item.callerNameChanged)
        item._set("_company", contact.company or item.call.remote.company, item.companyChanged)
        item._set("_title", name or item._caller_number or translate("PopLookup", "Unknown caller"), item.titleChanged)
        self._on_chosen(item)
