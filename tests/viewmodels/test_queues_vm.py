"""QueuesViewModel against the real simulator (agent1 is in 101 ACD, 102 ACD_LIGHT, 103 ATTENDANT;
logged in to 101 and 103 at start)."""

from __future__ import annotations

import time

import pytest
from support import settle_live, sim_post, sim_state, until

from cti_desktop.viewmodels.queues import QueuesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def queues_vm(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = QueuesViewModel(bridge, poll_interval=0.2, max_backoff=0.5, exit_timeout=2.0)
    yield vm
    arun(vm.aclose())
    bridge.detach()


def logged_in(sim, gid: int) -> bool:
    group = next(g for g in sim_state(sim)["groups"] if g["id"] == gid)
    return "agent1" in group["loggedIn"]


def item(vm, gid: str) -> dict:
    found = vm.group(gid)
    assert found is not None, f"group {gid} not shown"
    return found


def test_lists_my_groups_with_types_in_words_and_badges(sim, queues_vm, arun):
    assert arun(queues_vm.refresh_now())
    groups = {g["id"]: g for g in queues_vm.groups}
    assert set(groups) == {"101", "102", "103"}  # 104 is not agent1's
    assert groups["101"]["name"] == "Customer Service"
    assert groups["101"]["typeName"] == "ACD queue"
    assert groups["102"]["typeName"] == "ACD Light queue"
    assert groups["103"]["typeName"] == "Switchboard (attendant)"
    assert groups["101"]["loggedIn"] and not groups["102"]["loggedIn"] and groups["103"]["loggedIn"]
    truth = {str(g["id"]): g for g in sim_state(sim)["groups"]}
    assert groups["101"]["loggedInAgents"] == len(truth["101"]["loggedIn"])
    assert queues_vm.loaded and not queues_vm.empty


def test_toggle_logs_in_and_out_on_the_server(sim, queues_vm, arun):
    arun(queues_vm.refresh_now())
    assert not logged_in(sim, 102)
    assert arun(queues_vm.set_logged_in("102", True))
    assert logged_in(sim, 102)
    assert item(queues_vm, "102")["loggedIn"] and not item(queues_vm, "102")["pending"]
    assert queues_vm.error == ""
    # through the Qt slot, as the widget does
    queues_vm.setLoggedIn("101", False)
    arun(until(lambda: not item(queues_vm, "101")["loggedIn"] and not item(queues_vm, "101")["pending"]))
    assert not logged_in(sim, 101)


def test_log_in_all_and_log_out_all(sim, queues_vm, arun):
    arun(queues_vm.refresh_now())
    assert arun(queues_vm.log_in_all())
    assert all(logged_in(sim, gid) for gid in (101, 102, 103))
    assert all(g["loggedIn"] for g in queues_vm.groups)
    queues_vm.logOutAll()
    arun(until(lambda: queues_vm.groups and not any(g["loggedIn"] or g["pending"] for g in queues_vm.groups)))
    assert not any(logged_in(sim, gid) for gid in (101, 102, 103))
    assert queues_vm.error == ""


def test_failing_server_shows_error_and_switch_stays_with_the_server(sim, agent_session, queues_vm, arun):
    arun(queues_vm.refresh_now())
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        assert not arun(queues_vm.set_logged_in("102", True))
        assert "Sales" in queues_vm.error
        assert not item(queues_vm, "102")["loggedIn"]  # the switch goes back
        assert not item(queues_vm, "102")["pending"]
        assert item(queues_vm, "102")["error"]
        # log out of all: each failing group is named, nothing is lost
        assert not arun(queues_vm.log_out_all())
        assert "Customer Service" in queues_vm.error and "Switchboard" in queues_vm.error
        assert item(queues_vm, "101")["loggedIn"] and item(queues_vm, "103")["loggedIn"]
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0})
    assert logged_in(sim, 101) and not logged_in(sim, 102)
    # the next success clears the message
    assert arun(queues_vm.set_logged_in("102", True))
    assert queues_vm.error == "" and item(queues_vm, "102")["error"] == ""
    settle_live(arun, agent_session)


def test_polling_shows_queue_changes_and_backs_off_on_errors(sim, agent_session, queues_vm, arun):
    arun(queues_vm.refresh_now())
    queues_vm.setActive(True)
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 4, "nightMode": True})
    arun(until(lambda: item(queues_vm, "102")["callsWaiting"] == 4 and item(queues_vm, "102")["nightMode"], timeout=5))
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        arun(until(lambda: queues_vm.refreshError != "", timeout=5))
        assert "out of date" in queues_vm.refreshError
        assert item(queues_vm, "102")["callsWaiting"] == 4  # what we knew is kept
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0})
    arun(until(lambda: queues_vm.refreshError == "", timeout=5))
    queues_vm.setActive(False)
    assert not queues_vm._poller.running
    settle_live(arun, agent_session)


def test_login_at_start_and_logout_at_exit(sim, queues_vm, arun):
    queues_vm.setLoginAtStart(True)
    queues_vm.setLogoutAtExit(True)
    arun(queues_vm.on_start())
    assert all(logged_in(sim, gid) for gid in (101, 102, 103))
    assert arun(queues_vm.on_exit())
    assert not any(logged_in(sim, gid) for gid in (101, 102, 103))


def test_options_off_do_nothing(sim, queues_vm, arun):
    arun(queues_vm.on_start())
    assert queues_vm.loaded
    assert arun(queues_vm.on_exit())
    assert logged_in(sim, 101) and not logged_in(sim, 102)


def test_on_exit_gives_up_in_time_when_the_server_hangs(sim, agent_session, queues_vm, arun):
    arun(queues_vm.refresh_now())
    queues_vm.setLogoutAtExit(True)
    sim_post(sim, "/_sim/faults", {"latencyMs": 8000})
    try:
        started = time.monotonic()
        assert not arun(queues_vm.on_exit(), timeout=10)
        assert time.monotonic() - started < 6
        assert "did not answer" in queues_vm.error
    finally:
        sim_post(sim, "/_sim/faults", {"latencyMs": 0})
    settle_live(arun, agent_session)
