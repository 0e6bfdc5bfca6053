"""The contact details say whether the chosen contact is a favourite as the server's buddy list
answers it (bl.verify), and the toggle adds or removes it (bl.add / bl.remove) and shows the
answer of a fresh verify. Against the real simulator."""

from __future__ import annotations

from dataclasses import replace

import pytest
from support import sim_post
from panel_support import contact_details_vm



@pytest.fixture
def details_vm(agent_session, arun):
    yield from contact_details_vm(agent_session, arun)


def colleague(arun, session, user_id):
    return next(c for c in arun(session.backend.directory.search(user_id)) if c.id == user_id)


def contacts(sim) -> dict[str, str]:
    return sim.sim.org.users["agent1"].contacts


async def _settled(vm):
    import asyncio

    from support import until

    await until(lambda: vm.favourite is not None, 5, "the favourite state")
    await asyncio.sleep(0)


def test_the_favourite_state_is_the_servers_and_the_toggle_changes_it(sim, arun, details_vm, agent_session):
    vm = details_vm
    assert vm.favouriteSupported and vm.favouriteNote == ""
    contacts(sim).pop("agent3", None)
    agent3 = colleague(arun, agent_session, "agent3")
    arun(vm.show_contact(agent3))
    arun(_settled(vm))
    assert vm.favourite is False and vm.favouriteText == "Not one of your favourites"
    set_ids: list[str] = []
    vm.favouriteSet.connect(set_ids.append)
    assert arun(vm.set_favourite(True))
    assert contacts(sim)["agent3"] == "FAVORITE"
    assert vm.favourite is True and vm.favouriteText == "★ One of your favourites" and set_ids == ["agent3"]
    assert arun(vm.set_favourite(False))
    assert contacts(sim)["agent3"] != "FAVORITE" and vm.favourite is False


def test_a_change_made_elsewhere_shows_when_the_contact_is_chosen_again(sim, arun, details_vm, agent_session):
    vm = details_vm
    agent4 = colleague(arun, agent_session, "agent4")
    contacts(sim)["agent4"] = "FAVORITE"  # e.g. starred on the phone
    arun(vm.show_contact(agent4))
    arun(_settled(vm))
    assert vm.favourite is True


def test_a_contact_of_another_source_claims_nothing(sim, arun, details_vm, agent_session):
    vm = details_vm
    other = replace(colleague(arun, agent_session, "agent2"), source="hubspot")
    arun(vm.show_contact(other))
    assert vm.favourite is None and vm.favouriteText == ""
    assert not arun(vm.set_favourite(True))
    assert "not in this account's directory" in vm.error


def test_a_refused_toggle_leaves_the_state_and_says_why(sim, arun, details_vm, agent_session):
    vm = details_vm
    contacts(sim).pop("agent5", None)
    arun(vm.show_contact(colleague(arun, agent_session, "agent5")))
    arun(_settled(vm))
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["bl.add"]})
    assert not arun(vm.set_favourite(True))
    assert vm.error and vm.favourite is False and contacts(sim).get("agent5") != "FAVORITE"
