"""CallHistoryPanel bound to a real CallHistoryViewModel against agent1's log in the simulator."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from support import sim_post, sim_state, until
from panel_support import widget

from cti_desktop.ui.call_history import COLUMNS, CallHistoryPanel
from cti_desktop.viewmodels.call_history import CallHistoryViewModel

CALLER = "+46701234566"


@pytest.fixture
def panel(qtbot, arun, agent_session):
    yield from widget(agent_session, arun, qtbot,
                      lambda bridge: CallHistoryViewModel(bridge, poll_interval=30.0, after_call_delay=0.05),
                      CallHistoryPanel)


def miss_a_call(sim, arun, session) -> None:
    answer = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": CALLER, "fromName": "Mona Missed"})
    arun(until(lambda: session.store.calls(), what="the call to ring"))
    sim_post(sim, f"/_sim/calls/{answer['callId']}/remote-hangup")
    arun(until(lambda: not session.store.calls(), what="the call to end"))


def first_id(panel) -> str:
    return panel.table.item(0, 0).data(Qt.ItemDataRole.UserRole)


def test_missed_call_in_bold_counted_on_the_tab_and_marked_seen(sim, arun, qtbot, panel, agent_session):
    vm = panel.vm
    vm.start()
    arun(until(lambda: vm.loaded, what="the first read"))
    assert panel.table.rowCount() == len(vm.items) > 0
    base = vm.unseenMissed
    miss_a_call(sim, arun, agent_session)
    arun(until(lambda: vm.unseenMissed == base + 1, timeout=5, what="the first missed call"))
    miss_a_call(sim, arun, agent_session)
    arun(until(lambda: vm.unseenMissed == base + 2, timeout=5, what="the second missed call"))
    assert panel.tabs.tabText(1) == f"Missed ({base + 2})"
    assert panel.table.item(0, COLUMNS.index("Who")).text() == f"Mona Missed ({CALLER})"
    assert panel.table.item(0, 0).font().bold() and panel.table.item(0, 0).text() == "Missed"
    item_id = first_id(panel)
    assert panel.select(item_id)
    assert panel.seen_button.isEnabled() and panel.call_button.isEnabled() and panel.all_seen_button.isEnabled()
    qtbot.mouseClick(panel.seen_button, Qt.MouseButton.LeftButton)
    server = next(i for i in sim.sim.org.users["agent1"].commlog if str(i["itemId"]) == item_id)
    arun(until(lambda: server["isSeen"] and vm.unseenMissed == base + 1, what="mark seen"))
    arun(until(lambda: not panel.table.item(0, 0).font().bold(), what="the row to be plain"))
    # the Missed tab shows only missed calls
    panel.tabs.setCurrentIndex(1)
    assert vm.filter == "MISSED"
    assert all(panel.table.item(r, 0).text() == "Missed" for r in range(panel.table.rowCount()))
    panel.tabs.setCurrentIndex(3)
    assert vm.filter == "OUTGOING"
    assert all(panel.table.item(r, 0).text() == "Outgoing" for r in range(panel.table.rowCount()))
    # mark all seen
    panel.tabs.setCurrentIndex(0)
    assert panel.all_seen_button.isEnabled()
    qtbot.mouseClick(panel.all_seen_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: vm.unseenMissed == 0, what="mark all seen"))
    assert not any(i["itemType"] == "MISSED_CALL" and not i["isSeen"] for i in sim.sim.org.users["agent1"].commlog)
    assert panel.tabs.tabText(1) == "Missed" and not panel.all_seen_button.isEnabled()
    arun(asyncio.sleep(0.1))


def test_enter_calls_back(sim, arun, qtbot, panel, agent_session):
    vm = panel.vm
    miss_a_call(sim, arun, agent_session)
    assert arun(vm.refresh_now())
    panel.table.setFocus()
    panel.table.setCurrentCell(0, 0)
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    arun(until(lambda: agent_session.store.calls(), what="the call-back"))
    calls = [c for c in sim_state(sim)["calls"] if c["user"] == "agent1" and c["status"] != "TERMINATED"]
    assert len(calls) == 1 and calls[0]["remoteParty"]["telUri"].endswith(CALLER) and not calls[0]["inbound"]
    arun(until(lambda: "Calling" in panel.notice_label.text(), what="the notice"))
    sim_post(sim, f"/_sim/calls/{calls[0]['callId']}/remote-hangup")
    arun(until(lambda: not agent_session.store.calls(), what="the call to end"))
    arun(asyncio.sleep(0.3))


def test_errors_shown_in_words(sim, arun, panel, agent_session):
    import httpx

    assert arun(panel.vm.refresh_now())
    rows = panel.table.rowCount()
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0}, timeout=10).raise_for_status()
    try:
        assert not arun(panel.vm.refresh_now())
        assert panel.stale_label.text().startswith("Could not read your call history")
        assert panel.table.rowCount() == rows
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    arun(until(lambda: agent_session.status.state.name == "LIVE", timeout=10, what="the session to be live again"))
    assert arun(panel.vm.refresh_now()) and not panel.stale_label.text()


def test_every_control_is_named_and_explained(panel):
    for w in (panel.tabs, panel.table, panel.call_button, panel.seen_button, panel.all_seen_button, panel.refresh_button):
        assert w.accessibleName() and w.toolTip(), w
