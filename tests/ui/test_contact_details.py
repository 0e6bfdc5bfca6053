"""Contact details under the contact search, in the real workspace against the simulator."""

from __future__ import annotations

import pytest
from support import act, until
import panel_support



@pytest.fixture
def workspace(qtbot, arun, agent_session):
    yield from panel_support.workspace(agent_session, arun, qtbot)


def test_choosing_a_search_result_shows_its_details(sim, arun, qtbot, workspace):
    ws = workspace
    assert ws.details is not None and ws.details.parent() is ws.contacts
    ws.contacts.show()
    assert not ws.details.isVisible()
    act(arun, lambda: ws.contacts.search_box.setText("agent2"))
    arun(until(lambda: ws.contacts_vm.resultsQuery == "agent2" and ws.contacts_vm.count > 0, what="the search"))
    row = next(r for r in range(ws.contacts_vm.count) if ws.contacts_vm.model.contact(r).id == "agent2")
    act(arun, lambda: ws.contacts.list_view.setCurrentIndex(ws.contacts_vm.model.index(row)))
    arun(until(lambda: ws.details_vm.fields, what="the details"))
    assert ws.details.isVisible()
    assert ws.details.name_label.text() == ws.contacts_vm.model.contact(row).display_name
    assert ws.details.line_label.text() == "Not in a call"
    assert "Extension" in dict(ws.details.field_rows())
