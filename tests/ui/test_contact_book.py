"""ContactBookPanel ("My contacts") bound to a real ContactBookViewModel against the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import act, until

from cti_desktop.ui.contact_book import COLUMNS, ContactBookPanel
from cti_desktop.viewmodels.contact_book import ContactBookViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def panel(qtbot, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = ContactBookViewModel(bridge)
    widget = ContactBookPanel(vm)
    qtbot.addWidget(widget)
    yield widget
    arun(vm.aclose())
    bridge.detach()


def server_book(sim) -> list[dict]:
    from cti_desktop.simulator.dstny.api_personal_contacts import _BOOKS

    return list(_BOOKS.get(sim.sim.org, {}).get("agent1", {}).values())


def fill(panel, first="", last="", company="", email="", phone="", status="CONTACT") -> None:
    panel.first_name.setText(first)
    panel.last_name.setText(last)
    panel.company.setText(company)
    panel.email.setText(email)
    panel.phone.setText(phone)
    panel.status.setCurrentIndex(panel.status.findData(status))


def test_add_edit_and_delete_through_the_panel(sim, arun, qtbot, panel):
    vm = panel.vm
    assert [panel.table.horizontalHeaderItem(i).text() for i in range(len(COLUMNS))] == list(COLUMNS)
    act(arun, vm.load)
    arun(until(lambda: vm.loaded, what="the first read"))
    assert panel.table.rowCount() == 0 and "No contacts of your own yet" in panel.status_label.text()
    assert not panel.edit_button.isEnabled() and not panel.delete_button.isEnabled()

    act(arun, panel.add_button.click)
    assert panel.form.isVisibleTo(panel) and panel.form_title.text() == "New contact"
    fill(panel, "Ada", "Lovelace", "Engines AB", "ada@engines.example", "+46850654760", "VIP")
    assert panel.phone_type.itemText(0) == "As it is" and panel.phone_type.findData("HOME_FAX") > 0
    panel.phone_type.setCurrentIndex(panel.phone_type.findData("MOBILE"))
    act(arun, panel.save_button.click)
    arun(until(lambda: panel.table.rowCount() == 1, what="the new contact"))
    assert [panel.table.item(0, c).text() for c in range(4)] == ["Ada Lovelace", "Engines AB", "+46850654760", "VIP"]
    assert not panel.form.isVisibleTo(panel) and panel.notice_label.text() == "Added Ada Lovelace"
    assert [(c["firstname"], c["contactStatus"]) for c in server_book(sim)] == [("Ada", "VIP")]
    assert server_book(sim)[0]["phoneNumbers"][0]["type"] == "MOBILE"

    panel.table.selectRow(0)
    act(arun, panel.edit_button.click)
    assert panel.form_title.text() == "Edit Ada Lovelace" and panel.last_name.text() == "Lovelace"
    panel.last_name.setText("King")
    act(arun, panel.save_button.click)
    arun(until(lambda: panel.table.item(0, 0).text() == "Ada King", what="the edit"))
    assert server_book(sim)[0]["lastname"] == "King" and server_book(sim)[0]["company"] == "Engines AB"
    assert server_book(sim)[0]["phoneNumbers"][0]["type"] == "MOBILE"  # "As it is" kept the type

    panel.table.selectRow(0)
    act(arun, panel.delete_button.click)  # the first press asks
    assert panel.delete_button.text() == "Delete Ada King?" and server_book(sim)
    act(arun, panel.delete_button.click)
    arun(until(lambda: panel.table.rowCount() == 0, what="the delete"))
    assert server_book(sim) == [] and panel.delete_button.text() == "&Delete"


def test_a_refused_form_stays_open_with_the_reason(sim, arun, qtbot, panel):
    vm = panel.vm
    act(arun, vm.load, panel.add_button.click)
    fill(panel, email="x@y.example")
    act(arun, panel.save_button.click)
    arun(until(lambda: panel.error_label.text(), what="the refusal"))
    assert panel.error_label.text() == "Give the contact a name or a company"
    assert panel.form.isVisibleTo(panel) and panel.email.text() == "x@y.example"
    assert server_book(sim) == []
    act(arun, panel.cancel_button.click)
    assert not panel.form.isVisibleTo(panel)
