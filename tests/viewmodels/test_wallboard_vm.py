"""WallboardViewModel headless against the real simulator, signed in as the supervisor super1."""

from __future__ import annotations

import asyncio

import pytest
from support import sim_post, until
import panel_support

from cti_desktop.core.connection import ConnectionState
from cti_desktop.core.queue_board import Level
from cti_desktop.viewmodels.wallboard import TILE_ROLE

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def make_vm(sim, arun):
    yield from panel_support.wallboard_vms(sim, arun)


def view(vm, qid):
    return vm.model.view(qid)


def test_tiles_for_every_supervised_queue_live_with_levels_and_one_notification(sim, make_vm, arun):
    vm = make_vm()
    arun(until(lambda: vm.live and vm.queueCount == 4, 10, what="the wallboard to be live"))
    assert vm.status == "Live" and vm.denied == ""
    model = vm.model
    names = {model.data(model.index(r), TILE_ROLE).name for r in range(model.rowCount())}
    assert names == {"Customer Service", "Sales", "Switchboard", "Support 2nd line"}
    cs = view(vm, "101")
    assert cs.level_label == "Normal" and cs.logged_in >= 1 and "/" in cs.period_text and cs.presence_text

    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 3})
    arun(until(lambda: view(vm, "104").waiting == 3, 5))
    assert view(vm, "104").level_label == "Warning" and vm.warningCount == 1
    for n in (5, 4, 6, 5):  # flapping inside the hysteresis margin
        sim_post(sim, "/_sim/queues/104", {"callsWaiting": n})
        arun(until(lambda n=n: view(vm, "104").waiting == n, 5))
    assert view(vm, "104").level_label == "Critical" and vm.criticalCount == 1
    assert vm.notes == [("Queue critical: Support 2nd line", vm.notes[0][1])] and "5 waiting" in vm.notes[0][1]
    # urgency order: the critical queue first
    arun(until(lambda: vm.model.order[0] == "104", 3))
    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 0})
    arun(until(lambda: view(vm, "104").level_label == "Normal", 5))
    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 9})
    arun(until(lambda: len(vm.notes) == 2, 5))


def test_filter_sort_and_tv_mode(sim, make_vm, arun):
    vm = make_vm()
    arun(until(lambda: vm.queueCount == 4 and len(vm.model.order) == 4, 10))
    vm.sortKey = "name"
    assert [view(vm, q).name for q in vm.model.order] == ["Customer Service", "Sales", "Support 2nd line",
                                                         "Switchboard"]
    vm.filterText = "s"
    vm.filterText = "su"
    assert [view(vm, q).name for q in vm.model.order] == ["Support 2nd line"]
    with pytest.raises(ValueError):
        vm.sortKey = "colour"
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 7})
    arun(until(lambda: view(vm, "102").waiting == 7, 5))
    vm.tvMode = True  # everything, most urgent first, whatever the filter
    assert vm.effective_sort == "urgency" and len(vm.model.order) == 4 and vm.model.order[0] == "102"
    vm.tvMode = False
    assert vm.model.order == ["104"]


def test_resync_after_a_drop_and_data_age_while_reconnecting(sim, make_vm, arun):
    vm = make_vm()
    arun(until(lambda: vm.live and vm.queueCount == 4, 10))
    sim_post(sim, "/_sim/streams/drop", {"outageMs": 1500})
    sim_post(sim, "/_sim/queues/103", {"callsWaiting": 2})  # missed by the stream
    arun(until(lambda: not vm.live, 5))
    assert vm.status.startswith("Reconnecting")
    arun(until(lambda: view(vm, "101").age_text.startswith("data "), 5, what="a data age while reconnecting"))
    arun(until(lambda: vm.live, 10))
    arun(until(lambda: view(vm, "103").waiting == 2 and view(vm, "101").age_text == "", 5))
    arun(until(lambda: vm._bridge.session.status.state is ConnectionState.LIVE, 10))
    arun(asyncio.sleep(0.3))


def test_trend_and_chart_queues(sim, make_vm, arun):
    vm = make_vm(trend_interval=0.1)
    arun(until(lambda: vm.queueCount == 4, 10))
    sim_post(sim, "/_sim/queues/101", {"callsWaiting": 4, "longestWaiting": 120})
    arun(until(lambda: len(vm.trend("101")[0]) >= 3 and vm.trend("101")[1][-1] == 4, 5))
    minutes, _waiting, longest = vm.trend("101")
    assert minutes[-1] <= 0 and longest[-1] >= 120  # seconds (the waiting caller has waited 120 s or more)
    assert vm.chartQueues[0] == "101"  # most urgent by default
    vm.selectForChart(["103"])
    assert vm.chartQueues == ["103"]
    vm.selectForChart([])
    assert vm.chartQueues[0] == "101"


def test_thresholds_can_change_while_running(sim, make_vm, arun):
    vm = make_vm()
    arun(until(lambda: vm.queueCount == 4, 10))
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 2})
    arun(until(lambda: view(vm, "102").level == Level.WARNING, 5))
    vm.set_thresholds({"queues": {"102": {"waiting_warning": 10, "waiting_critical": 20}}})
    arun(until(lambda: view(vm, "102").level == Level.NORMAL, 5))
    assert vm.thresholds.for_queue("102").waiting_critical == 20
    with pytest.raises(ValueError):
        vm.set_thresholds({"default": {"waiting_warning": -1}})


def test_refused_statistics_show_a_message(sim, make_vm, arun):
    from cti_desktop.providers.dstny.ticket import DEFAULT_SCOPES

    async def without_queue_statistics(session):
        client = session.backend.client
        client.scopes = tuple(s for s in DEFAULT_SCOPES if s != "QUEUE_STATISTICS")
        await client.create_ticket()

    vm = make_vm(user="agent1", prepare=without_queue_statistics)
    arun(until(lambda: vm.denied != "", 10))
    assert "not available" in vm.denied and vm.status == "Not available" and vm.queueCount == 0
