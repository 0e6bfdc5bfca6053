"""The contact details say whether the chosen contact is a favourite (the server's verify), and its
button adds or removes it; the search list's star follows. Real workspace, the simulator."""

from __future__ import annotations

import pytest
from support import act, until
import panel_support



@pytest.fixture
def workspace(qtbot, arun, agent_session):
    yield from panel_support.workspace(agent_session, arun, qtbot)


def test_the_details_show_and_change_the_favourite_and_the_list_follows(sim, arun, workspace):
    ws = workspace
    sim.sim.org.users["agent1"].contacts.pop("agent2", None)
    ws.contacts.show()
    act(arun, lambda: ws.contacts.search_box.setText("agent2"))
    arun(until(lambda: ws.contacts_vm.resultsQuery == "agent2" and ws.contacts_vm.count > 0, what="the search"))
    row = ws.contacts_vm.model.row_of("agent2")
    act(arun, lambda: ws.contacts.list_view.setCurrentIndex(ws.contacts_vm.model.index(row)))
    arun(until(lambda: ws.details_vm.favourite is not None, what="the favourite state"))
    details = ws.details
    assert details.favourite_label.text() == "Not one of your favourites"
    assert details.favourite_button.isVisibleTo(details) and details.favourite_button.text() == "Add to favourites"
    act(arun, details.favourite_button.click)
    arun(until(lambda: ws.details_vm.favourite is True and not ws.details_vm.busy, what="the new state"))
    assert sim.sim.org.users["agent1"].contacts["agent2"] == "FAVORITE"
    assert details.favourite_label.text() == "★ One of your favourites"
    assert details.favourite_button.text() == "Remove from favourites"
    # the search list was re-read: its star shows the change too
    arun(until(lambda: ws.contacts_vm.model.contact(ws.contacts_vm.model.row_of("agent2")).favourite,
               what="the star"))
