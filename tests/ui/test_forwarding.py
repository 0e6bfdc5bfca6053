"""The forwarding control and the header button against a real ForwardingViewModel and the simulator;
and the main window: the header always shows where calls go, and a phone system without forwarding
shows no forwarding at all."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from PySide6.QtCore import Qt
from panel_support import opened_main_window
from support import act, demo_app, sim_post, until

from cti_desktop.ui.forwarding import ForwardingButton, ForwardingPanel
from cti_desktop.viewmodels.forwarding import ForwardingViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def vm(agent_session, arun):
    bridge = SessionBridge(agent_session)
    model = ForwardingViewModel(bridge, poll_interval=0.2, max_backoff=0.5)
    assert arun(model.load())
    yield model
    arun(model.aclose())
    bridge.detach()


@pytest.fixture
def panel(vm, qtbot):
    widget = ForwardingPanel(vm)
    qtbot.addWidget(widget)
    return widget


def server_rules(sim) -> list:
    return httpx.get(sim.base_url + "/_sim/diversions", timeout=10).json()["users"].get("agent1", {}).get("rules", [])


def test_a_wrong_number_is_explained_as_it_is_typed_and_never_sent(sim, panel, arun, qtbot):
    assert panel.state_label.text() == "Not forwarded"
    assert not panel.forward_button.isEnabled() and not panel.off_button.isEnabled()
    act(arun, lambda: qtbot.keyClicks(panel.number_edit, "07O-123"))  # a letter O for a zero
    assert "Letters cannot be dialled" in panel.input_problem.text()
    assert not panel.forward_button.isEnabled()
    act(arun, lambda: qtbot.keyClick(panel.number_edit, Qt.Key.Key_Return))
    arun(asyncio.sleep(0.2))
    assert server_rules(sim) == []
    assert panel.input_problem.text() and panel.vm.error == ""


def test_forward_and_turn_off_from_the_control(sim, panel, arun, qtbot):
    act(arun, lambda: qtbot.keyClicks(panel.number_edit, "070-111 22 33"))
    assert panel.input_problem.text() == "" and panel.forward_button.isEnabled()
    act(arun, panel.forward_button.click)
    arun(until(lambda: panel.vm.number == "+46701112233"))
    assert server_rules(sim)[0]["phoneNumber"] == "+46701112233"
    assert panel.state_label.text() == "Forwarded to +46 70 111 22 33"
    assert "Every call to you is forwarded" in panel.detail_label.text()
    assert panel.off_button.isEnabled()
    act(arun, panel.off_button.click)
    arun(until(lambda: not panel.vm.forwarded))
    assert server_rules(sim) == [] and panel.state_label.text() == "Not forwarded"


def test_turn_off_every_rule_from_the_control(sim, panel, arun):
    arun(panel.vm._service.set_diversion_rule("CFWD_ON_BUSY", "1002"))
    arun(panel.vm.load())
    assert not panel.all_off_button.isHidden() and panel.all_off_button.isEnabled()
    assert "when you are busy to 1002" in panel.detail_label.text()
    act(arun, panel.all_off_button.click)
    arun(until(lambda: not panel.vm.rules))
    assert server_rules(sim) == [] and not panel.all_off_button.isEnabled()


def test_server_refusals_and_outages_show_in_words(sim, panel, arun, qtbot):
    act(arun, lambda: qtbot.keyClicks(panel.number_edit, "1001"))  # my own extension
    act(arun, panel.forward_button.click)
    arun(until(lambda: panel.vm.error != ""))
    assert "your own number" in panel.error_label.text() and not panel.error_label.isHidden()
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["div.rules", "div.rule_put"]})
    panel.number_edit.setText("1002")
    act(arun, panel.forward_button.click)
    arun(until(lambda: panel.vm.refreshError != ""))
    assert panel.error_label.text().startswith("Call forwarding change: the server")
    assert panel.stale_label.text().startswith("Call forwarding may be out of date")
    httpx.delete(sim.base_url + "/_sim/faults", timeout=10)


def test_activity_forwarding_rows(sim, panel, arun):
    lunch = panel.activity_combo.findData("lunch")
    assert lunch >= 0 and panel.activity_combo.findData("available") < 0
    panel.activity_combo.setCurrentIndex(lunch)
    panel.activity_number.setText("1002")
    act(arun, panel.activity_button.click)
    arun(until(lambda: panel.vm.activityForwarding))
    assert "lunch" in panel.activity_rows
    row_label = panel.activity_rows["lunch"].findChildren(type(panel.state_label))[0]
    assert row_label.text() == "Lunch: forwarded to 1002"


def test_the_header_button_follows_changes_made_elsewhere(sim, vm, arun, qtbot):
    button = ForwardingButton(vm)
    qtbot.addWidget(button)
    assert button.text() == "Not forwarded" and not button.isHidden()
    vm.start()
    sim_post(sim, "/_sim/diversions/agent1", {"forwardAll": "+46701112233"})
    arun(until(lambda: vm.forwarded, 5.0, "the poll to see the forwarding"))
    assert button.text() == "↪ Forwarded to +46 70 111 22 33"
    assert button.accessibleName() == "Call forwarding: Forwarded to +46 70 111 22 33"
    dialog = button.open_dialog()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.panel.state_label.text() == "Forwarded to +46 70 111 22 33"
    arun(asyncio.sleep(0.2))  # the refresh the dialog asked for
    dialog.close()


def test_the_main_window_header_shows_it_and_the_calls_menu_opens_it(sim, agent_session, arun, qtbot, qapp):
    def ready(ws, _win):
        return until(lambda: ws.forwarding_vm.loaded and ws.presence_vm.loaded, 10)

    with opened_main_window(agent_session, arun, qtbot, qapp, ready) as win:
        workspace = win.workspace
        button = workspace.forwarding
        assert button.isVisible() and button.window() is win and button.text() == "Not forwarded"
        assert "forwarding" in win.actions
        act(arun, win.actions["forwarding"].trigger)
        assert button.dialog is not None and button.dialog.isVisible()
        button.dialog.panel.number_edit.setText("1002")
        act(arun, button.dialog.panel.forward_button.click)
        arun(until(lambda: button.text() == "↪ Forwarded to 1002"))
        button.dialog.close()
        arun(asyncio.sleep(0.3))


def test_the_app_signed_in_to_dstny_shows_forwarding_in_the_header(arun, keep_running):
    # Through the composition root (accounts.AccountBackend), as a person signs in.
    controller, quits = demo_app("dstny", arun, keep_running)
    workspace = controller.window.workspace
    assert workspace.forwarding_vm.supported
    arun(until(lambda: workspace.forwarding_vm.loaded, timeout=10))
    assert workspace.forwarding.window() is controller.window and workspace.forwarding.isVisible()
    assert workspace.forwarding.text() == "Not forwarded"
    assert "forwarding" in controller.window.actions
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))


def test_a_phone_system_without_forwarding_shows_none(arun, keep_running):
    controller, quits = demo_app("telavox", arun, keep_running)
    workspace = controller.window.workspace
    assert not workspace.forwarding_vm.supported
    assert workspace.forwarding is None  # no header button
    assert "forwarding" not in controller.window.actions
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))


def test_a_presence_shortcut_that_diverts_shows_in_the_header_at_once(sim, agent_session, arun, qtbot):
    # The workspace's forwarding polls every 15 s; a presence change re-reads it at once.
    from cti_desktop.core.settings import SettingsStore
    from cti_desktop.ui.workspace import Workspace

    bridge = SessionBridge(agent_session)
    workspace = Workspace.build(bridge, None, SettingsStore().load())
    try:
        workspace.start()
        arun(until(lambda: workspace.forwarding_vm.loaded and workspace.presence_vm.loaded, 10))
        gone = next(s for s in workspace.presence_vm.shortcuts if s["name"] == "Gone for the day")
        assert arun(workspace.presence_vm.apply_shortcut(gone["id"]))
        arun(until(lambda: workspace.forwarding.text().startswith("↪ Diverted to +46 8 500 100 00"), 3.0,
                   "the header to show the shortcut's diversion"))
        assert workspace.forwarding.text() == "↪ Diverted to +46 8 500 100 00 while Away"
        assert arun(workspace.presence_vm.set_activity("available"))
        arun(until(lambda: workspace.forwarding.text() == "Not forwarded", 3.0, "the diversion to end"))
    finally:
        arun(workspace.aclose())
        for widget in (workspace.calls, workspace.dial, workspace.queues, workspace.contacts, workspace.presence,
                       workspace.group_log, workspace.history, workspace.forwarding):
            widget.deleteLater()
