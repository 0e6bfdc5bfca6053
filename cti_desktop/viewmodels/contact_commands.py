"""The contact commands of the contacts panel: favourites on and off, a contact taken off the
person's list, the favourites reset to the organisation's template.

A mixin of :class:`~cti_desktop.viewmodels.contacts.ContactSearchViewModel`: it uses its model,
directory, session and search (``_start``); every change goes to the server and the list is then
re-read, so what is shown is always the server's answer.
"""

from __future__ import annotations

import asyncio

from cti_desktop.core.errors import NotSupported, UserFacingError
from cti_desktop.core.favourites import ContactListEditing, FavouriteTemplates
from cti_desktop.core.models import Contact
from cti_desktop.core.optional_methods import ContactListAdding, ContactStatusEditing
from cti_desktop.i18n import translate

from .contact_list_model import FAVOURITE, PLAIN_CONTACT

__all__ = ["ContactCommandsMixin"]


class ContactCommandsMixin:
    """Favourites, removal from the contact list and the favourites template (server first, then re-read)."""

    async def _reload(self) -> bool:
        """Re-read the rows shown. ``False`` when the person typed meanwhile (a newer search owns
        the list); raises the error when the re-read failed."""
        self._debounce.stop()
        task = self._start(self._query)
        await asyncio.wait([task])
        if task.cancelled():
            return False
        outcome = task.result()
        if isinstance(outcome, UserFacingError):
            raise UserFacingError(translate("ContactCommands", "Saved, but the list could not be re-read: {outcome}").format(outcome=outcome))
        return bool(outcome)

    async def set_favourite(self, contact_id: str, favourite: bool) -> bool:
        """Mark (or unmark) a contact as a favourite, then re-read the list from the server."""

        async def change() -> bool:
            if self._directory is None:
                raise NotSupported(translate("ContactCommands", "This account has no contact directory"))
            directory = self._directory
            # Where the favourites are a buddy list whose colleagues' lines are watched, the star
            # goes through it (the colleagues panel then follows the change).
            colleagues = self._session.backend.colleagues
            if not isinstance(directory, ContactStatusEditing) and colleagues is None:
                raise NotSupported(translate("ContactCommands", "This account cannot change favourites"))
            row = self._model.row_of(contact_id)
            contact = self._model.contact(row)
            name = contact.display_name if contact else translate("ContactCommands", "the contact")
            if colleagues is not None:
                await (colleagues.add_buddy if favourite else colleagues.remove_buddy)(contact_id)
            elif favourite:
                if contact is not None and not contact.in_list and isinstance(directory, ContactListAdding):
                    await directory.add_contact(contact_id)
                await directory.set_contact_status(contact_id, FAVOURITE)
            else:
                await directory.set_contact_status(contact_id, PLAIN_CONTACT)
            if not await self._reload():
                return True  # the person moved on to another search; that one shows the truth
            now = self._model.contact(self._model.row_of(contact_id))
            if now is not None and now.favourite != favourite:
                state = translate("ContactCommands", "a favourite") if now.favourite else translate("ContactCommands", "not a favourite")
                raise UserFacingError(translate("ContactCommands", "The server still shows {name} as {state}").format(name=name, state=state))
            if favourite and now is None and self._results_query == "":
                raise UserFacingError(translate("ContactCommands", "The server did not add {name} to your favourites").format(name=name))
            return True

        return bool(await self.guarded(change()))

    async def toggle_favourite(self, contact_id: str) -> bool:
        contact = self._model.contact(self._model.row_of(contact_id))
        if contact is None:
            self.set_error(translate("ContactCommands", "Choose a contact first"))
            return False
        return await self.set_favourite(contact_id, not contact.favourite)

    def _missing(self, what: str) -> str:
        return self._session.backend.missing_reason("favourites", what=what)

    def _list_editing(self) -> ContactListEditing | None:
        return self._directory if isinstance(self._directory, ContactListEditing) else None

    def _templates(self) -> FavouriteTemplates | None:
        return self._directory if isinstance(self._directory, FavouriteTemplates) else None


    def can_remove(self, contact: Contact | None) -> bool:
        """``contact`` is on the person's contact list and this account can take it off."""
        return contact is not None and contact.in_list and self._list_editing() is not None

    def removal_question(self, contact: Contact) -> str:
        also = translate("ContactCommands", " It will no longer be one of your favourites either.") if contact.favourite else ""
        return (translate("ContactCommands", "Remove {display_name} from your contacts?{also} This cannot be undone here; you can add the contact again from a search.").format(display_name=contact.display_name, also=also))

    async def remove_contact(self, contact_id: str) -> bool:
        """Take ``contact_id`` off the person's contact list, then show the list as the server has it."""

        async def change() -> bool:
            editing = self._list_editing()
            if editing is None:
                raise NotSupported(self._missing(translate("ContactCommands", "contact list to remove contacts from")))
            contact = self._model.contact(self._model.row_of(contact_id))
            name = contact.display_name if contact else translate("ContactCommands", "the contact")
            self._update("_notice", "", self.noticeChanged)
            await editing.remove_contact(contact_id)
            if not await self._reload():
                return True  # a newer search owns the list; it shows the server's truth
            now = self._model.contact(self._model.row_of(contact_id))
            if now is not None and now.in_list:
                raise UserFacingError(translate("ContactCommands", "The server still lists {name} among your contacts").format(name=name))
            self._update("_notice", translate("ContactCommands", "{name} is removed from your contacts.").format(name=name), self.noticeChanged)
            return True

        return bool(await self.guarded(change()))


    async def reset_favourites_to_template(self) -> bool:
        """Apply the organisation's favourites template, then show the favourites re-read."""

        async def change() -> bool:
            templates = self._templates()
            if templates is None:
                raise NotSupported(self._missing(translate("ContactCommands", "favourites templates")))
            self._update("_notice", "", self.noticeChanged)
            await templates.apply_buddy_templates()
            self._update("_query", "", self.queryChanged)  # show the list that changed
            if not await self._reload():
                return True
            count = self._model.rowCount()
            self._update("_notice", translate("ContactCommands", "Your favourites are now your organisation's template: %n contact.",
                                   None, count) if count == 1 else
                         translate("ContactCommands", "Your favourites are now your organisation's template: %n contacts.",
                                   None, count), self.noticeChanged)
            return True

        return bool(await self.guarded(change()))

