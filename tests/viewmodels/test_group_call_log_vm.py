"""GroupCallLogViewModel against the real simulator, with two agents of the same group."""

from __future__ import annotations

import asyncio

import pytest
from support import sim_post, sim_state, until

from cti_desktop.viewmodels.group_call_log import (
    ALL_GROUPS,
    GroupCallLogViewModel,
    contact_for_number,
)
from cti_desktop.viewmodels.session_bridge import SessionBridge

SWITCHBOARD = "103"  # members agent1, agent2, agent18–20; agent1 is logged in
CALLER = "+46701234599"


def _vm(session, arun, **kw):
    bridge = SessionBridge(session)
    vm = GroupCallLogViewModel(bridge, poll_interval=kw.pop("poll_interval", 0.2), lookup_names=kw.pop("lookup_names", False), **kw)
    return bridge, vm


@pytest.fixture
def vm1(agent_session, arun):
    bridge, vm = _vm(agent_session, arun)
    yield vm
    arun(vm.aclose())
    bridge.detach()


@pytest.fixture
def vm2(agent2_session, arun):
    bridge, vm = _vm(agent2_session, arun)
    yield vm
    arun(vm.aclose())
    bridge.detach()


def end_all_calls(sim, arun, *sessions) -> None:
    for c in sim_state(sim)["calls"]:
        if c["status"] != "TERMINATED":
            sim_post(sim, f"/_sim/calls/{c['callId']}/remote-hangup")
    for s in sessions:
        arun(until(lambda s=s: not s.store.calls(), what="every call to end"))
    arun(asyncio.sleep(0.3))


def miss_a_group_call(sim, arun, number=CALLER) -> str:
    """A caller rings the switchboard group and hangs up before anyone answers. → the log item id."""
    before = {i["itemId"] for i in sim.sim.org.groups[int(SWITCHBOARD)].calllog}
    answer = sim_post(sim, "/_sim/calls", {"via": SWITCHBOARD, "from": number, "fromName": "Ulla Caller"})
    assert answer["callId"], answer
    arun(asyncio.sleep(0.2))
    sim_post(sim, f"/_sim/calls/{answer['callId']}/remote-hangup")
    new = [i for i in sim.sim.org.groups[int(SWITCHBOARD)].calllog if i["itemId"] not in before]
    assert len(new) == 1 and new[0]["itemType"] == "MISSED", new
    return str(new[0]["itemId"])


def shown(vm, item_id):
    return next((i for i in vm.items if i["id"] == item_id), None)


def test_missed_group_call_shows_for_every_member(sim, arun, agent_session, vm1, vm2):
    item_id = miss_a_group_call(sim, arun)
    arun(until(lambda: sim_state(sim)["liveCalls"] == 0, what="the missed call to end"))
    assert arun(vm1.refresh_now()) and arun(vm2.refresh_now())
    for vm in (vm1, vm2):
        row = shown(vm, item_id)
        assert row is not None, [i["id"] for i in vm.items]
        assert row["type"] == "MISSED" and row["typeText"] == "Missed"
        assert row["caller"] == CALLER and row["callbackNumber"] == CALLER
        assert row["state"] == "UNHANDLED" and row["groupName"] == "Switchboard"
        assert row["callCount"] == 1 and row["queueText"].endswith("s")
    names = [g["name"] for g in vm1.groups]
    assert names[0] == "All groups" and "Switchboard" in names and "Customer Service" in names
    # one group's log only
    vm1.setSelectedGroup("101")
    assert arun(vm1.refresh_now())
    assert shown(vm1, item_id) is None and {i["groupId"] for i in vm1.items} == {"101"}
    vm1.setSelectedGroup(SWITCHBOARD)
    assert arun(vm1.refresh_now()) and shown(vm1, item_id) is not None
    vm1.setTypeFilter("ANSWERED")
    assert shown(vm1, item_id) is None and all(i["type"] == "ANSWERED" for i in vm1.items)
    vm1.setTypeFilter("MISSED")
    assert shown(vm1, item_id) is not None


