"""The call history panel's voicemails, recordings, refresh failures and voicemail settings, bound to
real view-models against agent1 in the simulator."""

from __future__ import annotations

import httpx
import pytest
from support import until

from cti_desktop.ui.call_history import COLUMNS, CallHistoryPanel
from cti_desktop.viewmodels.call_history import CallHistoryViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def panel(qtbot, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = CallHistoryViewModel(bridge, poll_interval=0.2, max_backoff=0.4)
    opened = []
    widget = CallHistoryPanel(vm, url_opener=opened.append)
    widget.opened = opened
    qtbot.addWidget(widget)
    yield widget
    arun(widget.voicemail_vm.aclose())
    arun(vm.aclose())
    bridge.detach()


def cell(panel, row: int, column: str) -> str:
    return panel.table.item(row, COLUMNS.index(column)).text()


def test_unplayed_messages_are_said_counted_and_listened_to(sim, arun, qtbot, panel):
    vm = panel.vm
    assert arun(vm.refresh_now())
    panel.tabs.setCurrentIndex(4)
    assert vm.filter == "MESSAGES"
    n = vm.unplayedMessages
    assert n > 0 and panel.tabs.tabText(4) == f"Voicemail ({n})"
    states = [cell(panel, r, "State") for r in range(panel.table.rowCount())]
    assert "● Not played" in states and "Played" in states
    row = next(r for r in range(panel.table.rowCount()) if cell(panel, r, "State") == "● Not played")
    assert panel.table.item(row, 0).font().bold()
    item_id = panel.table.item(row, 0).data(256)
    assert panel.select(item_id)
    assert panel.listen_button.isEnabled() and panel.played_button.isEnabled() and panel.call_button.isEnabled()
    panel.listen_button.click()
    arun(until(lambda: vm.item(item_id)["played"], timeout=5, what="the message marked played"))
    assert [u.toString() for u in panel.opened] == [sim_url(sim, item_id)]
    assert panel.tabs.tabText(4) == (f"Voicemail ({n - 1})" if n > 1 else "Voicemail")
    panel.select(item_id)
    assert not panel.played_button.isEnabled()


def sim_url(sim, item_id: str) -> str:
    org = sim.sim.org
    items = org.users["agent1"].commlog + [i for v in org.group_inbox.values() for i in v]
    return next(i["url"] for i in items if str(i["itemId"]) == item_id)


def test_a_failing_refresh_is_said_and_the_list_stays(sim, arun, qtbot, panel):
    vm = panel.vm
    vm.start()
    arun(until(lambda: vm.loaded, what="the first read"))
    rows = panel.table.rowCount()
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["log.list"]}, timeout=10).raise_for_status()
    try:
        arun(until(lambda: "attempts in a row failed" in panel.stale_label.text(), timeout=5, what="the words"))
        assert panel.stale_label.isVisibleTo(panel) and panel.table.rowCount() == rows
        assert panel.stale_label.text().startswith(vm.STALE_WORDS)
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    arun(until(lambda: not panel.stale_label.text(), timeout=5, what="the words gone once it reads again"))


def test_voicemail_settings_seen_changed_and_refused_in_words(sim, arun, qtbot, panel):
    assert panel.settings_button.isVisibleTo(panel)
    dialog = panel.open_voicemail_settings()
    vm = panel.voicemail_vm
    arun(until(lambda: vm.loaded, what="the settings"))
    server = sim.sim.org.voicemail_settings["agent1"]
    assert dialog.checks["sms_notification"].isChecked() is server["smsNotification"]
    assert dialog.number.text() == server["humanAssistanceNumber"]
    dialog.checks["sms_notification"].setChecked(not server["smsNotification"])
    was = server["smsNotification"]
    assert arun(vm.save(dialog.changes())), vm.error
    assert server["smsNotification"] is (not was) and "saved" in dialog.error_label.text()
    dialog.number.setText("ring my desk")
    assert not arun(vm.save(dialog.changes()))
    assert "humanAssistanceNumber" in dialog.error_label.text() and dialog.error_label.isVisibleTo(dialog)
    assert server["humanAssistanceNumber"] != "ring my desk"
    dialog.close()
