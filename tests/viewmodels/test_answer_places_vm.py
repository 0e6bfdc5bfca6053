"""The dial pad's "Call via…" rings first at one of the account's answer places, read from the server
(Dstny's "Read mapping for the possible devices the user can set up calls from", cfg.answerplaces),
and sets the call up from the chosen one (the call-back's aptype), against the simulator."""

from __future__ import annotations

import httpx
import pytest
from support import SentRequests, sim_post, until

from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

from test_dial_pad_vm import hang_up_everything


@pytest.fixture
def pad(agent_session, arun):
    sent = SentRequests(agent_session.backend._http)
    bridge = SessionBridge(agent_session)
    vm = DialPadViewModel(bridge)
    yield vm, sent
    sent.close()
    hang_up_everything(arun, agent_session)
    bridge.detach()


def test_the_places_are_the_servers_and_the_call_rings_the_chosen_one_first(pad, agent_session, arun):
    vm, sent = pad
    arun(vm.load_async())
    assert sum(1 for m, p in sent.requests if m == "GET" and p.endswith("/answerplaces")) == 1
    assert vm.answerPlaces == [{"id": "mobile", "name": "Mobile"}] and vm.selectedAnswerPlace == "mobile"
    vm.number = "+46701119999"
    assert arun(vm.dial_via_mobile_async()), vm.error
    posts = [p for m, p in sent.requests if m == "POST" and "/calls/current/" in p]
    assert len(posts) == 1 and "/mobile/" in posts[0]
    assert vm.notice.startswith("Your mobile rings first")

    def mobile_leg():
        return any("agent1-mobile" in c.device_ids for c in agent_session.store.calls())

    arun(until(mobile_leg, what="the call to ring the mobile first"))


def test_an_unknown_place_is_refused_in_words(pad, arun):
    vm, _sent = pad
    arun(vm.load_async())
    vm.selectedAnswerPlace = "office"
    assert vm.selectedAnswerPlace == "mobile" and "no answer place 'office'" in vm.error


def test_without_the_list_the_mobile_is_still_rung_and_nothing_is_shown_as_an_error(sim, pad, arun):
    vm, sent = pad
    sim_post(sim, "/_sim/deployment", {"withoutRoutes": ["cfg.answerplaces"]})
    try:
        arun(vm.load_async())
    finally:
        httpx.delete(sim.base_url + "/_sim/deployment", timeout=10).raise_for_status()
    assert vm.answerPlaces == [] and vm.error == ""
    vm.number = "+46701119999"
    assert arun(vm.dial_via_mobile_async()), vm.error
    assert any(m == "POST" and "/mobile/" in p for m, p in sent.requests)
