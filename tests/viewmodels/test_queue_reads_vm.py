"""The on-demand queue reads in the view-models, headless against the real simulators on loopback:
the wallboard's organisation totals (``qs.organisation``) and one queue read alone (``qs.queue``,
when a tile is opened and when its figures go stale while the stream updates the others); the
queues panel's details of one queue (``acd.group``); a phone system without them says why.
"""

from __future__ import annotations

import asyncio

import httpx
import pytest
from support import sim_post, start_dstny_session, until

from cti_desktop.viewmodels.queues import QueuesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import WallboardViewModel

pytestmark = pytest.mark.timeout(60)
DOMAIN = "demo.example"


def record_requests(session) -> list[str]:
    """The paths the session's command client sends (a request hook on the real transport)."""
    paths: list[str] = []

    async def hook(request: httpx.Request) -> None:
        paths.append(request.url.path)

    session.backend.client._http.event_hooks["request"].append(hook)
    return paths


@pytest.fixture
def dstny(sim, arun):
    made = []

    def make(user: str):
        session = start_dstny_session(sim, arun, user)
        bridge = SessionBridge(session)
        made.append((bridge, session))
        return session, bridge

    yield make
    for bridge, session in made:
        bridge.detach()
        arun(session.aclose())


@pytest.fixture
def wallboard(dstny, arun):
    vms = []

    def make(user="super1", **kw):
        session, bridge = dstny(user)
        paths = record_requests(session)
        kw.setdefault("check_every", 0.3)
        vm = WallboardViewModel(bridge, flush_hz=20, order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1,
                                **kw)
        vms.append(vm)
        vm.start()
        return vm, paths

    yield make
    for vm in vms:
        arun(vm.aclose())


def test_the_organisation_totals_row_follows_every_queue(sim, wallboard, arun):
    vm, paths = wallboard()
    assert vm.organisationSupported
    arun(until(lambda: vm.organisation is not None, 10, what="the organisation totals"))
    assert f"/api/queuestatistics/{DOMAIN}" in paths
    assert vm.organisation.queues == 4 and vm.organisationText.startswith("Whole organisation: 4 queues")
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 4})
    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 3})
    arun(until(lambda: vm.organisation.waiting == 7, 5, what="the totals to count the new callers"))
    assert "7 waiting" in vm.organisationText and vm.organisationNote == ""
    # The server fails for a while: the last totals stay, with the reason they may be old.
    sim_post(sim, "/_sim/faults", {"outageMs": 30000, "routes": ["qs.organisation"]})
    arun(until(lambda: vm.organisationNote.startswith("Organisation totals may be out of date"), 5))
    assert "7 waiting" in vm.organisationText
    sim_post(sim, "/_sim/faults", {"outageMs": 0, "routes": []})
    arun(until(lambda: vm.organisationNote == "", 5))


def test_opening_a_tile_reads_that_queue_alone(sim, wallboard, arun):
    vm, paths = wallboard(check_every=60)
    arun(until(lambda: vm.queueCount == 4, 10))
    sim_post(sim, "/_sim/queues/103", {"callsWaiting": 2})
    del paths[:]
    assert arun(vm.open_queue("103"))
    assert paths == [f"/api/queuestatistics/{DOMAIN}/queues/103"]
    assert vm.detailQueue == "103" and vm.detailText.startswith("Switchboard (+4685002003): 2 waiting")
    assert not arun(vm.open_queue("999"))
    assert vm.detailText == "The phone system does not know this queue any more."
    vm.closeQueue()
    assert vm.detailQueue == "" and vm.detailText == ""


def test_a_queue_gone_quiet_is_read_alone_while_the_others_update(sim, wallboard, arun):
    vm, paths = wallboard(check_every=60, lag_after=0.6)
    arun(until(lambda: vm.live and vm.queueCount == 4, 10))
    del paths[:]

    async def keep_101_busy() -> None:
        for n in range(30):
            async with httpx.AsyncClient(timeout=5) as http:
                await http.post(sim.base_url + "/_sim/queues/101", json={"callsWaiting": n % 3})
            await asyncio.sleep(0.1)

    arun(keep_101_busy(), timeout=20)
    quiet = {f"/api/queuestatistics/{DOMAIN}/queues/{q}" for q in ("102", "103", "104")}
    assert quiet <= set(paths), paths
    assert f"/api/queuestatistics/{DOMAIN}/queues/101" not in paths  # the busy one comes by the stream
    assert vm.stale_reads >= 3
    # Not read again before lag_after: a few reads per quiet queue over 3 s, not one per flush.
    assert sum(p.endswith("/queues/102") for p in paths) <= 6


def test_queue_details_of_one_queue_in_words(sim, dstny, arun):
    session, bridge = dstny("agent1")
    paths = record_requests(session)
    vm = QueuesViewModel(bridge, poll_interval=60)
    try:
        assert vm.detailsSupported and vm.detailsNote == ""
        assert arun(vm.refresh_now())
        sim_post(sim, "/_sim/queues/101", {"callsWaiting": 2, "nightMode": True})
        assert arun(vm.read_details("101"))
        assert paths[-1] == f"/api/user/acd-attendant-group/v1/{DOMAIN}/agent1/101/{DOMAIN}"
        d = vm.details
        assert (d["name"], d["typeName"], d["number"]) == ("Customer Service", "ACD queue", "+4685002001")
        assert d["nightMode"] == "On: callers go to the night service"
        assert d["me"] == "You are logged in (your role: agent)"
        assert d["figures"].startswith("2 waiting · ")
        agents = {a["name"]: a for a in d["agents"]}
        assert agents["Filip Ekström"]["activity"] == "lunch" and agents["Hassan Ali"]["state"] == "logged out"
        assert agents["Filip Ekström"]["state"] == "logged in, not available"
        assert agents["Anna Lindqvist"]["state"] == "logged in, available"
        assert vm.detailsError == "" and not vm.detailsBusy
        # The server fails: the reason in words, no stale details under another queue's name.
        sim_post(sim, "/_sim/faults", {"outageMs": 30000, "routes": ["acd.group"]})
        assert not arun(vm.read_details("102"))
        assert vm.detailsError.startswith("Could not read the details of Sales: ") and vm.details == {}
        sim_post(sim, "/_sim/faults", {"outageMs": 0, "routes": []})
        assert not arun(vm.read_details("no-such-queue"))
        assert vm.detailsError == "That queue is no longer in your list"
    finally:
        arun(vm.aclose())


def test_a_phone_system_without_queues_says_why(telavox_session, arun):
    session = telavox_session
    bridge = SessionBridge(session)
    queues = QueuesViewModel(bridge)
    board = WallboardViewModel(bridge)
    try:
        assert not queues.detailsSupported
        assert queues.detailsNote == "Telavox has no queue details: its API has no queues to log in to."
        assert not board.organisationSupported
        assert board.organisationText == ("Telavox has no organisation-wide queue totals: "
                                          "its API has no queues to log in to.")
        assert not arun(board.open_queue("101")) and board.detailText.startswith("Telavox has no single-queue reads")
    finally:
        arun(queues.aclose())
        arun(board.aclose())
        bridge.detach()
