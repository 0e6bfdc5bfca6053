"""Answer and Reject from a real freedesktop notification server (dunst), against the simulator.

Pops off, a call rings in the simulator: the app's notification is shown by dunst with Answer and
Reject; picking one from dunst's menu answers or rejects the call, which the simulator's own state
shows. A call that stops ringing takes its notification off the screen.
"""

from __future__ import annotations

import pytest
from dunst_session import DunstSession
from support import end_all_calls, sim_post, sim_state, until

from cti_desktop.core.settings import PopSettings
from cti_desktop.ui.notifications import DesktopNotifier
from cti_desktop.ui.screen_pop import ScreenPopController
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

pytestmark = pytest.mark.skipif(bool(DunstSession.missing()), reason=DunstSession.missing() or "-")


@pytest.fixture
def dunst(monkeypatch):
    with DunstSession() as session:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
        yield session


@pytest.fixture
def controller(dunst, sim, arun, agent_session):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE")
    notifier = DesktopNotifier(send_timeout=5.0)
    controller = ScreenPopController(vm, notifier, settings=PopSettings(enabled=False))
    yield controller
    end_all_calls(sim, arun, agent_session, pause=0.5)
    arun(notifier.aclose())
    vm.shutdown()
    bridge.detach()


def ring(sim, number, name):
    return sim_post(sim, "/_sim/calls", {"to": "agent1", "from": number, "fromName": name, "via": 101})["callId"]


def status(sim, call_id):
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


def test_answer_from_the_notification(dunst, controller, sim, arun):
    call_id = ring(sim, "+46701117001", "Greta Garbo")
    arun(until(lambda: dunst.displayed() == 1, timeout=8, what="dunst to show the notification"))
    assert controller.windows() == []  # pops off: the notification is the only notice
    arun(dunst.invoke("Answer"))
    arun(until(lambda: status(sim, call_id) == "ACTIVE", timeout=8, what="the call ACTIVE in the simulator"))
    # answered: it no longer rings, so its notification (and its buttons) are taken back
    arun(until(lambda: dunst.displayed() == 0, timeout=8, what="the notification withdrawn"))


def test_reject_from_the_notification(dunst, controller, sim, arun):
    call_id = ring(sim, "+46701117002", "Sven Hedin")
    arun(until(lambda: dunst.displayed() == 1, timeout=8, what="dunst to show the notification"))
    arun(dunst.invoke("Reject"))
    arun(until(lambda: status(sim, call_id) in (None, "TERMINATED"), timeout=8, what="the call rejected in the simulator"))
    arun(until(lambda: dunst.displayed() == 0, timeout=8, what="the notification withdrawn"))


def test_a_call_that_stops_ringing_takes_its_notification_back(dunst, controller, sim, arun):
    call_id = ring(sim, "+46701117003", "Karin Boye")
    arun(until(lambda: dunst.displayed() == 1, timeout=8, what="dunst to show the notification"))
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    arun(until(lambda: dunst.displayed() == 0, timeout=8, what="the notification withdrawn"))
    assert controller.notifier.shown_tags == frozenset()
