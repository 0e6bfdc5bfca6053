"""The screen-pop view-model against the real simulator, signed in as agent1."""

from __future__ import annotations

import pytest
from support import end_all_calls, sim_post, sim_state, until

from cti_desktop.core.calls import CallChange
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

TEMPLATE = "https://crm.example/search?phone={number}&name={name}"


class Recorder:
    def __init__(self, vm):
        self.pops = []
        self.closed = []
        self.urls = []
        self.add = []
        vm.popRequested.connect(self.pops.append)
        vm.popClosed.connect(self.closed.append)
        vm.openUrlRequested.connect(self.urls.append)
        vm.addContactRequested.connect(lambda number, name: self.add.append((number, name)))


@pytest.fixture
def pop_vm(sim, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE", record_url_template=TEMPLATE)
    yield vm
    end_all_calls(sim, arun, agent_session, pause=0.5)
    vm.shutdown()
    bridge.detach()


def directory_contact(arun, session, surname="Lindberg"):
    """A contact of the simulator's directory with a public number (found through the client)."""
    contacts = arun(session.backend.directory.search(surname))
    for c in contacts:
        if c.kind == "SHORTCUT" and c.preferred_number.startswith("+46"):
            return c
    raise AssertionError(f"no directory contact named {surname}")


def call_state(sim, call_id):
    return next((c for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


def test_directory_caller_pops_once_with_name_and_queue(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    contact = directory_contact(arun, agent_session)
    group = next(g for g in sim_state(sim)["groups"] if g["id"] == 101)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": contact.preferred_number, "via": group["id"]})["callId"]
    arun(until(lambda: rec.pops, what="a pop"))
    item = rec.pops[0]
    assert item.callId == call_id and item.requested_at > 0
    assert item.via == group["name"]  # the queue the call came through
    assert item.canAnswer and item.canReject and item.state == "ringing"
    # Shown at once from the call's own data; the directory lookup then gives the contact's name.
    arun(until(lambda: not item.lookupPending, what="the lookup"))
    assert contact.display_name in item.title and item.callerName == contact.display_name
    assert item.company == contact.company and not item.unknown
    assert item.matches and item.selectedMatch == 0 and item.matches[0]["id"] == contact.id
    assert item.recordUrl.startswith("https://crm.example/search?phone=%2B46")
    # Every stream drops; the client reconnects and re-reads the snapshot: the call is still
    # ringing, and the same pop stays (no second pop).
    statuses = []
    agent_session.on_status(lambda st: statuses.append(st.state.name))
    sim_post(sim, "/_sim/streams/drop")
    arun(until(lambda: "LIVE" in statuses[1:] or (statuses and statuses[-1] == "LIVE" and len(statuses) > 1), timeout=10, what="reconnect"))
    arun(agent_session.commands.refresh(call_id))
    assert len(rec.pops) == 1 and pop_vm.pop(call_id) is item and item.state == "ringing"
    # A snapshot that lost the call and the next one that has it again (as the bridge reports
    # them): the pop closes, and the same call never pops a second time.
    call = agent_session.store.get(call_id)
    pop_vm.bridge.callsChanged.emit([CallChange("ended", call, call)])
    pop_vm.bridge.callsChanged.emit([CallChange("added", call)])
    assert rec.closed == [call_id] and len(rec.pops) == 1 and pop_vm.has_popped(call_id)
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_the_callers_own_name_shows_before_any_lookup(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46709876543", "fromName": "Greta Garbo"})
    arun(until(lambda: rec.pops, what="a pop"))
    item = rec.pops[0]
    assert "Greta Garbo" in item.title and item.callerNumber.replace(" ", "").endswith("709876543")
    arun(until(lambda: not item.lookupPending, what="the lookup"))
    assert item.unknown and item.title == "Greta Garbo" and item.canAddContact
    item.addContact()
    assert rec.add == [("+46709876543", "Greta Garbo")]
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_unknown_number_and_add_contact_without_crm(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701230000"})
    arun(until(lambda: rec.pops and not rec.pops[0].lookupPending, what="a looked-up pop"))
    item = rec.pops[0]
    assert item.unknown and item.matches == [] and "701230000" in item.title.replace(" ", "")
    item.submitAddContact("+46701230000", "New Person")
    assert "no way to create contacts" in item.error and rec.urls == []
    pop_vm.setRecordAddUrlTemplate("https://crm.example/new?phone={e164}&name={name}")
    item.submitAddContact("+46701230000", "New Person")
    assert rec.urls == ["https://crm.example/new?phone=%2B46701230000&name=New%20Person"] and item.error == ""
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_answer_from_the_pop(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701112222", "fromName": "Caller"})["callId"]
    arun(until(lambda: rec.pops, what="a pop"))
    task = pop_vm.answer(call_id)
    assert task is not None and pop_vm.answer(call_id) is None  # a double click sends one command
    arun(until(lambda: (call_state(sim, call_id) or {}).get("status") == "ACTIVE", what="ACTIVE in the simulator"))
    arun(until(lambda: rec.closed == [call_id], what="the pop to close"))
    assert rec.pops[0].state == "answered" and pop_vm.error == "" and pop_vm.openPops == 0
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_remote_hangup_closes_and_reject_hangs_up(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    first = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701113333"})["callId"]
    arun(until(lambda: rec.pops, what="a pop"))
    sim_post(sim, f"/_sim/calls/{first}/remote-hangup")
    arun(until(lambda: rec.closed == [first], what="the pop to close"))
    assert rec.pops[0].state == "ended"
    second = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701114444"})["callId"]
    arun(until(lambda: len(rec.pops) == 2, what="the second pop"))
    rec.pops[1].reject()
    arun(until(lambda: rec.closed == [first, second], what="the rejected pop to close"))
    assert call_state(sim, second) is None or call_state(sim, second)["status"] == "TERMINATED"
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_answered_on_another_device_closes(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701115555"})["callId"]
    arun(until(lambda: rec.pops, what="a pop"))
    call = agent_session.store.get(call_id)
    arun(agent_session.commands.run("answer", call, "agent1-desk"))  # as if taken on the desk phone
    arun(until(lambda: rec.closed == [call_id], what="the pop to close"))
    assert rec.pops[0].state == "answered-elsewhere"
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_open_record_builds_a_safe_link_and_reports_a_bad_template(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701116666", "fromName": "Ann & Co"})["callId"]
    arun(until(lambda: rec.pops and not rec.pops[0].lookupPending, what="a pop"))
    pop_vm.openRecord(call_id)
    assert rec.urls == ["https://crm.example/search?phone=%2B46701116666&name=Ann%20%26%20Co"]
    pop_vm.setRecordUrlTemplate("javascript:alert('{number}')")
    assert rec.pops[0].canOpenRecord and rec.pops[0].recordUrl == ""
    pop_vm.openRecord(call_id)
    assert len(rec.urls) == 1 and "Only http and https" in rec.pops[0].error and pop_vm.error
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_several_matches_give_a_picker(sim, arun, agent_session):
    contact = directory_contact(arun, agent_session, "Berg")

    class SecondSource:
        """Another directory (a CRM) that knows the same number under another name."""

        name = "crm"

        async def search(self, query, limit=25):
            from cti_desktop.core.models import Contact

            return [Contact("crm-7", "Zed", "Other", numbers=(contact.preferred_number,), source="crm")]

        async def favourites(self):
            return []

    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, [agent_session.backend.directory, SecondSource()], region="SE")
    rec = Recorder(vm)
    try:
        sim_post(sim, "/_sim/calls", {"to": "agent1", "from": contact.preferred_number})
        arun(until(lambda: rec.pops and not rec.pops[0].lookupPending, what="a looked-up pop"))
        item = rec.pops[0]
        names = [m["name"] for m in item.matches]
        assert contact.display_name in names and "Zed Other" in names and item.selectedMatch == 0
        other = names.index("Zed Other")
        item.choose(other)
        assert item.selectedMatch == other and item.title == "Zed Other"
    finally:
        end_all_calls(sim, arun, agent_session, pause=0.5)
        vm.shutdown()
        bridge.detach()
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_outbound_calls_do_not_pop(sim, arun, agent_session, pop_vm):
    rec = Recorder(pop_vm)
    call = arun(agent_session.commands.make_call("+46701117777"))
    arun(until(lambda: agent_session.store.get(call.call_id) is not None))
    assert rec.pops == []
    arun(agent_session.commands.run("hangup", agent_session.store.get(call.call_id)))
    end_all_calls(sim, arun, agent_session, pause=0.5)


def test_a_closed_pop_is_let_go(sim, arun, agent_session, pop_vm):
    """An agent's day is hundreds of pops: a closed one must not stay a child of the view-model
    (found by ``benchmarks/gui_endurance.py --tracemalloc``: one PopItem and its call kept per pop)."""
    import gc
    import weakref

    from cti_desktop.viewmodels.pop_item import PopItem

    rec = Recorder(pop_vm)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701115555"})["callId"]
    arun(until(lambda: rec.pops, what="a pop"))
    assert pop_vm.findChildren(PopItem)
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(until(lambda: rec.closed == [call_id], what="the pop to close"))
    assert rec.pops[0].state == "ended"  # whoever still holds it can read its last state
    assert not pop_vm.findChildren(PopItem)
    gone = weakref.ref(rec.pops.pop())
    gc.collect()
    assert gone() is None
