"""The contact search panel's "Remove from my contacts…" and "Reset favourites to my organisation's
template…": each asks first (a non-blocking question), does nothing on Cancel, and the list then
shows the server's answer. Real widgets, real view-model, the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from support import act, until
from panel_support import contact_search



@pytest.fixture
def panel(sim, agent_session, arun, qtbot):
    yield from contact_search(agent_session, arun, qtbot)


def contacts(sim) -> dict[str, str]:
    return sim.sim.org.users["agent1"].contacts


def _answer(box: QMessageBox, confirm: bool) -> None:
    for button in box.buttons():
        role = box.buttonRole(button)
        if (role == QMessageBox.ButtonRole.DestructiveRole) == confirm and role in (
                QMessageBox.ButtonRole.DestructiveRole, QMessageBox.ButtonRole.RejectRole):
            button.click()
            return
    raise AssertionError("no such button")


def _menu_action(menu, text: str):
    return next(a for a in menu.actions() if a.text() == text)


def test_remove_from_my_contacts_asks_then_the_list_follows_the_server(sim, panel, arun):
    act(arun, lambda: panel.show())
    arun(until(lambda: panel.vm.showingFavourites and panel.vm.count > 0))
    first = panel.vm.model.contact(0)
    menu = panel.context_menu_for(0)
    remove = _menu_action(menu, "Remove from my contacts…")
    assert remove.isEnabled()
    act(arun, remove.trigger)
    box = panel.question
    assert box is not None and box.isVisible() and first.display_name in box.text()
    act(arun, lambda: _answer(box, confirm=False))  # Cancel: nothing is sent
    assert first.id in contacts(sim) and panel.question is None
    act(arun, lambda: _answer(panel.ask_remove(0), confirm=True))
    arun(until(lambda: panel.vm.notice and not panel.vm.busy))
    assert first.id not in contacts(sim)
    assert first.id not in [c.id for c in panel.vm.model.contacts()]
    assert panel.notice_label.isVisibleTo(panel) and panel.notice_label.text() == (
        f"{first.display_name} is removed from your contacts.")
    menu.close()


def test_a_contact_not_in_my_list_offers_no_removal(sim, panel, arun):
    contacts(sim).pop("agent9", None)
    act(arun, lambda: panel.show())
    arun(panel.vm.search_now("ingrid"))
    row = panel.vm.model.row_of("agent9")
    menu = panel.context_menu_for(row)
    assert "Remove from my contacts…" not in [a.text() for a in menu.actions()]
    menu.close()


def test_reset_favourites_to_the_template_asks_first_then_shows_the_new_favourites(sim, panel, arun):
    from cti_desktop.simulator.dstny.api_buddies import favourites_template

    act(arun, lambda: panel.show())
    arun(until(lambda: panel.vm.showingFavourites and panel.vm.count > 0))
    before = dict(contacts(sim))
    assert panel.template_action.isEnabled() and panel.menu_button.menu() is panel.panel_menu
    act(arun, panel.template_action.trigger)
    box = panel.question
    assert "organisation's favourites template" in box.text()
    act(arun, lambda: _answer(box, confirm=False))
    assert dict(contacts(sim)) == before
    act(arun, lambda: _answer(panel.ask_reset_favourites(), confirm=True))
    arun(until(lambda: panel.vm.notice and not panel.vm.busy))
    template = favourites_template(sim.sim.org, "agent1")
    assert {c.id for c in panel.vm.model.contacts()} == template
    assert panel.header.text() == "Favourites" and "template" in panel.notice_label.text()
