"""The supervision panel against a real view-model and the simulator (super1 supervises agent1)."""

from __future__ import annotations

import pytest
from support import hang_up_all, sim_post, sim_state, until

from cti_desktop.ui.supervision import AGENT_ROLE, SupervisionPanel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.supervision import SupervisionViewModel


@pytest.fixture
def panel(qtbot, super_session, arun):
    bridge = SessionBridge(super_session)
    vm = SupervisionViewModel(bridge, poll_interval=0.2)
    widget = SupervisionPanel(vm)
    qtbot.addWidget(widget)
    widget.show()
    arun(until(lambda: vm.loaded and widget.agents.count() > 0, what="the agents"))
    yield widget
    arun(vm.aclose())
    bridge.detach()


def row(widget, agent_id: str):
    return next(widget.agents.item(i) for i in range(widget.agents.count())
                if widget.agents.item(i).data(AGENT_ROLE) == agent_id)


def test_choose_an_agent_then_whisper(sim, arun, panel, agent_session, super_session):
    assert panel.vm.active  # visible: the list is kept current
    assert [b.text() for b in panel.buttons.values()] == ["Listen", "Whisper", "Barge in", "Intrude"]
    anna = row(panel, "agent1")
    assert anna.text().startswith("Anna Lindqvist — not on a call")
    panel.agents.setCurrentItem(anna)
    assert not any(b.isEnabled() for b in panel.buttons.values())
    assert panel.reason.isVisible() and panel.reason.text() == "Anna Lindqvist is not on a call"

    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701236666", "fromName": "Carl Caller",
                                            "via": None})["callId"]
    arun(until(lambda: agent_session.store.get(call_id) is not None))
    arun(agent_session.commands.run("answer", agent_session.store.get(call_id), "agent1-soft"))
    # The panel's own polling sees agent1 on the call and offers the three buttons.
    arun(until(lambda: panel.buttons["whisper"].isEnabled(), what="the buttons once agent1 is on a call"))
    assert row(panel, "agent1").text().startswith("Anna Lindqvist — on a call")
    assert not panel.reason.isVisible()

    async def click() -> None:
        panel.buttons["whisper"].click()
        await until(lambda: panel.notice.isVisible(), what="the notice")

    arun(click())
    assert "Whispering to Anna Lindqvist: only Anna Lindqvist hears you" in panel.notice.text()
    # agent1 sees the supervisor in the call (the whisper is heard by the agent only).
    arun(until(lambda: agent_session.store.get(call_id).intruded, what="agent1's call to show the whisper"))
    assert "Sofia Supervisorsson" in {p.party.name for p in agent_session.store.get(call_id).participants}
    hang_up_all(arun, super_session)
    hang_up_all(arun, agent_session)


def test_an_agent_sees_why_not(qtbot, agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = SupervisionViewModel(bridge)
    widget = SupervisionPanel(vm)
    qtbot.addWidget(widget)
    widget.show()
    try:
        arun(until(lambda: vm.loaded, what="the groups"))
        assert widget.note.isVisible() and "not a supervisor" in widget.note.text()
        assert not widget.agents.isVisible() and not any(b.isVisible() for b in widget.buttons.values())
    finally:
        arun(vm.aclose())
        bridge.detach()
