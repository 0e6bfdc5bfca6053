"""The selected call's card wears the highlight border, and only it: as calls ring, are chosen and end
(the real panel on the real view-model, against the simulator)."""

from __future__ import annotations

import pytest
from panel_support import call_panel
from support import sim_post, until
from test_call_panel import ring

BORDER = "CallCard { border: 2px solid palette(highlight); }"


@pytest.fixture
def panel(qtbot, agent_session, arun):
    yield from call_panel(agent_session, arun, qtbot)


def assert_border_on_selected(panel) -> None:
    selected = panel.vm.selectedCallId
    assert selected in panel.cards
    for cid, card in panel.cards.items():
        assert card.styleSheet() == (BORDER if cid == selected else ""), cid
        assert card.property("selected") == (cid == selected)


def answer(sim, arun, panel, call_id: str) -> None:
    sim_post(sim, f"/_sim/calls/{call_id}/answer")
    arun(until(lambda: panel.card(call_id).item.status == "ACTIVE", what="the answered call"))


def test_the_border_follows_the_selected_call(sim, arun, panel):
    first = ring(sim, arun, panel)
    assert panel.vm.selectedCallId == first
    assert_border_on_selected(panel)
    answer(sim, arun, panel, first)
    second = ring(sim, arun, panel)
    arun(until(lambda: panel.vm.selectedCallId == second, what="the ringing call selected"))
    assert_border_on_selected(panel)
    answer(sim, arun, panel, second)
    other = first if panel.vm.selectedCallId == second else second
    panel.vm.selectedCallId = other
    arun(until(lambda: panel.vm.selectedCallId == other, what="the other call chosen"))
    assert_border_on_selected(panel)
    third = ring(sim, arun, panel)  # a ringing call comes first, then the chosen one again
    arun(until(lambda: panel.vm.selectedCallId == third, what="the ringing call selected"))
    assert_border_on_selected(panel)
    sim_post(sim, f"/_sim/calls/{third}/remote-hangup")
    arun(until(lambda: panel.card(third) is None, what="the ringing call's card to go"))
    assert panel.vm.selectedCallId == other
    assert_border_on_selected(panel)
