"""Personal-contact readers and the update body: any value → the right type or MalformedResponse;
the update body keeps what the app does not edit; a contact form is sent or refused in words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.contact_book import ContactForm
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Contact
from cti_desktop.providers.dstny import wire
from common import ReaderFamily, reader_properties
from hostile import BOUNDED, hostile_text, json_bytes, json_values, mutated as mutated_from

# The reference's "List all contacts for a user in the organization" answer (the Dstny Core User
# API reference page, Personal Contacts section), one of its two contacts.
REFERENCE_LIST = {"personal_contact": [{
    "cid": "167271@internal", "company": "MinFirma AB", "department": "Rnd", "firstname": "John",
    "lastname": "Doe", "shortname": "jodo", "street": "Firmagatan 1", "city": "Stockholm",
    "postalcode": "12177", "country": "Sweden", "speeddial": 5, "showInDefaultContactList": True,
    "contactStatus": "VIP", "ownerType": "USER",
    "phoneNumbers": [{"type": "WORK", "phoneNumber": "+46850654760", "preferredNumber": True}]}]}
# Its "Retrieve localized phone labels" answer, shortened.
REFERENCE_LABELS = {"phoneLabels": [{"labelValue": "HOME", "labelName": "Home"},
                                    {"labelValue": "WORK_FAX", "labelName": "Work fax"}]}

READERS = {
    wire.parse_personal_contacts: list,
    wire.parse_personal_contact: Contact,
    wire.personal_contact_object: dict,
    wire.parse_phone_labels: list,
}
mutated = mutated_from([REFERENCE_LIST, REFERENCE_LIST["personal_contact"][0], REFERENCE_LABELS], json_values("dstny"))
FAMILY = ReaderFamily(READERS, wire.MalformedResponse, decode=wire.parse_json, message=wire.UNREADABLE)
test_any_decoded_value, test_any_body = reader_properties(
    FAMILY, values=st.one_of(json_values("dstny"), mutated), bodies=json_bytes("dstny"))


def test_the_reference_examples_read():
    [contact] = wire.parse_personal_contacts(REFERENCE_LIST)
    assert (contact.id, contact.display_name, contact.preferred_number, contact.status) == (
        "167271@internal", "John Doe", "+46850654760", "VIP")
    assert [(l.value, l.name) for l in wire.parse_phone_labels(REFERENCE_LABELS)] == [("HOME", "Home"),
                                                                                       ("WORK_FAX", "Work fax")]


forms = st.builds(ContactForm, first_name=hostile_text, last_name=hostile_text, company=hostile_text,
                  email=st.one_of(hostile_text, st.just("a@b.example")), phone=hostile_text,
                  status=st.sampled_from(["CONTACT", "vip", "Blocked", "friend", ""]),
                  phone_type=st.one_of(st.sampled_from(["", "MOBILE", "work_fax"]), hostile_text))


@BOUNDED
@given(form=forms)
def test_a_form_is_checked_or_refused_in_words(form):
    try:
        checked = form.checked()
    except InvalidInput as exc:
        assert str(exc)
        return
    assert checked.status in ("CONTACT", "FAVORITE", "VIP", "BLOCKED")
    assert checked.phone_type == "" or checked.phone_type.replace("_", "").isalnum()
    assert all(len(getattr(checked, f)) <= 64 for f in ("first_name", "last_name", "company", "email", "phone"))
    assert checked.checked() == checked


@BOUNDED
@given(base=mutated, phone=st.sampled_from(["", "+46701112233"]), phone_type=st.sampled_from(["", "MOBILE"]))
def test_the_update_body_keeps_what_it_does_not_edit(base, phone, phone_type):
    """Also with two numbers marked preferred (the form's number becomes the one preferred)."""
    try:
        obj = wire.personal_contact_object(base)
    except wire.MalformedResponse:
        return
    form = ContactForm(first_name="Ada", phone=phone, phone_type=phone_type)
    body = wire.personal_contact_body(form, obj)
    assert "ownerType" not in body and body["firstname"] == "Ada"
    for key, value in obj.items():
        if key not in ("ownerType", "phoneNumbers", "firstname", "lastname", "company", "email", "contactStatus"):
            assert body[key] == value
    preferred = [n for n in body["phoneNumbers"] if n.get("preferredNumber")]
    if phone:
        assert [n["phoneNumber"] for n in preferred] == [phone]
        assert phone_type == "" or preferred[0]["type"] == phone_type
    # the body reads back as the contact the form describes
    if phone:
        assert wire.parse_personal_contact(body).preferred_number == phone


def test_two_preferred_numbers_become_one():
    base = {**REFERENCE_LIST["personal_contact"][0], "phoneNumbers": [
        {"type": "WORK", "phoneNumber": "+46850654760", "preferredNumber": True},
        {"type": "MOBILE", "phoneNumber": "+46701112233", "preferredNumber": True}]}
    body = wire.personal_contact_body(ContactForm(first_name="John", phone="+46850600000"), base)
    assert [(n["phoneNumber"], n["preferredNumber"]) for n in body["phoneNumbers"]] == [
        ("+46850600000", True), ("+46701112233", False)]
