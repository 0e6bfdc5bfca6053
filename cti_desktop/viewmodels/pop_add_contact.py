"""Adding an unknown caller as a contact, whatever the phone system: the core's contact store or the CRM.

When the account has a contact store (a core :class:`~cti_desktop.core.capabilities.ContactStore`,
``backend.contact_store``, whichever phone system provides it) the caller becomes a contact there:
a :class:`~cti_desktop.core.models.ContactDraft` of first name, last name and the number in E.164,
checked before anything is sent. Otherwise the CRM's "add contact" page opens, when a link for it is
configured (:class:`~cti_desktop.viewmodels.pop_links.RecordLinks`). No vendor type is known here.
"""

from __future__ import annotations

from typing import Any

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Contact, ContactDraft
from cti_desktop.core.screenpop import e164_or_none, number_keys
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

#: What the pop says when there is neither a contact store nor a CRM link.
NOWHERE = QT_TRANSLATE_NOOP("PopAddContact", "Add contact: this phone system offers no way to create contacts from the desktop. "
                            "Set an \"add contact\" CRM link in the settings to add callers there.")


class ContactAdder:
    """Drafts and creates contacts for callers in ``store`` (a core ``ContactStore``, or None)."""

    def __init__(self, store: Any, region: str) -> None:
        self.store = store
        self._region = region

    @property
    def can_create(self) -> bool:
        return self.store is not None

    def target(self, crm_link: bool) -> str:
        """Where "add contact" puts the caller, in words ("" when nowhere)."""
        if self.store is not None:
            return self.store.name
        return translate("PopAddContact", "the CRM") if crm_link else ""

    def draft(self, number: str, name: str) -> ContactDraft:
        """The contact to create, or :class:`InvalidInput` in words (no name, not a number)."""
        words = name.split()
        if not words:
            raise InvalidInput(translate("PopAddContact", "Add contact: enter at least a first name"))
        if not number_keys(number, self._region).is_number:
            raise InvalidInput(translate("PopAddContact", "Add contact: {number!r} is not a phone number").format(number=number))
        e164 = e164_or_none(number, self._region) or number
        return ContactDraft(first_name=words[0], last_name=" ".join(words[1:]), primary_phone=e164)

    async def create(self, draft: ContactDraft) -> Contact:
        return await self.store.create_contact(draft)