def test_take_shows_in_other_agents_poll_and_blocks_their_take(sim, arun, vm1, vm2):
    item_id = miss_a_group_call(sim, arun)
    assert arun(vm1.refresh_now()) and arun(vm2.refresh_now())
    vm2.setActive(True)  # agent2's panel is visible: it polls
    assert arun(vm1.take(item_id, "Calling her after lunch")), vm1.error
    server = next(i for i in sim.sim.org.groups[103].calllog if str(i["itemId"]) == item_id)
    assert server["handledStatus"]["state"] == "INPROGRESS"
    assert server["handledStatus"]["agent"]["userId"] == "agent1"
    assert server["handledStatus"]["note"] == "Calling her after lunch" and server["handledStatus"]["timeStamp"]
    mine = shown(vm1, item_id)
    assert mine["mine"] and mine["stateText"] == "In progress (you)"
    assert [a["id"] for a in vm1.assigned] == [item_id]
    # agent2 sees it after its next poll, without doing anything
    arun(until(lambda: (shown(vm2, item_id) or {}).get("state") == "INPROGRESS", timeout=5, what="agent2's poll"))
    theirs = shown(vm2, item_id)
    assert not theirs["mine"] and theirs["stateBy"] and theirs["note"] == "Calling her after lunch"
    assert vm2.assigned == []
    # agent2 tries to take it: told who has it, nothing overwritten
    assert not arun(vm2.take(item_id, "mine now"))
    assert "already taken by" in vm2.error and theirs["stateBy"] in vm2.error
    assert server["handledStatus"]["agent"]["userId"] == "agent1"
    assert not arun(vm2.mark_handled(item_id, "done"))
    assert not arun(vm2.release(item_id))
    assert server["handledStatus"]["state"] == "INPROGRESS" and server["handledStatus"]["agent"]["userId"] == "agent1"
    # agent1 finishes it; releasing afterwards makes it free again
    assert arun(vm1.mark_handled(item_id, "Sorted: new invoice sent")), vm1.error
    assert server["handledStatus"]["state"] == "HANDLED" and server["handledStatus"]["note"] == "Sorted: new invoice sent"
    assert shown(vm1, item_id)["stateText"] == "Handled (you)" and vm1.assigned == []
    assert arun(vm1.release(item_id)), vm1.error
    assert server["handledStatus"]["state"] == "UNHANDLED"
    arun(until(lambda: (shown(vm2, item_id) or {}).get("state") == "UNHANDLED", timeout=5, what="agent2's poll"))
    assert arun(vm2.take(item_id)), vm2.error
    assert server["handledStatus"]["agent"]["userId"] == "agent2"
    vm2.setActive(False)


def test_take_of_a_stale_view_is_refused_in_words(sim, arun, vm1, vm2):
    """agent2's list still says UNHANDLED (no poll since), yet the re-read before updating catches it."""
    item_id = miss_a_group_call(sim, arun)
    assert arun(vm1.refresh_now()) and arun(vm2.refresh_now())
    assert arun(vm1.take(item_id))
    assert shown(vm2, item_id)["state"] == "UNHANDLED"  # stale on purpose
    assert not arun(vm2.take(item_id))
    assert "already taken by" in vm2.error
    assert shown(vm2, item_id)["state"] == "INPROGRESS"  # and the list was refreshed


def test_call_back_places_a_call_and_takes_the_item(sim, arun, agent_session, vm1):
    item_id = miss_a_group_call(sim, arun)
    arun(until(lambda: sim_state(sim)["liveCalls"] == 0, what="the missed call to end"))
    assert arun(vm1.refresh_now())
    placed = []
    vm1.callPlaced.connect(placed.append)
    call_id = arun(vm1.call_back(item_id))
    assert call_id, vm1.error
    assert placed == [call_id]
    calls = [c for c in sim_state(sim)["calls"] if c["user"] == "agent1" and not c["inbound"] and c["status"] != "TERMINATED"]
    assert len(calls) == 1 and calls[0]["remoteParty"]["telUri"].endswith(CALLER)
    assert calls[0]["deviceIds"] == ["agent1-soft"]
    server = next(i for i in sim.sim.org.groups[103].calllog if str(i["itemId"]) == item_id)
    assert server["handledStatus"]["state"] == "INPROGRESS" and server["handledStatus"]["agent"]["userId"] == "agent1"
    assert shown(vm1, item_id)["mine"] and "Calling back" in vm1.notice
    end_all_calls(sim, arun, agent_session)


