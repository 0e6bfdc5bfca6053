"""PresencePanel and the presence menu against a real PresenceViewModel and the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import act, sim_post, sim_state, until
from panel_support import presence_panel

from cti_desktop.ui.presence_panel import build_presence_menu


@pytest.fixture
def panel(agent_session, arun, qtbot):
    yield from presence_panel(agent_session, arun, qtbot)


def server_presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


def test_shows_my_presence(sim, panel):
    assert panel.activity_combo.currentText() == "Available"
    assert panel.activity_combo.count() == len(panel.vm.activities)
    assert panel.available_box.isChecked()
    assert panel.role_combo.currentText() == "Business"
    assert panel.expiry_label.text() == "No end time"
    assert not panel.clear_expiry_button.isEnabled()
    assert panel.activity_combo.accessibleName() == "Presence activity"


def test_choosing_an_activity_updates_the_server(sim, panel, arun, qtbot):
    combo = panel.activity_combo
    combo.setFocus()
    lunch = combo.findData("lunch")
    combo.setCurrentIndex(lunch)
    act(arun, lambda: combo.activated.emit(lunch))  # what a person's choice in the popup emits
    arun(until(lambda: server_presence(sim)["activity"]["id"] == "lunch" and panel.vm.activityId == "lunch"))
    assert not panel.available_box.isChecked()
    # keyboard: Down on the focused combo picks the next activity
    act(arun, lambda: qtbot.keyClick(combo, Qt.Key.Key_Down))
    nxt = panel.vm.activities[lunch + 1]["id"]
    arun(until(lambda: server_presence(sim)["activity"]["id"] == nxt))


def test_note_enter_applies_and_too_long_is_refused(sim, panel, arun, qtbot):
    panel.note_edit.setFocus()
    act(arun, lambda: qtbot.keyClicks(panel.note_edit, "Back at 13:00"))
    act(arun, lambda: qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return))
    arun(until(lambda: server_presence(sim)["note"] == "Back at 13:00" and panel.vm.note == "Back at 13:00"))
    panel.note_edit.setText("x" * (panel.vm.noteMaxLength + 5))
    panel.note_edit.setModified(True)
    act(arun, lambda: qtbot.keyClick(panel.note_edit, Qt.Key.Key_Return))
    arun(until(lambda: panel.vm.error != ""))
    assert not panel.error_label.isHidden() and "shorten" in panel.error_label.text()
    assert panel.note_edit.text() == "x" * (panel.vm.noteMaxLength + 5)  # nothing typed is lost
    assert server_presence(sim)["note"] == "Back at 13:00"


def test_role_duration_and_clear(sim, panel, arun, qtbot):
    support = panel.role_combo.findData("support")
    panel.role_combo.setCurrentIndex(support)
    act(arun, lambda: panel.role_combo.activated.emit(support))
    arun(until(lambda: server_presence(sim)["role"] == "Support"))
    panel.minutes_spin.setValue(45)
    act(arun, lambda: qtbot.mouseClick(panel.minutes_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: server_presence(sim)["activity"]["expiration"] != "NEVER" and panel.vm.expiry))
    assert panel.expiry_label.text().startswith("Until ")
    assert panel.clear_expiry_button.isEnabled()
    act(arun, lambda: qtbot.mouseClick(panel.clear_expiry_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: server_presence(sim)["activity"]["expiration"] == "NEVER" and not panel.vm.expiry))
    assert panel.expiry_label.text() == "No end time"
    act(arun, lambda: qtbot.mouseClick(panel.until_button, Qt.MouseButton.LeftButton))
    arun(until(lambda: server_presence(sim)["activity"]["expiration"] != "NEVER"))


def test_change_elsewhere_shows_in_the_panel(sim, panel, arun):
    act(arun, lambda: panel.show())  # polls while shown
    sim_post(sim, "/_sim/presence/agent1", {"activity": "meeting", "note": "Weekly sync"})
    arun(until(lambda: panel.activity_combo.currentText() == "Meeting" and panel.note_edit.text() == "Weekly sync",
               timeout=5))


def test_presence_menu_checks_the_current_activity_and_sets_another(sim, panel, arun):
    menu = build_presence_menu(panel.vm, panel)
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert set(actions) == {a["id"] for a in panel.vm.activities}
    assert actions["available"].isChecked() and not actions["busy"].isChecked()
    act(arun, lambda: actions["busy"].trigger())
    arun(until(lambda: server_presence(sim)["activity"]["id"] == "busy" and panel.vm.activityId == "busy"))
    menu.aboutToShow.emit()
    actions = {a.data(): a for a in menu.actions() if a.data()}
    assert actions["busy"].isChecked() and not actions["available"].isChecked()
