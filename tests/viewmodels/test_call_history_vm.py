"""CallHistoryViewModel against agent1's communication log in the real simulator."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from support import sim_post, sim_state, until
from panel_support import view_model

from cti_desktop.viewmodels.call_history import CallHistoryViewModel

CALLER = "+46701234588"


@pytest.fixture
def history_vm(agent_session, arun):
    yield from view_model(agent_session, arun,
                          lambda bridge: CallHistoryViewModel(bridge, poll_interval=30.0, after_call_delay=0.05))


def server_log(sim) -> list[dict]:
    return list(sim.sim.org.users["agent1"].commlog)


def server_unseen(sim) -> int:
    return sum(1 for i in server_log(sim) if i["itemType"] == "MISSED_CALL" and not i["isSeen"])


def miss_a_call(sim, arun, session, number=CALLER, name="Rita Ringer") -> None:
    answer = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": number, "fromName": name})
    arun(until(lambda: session.store.calls(), what="the call to ring"))
    sim_post(sim, f"/_sim/calls/{answer['callId']}/remote-hangup")
    arun(until(lambda: not session.store.calls(), what="the call to end"))


def server_inbox(sim, user="agent1") -> list[dict]:
    org = sim.sim.org
    return [i for g in org.groups_of(user) for i in org.group_inbox.get(g.gid, ())]


def test_lists_the_log_with_filters_and_counts_unseen_missed(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    assert vm.loaded
    ids = [i["id"] for i in vm.items]
    shown = ("MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL", "VOICEMAIL", "RECORDING")
    expected = [i for i in server_log(sim) + server_inbox(sim) if i["itemType"] in shown]
    expected.sort(key=lambda i: (i["startTime"], i["itemId"]), reverse=True)  # newest first
    assert ids == [str(i["itemId"]) for i in expected]
    assert vm.unseenMissed == server_unseen(sim)
    assert vm.unplayedMessages == sum(1 for i in expected if i["itemType"] in ("VOICEMAIL", "RECORDING")
                                      and not i["isPlayed"])
    for row in vm.items:
        assert row["timeText"] and row["remoteText"]
        assert row["typeText"].split(" (")[0] in ("Missed", "Incoming", "Outgoing", "Voicemail", "Recording")
        if not row["missed"]:
            assert row["durationText"]
    for tab, kinds in (("MISSED", ("MISSED_CALL",)), ("INCOMING", ("INCOMING_CALL",)),
                       ("OUTGOING", ("OUTGOING_CALL",)), ("MESSAGES", ("VOICEMAIL", "RECORDING"))):
        vm.setFilter(tab)
        assert vm.filter == tab
        assert all(i["type"] in kinds for i in vm.items)
        assert len(vm.items) == sum(1 for i in expected if i["itemType"] in kinds)
    vm.setFilter("nonsense")
    assert vm.filter == "ALL" and len(vm.items) == len(ids)


def test_missed_call_arrives_when_the_call_ends_and_mark_seen_clears_it(sim, arun, agent_session, history_vm):
    vm = history_vm
    vm.start()
    arun(until(lambda: vm.loaded, what="the first read"))
    base = vm.unseenMissed
    counts = []
    vm.unseenMissedChanged.connect(lambda: counts.append(vm.unseenMissed))
    miss_a_call(sim, arun, agent_session)
    # no refresh by hand: the call's end makes the view-model re-read
    arun(until(lambda: vm.unseenMissed == base + 1, timeout=5, what="the missed call in the history"))
    assert counts[-1] == base + 1
    row = vm.items[0]
    assert row["missed"] and not row["seen"] and row["unseenMissed"]
    assert row["number"] == CALLER and row["name"] == "Rita Ringer" and "Rita Ringer" in row["remoteText"]
    server = next(i for i in server_log(sim) if str(i["itemId"]) == row["id"])
    assert server["itemType"] == "MISSED_CALL" and server["isSeen"] is False
    assert arun(vm.mark_seen(row["id"])), vm.error
    assert server["isSeen"] is True
    assert vm.unseenMissed == base and vm.item(row["id"])["seen"]


def test_mark_all_seen(sim, arun, agent_session, history_vm):
    vm = history_vm
    miss_a_call(sim, arun, agent_session, "+46701234501")
    miss_a_call(sim, arun, agent_session, "+46701234502")
    assert arun(vm.refresh_now())
    assert vm.unseenMissed == server_unseen(sim) >= 2
    assert arun(vm.mark_all_seen()), vm.error
    assert server_unseen(sim) == 0 and vm.unseenMissed == 0
    assert "marked as seen" in vm.notice
    assert arun(vm.mark_all_seen()) and vm.notice == "No unseen missed calls"


def test_call_back_dials_from_the_softphone_and_marks_seen(sim, arun, agent_session, history_vm):
    vm = history_vm
    miss_a_call(sim, arun, agent_session)
    assert arun(vm.refresh_now())
    row = vm.items[0]
    assert row["unseenMissed"]
    call_id = arun(vm.call_back(row["id"]))
    assert call_id, vm.error
    calls = [c for c in sim_state(sim)["calls"] if c["callId"] == call_id]
    assert calls and not calls[0]["inbound"] and calls[0]["remoteParty"]["telUri"].endswith(CALLER)
    assert calls[0]["deviceIds"] == ["agent1-soft"]
    assert vm.item(row["id"])["seen"]
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(until(lambda: not agent_session.store.calls(), what="the call-back to end"))
    # the finished outgoing call lands in the history by itself
    vm.start()
    arun(until(lambda: vm.items and vm.items[0]["type"] == "OUTGOING_CALL", timeout=5, what="the outgoing call"))
    arun(asyncio.sleep(0.2))


def test_errors_in_words_and_nothing_lost(sim, arun, agent_session, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    before = vm.items
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0}, timeout=10).raise_for_status()
    try:
        assert not arun(vm.refresh_now())
        assert vm.refreshError.startswith("Could not read your call history")
        assert vm.items == before
        assert not arun(vm.mark_seen(before[0]["id"]))
        assert vm.error
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    arun(until(lambda: agent_session.status.state.name == "LIVE", timeout=10, what="the session to be live again"))
    assert arun(vm.refresh_now()) and vm.refreshError == ""
    assert not arun(vm.mark_seen("no-such-item"))
    assert "no longer in your history" in vm.error
