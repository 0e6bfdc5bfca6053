"""The wrap-up bar of the real workspace (settings [after_call] on, or turned on), against the simulator."""

from __future__ import annotations

import pytest
from support import act, settle_live, sim_post, sim_state, until

from cti_desktop.core.settings import Settings
from cti_desktop.ui.workspace import Workspace
from cti_desktop.viewmodels.session_bridge import SessionBridge


def server_presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


def build(qtbot, agent_session, after_call: dict) -> Workspace:
    settings = Settings()
    settings.after_call = after_call
    ws = Workspace.build(SessionBridge(agent_session), None, settings)
    for w in (ws.presence, ws.contacts, ws.book, ws.after_call):
        if w is not None:
            qtbot.addWidget(w)
    return ws


@pytest.fixture
def workspace(qtbot, arun, agent_session):
    made: list[Workspace] = []

    def make(after_call: dict) -> Workspace:
        ws = build(qtbot, agent_session, after_call)
        made.append(ws)
        act(arun, ws.start)
        arun(until(lambda: ws.after_call_vm.state().current is not None and ws.after_call_vm.state().activities,
                   what="after-call work to read the presence"))
        return ws

    yield make
    for ws in made:
        arun(ws.aclose())


def answer_and_hang_up(sim, arun, session) -> None:
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice"})["callId"]
    arun(until(lambda: session.store.get(call_id) is not None, what="the ringing call"))
    sim_post(sim, f"/_sim/calls/{call_id}/answer", {})
    arun(until(lambda: (c := session.store.get(call_id)) is not None and c.status == "ACTIVE", what="answered"))
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup", {})
    arun(until(lambda: session.store.get(call_id) is None, what="the call to end"))


def test_the_bar_counts_down_extends_and_ready_restores(sim, arun, qtbot, workspace, agent_session):
    ws = workspace({"enabled": True, "scope": "all", "seconds": 30})
    bar = ws.after_call
    assert bar is not None and bar.isHidden()
    answer_and_hang_up(sim, arun, agent_session)
    arun(until(lambda: ws.after_call_vm.phase == "wrapping", what="wrap-up"))
    assert not bar.isHidden()
    assert bar.status_label.text() in ("Wrap-up 0:30", "Wrap-up 0:29")
    assert bar.extend_button.text() == "+30 s" and bar.extend_button.isEnabled() and bar.ready_button.isEnabled()
    act(arun, bar.extend_button.click)
    assert bar.status_label.text() in ("Wrap-up 1:00", "Wrap-up 0:59")
    assert bar.status_label.accessibleName() == bar.status_label.text()
    assert server_presence(sim)["activity"]["id"] == "busy"
    act(arun, bar.ready_button.click)
    arun(until(lambda: ws.after_call_vm.phase == "idle", what="Ready"))
    assert server_presence(sim)["activity"]["id"] == "available"
    assert bar.isHidden()
    settle_live(arun, agent_session)


def test_a_failure_is_shown_in_words_and_can_be_dismissed(sim, arun, qtbot, workspace, agent_session):
    ws = workspace({"enabled": True, "scope": "all"})
    bar = ws.after_call
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["pr.put"]})
    try:
        answer_and_hang_up(sim, arun, agent_session)
        arun(until(lambda: "Wrap-up did not start" in bar.message_label.text(), what="the words"))
    finally:
        sim_post(sim, "/_sim/faults", {"errorRate": 0.0, "routes": []})
    assert not bar.isHidden() and bar.ready_button.isHidden() and not bar.dismiss_button.isHidden()
    act(arun, bar.dismiss_button.click)
    assert bar.isHidden()
    settle_live(arun, agent_session)


def test_off_by_default_the_bar_is_hidden_until_turned_on(arun, qtbot, agent_session):
    """Off, the bar is there but hidden: File › Settings… may turn after-call work on in the session."""
    ws = build(qtbot, agent_session, {})
    bar = ws.after_call
    assert bar is not None and bar.isHidden() and not ws.after_call_vm.enabled
    assert bar.extend_button.text() == "+30 s"
    vm = ws.after_call_vm
    act(arun, lambda: vm.set_settings_table({"enabled": True, "scope": "all", "extend_seconds": 15}))
    arun(until(lambda: vm.state().current is not None, what="the presence read once turned on"))
    assert vm.enabled and bar.extend_button.text() == "+15 s"
    assert bar.extend_button.accessibleName() == "Extend wrap-up by 15 seconds"
    assert bar.isHidden()  # nothing to show until a call ends
    arun(ws.aclose())
