"""Deleting from the call history, the voicemail trash with its undo, and reading one item back, in
the view-model (headless) against agent1 in the simulator; the requests sent are watched on the
client's own httpx client."""

from __future__ import annotations

import httpx
import pytest
from support import commlog_of, until
from panel_support import view_model

from cti_desktop.viewmodels.call_history import CallHistoryViewModel


class Requests:
    def __init__(self, http) -> None:
        self.seen: list[tuple[str, str, str]] = []
        self._http = http
        http.event_hooks["request"].append(self.hook)

    async def hook(self, request) -> None:
        self.seen.append((request.method, request.url.path.removeprefix("/api"), str(request.url.query, "ascii")))

    def of(self, method: str, prefix: str = "/commlog/") -> list[tuple[str, str, str]]:
        return [r for r in self.seen if r[0] == method and r[1].startswith(prefix)]


@pytest.fixture
def history_vm(agent_session, arun):
    make = lambda bridge: CallHistoryViewModel(bridge, poll_interval=60, max_backoff=60, undo_seconds=0.5)  # noqa: E731
    for vm in view_model(agent_session, arun, make):
        vm.requests = Requests(agent_session.backend.history._http)
        yield vm



def test_deleting_one_call_sends_one_delete_and_the_row_goes(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["type"] == "OUTGOING_CALL")
    assert row["canDelete"] and not row["toTrash"]
    vm.requests.seen.clear()
    assert arun(vm.delete_items([row["id"]])), vm.error
    assert vm.requests.of("DELETE") == [("DELETE", f"/commlog/demo.example/agent1/{row['id']}", "updateCallItem=false")]
    assert not vm.requests.of("GET")  # the server's 2xx is the answer: no re-read of the list
    assert commlog_of(sim)[row["id"]]["deleted"] is True
    assert vm.item(row["id"]) is None and not vm.canUndo
    assert vm.notice.startswith("Deleted the outgoing call with ")


def test_deleting_several_is_one_bulk_request_and_says_which_were_already_gone(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    calls = [r["id"] for r in vm.items if not r["message"]][:3]
    assert len(calls) == 3
    commlog_of(sim)[calls[2]]["deleted"] = True  # someone deleted it elsewhere (another client of mine)
    vm.requests.seen.clear()
    assert arun(vm.delete_items(calls)), vm.error
    (bulk,) = vm.requests.of("DELETE")
    assert bulk[1] == "/commlog/demo.example/agent1"
    assert bulk[2] == "&".join(f"itemId={i}" for i in calls) + "&updateCallItem=false"
    assert all(commlog_of(sim)[i]["deleted"] for i in calls)
    assert all(vm.item(i) is None for i in calls)
    assert vm.notice.startswith("Deleted 2 items; the ") and vm.notice.endswith("was no longer on the server")


def test_a_voicemail_goes_to_the_trash_and_undo_brings_it_back_read_as_one_item(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["type"] == "VOICEMAIL" and not r["inboxName"])
    assert row["toTrash"]
    vm.requests.seen.clear()
    assert arun(vm.delete_items([row["id"]])), vm.error
    assert vm.requests.of("PUT") == [("PUT", f"/commlog/demo.example/agent1/{row['id']}/trash", "delete=true")]
    assert not vm.requests.of("DELETE")
    item = commlog_of(sim)[row["id"]]
    assert item.get("deletionTime") and not item.get("deleted")  # in the trash, not deleted
    assert vm.item(row["id"]) is None
    assert vm.canUndo and vm.undoText.startswith("Moved the voicemail from ") and vm.undoText.endswith("to the trash")
    vm.requests.seen.clear()
    assert arun(vm.undo_delete()), vm.error
    assert vm.requests.of("PUT") == [("PUT", f"/commlog/demo.example/agent1/{row['id']}/trash", "delete=false")]
    # read back as one item, not the whole list
    assert vm.requests.of("GET") == [("GET", f"/commlog/demo.example/agent1/{row['id']}", "")]
    assert not item.get("deletionTime")
    assert vm.item(row["id"]) == row
    assert not vm.canUndo and vm.notice.endswith("back to the inbox")
    assert not arun(vm.undo_delete()) and "nothing to undo" in vm.error


def test_the_undo_is_offered_only_for_a_while(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["type"] == "VOICEMAIL" and not r["inboxName"])
    assert arun(vm.delete_items([row["id"]])), vm.error
    assert vm.canUndo
    arun(until(lambda: not vm.canUndo, timeout=3, what="the undo offer to end"))
    assert vm.undoText == ""
    assert commlog_of(sim)[row["id"]].get("deletionTime")  # it stays in the trash


def test_a_mix_trashes_the_voicemails_and_deletes_the_rest(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    voicemails = [r["id"] for r in vm.items if r["type"] == "VOICEMAIL"][:2]
    others = [r["id"] for r in vm.items if r["type"] in ("RECORDING", "MISSED_CALL")][:2]
    assert len(voicemails) == 2 and len(others) == 2
    vm.requests.seen.clear()
    assert arun(vm.delete_items(voicemails + others)), vm.error
    assert sorted(p for _m, p, _q in vm.requests.of("PUT")) == sorted(
        f"/commlog/demo.example/agent1/{i}/trash" for i in voicemails)
    (bulk,) = vm.requests.of("DELETE")
    assert bulk[2] == "&".join(f"itemId={i}" for i in others) + "&updateCallItem=false"
    assert vm.notice == "Deleted 2 items; moved 2 voicemails to the trash"
    assert vm.undoText == "Moved 2 voicemails to the trash"
    assert arun(vm.undo_delete()), vm.error
    assert all(vm.item(i) is not None for i in voicemails) and all(vm.item(i) is None for i in others)
    assert all(not commlog_of(sim)[i].get("deletionTime") for i in voicemails)


def test_mark_played_reads_back_the_message_and_its_missed_call_only(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["unplayed"] and r["type"] == "VOICEMAIL" and not r["inboxName"])
    call_item = str(commlog_of(sim)[row["id"]]["callItemId"])
    assert vm.item(call_item)["unseenMissed"]
    unseen = vm.unseenMissed
    vm.requests.seen.clear()
    assert arun(vm.mark_played(row["id"])), vm.error
    gets = sorted(p for _m, p, _q in vm.requests.of("GET"))
    assert gets == sorted(f"/commlog/demo.example/agent1/{i}" for i in (row["id"], call_item))
    assert vm.item(row["id"])["played"] and not vm.item(call_item)["unseenMissed"]
    assert vm.unseenMissed == unseen - 1


def test_a_failed_read_back_falls_back_to_the_whole_list(sim, arun, history_vm):
    vm = history_vm
    assert arun(vm.refresh_now())
    row = next(r for r in vm.items if r["unplayed"] and r["type"] == "RECORDING")
    httpx.post(sim.base_url + "/_sim/faults", json={"errorRate": 1.0, "routes": ["log.item"]},
               timeout=10).raise_for_status()
    try:
        vm.requests.seen.clear()
        assert arun(vm.mark_played(row["id"])), vm.error
    finally:
        httpx.delete(sim.base_url + "/_sim/faults", timeout=10).raise_for_status()
    assert [p for _m, p, _q in vm.requests.of("GET")][:1] == [f"/commlog/demo.example/agent1/{row['id']}"]
    assert ("GET", "/commlog/demo.example/agent1") in [(m, p) for m, p, _q in vm.requests.seen]  # the list, read again
    assert vm.item(row["id"])["played"] and not vm.refreshError
