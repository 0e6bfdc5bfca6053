"""Night mode per group in the queues view, from the server's group list, kept current by the
polling (the view-model headless, then the widget)."""

from __future__ import annotations

import pytest
from support import act, sim_post, until
from panel_support import view_model

from cti_desktop.ui.queue_toggles import QueueToggles
from cti_desktop.viewmodels.queues import QueuesViewModel


@pytest.fixture
def vm(agent_session, arun):
    yield from view_model(agent_session, arun, lambda bridge: QueuesViewModel(bridge, poll_interval=0.2, max_backoff=0.5))


def night(vm, gid: str) -> bool:
    return vm.group(gid)["nightMode"]


def test_night_mode_follows_the_server_while_the_panel_is_active(sim, vm, arun):
    try:
        assert arun(vm.refresh_now())
        assert not night(vm, "101") and not night(vm, "103")
        act(arun, lambda: vm.setActive(True))
        sim_post(sim, "/_sim/queues/103", {"nightMode": True})
        arun(until(lambda: night(vm, "103"), what="Switchboard's night mode"))
        assert not night(vm, "101")  # per group
        sim_post(sim, "/_sim/queues/103", {"nightMode": False})
        arun(until(lambda: not night(vm, "103"), what="Switchboard back in day mode"))
    finally:
        sim_post(sim, "/_sim/queues/103", {"nightMode": False})


def test_the_row_says_it_in_words(sim, vm, arun, qtbot):
    widget = QueueToggles(vm)
    qtbot.addWidget(widget)
    try:
        act(arun, lambda: widget.show())
        arun(until(lambda: widget.switch_for("103") is not None))
        row = widget.row_widgets("103")
        assert row.night.isHidden() and "night mode" not in row.switch.toolTip()
        sim_post(sim, "/_sim/queues/103", {"nightMode": True})
        arun(until(lambda: not row.night.isHidden(), what="the night-mode badge"))
        assert row.night.text() == "Night mode" and row.night.accessibleName() == "Switchboard is in night mode"
        assert "in night mode now" in row.switch.toolTip()
        sim_post(sim, "/_sim/queues/103", {"nightMode": False})
        arun(until(lambda: row.night.isHidden(), what="the badge to go in day mode"))
    finally:
        sim_post(sim, "/_sim/queues/103", {"nightMode": False})
