"""What the presence panel reads, counted on the wire against the simulator: the activity's end time
from its own read (pr.endtime_get), read again when the change stream announces a presence change; and
the activities and roles from the one aggregated configuration document (cfg.all) instead of a read
each, with the single reads when the server refuses it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from support import SentRequests, sim_post, until

from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def reads(agent_session, arun):
    sent = SentRequests(agent_session.backend._http)
    bridge = SessionBridge(agent_session)
    vm = PresenceViewModel(bridge, poll_interval=30, max_backoff=60)  # no poll: only the change stream
    yield vm, sent
    sent.close()
    arun(vm.aclose())
    bridge.detach()


def domain_of(agent_session) -> str:
    return agent_session.account.domain


def test_end_time_comes_from_its_own_read_and_follows_the_change_stream(sim, reads, agent_session, arun):
    vm, sent = reads
    assert arun(vm.load())
    assert sent.count("/activity/endtime") == 1
    assert vm.expiryText == "" and vm.expiry == ""  # 'never': no end time
    vm.setActive(True)
    at = (datetime.now(UTC) + timedelta(hours=2)).replace(second=0, microsecond=0)
    sim_post(sim, "/_sim/presence/agent1", {"activity": "meeting", "expiration": at.strftime("%Y-%m-%dT%H:%M:%SZ")})
    arun(until(lambda: vm.activityId == "meeting" and vm.expiry != "", timeout=8))
    assert sent.count("/activity/endtime") >= 2
    assert vm.expiryText.startswith("until ") and f"{at.astimezone():%H:%M}" in vm.expiryText
    sim_post(sim, "/_sim/presence/agent1", {"expiration": "NEVER"})
    arun(until(lambda: vm.expiry == "", timeout=8))
    assert vm.expiryText == ""


def test_lists_come_from_one_aggregated_read(sim, reads, agent_session, arun):
    vm, sent = reads
    domain = domain_of(agent_session)
    assert arun(vm.load())
    assert sent.count(f"/user/config/{domain}/agent1") == 1
    assert sent.count("/activities") == 0 and sent.count("/roles") == 0
    assert [a["id"] for a in vm.activities][:2] == ["available", "lunch"] and vm.roles


def test_a_refused_aggregated_read_falls_back_to_the_single_reads(sim, reads, agent_session, arun):
    vm, sent = reads
    domain = domain_of(agent_session)
    sim_post(sim, "/_sim/deployment", {"withoutRoutes": ["cfg.all"]})
    try:
        assert arun(vm.load()), vm.refreshError
        assert vm.activities and vm.roles and vm.refreshError == ""
        assert sent.count(f"/user/config/{domain}/agent1") == 1
        assert sent.count("/activities") == 1 and sent.count("/roles") == 1
        # refused once: the next read goes straight to the single reads
        assert arun(vm.load())
        assert sent.count(f"/user/config/{domain}/agent1") == 1 and sent.count("/activities") == 2
    finally:
        httpx.delete(sim.base_url + "/_sim/deployment", timeout=10).raise_for_status()


def test_a_busy_server_is_asked_for_the_aggregated_read_again(sim, reads, agent_session, arun):
    vm, sent = reads
    domain = domain_of(agent_session)
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "status": 503, "routes": ["cfg.all"]})
    try:
        assert arun(vm.load()), vm.refreshError
        assert vm.activities and sent.count("/activities") == 1
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0, "routes": []})
    assert arun(vm.load())
    assert sent.count(f"/user/config/{domain}/agent1") == 2 and sent.count("/activities") == 1
