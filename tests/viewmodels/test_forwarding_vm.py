"""ForwardingViewModel against the real simulator: agent1 starts with no forwarding.

Proves: a typed number is checked and normalised like the dialler's before anything is sent (and
refused in words); forwarding reaches the server and the header text follows the server's answer;
a change made elsewhere shows by the poll; turning it off; server refusals, unreadable bodies and
5xx are words, and the state shown is re-read after a failed command; activity forwarding.
"""

from __future__ import annotations

import httpx
import pytest
from support import sim_post, until

from cti_desktop.viewmodels.forwarding import ForwardingViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def forwarding_vm(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = ForwardingViewModel(bridge, poll_interval=0.2, max_backoff=0.5)
    assert vm.supported
    assert arun(vm.load())
    yield vm
    arun(vm.aclose())
    bridge.detach()


def server_forwarding(sim) -> dict:
    state = httpx.get(sim.base_url + "/_sim/diversions", timeout=10).json()
    return state["users"].get("agent1", {})


def test_starts_not_forwarded(forwarding_vm):
    vm = forwarding_vm
    assert vm.loaded and not vm.forwarded and vm.number == ""
    assert vm.headerText == "Not forwarded"
    assert vm.detailText == "Calls ring you as usual."


def test_forward_to_a_national_number_is_normalised_and_shown(sim, forwarding_vm, arun):
    vm = forwarding_vm
    assert arun(vm.forward_to(" 070-111 22 33 "))
    assert server_forwarding(sim)["rules"][0] == {"lineOrderType": "PRIMARY", "diversionRoutingRulesType": "CFWD_ALL",
                                                 "phoneNumber": "+46701112233"}
    assert vm.forwarded and vm.number == "+46701112233"
    assert vm.headerText == "Forwarded to +46 70 111 22 33"
    assert vm.error == ""
    assert arun(vm.stop())
    assert server_forwarding(sim)["rules"] == []
    assert not vm.forwarded and vm.headerText == "Not forwarded"


@pytest.mark.parametrize("typed, words", [
    ("", "Enter the number to forward your calls to"),
    ("1 800 FLOWERS", "Letters cannot be dialled"),
    ("*21#", "feature code"),
    ("+46 70 123 ext. 5", "Extensions cannot be dialled"),
    ("070²1234567", "not 0–9"),
])
def test_bad_numbers_are_refused_in_words_and_nothing_is_sent(sim, forwarding_vm, arun, typed, words):
    vm = forwarding_vm
    assert vm.problemWith(typed) and words in vm.problemWith(typed)
    assert not arun(vm.forward_to(typed))
    assert words in vm.error
    assert vm.error == vm.problemWith(typed)  # the local words, not a server refusal: nothing was sent
    assert server_forwarding(sim)["rules"] == []


def test_a_number_the_server_refuses_is_shown_in_words(sim, forwarding_vm, arun):
    vm = forwarding_vm
    assert not arun(vm.forward_to("1001"))  # agent1's own extension
    assert "your own number" in vm.error
    assert not vm.forwarded and vm.headerText == "Not forwarded"


def test_a_change_made_elsewhere_shows_by_the_poll(sim, forwarding_vm, arun):
    vm = forwarding_vm
    vm.start()
    sim_post(sim, "/_sim/diversions/agent1", {"forwardAll": "1002"})
    arun(until(lambda: vm.number == "1002", 5.0, "the poll to see the forwarding"))
    assert vm.headerText == "Forwarded to 1002"
    sim_post(sim, "/_sim/diversions/agent1", {"forwardAll": None, "activeNumber": "+46701112233", "activityScoped": True})
    # the presence number and the rules are two reads: wait until the poll has read both
    arun(until(lambda: vm.presenceNumber == "+46701112233" and vm.number == "", 5.0, "the presence diversion"))
    assert vm.forwarded and vm.headerText == "Diverted to +46 70 111 22 33 while Available"


def test_server_failures_are_words_and_the_state_is_read_again(sim, forwarding_vm, arun):
    vm = forwarding_vm
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["div.rule_put"]})
    assert not arun(vm.forward_to("1002"))
    assert vm.error.startswith("Call forwarding change: the server"), vm.error
    assert not vm.forwarded
    sim_post(sim, "/_sim/faults", {"errorRate": 0, "malformedRate": 1.0, "routes": ["div.rules"]})
    assert not arun(vm.load())
    assert vm.refreshError.startswith("Could not read your call forwarding: The server sent a response the app could not read")
    httpx.delete(sim.base_url + "/_sim/faults", timeout=10)
    assert arun(vm.load()) and vm.refreshError == ""


def test_activity_forwarding(sim, forwarding_vm, arun):
    vm = forwarding_vm
    assert "lunch" in [a["id"] for a in vm.activities] and "available" not in [a["id"] for a in vm.activities]
    assert arun(vm.set_activity_forwarding("lunch", "1002"))
    assert vm.activityForwarding == [{"activityId": "lunch", "activityName": "Lunch", "number": "1002", "display": "1002"}]
    assert server_forwarding(sim)["activityDiversions"] == {"lunch": "1002"}
    assert not arun(vm.set_activity_forwarding("lunch", "letters"))
    assert "Letters cannot be dialled" in vm.error
    assert not arun(vm.set_activity_forwarding("sleeping", "1002"))
    assert "sleeping" in vm.error
    assert arun(vm.clear_activity_forwarding("lunch"))
    assert vm.activityForwarding == []


def test_the_rules_of_my_line_are_said_and_turned_off_at_once(sim, forwarding_vm, arun):
    vm = forwarding_vm
    assert vm.rulesSupported and vm.rules == []
    client = vm._service  # another device sets the rules; the view-model reads them back
    arun(client.set_diversion_rule("CFWD_ON_BUSY", "1002"))
    arun(client.set_diversion_rule("CFWD_NO_ANSWER", "+46701112233"))
    arun(vm.load())
    assert [r["words"] for r in vm.rules] == ["when you are busy", "when you do not answer"]
    assert "Calls are also forwarded when you are busy to 1002; when you do not answer to +46 70 111 22 33." \
        in vm.detailText
    assert arun(vm.clear_all_rules())
    assert vm.rules == [] and vm.detailText == "Calls ring you as usual."
    assert server_forwarding(sim)["rules"] == []
