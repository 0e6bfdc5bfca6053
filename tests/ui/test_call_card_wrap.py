"""A call card's rows of buttons wrap in a narrow window and stand in one row in a wide one, and follow
the call (buttons shown and hidden as it is answered) without overlapping: the real card on the real
call panel view-model, against the simulator."""

from __future__ import annotations

import pytest
from panel_support import call_panel
from support import sim_post, until
from test_call_panel import ring


@pytest.fixture
def panel(qtbot, agent_session, arun):
    yield from call_panel(agent_session, arun, qtbot)


def main_row(card) -> list:
    return [w for w in (card.answer, card.hangup, card.hold, card.resume, card.mute, card.unmute, card.keypad,
                        card.park, card.move) if w.isVisibleTo(card)]


def laid_out(panel, arun, width: int) -> None:
    panel.resize(width, 800)
    arun(until(lambda: panel.width() == width and all(card.layout().geometry().width() > 0
                                                       for card in panel.cards.values()), what="the panel laid out"))
    for card in panel.cards.values():
        card.layout().activate()


def assert_in_rows_within(card) -> set[int]:
    """The main row's buttons inside the card, none over another; the rows' tops."""
    rects = [w.geometry() for w in main_row(card)]
    assert rects, "no buttons on the card"
    assert all(r.left() >= 0 and r.right() < card.width() for r in rects), (card.width(), rects)
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:]), rects
    return {r.y() for r in rects}


def test_the_buttons_wrap_in_a_narrow_panel_and_stand_in_one_row_in_a_wide_one(sim, arun, panel):
    call_id = ring(sim, arun, panel)
    sim_post(sim, f"/_sim/calls/{call_id}/answer")
    card = panel.card(call_id)
    arun(until(lambda: card.item.status == "ACTIVE", what="the answered call"))
    laid_out(panel, arun, 1600)
    assert len(assert_in_rows_within(card)) == 1
    laid_out(panel, arun, 260)
    assert len(assert_in_rows_within(card)) > 1
    assert card.height() >= card.layout().heightForWidth(card.width())


def test_the_rows_follow_the_call_as_its_buttons_change(sim, arun, panel):
    laid_out(panel, arun, 300)
    call_id = ring(sim, arun, panel)
    card = panel.card(call_id)
    arun(until(lambda: card.answer.isVisibleTo(card), what="Answer on the ringing card"))
    laid_out(panel, arun, 300)
    ringing = [w.objectName() for w in main_row(card)]
    assert_in_rows_within(card)
    sim_post(sim, f"/_sim/calls/{call_id}/answer")
    arun(until(lambda: card.item.status == "ACTIVE" and not card.answer.isVisibleTo(card), what="the answered call"))
    laid_out(panel, arun, 300)
    assert [w.objectName() for w in main_row(card)] != ringing
    assert_in_rows_within(card)
