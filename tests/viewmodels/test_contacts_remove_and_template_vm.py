"""My contacts and the favourites template in the contact search, against the real simulator:
a contact removed from the contact list (ct.remove) and the favourites reset to the organisation's
template (bl.templates), each followed by the list as the server answers it."""

from __future__ import annotations

import pytest
from support import sim_post
import panel_support



@pytest.fixture
def contacts_vm(sim, agent_session, arun):
    yield from panel_support.contacts_vm(agent_session, arun)


def server_contacts(sim) -> dict[str, str]:
    return dict(sim.sim.org.users["agent1"].contacts)


def test_removing_a_favourite_takes_it_off_the_contact_list_and_the_list_follows(sim, contacts_vm, arun):
    assert contacts_vm.removeSupported and contacts_vm.removeNote == ""
    arun(contacts_vm.search_now(""))
    first = contacts_vm.model.contact(0)
    assert first is not None and first.in_list and contacts_vm.can_remove(first)
    question = contacts_vm.removal_question(first)
    assert first.display_name in question and "cannot be undone" in question and "favourites either" in question
    assert arun(contacts_vm.remove_contact(first.id)) is True
    assert first.id not in server_contacts(sim)
    assert first.id not in [c.id for c in contacts_vm.model.contacts()]  # the re-read list
    assert contacts_vm.notice == f"{first.display_name} is removed from your contacts."
    assert contacts_vm.error == ""


def test_removing_from_search_results_shows_the_contact_no_longer_in_the_list(sim, contacts_vm, arun):
    arun(contacts_vm.search_now("ingrid"))  # agent9, a colleague; put in the list first
    sim.sim.org.users["agent1"].contacts["agent9"] = "CONTACT"
    arun(contacts_vm.search_now("ingrid"))
    ingrid = contacts_vm.model.contact(contacts_vm.model.row_of("agent9"))
    assert ingrid is not None and ingrid.in_list
    assert arun(contacts_vm.remove_contact("agent9")) is True
    now = contacts_vm.model.contact(contacts_vm.model.row_of("agent9"))
    assert now is not None and not now.in_list and not contacts_vm.can_remove(now)


def test_removing_a_contact_no_longer_in_the_list_says_so_from_the_server(sim, contacts_vm, arun):
    arun(contacts_vm.search_now(""))
    first = contacts_vm.model.contact(0)
    del sim.sim.org.users["agent1"].contacts[first.id]  # removed elsewhere meanwhile
    assert arun(contacts_vm.remove_contact(first.id)) is False
    assert "not in your list" in contacts_vm.error and contacts_vm.notice == ""


def test_a_failed_removal_leaves_the_contact_and_says_why(sim, contacts_vm, arun):
    arun(contacts_vm.search_now(""))
    first = contacts_vm.model.contact(0)
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["ct.remove"]})
    assert arun(contacts_vm.remove_contact(first.id)) is False
    assert first.id in server_contacts(sim) and contacts_vm.error and contacts_vm.notice == ""


def test_reset_favourites_to_the_template_then_the_favourites_are_re_read(sim, contacts_vm, arun):
    from cti_desktop.simulator.dstny.api_buddies import favourites_template

    assert contacts_vm.templatesSupported and contacts_vm.templatesNote == ""
    assert "cannot be undone" in contacts_vm.templatesQuestion
    arun(contacts_vm.search_now("lars"))  # the person was looking at a search
    before = {cid for cid, st in server_contacts(sim).items() if st == "FAVORITE"}
    assert arun(contacts_vm.reset_favourites_to_template()) is True
    template = favourites_template(sim.sim.org, "agent1")
    after = {cid for cid, st in server_contacts(sim).items() if st == "FAVORITE"}
    assert after == template and after != before
    assert contacts_vm.showingFavourites and contacts_vm.query == ""
    assert {c.id for c in contacts_vm.model.contacts()} == template
    assert contacts_vm.notice == f"Your favourites are now your organisation's template: {len(template)} contacts."
    # former favourites outside the template stay in the contact list as plain contacts
    assert all(server_contacts(sim)[cid] == "CONTACT" for cid in before - template)
