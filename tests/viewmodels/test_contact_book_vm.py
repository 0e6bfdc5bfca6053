"""ContactBookViewModel ("My contacts") against agent1's personal contacts in the real simulator."""

from __future__ import annotations

import pytest
from support import end_all_calls, until
from panel_support import view_model

from cti_desktop.core.contact_book import ContactForm
from cti_desktop.viewmodels.contact_book import ContactBookViewModel, book_of


@pytest.fixture
def book_vm(agent_session, arun):
    yield from view_model(agent_session, arun, ContactBookViewModel)


def test_add_edit_delete_then_the_list_is_the_servers(sim, arun, book_vm):
    vm = book_vm
    assert vm.available and vm.title == "My contacts"
    assert arun(vm.refresh()) and vm.loaded and vm.contacts == []
    assert {"value": "MOBILE", "name": "Mobile"} in vm.phoneTypes
    assert arun(vm.add_contact(ContactForm("Ada", "Lovelace", "Engines AB", "ada@engines.example", "+46850654760")))
    assert vm.notice == "Added Ada Lovelace"
    [row] = vm.contacts
    assert (row["name"], row["company"], row["number"], row["statusText"]) == ("Ada Lovelace", "Engines AB",
                                                                               "+46850654760", "Contact")
    assert arun(vm.edit_contact(row["id"], ContactForm("Ada", "King", "Engines AB", "", "+46850600000", "VIP",
                                                       phone_type="MOBILE")))
    from cti_desktop.simulator.dstny.api_personal_contacts import _BOOKS

    stored = _BOOKS[sim.sim.org]["agent1"][row["id"]]
    assert stored["phoneNumbers"] == [{"type": "MOBILE", "phoneNumber": "+46850600000", "preferredNumber": True}]
    assert vm.notice == "Saved Ada King"
    assert [(r["name"], r["number"], r["status"]) for r in vm.contacts] == [("Ada King", "+46850600000", "VIP")]
    assert arun(vm.delete_contact(row["id"]))
    assert vm.notice == "Deleted Ada King" and vm.contacts == [] and vm.count == 0


def test_a_refused_form_sends_nothing_and_says_why(sim, arun, book_vm):
    vm = book_vm
    done = []
    vm.changeDone.connect(done.append)
    assert not arun(vm.add_contact(ContactForm(email="no name")))
    assert vm.error == "Give the contact a name or a company" and done == [False]
    assert not arun(vm.add_contact(ContactForm("A", email="not-an-address")))
    assert "not an e-mail address" in vm.error
    assert vm.contacts == []


def test_a_contact_deleted_elsewhere_shows_the_servers_list(sim, arun, book_vm, agent_session):
    vm = book_vm
    assert arun(vm.add_contact(ContactForm("Gone", "Soon")))
    [row] = vm.contacts
    # someone (another desktop of the same person) deletes it meanwhile
    arun(agent_session.backend.directory.delete_book_contact(row["id"]))
    assert not arun(vm.edit_contact(row["id"], ContactForm("Gone", "Later")))
    assert vm.error.startswith("Contact details: the server does not know this item")
    assert vm.contacts == []  # read again: the list is the server's


def test_call_a_contact_places_the_call(sim, arun, book_vm, agent_session):
    vm = book_vm
    placed = []
    vm.callPlaced.connect(placed.append)
    assert arun(vm.add_contact(ContactForm("Bo", "Caller", phone="+46701234599")))
    [row] = vm.contacts
    call_id = arun(vm.call_contact(row["id"]))
    assert call_id and placed == [call_id]
    arun(until(lambda: agent_session.store.calls(), what="the call to show"))
    assert arun(vm.add_contact(ContactForm("No", "Number")))
    nobody = next(r for r in vm.contacts if r["name"] == "No Number")
    assert arun(vm.call_contact(nobody["id"])) is None and vm.error == "No Number has no phone number to call"
    end_all_calls(sim, arun, agent_session)


def test_no_book_without_a_contact_book():
    class Directory:
        async def search(self, query, limit=25):
            return []

    class Backend:
        directory = Directory()

    assert book_of(Backend()) is None
