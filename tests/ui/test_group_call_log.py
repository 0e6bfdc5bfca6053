"""GroupCallLogPanel bound to real view-models of two agents against the simulator."""

from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from support import sim_post, sim_state, until

from cti_desktop.ui.group_call_log import COLUMNS, GroupCallLogPanel
from cti_desktop.viewmodels.group_call_log import GroupCallLogViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

SWITCHBOARD = "103"
CALLER = "+46701234577"


def _panel(qtbot, arun, session):
    bridge = SessionBridge(session)
    vm = GroupCallLogViewModel(bridge, poll_interval=0.2, lookup_names=False)
    panel = GroupCallLogPanel(vm)
    qtbot.addWidget(panel)
    return bridge, vm, panel


@pytest.fixture
def panels(qtbot, arun, agent_session, agent2_session):
    made = [_panel(qtbot, arun, agent_session), _panel(qtbot, arun, agent2_session)]
    yield [p for _b, _v, p in made]
    for bridge, vm, panel in made:
        panel.hide()
        arun(vm.aclose())
        bridge.detach()


def miss_a_group_call(sim, arun) -> str:
    before = {i["itemId"] for i in sim.sim.org.groups[int(SWITCHBOARD)].calllog}
    answer = sim_post(sim, "/_sim/calls", {"via": SWITCHBOARD, "from": CALLER})
    arun(asyncio.sleep(0.2))
    sim_post(sim, f"/_sim/calls/{answer['callId']}/remote-hangup")
    new = [i for i in sim.sim.org.groups[int(SWITCHBOARD)].calllog if i["itemId"] not in before]
    assert len(new) == 1
    return str(new[0]["itemId"])


def row_of(panel, item_id) -> int:
    for r in range(panel.table.rowCount()):
        if panel.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == item_id:
            return r
    return -1


def cell(panel, item_id, column) -> str:
    r = row_of(panel, item_id)
    return panel.table.item(r, COLUMNS.index(column)).text() if r >= 0 else ""


def test_take_in_one_panel_shows_in_the_other_and_blocks_a_second_take(sim, arun, qtbot, panels):
    p1, p2 = panels
    item_id = miss_a_group_call(sim, arun)
    p1.show()
    p2.show()
    assert p1.vm.active and p2.vm.active
    arun(until(lambda: row_of(p1, item_id) >= 0 and row_of(p2, item_id) >= 0, timeout=5, what="both panels' polls"))
    assert cell(p1, item_id, "Type") == "Missed" and cell(p1, item_id, "Caller") == CALLER
    assert cell(p1, item_id, "Status") == "Unhandled"
    assert p1.group_box.itemText(0) == "All groups" and p1.group_box.count() >= 3
    assert not p1.take_button.isEnabled()  # nothing selected yet
    assert p1.select(item_id)
    assert p1.take_button.isEnabled() and p1.call_button.isEnabled()
    qtbot.keyClicks(p1.note_edit, "Will call back at 3")
    qtbot.mouseClick(p1.take_button, Qt.MouseButton.LeftButton)
    server = next(i for i in sim.sim.org.groups[103].calllog if str(i["itemId"]) == item_id)
    arun(until(lambda: server["handledStatus"]["state"] == "INPROGRESS", what="the take to reach the server"))
    assert server["handledStatus"]["note"] == "Will call back at 3" and server["handledStatus"]["agent"]["userId"] == "agent1"
    arun(until(lambda: cell(p1, item_id, "Status") == "In progress (you)", what="agent1's row"))
    assert p1.note_edit.text() == "" and "taken" in p1.notice_label.text()
    assert p1.assigned_table.isVisible() and p1.assigned_table.rowCount() == 1
    # agent2's panel follows by polling, and a take there is refused in words
    arun(until(lambda: cell(p2, item_id, "Status").startswith("In progress ("), timeout=5, what="agent2's poll"))
    assert "(you)" not in cell(p2, item_id, "Status") and cell(p2, item_id, "Note") == "Will call back at 3"
    assert p2.select(item_id)
    qtbot.mouseClick(p2.take_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: p2.error_label.text(), what="agent2's error"))
    assert "already taken by" in p2.error_label.text() and p2.error_label.isVisible()
    assert server["handledStatus"]["agent"]["userId"] == "agent1"
    # filters in the panel
    p1.type_box.setCurrentIndex(p1.type_box.findData("ANSWERED"))
    p1.type_box.activated.emit(p1.type_box.currentIndex())
    assert p1.vm.typeFilter == "ANSWERED" and row_of(p1, item_id) == -1
    p1.group_box.setCurrentIndex(p1.group_box.findData(SWITCHBOARD))
    p1.group_box.activated.emit(p1.group_box.currentIndex())
    assert p1.vm.selectedGroup == SWITCHBOARD
    p1.hide()
    assert not p1.vm.active


def test_enter_calls_back_and_release_button(sim, arun, qtbot, panels, agent_session):
    p1, _p2 = panels
    item_id = miss_a_group_call(sim, arun)
    p1.show()
    arun(until(lambda: row_of(p1, item_id) >= 0, timeout=5, what="the panel's poll"))
    p1.table.setFocus()
    assert p1.select(item_id)
    p1.table.setCurrentCell(row_of(p1, item_id), 0)
    qtbot.keyClick(p1.table, Qt.Key.Key_Return)
    arun(until(lambda: agent_session.store.calls(), what="the call-back"))
    calls = [c for c in sim_state(sim)["calls"] if c["user"] == "agent1" and c["status"] != "TERMINATED"]
    assert len(calls) == 1 and calls[0]["remoteParty"]["telUri"].endswith(CALLER)
    arun(until(lambda: cell(p1, item_id, "Status") == "In progress (you)", what="the item to be mine"))
    assert p1.select(item_id) and p1.release_button.isEnabled()
    qtbot.mouseClick(p1.release_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: cell(p1, item_id, "Status") == "Unhandled", what="the release"))
    for c in calls:
        sim_post(sim, f"/_sim/calls/{c['callId']}/remote-hangup")
    arun(until(lambda: not agent_session.store.calls(), what="the call to end"))
    arun(asyncio.sleep(0.3))


def test_every_control_is_named_and_explained(panels):
    p1, _ = panels
    for w in (p1.group_box, p1.type_box, p1.refresh_button, p1.table, p1.note_edit, p1.take_button,
              p1.handled_button, p1.release_button, p1.call_button, p1.assigned_table):
        assert w.accessibleName() and w.toolTip(), w
