"""Voicemails, recordings and group inbox messages in the call history (agent1 in the simulator)."""

from __future__ import annotations

import httpx
import pytest
from support import commlog_of, sim_state, until
from panel_support import view_model

from cti_desktop.viewmodels.call_history import CallHistoryViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def history_vm(agent_session, arun):
    for vm in view_model(agent_session, arun, lambda bridge: CallHistoryViewModel(bridge, poll_interval=0.2, max_backoff=0.4)):
        opened: list[str] = []
        vm.openUrlRequested.connect(opened.append)
        vm.opened = opened
        yield vm



def test_messages_show_their_played_state_and_mark_played_tells_the_server(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    vm.setFilter("MESSAGES")
    rows = vm.items
    assert {r["type"] for r in rows} == {"VOICEMAIL", "RECORDING"}
    assert any(r["played"] for r in rows) and any(r["unplayed"] for r in rows)
    before = vm.unplayedMessages
    fresh = next(r for r in rows if r["unplayed"] and r["type"] == "VOICEMAIL" and not r["inboxName"])
    assert fresh["canMarkPlayed"] and fresh["canOpen"] and fresh["canCallBack"]
    server = commlog_of(sim)
    call_item = str(server[fresh["id"]]["callItemId"])
    assert server[call_item]["isSeen"] is False  # the missed call the message was left after
    unseen = vm.unseenMissed
    assert arun(vm.mark_played(fresh["id"])), vm.error
    assert server[fresh["id"]]["isPlayed"] is True
    assert server[call_item]["isSeen"] is True and vm.unseenMissed == unseen - 1
    assert vm.item(fresh["id"])["played"] and vm.unplayedMessages == before - 1
    assert not arun(vm.mark_played("no-such-item"))
    assert "no longer" in vm.error


def test_group_inbox_messages_are_listed_with_their_inbox(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    groups = {g.name for g in sim.sim.org.groups_of("agent1")}
    inbox_rows = [r for r in vm.items if r["inboxName"]]
    assert {r["inboxName"] for r in inbox_rows} == groups
    row = inbox_rows[0]
    assert row["unplayed"] and f"({row['inboxName']})" in row["typeText"]
    assert arun(vm.mark_played(row["id"])), vm.error
    assert commlog_of(sim)[row["id"]]["isPlayed"] is True


def test_open_hands_only_an_http_link_to_the_browser(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["unplayed"] and r["type"] == "RECORDING")
    server = commlog_of(sim)[row["id"]]
    good = server["url"]
    assert arun(vm.open_message(row["id"])), vm.error
    assert vm.opened == [good] and good.startswith("https://")
    assert server["isPlayed"] is True  # opening it to listen marks it played
    hostile = ["javascript:alert(1)", "file:///etc/passwd", "/usr/bin/xterm -e rm -rf ~", "smb://host/share",
               "https://user:pw@media.example/a.mp3", "https://media.example/a.mp3\r\nX: y", "calc.exe",
               "ftp://media.example/a.mp3", "data:audio/mpeg;base64,AAAA", "\\\\host\\share\\a.mp3"]
    log = sim.sim.org.users["agent1"].commlog
    template = dict(server, isPlayed=False)
    ids = []
    for n, link in enumerate(hostile):
        item_id = 900_000 + n
        log.append(dict(template, itemId=item_id, url=link))
        ids.append(str(item_id))
    assert arun(vm.refresh_now())
    for item_id in ids:
        row = vm.item(item_id)
        assert row is not None and row["unplayed"] and not row["canOpen"]
        assert not arun(vm.open_message(item_id))
        assert "not opened" in vm.error
        assert commlog_of(sim)[item_id]["isPlayed"] is False
    assert vm.opened == [good]  # nothing else was handed on


def test_call_back_from_a_voicemail_uses_the_dialling_path(sim, arun, agent_session, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["type"] == "VOICEMAIL" and r["canCallBack"])
    call_id = arun(vm.call_back(row["id"]))
    assert call_id, vm.error
    call = next(c for c in sim_state(sim)["calls"] if c["callId"] == call_id)
    assert call["remoteParty"]["telUri"].endswith(row["number"]) and call["deviceIds"] == ["agent1-soft"]
    httpx.post(f"{sim.base_url}/_sim/calls/{call_id}/remote-hangup", timeout=10).raise_for_status()
    arun(until(lambda: not agent_session.store.calls(), what="the call-back to end"))


def test_mark_all_seen_marks_every_unseen_missed_call(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    assert vm.unseenMissed >= 2
    assert arun(vm.mark_all_seen()), vm.error
    assert vm.unseenMissed == 0
    assert not [i for i in sim.sim.org.users["agent1"].commlog if i["itemType"] == "MISSED_CALL" and not i["isSeen"]]


def test_a_history_that_never_loads_says_why(sim, arun, history_vm):
    vm = history_vm
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["log.list"]}, timeout=10).raise_for_status()
    try:
        vm.start()
        arun(until(lambda: vm.refreshError, timeout=5, what="the failure in words"))
        assert not vm.loaded and vm.refreshError.startswith(vm.STALE_WORDS)
        arun(until(lambda: "attempts in a row failed" in vm.refreshError, timeout=5, what="the repeated failure"))
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    arun(until(lambda: vm.loaded and not vm.refreshError, timeout=5, what="the history once the server answers"))


def test_an_unreadable_group_inbox_leaves_my_own_history_shown(sim, arun, history_vm):
    vm = history_vm
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["log.group_inbox"]},
               timeout=10).raise_for_status()
    try:
        assert arun(vm.refresh_now()), vm.refreshError
        assert vm.loaded and vm.items and not any(r["inboxName"] for r in vm.items)
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    assert arun(vm.refresh_now())
    assert any(r["inboxName"] for r in vm.items)


def test_mark_all_seen_one_by_one_where_the_server_has_no_bulk_route(sim, arun):
    """A deployment whose server lacks the (assumed) bulk path: a 404 there, so one mark per item."""
    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny

    account = Account("dstny", sim.base_url, "demo.example", "agent1",
                      options={"routes": {"log.seen_many": "/commlog/{d}/{u}/no-bulk-here/x"}})

    async def start():
        backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0, backoff_initial=0.1)
        session = Session(account, backend)
        session.start()
        assert await session.wait_live(10)
        return session

    session = arun(start())
    bridge = SessionBridge(session)
    vm = CallHistoryViewModel(bridge, poll_interval=30.0)
    try:
        assert arun(vm.refresh_now())
        assert vm.unseenMissed >= 2
        assert arun(vm.mark_all_seen()), vm.error
        assert vm.unseenMissed == 0
        assert not [i for i in sim.sim.org.users["agent1"].commlog if i["itemType"] == "MISSED_CALL" and not i["isSeen"]]
    finally:
        arun(vm.aclose())
        bridge.detach()
        arun(session.aclose())
