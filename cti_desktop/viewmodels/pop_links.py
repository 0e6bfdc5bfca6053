"""The record links of a pop: the caller's record in the CRM, and the CRM's "add contact" page.

A contact's own record link (from its directory) wins; otherwise the profile's record URL template
is filled with the caller's number, name and the call id (:func:`~cti_desktop.core.links.build_record_url`:
parameters URL-encoded, only http(s)). Every link is validated (:func:`~cti_desktop.core.links.safe_url`)
before the UI may open it; a link that cannot be used is an
:class:`~cti_desktop.core.errors.InvalidInput` in words.
"""

from __future__ import annotations

import logging

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.links import build_record_url, safe_url
from cti_desktop.i18n import translate

from .pop_item import PopItem

log = logging.getLogger("cti_desktop.viewmodels.screen_pop")  # the pops speak with one logger


class RecordLinks:
    """The record URL template, the "add contact" template, and the links made from them."""

    def __init__(self, region: str, template: str = "", add_template: str = "") -> None:
        self.region = region
        self.template = (template or "").strip()
        self.add_template = (add_template or "").strip()

    def refresh(self, item: PopItem) -> None:
        """``item``'s record link and whether it can open one, for the contact it shows now."""
        contact = item.selected_contact
        url = ""
        if contact is not None and contact.record_url:
            try:
                url = safe_url(contact.record_url)
            except InvalidInput as exc:
                log.info("contact %s has an unusable record link: %s", contact.id, exc)
        if not url and self.template and item._caller_number:
            try:
                url = self.from_template(item)
            except InvalidInput:
                url = ""  # shown in words when the person presses "Open record"
        item._set("_record_url", url, item.recordUrlChanged)
        item._set("_can_open_record", bool(url or self.template), item.canOpenRecordChanged)

    def from_template(self, item: PopItem) -> str:
        number = item.call.remote.number or item._caller_number
        return build_record_url(self.template, number=number, name=item._caller_name, call_id=item.callId,
                                region=self.region)

    def to_open(self, item: PopItem) -> str:
        """The link "Open record" opens for ``item``, or :class:`InvalidInput` in words."""
        contact = item.selected_contact
        if contact is not None and contact.record_url:
            try:
                return safe_url(contact.record_url)
            except InvalidInput as exc:
                if not self.template:
                    raise InvalidInput(translate("PopLinks", "The contact's record link cannot be opened: {message}").format(message=exc.message)) from None
        return self.from_template(item)

    def add_contact_page(self, call_id: str, number: str, name: str) -> str:
        """The CRM's "add contact" page for this caller, or :class:`InvalidInput` in words."""
        return build_record_url(self.add_template, number=number, name=name, call_id=call_id, region=self.region)
