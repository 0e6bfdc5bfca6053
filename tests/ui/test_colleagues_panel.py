"""The colleagues panel against the real view-model and the simulator (pytest-qt)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from panel_support import bridged
from support import act, sim_post, until

from cti_desktop.core.colleagues import IDLE
from cti_desktop.ui.colleagues import PICK_UP_SHORTCUT, ColleaguesPanel
from cti_desktop.viewmodels.colleagues import ColleaguesViewModel


@pytest.fixture
def panel(sim, agent_session, arun, qtbot):
    """The colleagues panel (agent3 a favourite of agent1's) on its view-model, shown."""
    sim.sim.org.users["agent1"].contacts["agent3"] = "FAVORITE"
    for bridge in bridged(agent_session):
        vm = ColleaguesViewModel(bridge, presence_every=0.5)
        panel = ColleaguesPanel(vm)
        qtbot.addWidget(panel)
        panel.show()
        yield panel
        arun(vm.aclose())


def test_ringing_lamp_and_the_shortcut_picks_up(sim, agent_session, arun, qtbot, panel):
    vm = panel.vm
    arun(until(lambda: vm.board.get("agent3") is not None and vm.board.get("agent3").live))
    assert not panel.pick_up_button.isEnabled()
    assert panel.pick_up_shortcut.key().toString() == PICK_UP_SHORTCUT
    sim_post(sim, "/_sim/calls", {"to": "agent3", "from": "+46701237777", "fromName": "Dora Caller"})
    arun(until(lambda: panel.pick_up_button.isEnabled(), what="Pick up offered"))
    assert "1 ringing" in panel.header.text()
    act(arun, panel.pick_up_shortcut.activated.emit)
    arun(until(lambda: any(c.remote.name == "Dora Caller" for c in agent_session.store.state.values()),
               what="the call picked up to me"))
    arun(until(lambda: vm.board.get("agent3").lamp == IDLE and not panel.pick_up_button.isEnabled()))
    assert panel.error_label.isHidden()
    mine = next(c for c in agent_session.store.state.values() if c.remote.name == "Dora Caller")
    arun(agent_session.backend.call_control.hangup(mine))


def test_enter_on_an_idle_colleague_says_why_not(sim, agent_session, arun, qtbot, panel):
    vm = panel.vm
    arun(until(lambda: vm.model.row_of("agent3") >= 0))
    panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of("agent3")))
    act(arun, lambda: qtbot.keyClick(panel.list_view, Qt.Key.Key_Return))
    arun(until(lambda: panel.error_label.isVisible(), what="the refusal shown"))
    assert "phone is not ringing" in panel.error_label.text()
