"""Contact information readers: any value or bytes → a ContactCard / a bool, or MalformedResponse."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.contact_details import ContactCard
from cti_desktop.providers.dstny import wire
from common import decode_then, dstny_read
from hostile import BOUNDED, json_bytes, json_values

# The reference's "Read information about a contact in an organization" answer ("A directory
# contact, including fields"; the Dstny Core User API reference page, Contacts Information V1).
REFERENCE_CONTACT = {
    "firstname": "John", "lastname": "Doe", "company": "Example organization",
    "presence": {"futurePresenceAccess": "NONE", "activityAccess": "NONE", "roleAccess": "NONE",
                 "noteAccess": "NONE", "capabilities": ["FULL_COLLABORATION", "SMS"]},
    "inlist": False, "diversionAccess": "NONE", "type": "DIRECTORY", "vcard": 22, "contactStatus": "CONTACT",
    "preferredNumber": "+46812345001", "collaboration": True,
    "phonenumbers": [{"number": "+46456345001", "type": "mobile"}], "faxNumber": "+46812349002",
    "contactEntryId": "Y29udGFjdElkQGV4YW1wbGUub3JnQGRpcmVjdG9yeQ",
    "fields": {"fields": [{"id": "field1", "label": "Manager", "value": "James"},
                          {"id": "field2", "label": "Work title", "value": "Account manager"},
                          {"id": "field4", "label": "ICE contact", "value": "+4681234567"}]}}


def test_the_reference_example_reads():
    card = wire.parse_contact_info(REFERENCE_CONTACT)
    assert card.contact.display_name == "John Doe" and card.contact.preferred_number == "+46812345001"
    assert card.fields == (("Manager", "James"), ("Work title", "Account manager"), ("ICE contact", "+4681234567"))
    assert wire.parse_line_state(b"true") is True and wire.parse_line_state(b"false") is False


def _fields_variant(value):
    return {**REFERENCE_CONTACT, "fields": value}


@BOUNDED
@given(value=st.one_of(json_values("dstny"), json_values("dstny").map(_fields_variant)))
def test_any_decoded_value(value):
    dstny_read(wire.parse_contact_info, value, ContactCard, check=_fields_are_words)


def _fields_are_words(card: ContactCard) -> None:
    assert all(isinstance(label, str) and label and isinstance(v, str) and v for label, v in card.fields)


@BOUNDED
@given(body=json_bytes("dstny"))
def test_any_body(body):
    dstny_read(wire.parse_line_state, body, bool)
    decode_then(wire.parse_json, wire.MalformedResponse, body,
                lambda value: dstny_read(wire.parse_contact_info, value, ContactCard, check=_fields_are_words))
