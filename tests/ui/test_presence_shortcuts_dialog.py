"""The presence shortcuts editor opened from the presence panel, against real view-models and the
simulator (Dstny); on Telavox (its simulator) the control is there but off, with Telavox's own words."""

from __future__ import annotations

import pytest
from support import act, until
from panel_support import presence_panel

from cti_desktop.ui.presence_panel import PresencePanel
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def panel(agent_session, arun, qtbot):
    for widget in presence_panel(agent_session, arun, qtbot, poll_interval=30, max_backoff=60):
        yield widget
        arun(widget.shortcut_editor.aclose())


def server_names(agent_session, arun) -> list[str]:
    return [s.name for s in sorted(arun(agent_session.backend.client.presence_shortcuts()), key=lambda s: s.order)]


def test_create_edit_and_reorder_from_the_dialog(panel, agent_session, arun, qtbot):
    assert panel.edit_shortcuts_button.isEnabled()
    act(arun, panel.edit_shortcuts_button.click)
    dialog = panel.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    arun(until(lambda: dialog.list.count() == len(panel.vm.shortcuts) > 0))
    assert not dialog.edit_box.isVisible()

    # new: typed into the widgets, saved with the Save button
    act(arun, dialog.new_button.click)
    assert dialog.edit_box.isVisible() and dialog.edit_box.title() == "New shortcut"
    act(arun, lambda: qtbot.keyClicks(dialog.name_edit, "Training"))
    meeting = dialog.activity_combo.findData("meeting")
    dialog.activity_combo.setCurrentIndex(meeting)
    act(arun, lambda: dialog.activity_combo.activated.emit(meeting))
    minutes = dialog.duration_combo.findData("MINUTES")
    dialog.duration_combo.setCurrentIndex(minutes)
    act(arun, lambda: dialog.duration_combo.activated.emit(minutes))
    assert dialog.minutes_spin.isEnabled()
    dialog.minutes_spin.setValue(90)
    act(arun, dialog.save_button.click)
    arun(until(lambda: not dialog.vm.busy and not dialog.vm.editing
               and any(s["name"] == "Training" for s in dialog.vm.shortcuts)))
    assert "Training" in server_names(agent_session, arun)
    assert dialog.list.item(dialog.list.count() - 1).text().startswith("Training — Meeting, not available, for 90 min")
    arun(until(lambda: "Training" in panel.shortcut_buttons[panel.vm.shortcuts[-1]["id"]].text()))

    # an empty name is refused in words; the edit stays open with what was typed
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    act(arun, dialog.edit_button.click)
    arun(until(lambda: dialog.vm.editing and dialog.name_edit.text() == "Training"))
    dialog.name_edit.clear()
    act(arun, lambda: dialog.name_edit.textEdited.emit(""))
    act(arun, dialog.save_button.click)
    arun(until(lambda: dialog.error_label.text() == "Give the shortcut a name"))
    assert dialog.edit_box.isVisible() and dialog.minutes_spin.value() == 90
    act(arun, dialog.save_buttons.rejected.emit)
    assert not dialog.edit_box.isVisible()

    # the last one moved up: the server's order changes
    names = server_names(agent_session, arun)
    dialog.list.setCurrentRow(dialog.list.count() - 1)
    act(arun, dialog.up_button.click)
    arun(until(lambda: not dialog.vm.busy and dialog.list.item(dialog.list.count() - 2).text().startswith("Training")))
    assert server_names(agent_session, arun) == names[:-2] + [names[-1], names[-2]]


def test_telavox_has_no_shortcut_editing_and_says_why(telavox_session, arun, qtbot):
    session = telavox_session
    bridge = SessionBridge(session)
    vm = PresenceViewModel(bridge, poll_interval=30, max_backoff=60)
    widget = PresencePanel(vm)
    qtbot.addWidget(widget)
    try:
        assert not widget.edit_shortcuts_button.isEnabled()
        tip = widget.edit_shortcuts_button.toolTip()
        assert tip.startswith("Telavox has no presence shortcuts to edit") and "Telavox app" in tip
    finally:
        arun(vm.aclose())
        bridge.detach()
