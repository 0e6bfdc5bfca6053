"""ContactSearch against a real ContactSearchViewModel and the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import act, end_all_calls, sim_state, until
from panel_support import contact_search



@pytest.fixture
def panel(sim, agent_session, arun, qtbot):
    yield from contact_search(agent_session, arun, qtbot)


def agent1_calls(sim) -> list[dict]:
    return [c for c in sim_state(sim)["calls"] if c["user"] == "agent1"]


def test_favourites_when_empty_then_typing_shows_results(sim, panel, arun, qtbot):
    act(arun, lambda: panel.show())
    arun(until(lambda: panel.vm.showingFavourites and panel.vm.count > 0))
    assert panel.header.text() == "Favourites"
    assert panel.search_box.accessibleName() == "Search contacts"
    panel.focus_search()
    act(arun, lambda: qtbot.keyClicks(panel.search_box, "lars"))
    arun(until(lambda: panel.vm.resultsQuery == "lars" and not panel.vm.searching))
    assert panel.vm.count > 0 and panel.header.text() == "Contacts matching “lars”"
    assert not panel.list_view.isHidden()
    first = panel.list_view.model().index(0, 0)
    assert "lars" in first.data(Qt.ItemDataRole.AccessibleTextRole).lower()


def test_no_match_shows_words(sim, panel, arun, qtbot):
    act(arun, lambda: panel.show())
    act(arun, lambda: qtbot.keyClicks(panel.search_box, "zzqxw"))
    arun(until(lambda: panel.vm.resultsQuery == "zzqxw" and not panel.vm.searching))
    assert panel.empty_label.text() == "No contacts match “zzqxw”"
    assert not panel.empty_label.isHidden() and panel.list_view.isHidden()


def test_down_then_enter_calls_the_selected_contact(sim, agent_session, panel, arun, qtbot):
    act(arun, lambda: panel.show())
    act(arun, lambda: qtbot.keyClicks(panel.search_box, "lars"))
    arun(until(lambda: panel.vm.resultsQuery == "lars" and not panel.vm.searching and panel.vm.count > 1))
    act(arun, lambda: qtbot.keyClick(panel.search_box, Qt.Key.Key_Down))
    assert panel.list_view.currentIndex().row() == 0
    act(arun, lambda: qtbot.keyClick(panel.list_view, Qt.Key.Key_Down))
    assert panel.selected_row() == 1
    chosen = panel.vm.model.contact(1)
    act(arun, lambda: qtbot.keyClick(panel.list_view, Qt.Key.Key_Return))
    arun(until(lambda: len(agent1_calls(sim)) == 1))
    assert chosen.preferred_number in str(agent1_calls(sim)[0]["remoteParty"])
    assert panel.error_label.isHidden()
    end_all_calls(sim, arun, agent_session)


def test_enter_in_the_box_calls_the_first_result(sim, agent_session, panel, arun, qtbot):
    act(arun, lambda: panel.show())
    act(arun, lambda: qtbot.keyClicks(panel.search_box, "lars"))
    arun(until(lambda: panel.vm.resultsQuery == "lars" and not panel.vm.searching and panel.vm.count > 0))
    first = panel.vm.model.contact(0)
    act(arun, lambda: qtbot.keyClick(panel.search_box, Qt.Key.Key_Return))
    arun(until(lambda: len(agent1_calls(sim)) == 1))
    assert first.preferred_number in str(agent1_calls(sim)[0]["remoteParty"])
    end_all_calls(sim, arun, agent_session)


def test_star_click_and_ctrl_shift_f_toggle_the_favourite_on_the_server(sim, panel, arun, qtbot):
    act(arun, lambda: panel.show())
    act(arun, lambda: qtbot.keyClicks(panel.search_box, "lars"))
    arun(until(lambda: panel.vm.resultsQuery == "lars" and not panel.vm.searching and panel.vm.count > 0))
    row = next(r for r in range(panel.vm.count) if not panel.vm.model.contact(r).favourite)
    cid = panel.vm.model.contact(row).id
    index = panel.vm.model.index(row)
    panel.list_view.scrollTo(index)
    star = panel.delegate.star_rect(panel.list_view.visualRect(index)).center()
    act(arun, lambda: qtbot.mouseClick(panel.list_view.viewport(), Qt.MouseButton.LeftButton, pos=star))
    arun(until(lambda: sim.sim.org.users["agent1"].contacts.get(cid) == "FAVORITE" and not panel.vm.busy))
    arun(until(lambda: panel.vm.model.contact(panel.vm.model.row_of(cid)).favourite))
    assert panel.favourite_button.text() == "Remove from favourites"
    panel.list_view.setFocus()
    act(arun, lambda: qtbot.keyClick(panel.list_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    arun(until(lambda: sim.sim.org.users["agent1"].contacts.get(cid) == "CONTACT" and not panel.vm.busy))
    arun(until(lambda: not panel.vm.model.contact(panel.vm.model.row_of(cid)).favourite))


def test_context_menu_offers_each_number(sim, panel, arun):
    act(arun, lambda: panel.show())
    arun(panel.vm.search_now("lars"))
    menu = panel.context_menu_for(0)
    texts = [a.text() for a in menu.actions() if a.text()]
    contact = panel.vm.model.contact(0)
    assert f"Call {contact.preferred_number}" in texts
    assert texts[-1] in ("Add to favourites", "Remove from favourites")
    menu.close()