def test_call_back_of_an_item_someone_else_took_does_not_dial(sim, arun, vm1, vm2):
    item_id = miss_a_group_call(sim, arun)
    assert arun(vm1.refresh_now()) and arun(vm2.refresh_now())
    assert arun(vm1.take(item_id))
    assert arun(vm2.call_back(item_id)) is None
    assert "already taken by" in vm2.error and "Not calling" in vm2.error
    assert not [c for c in sim_state(sim)["calls"] if c["user"] == "agent2"]


def test_errors_in_words_and_the_list_kept(sim, arun, vm1):
    assert arun(vm1.refresh_now())
    before = vm1.items
    assert before
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0})
    try:
        assert not arun(vm1.refresh_now())
        assert vm1.refreshError and vm1.items == before
        assert not arun(vm1.take(before[0]["id"]))
        assert vm1.error
    finally:
        httpx_delete(sim)
    session = vm1._session
    arun(until(lambda: session.status.state.name == "LIVE", timeout=10, what="the session to be live again"))
    assert arun(vm1.refresh_now()) and vm1.refreshError == ""
    assert not arun(vm1.take("no-such-item"))
    assert "no longer in the group call log" in vm1.error
    assert not arun(vm1.take(before[0]["id"], "x" * 600))
    assert "too long" in vm1.error


def httpx_delete(sim):
    import httpx

    httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()


def test_caller_names_come_from_the_directory_without_blocking(sim, arun, agent_session):
    entry = sim.sim.org.directory.entries[0]
    miss_a_group_call(sim, arun, number=entry.number)
    bridge, vm = _vm(agent_session, arun, lookup_names=True)
    try:
        assert arun(vm.refresh_now())
        row = next(i for i in vm.items if i["caller"] == entry.number)
        arun(until(lambda: next(i for i in vm.items if i["caller"] == entry.number)["callerName"], timeout=10,
                   what="the caller's name"))
        row = next(i for i in vm.items if i["caller"] == entry.number)
        assert row["callerName"] == entry.display_name and entry.number in row["callerText"]
    finally:
        arun(vm.aclose())
        bridge.detach()


def test_contact_for_number_matches_by_digits():
    from cti_desktop.core.models import Contact

    c = Contact(id="1", first_name="Ada", numbers=("+46 70 123 45 67",))
    assert contact_for_number([c], "+46701234567") is c
    assert contact_for_number([c], "0701234567") is c
    assert contact_for_number([c], "+46701234568") is None
    assert ALL_GROUPS == ""


def test_answered_and_forwarded_group_calls_are_logged(sim, arun, agent_session, vm1, vm2):
    # answered by agent1, then ended: an ANSWERED item handled by agent1
    answer = sim_post(sim, "/_sim/calls", {"via": SWITCHBOARD, "to": "agent1", "from": "+46701234511"})
    arun(until(lambda: agent_session.store.calls(), what="the call to ring"))
    call = agent_session.store.calls()[0]
    arun(agent_session.commands.run("answer", call, "agent1-soft"))
    arun(until(lambda: any(c["status"] == "ACTIVE" for c in sim_state(sim)["calls"]), what="the answer"))
    sim_post(sim, f"/_sim/calls/{answer['callId']}/remote-hangup")
    arun(until(lambda: not agent_session.store.calls(), what="the call to end"))
    # the switchboard in night mode forwards its callers
    sim_post(sim, f"/_sim/queues/{SWITCHBOARD}", {"nightMode": True})
    assert sim_post(sim, "/_sim/calls", {"via": SWITCHBOARD, "from": "+46701234522"})["callId"] is None
    vm2.setSelectedGroup(SWITCHBOARD)
    assert arun(vm2.refresh_now())
    answered = next(i for i in vm2.items if i["caller"] == "+46701234511")
    assert answered["type"] == "ANSWERED" and answered["state"] == "HANDLED" and answered["agent"]
    forwarded = next(i for i in vm2.items if i["caller"] == "+46701234522")
    assert forwarded["type"] == "FORWARDED" and forwarded["typeText"] == "Forwarded"
    assert forwarded["forwardReason"] == "NIGHT_MODE" and forwarded["state"] == "UNHANDLED"
    arun(asyncio.sleep(0.3))
