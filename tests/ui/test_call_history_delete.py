"""The call history panel's Delete (button and Delete key, several rows after a question) and the
Undo of a voicemail moved to the trash, bound to a real view-model against agent1 in the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support import act, until

from cti_desktop.ui.call_history import CallHistoryPanel
from cti_desktop.viewmodels.call_history import CallHistoryViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def panel(qtbot, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = CallHistoryViewModel(bridge, poll_interval=60, max_backoff=60, undo_seconds=30)
    widget = CallHistoryPanel(vm, url_opener=lambda _url: True)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    arun(vm.aclose())
    bridge.detach()


def server_item(sim, item_id: str) -> dict:
    org = sim.sim.org
    items = list(org.users["agent1"].commlog) + [i for v in org.group_inbox.values() for i in v]
    return next(i for i in items if str(i["itemId"]) == item_id)


def test_the_delete_key_deletes_the_selected_call_without_asking(sim, arun, qtbot, panel):
    vm = panel.vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["type"] == "OUTGOING_CALL")
    assert panel.select(row["id"]) and panel.delete_button.isEnabled() and panel.delete_button.text() == "&Delete"
    panel.table.setFocus()
    act(arun, lambda: qtbot.keyClick(panel.table, Qt.Key.Key_Delete))
    arun(until(lambda: vm.item(row["id"]) is None, timeout=5, what="the row to go"))
    assert panel.confirm_box is None  # one item: no question
    assert server_item(sim, row["id"])["deleted"] is True
    assert panel.notice_label.text().startswith("Deleted the outgoing call with ")
    assert panel.table.rowCount() == len(vm.items)


def test_several_rows_are_deleted_after_the_question_and_the_voicemail_comes_back_on_undo(sim, arun, qtbot, panel):
    vm = panel.vm
    assert arun(vm.refresh_now())
    voicemail = next(r for r in vm.items if r["type"] == "VOICEMAIL" and not r["inboxName"])
    calls = [r["id"] for r in vm.items if r["type"] in ("MISSED_CALL", "INCOMING_CALL")][:2]
    chosen = [voicemail["id"], *calls]
    assert panel.select_many(chosen) == 3
    assert sorted(panel.selected_ids) == sorted(chosen)
    assert arun(vm.refresh_now())  # a refresh refills the table: the rows stay selected
    server_item(sim, calls[0])["isSeen"] = not server_item(sim, calls[0])["isSeen"]
    assert arun(vm.refresh_now())
    assert sorted(panel.selected_ids) == sorted(chosen)
    assert not panel.call_button.isEnabled()  # one-item actions need one row
    assert panel.delete_button.isEnabled()
    assert not panel.undo_button.isVisible()

    box = panel.delete_selected()
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "Delete 3 items?"
    assert box.text() == "2 items will be deleted for good; 1 voicemail will be moved to the trash (you can undo that)."
    act(arun, lambda: box.button(QMessageBox.StandardButton.Cancel).click())
    arun(until(lambda: panel.confirm_box is None, timeout=5, what="the question to close"))
    assert all(vm.item(i) is not None for i in chosen) and not server_item(sim, calls[0]).get("deleted")

    box = panel.delete_selected()
    act(arun, lambda: box.button(QMessageBox.StandardButton.Yes).click())
    arun(until(lambda: all(vm.item(i) is None for i in chosen), timeout=5, what="the rows to go"))
    assert all(server_item(sim, i)["deleted"] for i in calls)
    assert server_item(sim, voicemail["id"]).get("deletionTime") and not server_item(sim, voicemail["id"]).get("deleted")
    assert panel.undo_button.isVisible()
    assert panel.notice_label.text().startswith("Deleted 2 items; moved the voicemail from ")
    unseen = next(r["id"] for r in vm.items if r["unseenMissed"])
    assert arun(vm.mark_seen(unseen)), vm.error  # a newer command clears the notice…
    assert vm.notice == "" and vm.canUndo
    assert panel.notice_label.text() == vm.undoText  # …and the label says what Undo would bring back
    assert panel.notice_label.text().startswith("Moved the voicemail from ")

    act(arun, panel.undo_button.click)
    arun(until(lambda: vm.item(voicemail["id"]) is not None, timeout=5, what="the voicemail back"))
    assert not server_item(sim, voicemail["id"]).get("deletionTime")
    assert not panel.undo_button.isVisible()
    assert panel.notice_label.text().endswith("back to the inbox")
    assert panel.select(voicemail["id"]) and panel.delete_button.text() == "&Delete to trash"
