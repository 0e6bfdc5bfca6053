"""QueueToggles against a real QueuesViewModel and the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support import act, settle_live, sim_post, sim_state, until
from panel_support import widget

from cti_desktop.ui.queue_toggles import QueueToggles
from cti_desktop.viewmodels.queues import QueuesViewModel


@pytest.fixture
def panel(agent_session, arun, qtbot):
    yield from widget(agent_session, arun, qtbot,
                      lambda bridge: QueuesViewModel(bridge, poll_interval=0.2, max_backoff=0.5), QueueToggles)


def logged_in(sim, gid: int) -> bool:
    return "agent1" in next(g for g in sim_state(sim)["groups"] if g["id"] == gid)["loggedIn"]


def test_rows_show_the_servers_groups(sim, panel, arun):
    assert panel.status_label.text() == "Loading your queues…"
    act(arun, lambda: panel.show())  # starts the polite polling
    arun(until(lambda: panel.switch_for("101") is not None))
    assert panel.vm.active
    sales = panel.row_widgets("102")
    assert sales.name.text() == "Sales" and sales.kind.text() == "ACD Light queue"
    assert not sales.switch.isChecked() and panel.switch_for("101").isChecked()
    assert sales.switch.accessibleName() == "Logged in to Sales"
    assert sales.switch.toolTip() and sales.waiting.toolTip() and sales.free.toolTip()
    assert sales.night.isHidden()
    assert panel.status_label.isHidden()
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 2, "nightMode": True})
    arun(until(lambda: sales.waiting.text() == "2 waiting" and not sales.night.isHidden(), timeout=5))
    assert "night" in sales.night.toolTip().lower()


def test_clicking_the_switch_logs_in_on_the_server(sim, panel, arun, qtbot):
    arun(panel.vm.refresh_now())
    switch = panel.switch_for("102")
    act(arun, lambda: qtbot.mouseClick(switch, Qt.MouseButton.LeftButton))
    arun(until(lambda: logged_in(sim, 102) and switch.isEnabled() and switch.isChecked()))
    # keyboard: Space on the focused switch logs out again
    switch.setFocus()
    act(arun, lambda: qtbot.keyClick(switch, Qt.Key.Key_Space))
    arun(until(lambda: not logged_in(sim, 102) and switch.isEnabled() and not switch.isChecked()))


def test_a_failing_server_shows_the_error_and_the_switch_goes_back(sim, agent_session, panel, arun, qtbot):
    arun(panel.vm.refresh_now())
    switch = panel.switch_for("102")
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        qtbot.mouseClick(switch, Qt.MouseButton.LeftButton)
        arun(until(lambda: panel.vm.error != "" and switch.isEnabled()))
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0})
    assert not switch.isChecked()
    assert not panel.error_label.isHidden() and "Sales" in panel.error_label.text()
    assert not logged_in(sim, 102)
    settle_live(arun, agent_session)


def test_log_in_all_and_log_out_all_buttons(sim, panel, arun, qtbot):
    arun(panel.vm.refresh_now())
    act(arun, lambda: qtbot.mouseClick(panel.log_in_all, Qt.MouseButton.LeftButton))
    arun(until(lambda: all(logged_in(sim, g) for g in (101, 102, 103)) and not panel.log_in_all.isEnabled()
               and panel.log_out_all.isEnabled()))
    assert all(panel.switch_for(g).isChecked() for g in ("101", "102", "103"))
    act(arun, lambda: qtbot.mouseClick(panel.log_out_all, Qt.MouseButton.LeftButton))
    arun(until(lambda: not any(logged_in(sim, g) for g in (101, 102, 103)) and panel.log_in_all.isEnabled()))
    assert not any(panel.switch_for(g).isChecked() for g in ("101", "102", "103"))


def test_options_bind_to_the_view_model(panel, arun):
    act(arun, lambda: panel.login_at_start.setChecked(True))
    assert panel.vm.loginAtStart
    act(arun, lambda: panel.vm.setLogoutAtExit(True))
    assert panel.logout_at_exit.isChecked()

