"""The widgets of the on-demand reads against real view-models and the Dstny simulator on loopback:
the queues panel's "Details…" window (``acd.group``), the wallboard's organisation row and one
queue opened from its tile (``qs.organisation``, ``qs.queue``), and the forwarding editor's
"Edit…" of one activity, which reads that activity's number fresh (``adm.get``).
"""

from __future__ import annotations

import httpx
import pytest
from support import act, sim_post, start_dstny_session, until

from cti_desktop.ui.forwarding import ForwardingPanel
from cti_desktop.ui.queue_toggles import QueueToggles
from cti_desktop.ui.wallboard import WallboardWindow
from cti_desktop.viewmodels.forwarding import ForwardingViewModel
from cti_desktop.viewmodels.queues import QueuesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import QUEUE_ID_ROLE, WallboardViewModel

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def bridge(agent_session):
    b = SessionBridge(agent_session)
    yield b
    b.detach()


def test_details_window_of_one_queue(sim, bridge, arun, qtbot):
    vm = QueuesViewModel(bridge, poll_interval=60)
    panel = QueueToggles(vm)
    qtbot.addWidget(panel)
    try:
        assert arun(vm.refresh_now())
        row = panel.row_widgets("103")
        assert row is not None and not row.details.isHidden() and row.details.text() == "Details…"
        sim_post(sim, "/_sim/queues/103", {"callsWaiting": 1})
        act(arun, row.details.click)
        arun(until(lambda: vm.details.get("id") == "103", 5, what="the details"))
        dialog = panel.details_dialog
        qtbot.addWidget(dialog)
        assert dialog.isVisible() and dialog.windowTitle() == "Queue details: Switchboard"
        assert dialog.fields["typeName"].text() == "Switchboard (attendant)"
        assert dialog.fields["figures"].text().startswith("1 waiting")
        names = {dialog.agents.topLevelItem(i).text(0) for i in range(dialog.agents.topLevelItemCount())}
        assert "Anna Lindqvist" in names and len(names) == 5
        assert not dialog.status.isVisibleTo(dialog)
        sim_post(sim, "/_sim/faults", {"outageMs": 30000, "routes": ["acd.group"]})
        act(arun, dialog.refresh_button.click)
        arun(until(lambda: vm.detailsError != "", 5))
        assert dialog.status.text().startswith("Could not read the details of Switchboard: ")
        assert dialog.agents.topLevelItemCount() == 0
        sim_post(sim, "/_sim/faults", {"outageMs": 0, "routes": []})
        dialog.close()
    finally:
        arun(vm.aclose())


def test_wallboard_organisation_row_and_a_tile_opened(sim, arun, qtbot):
    session = start_dstny_session(sim, arun, "super1")
    b = SessionBridge(session)
    vm = WallboardViewModel(b, flush_hz=20, order_every=0.05, check_every=0.3, heartbeat_interval=1.0,
                            backoff_initial=0.1)
    window = WallboardWindow(vm)
    qtbot.addWidget(window)
    try:
        vm.start()
        arun(until(lambda: vm.organisation is not None and vm.model.rowCount() == 4, 10))
        assert window.organisation_label.text().startswith("Whole organisation: 4 queues")
        assert window.detail_box.isHidden()
        index = next(vm.model.index(r) for r in range(4) if vm.model.index(r).data(QUEUE_ID_ROLE) == "102")
        sim_post(sim, "/_sim/queues/102", {"callsWaiting": 6})
        act(arun, lambda: window.tiles.activated.emit(index))
        arun(until(lambda: vm.detailText.startswith("Sales"), 5))
        assert not window.detail_box.isHidden() and window.detail_label.text().startswith("Sales (+4685002002): 6 waiting")
        act(arun, window.detail_close.click)
        assert window.detail_box.isHidden()
    finally:
        arun(vm.aclose())
        b.detach()
        arun(session.aclose())


def test_edit_reads_the_activity_number_fresh(sim, bridge, arun, qtbot):
    vm = ForwardingViewModel(bridge, poll_interval=60)
    panel = ForwardingPanel(vm)
    qtbot.addWidget(panel)
    try:
        assert arun(vm.set_activity_forwarding("lunch", "1002"))
        assert [a["number"] for a in vm.activityForwarding] == ["1002"]
        # Changed elsewhere (the portal) since the list was read: Edit… shows the new number.
        httpx.post(sim.base_url + "/_sim/diversions/agent1", json={"activityDiversions": {"lunch": "+46701112233"}},
                   timeout=10).raise_for_status()
        edit = next(b for b in panel.activity_rows["lunch"].findChildren(type(panel.activity_button))
                    if b.text() == "Edit…")
        act(arun, edit.click)
        arun(until(lambda: panel.activity_number.text() == "+46701112233", 5, what="the fresh number"))
        assert panel.activity_combo.currentData() == "lunch"
        assert [a["number"] for a in vm.activityForwarding] == ["+46701112233"]
        # Removed elsewhere: Edit… of a row that is gone empties the field and drops the row.
        httpx.post(sim.base_url + "/_sim/diversions/agent1", json={"activityDiversions": {"lunch": None}},
                   timeout=10).raise_for_status()
        assert arun(vm.edit_activity("lunch")) == ""
        assert vm.activityForwarding == [] and panel.activity_number.text() == ""
    finally:
        arun(vm.aclose())
