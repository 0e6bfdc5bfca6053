"""The tray menu's call entries against the real main window, view-models and simulator: Answer
<caller> and Reject while a call rings, Hang up while one is active, nothing otherwise."""

from __future__ import annotations

import pytest
from main_window_fixture import window  # noqa: F401  (the fixture)
from support import end_all_calls, sim_post, sim_state, until

from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.tray import Tray


@pytest.fixture
def tray(window, sim, arun, agent_session):  # noqa: F811
    store = SettingsStore()
    tray = Tray(window, window.settings, store)
    yield tray
    end_all_calls(sim, arun, agent_session, pause=0.5)
    tray.hide()


def status(sim, call_id):
    return next((c["status"] for c in sim_state(sim)["calls"] if c["callId"] == call_id), None)


def shown(tray):
    return [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]


def test_answer_then_hang_up_from_the_tray(tray, sim, arun):
    assert not tray.answer_action.isVisible() and not tray.reject_action.isVisible()
    assert not tray.hangup_action.isVisible()
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701115501", "fromName": "Astrid & Co"})["callId"]
    arun(until(lambda: tray.answer_action.isVisible(), what="Answer in the tray menu"))
    assert shown(tray)[:2] == ["&Answer Astrid && Co", "&Reject"]
    assert not tray.hangup_action.isVisible()
    tray.answer_action.trigger()
    arun(until(lambda: status(sim, call_id) == "ACTIVE", what="the call ACTIVE in the simulator"))
    arun(until(lambda: tray.hangup_action.isVisible() and not tray.answer_action.isVisible(), what="Hang up in the menu"))
    assert shown(tray)[0] == "&Hang up"
    tray.hangup_action.trigger()
    arun(until(lambda: status(sim, call_id) in (None, "TERMINATED"), what="the call ended in the simulator"))
    arun(until(lambda: not tray.hangup_action.isVisible(), what="Hang up gone from the menu"))


def test_reject_from_the_tray(tray, sim, arun):
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701115502"})["callId"]
    arun(until(lambda: tray.reject_action.isVisible(), what="Reject in the tray menu"))
    tray.reject_action.trigger()
    arun(until(lambda: status(sim, call_id) in (None, "TERMINATED"), what="the call rejected in the simulator"))
    arun(until(lambda: not tray.answer_action.isVisible() and not tray.reject_action.isVisible(),
               what="the ringing call's entries gone"))
