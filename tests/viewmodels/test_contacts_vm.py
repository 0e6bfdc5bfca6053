"""ContactSearchViewModel against the real simulator's directory and agent1's contact list."""

from __future__ import annotations

import pytest
from support import end_all_calls, settle_live, sim_post, sim_state, until
import panel_support

from cti_desktop.viewmodels.contacts import ContactListModel


@pytest.fixture
def contacts_vm(sim, agent_session, arun):
    yield from panel_support.contacts_vm(agent_session, arun)


def server_contacts(sim) -> dict[str, str]:
    """agent1's contact list as the simulator holds it (cid -> contactStatus)."""
    return dict(sim.sim.org.users["agent1"].contacts)


def shown(vm) -> list:
    return vm.model.contacts()


def matches(contact, query: str) -> bool:
    words = " ".join((contact.first_name, contact.last_name, contact.company, contact.email)).lower().split()
    return all(any(w.startswith(q) for w in words) for q in query.lower().split())


def test_empty_query_shows_the_favourites(sim, contacts_vm, arun):
    arun(contacts_vm.search_now(""))
    favourites = {cid for cid, status in server_contacts(sim).items() if status == "FAVORITE"}
    assert favourites and {c.id for c in shown(contacts_vm)} == favourites
    assert contacts_vm.showingFavourites and contacts_vm.count == len(favourites)
    assert all(c.favourite for c in shown(contacts_vm))
    row = contacts_vm.model.index(0)
    assert contacts_vm.model.data(row, ContactListModel.FavouriteRole) is True
    assert contacts_vm.model.data(row, ContactListModel.DisplayNameRole)


def test_type_ahead_returns_directory_contacts(sim, contacts_vm, arun):
    seen = []
    contacts_vm.resultsChanged.connect(lambda: seen.append(contacts_vm.resultsQuery))
    for text in ("l", "la", "lar", "lars"):  # typed quickly: one search, after the pause
        contacts_vm.setQuery(text)
    arun(until(lambda: contacts_vm.resultsQuery == "lars" and not contacts_vm.searching))
    assert seen == ["lars"]
    results = shown(contacts_vm)
    assert results and all(matches(c, "lars") for c in results)
    assert all(c.preferred_number.startswith("+") for c in results)
    assert not contacts_vm.showingFavourites and contacts_vm.error == ""
    # a colleague carries presence; its activity is shown in words from the activity list
    sim_post(sim, "/_sim/presence/agent9", {"activity": "lunch"})
    arun(contacts_vm.search_now("ingrid"))
    ingrid = next(c for c in shown(contacts_vm) if c.id == "agent9")
    assert ingrid.available is False
    assert contacts_vm.model.activity_name(ingrid) == "Lunch"


def test_stale_results_are_discarded_when_typing_fast(sim, agent_session, contacts_vm, arun):
    seen = []
    contacts_vm.resultsChanged.connect(lambda: seen.append(contacts_vm.resultsQuery))
    sim_post(sim, "/_sim/faults", {"latencyMs": 300})
    try:
        contacts_vm.setQuery("lars")
        arun(until(lambda: contacts_vm.searching))  # "lars" is in flight
        contacts_vm.setQuery("berglund")
        arun(until(lambda: contacts_vm.resultsQuery == "berglund" and not contacts_vm.searching, timeout=8))
    finally:
        sim_post(sim, "/_sim/faults", {"latencyMs": 0})
    assert "lars" not in seen
    assert shown(contacts_vm) and all(matches(c, "berglund") for c in shown(contacts_vm))
    settle_live(arun, agent_session)


def test_no_match_gives_words(sim, contacts_vm, arun):
    arun(contacts_vm.search_now("zzqxw"))
    assert contacts_vm.count == 0
    assert contacts_vm.emptyText == "No contacts match “zzqxw”"


def test_add_and_remove_favourite_round_trip(sim, contacts_vm, arun):
    arun(contacts_vm.search_now("lars"))
    target = next(c for c in shown(contacts_vm) if not c.favourite and not c.in_list)
    contacts_vm.addFavourite(target.id)
    arun(until(lambda: server_contacts(sim).get(target.id) == "FAVORITE" and not contacts_vm.busy))
    now = shown(contacts_vm)[contacts_vm.model.row_of(target.id)]
    assert now.favourite  # the row shows the server's answer
    arun(contacts_vm.search_now(""))
    assert target.id in {c.id for c in shown(contacts_vm)}
    assert arun(contacts_vm.set_favourite(target.id, False))
    assert server_contacts(sim).get(target.id) == "CONTACT"
    assert target.id not in {c.id for c in shown(contacts_vm)}
    assert contacts_vm.error == ""


def test_call_places_a_call_from_the_softphone(sim, agent_session, contacts_vm, arun):
    arun(contacts_vm.search_now("lars"))
    contact = shown(contacts_vm)[0]
    placed = []
    contacts_vm.callPlaced.connect(placed.append)
    call_id = arun(contacts_vm.call_contact(0))
    assert call_id and placed == [call_id]
    calls = [c for c in sim_state(sim)["calls"] if c["user"] == "agent1"]
    assert any(c["callId"] == call_id for c in calls)
    mine = next(c for c in calls if c["callId"] == call_id)
    assert "agent1-soft" in mine["deviceIds"]
    assert contact.preferred_number in str(mine["remoteParty"])
    end_all_calls(sim, arun, agent_session)


def test_call_errors_are_words(sim, agent_session, contacts_vm, arun):
    arun(contacts_vm.search_now("zzqxw"))
    assert arun(contacts_vm.call_contact(3)) is None
    assert contacts_vm.error == "Choose a contact first"
    arun(contacts_vm.search_now("lars"))
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        assert arun(contacts_vm.call_contact(0)) is None
        assert contacts_vm.error
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0})
    settle_live(arun, agent_session)
