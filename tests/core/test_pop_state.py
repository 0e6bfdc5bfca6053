"""The screen-pop reducer, table-tested on calls parsed from vendor-shaped CallState payloads
(the Dstny Core API reference's CallState fields: callId, stateToken, status, inbound, actions)."""

from __future__ import annotations

import pytest

from cti_desktop.core.pop_state import (
    ANSWERED,
    ANSWERED_ELSEWHERE,
    ANSWERING,
    ENDED,
    REJECTING,
    RINGING,
    AllClosed,
    AnswerPressed,
    CallSeen,
    CommandFailed,
    PopBook,
    RejectPressed,
    is_incoming_ringing,
    next_phase,
    reduce_pops,
)
from cti_desktop.providers.dstny.wire import parse_call_state


def call(status: str, *, call_id: str = "c1", inbound: bool = True, actions: tuple[str, ...] = ()):
    return parse_call_state({
        "callId": call_id, "stateToken": 1, "status": status, "inbound": inbound,
        "remoteParty": {"type": "USER_ID", "telUri": "tel:+46701234567", "displayName": "Ada Lovelace"},
        "actions": [{"action": a} for a in actions],
    }, received_at=0.0)


RING = call("RINGING", actions=("ANSWER",))
ACTIVE = call("ACTIVE", actions=("HOLD",))
HELD = call("HELD")
INITIATED = call("INITIATED")
GONE = call("TERMINATED")


@pytest.mark.parametrize(
    ("phase", "event", "after"),
    [
        (RINGING, AnswerPressed("c1"), ANSWERING),
        (RINGING, RejectPressed("c1"), REJECTING),
        (RINGING, CallSeen(RING), RINGING),
        (RINGING, CallSeen(INITIATED), RINGING),
        (RINGING, CallSeen(ACTIVE), ANSWERED_ELSEWHERE),  # taken on another device, or by another agent
        (RINGING, CallSeen(HELD), ANSWERED_ELSEWHERE),
        (RINGING, CallSeen(GONE), ENDED),  # the caller gave up
        (RINGING, CallSeen(RING, ended=True), ENDED),  # the store dropped it
        (ANSWERING, CallSeen(ACTIVE), ANSWERED),  # answered here
        (ANSWERING, CallSeen(RING), ANSWERING),
        (ANSWERING, CommandFailed("c1"), RINGING),
        (ANSWERING, AnswerPressed("c1"), ANSWERING),  # a second click while the first is on its way
        (ANSWERING, RejectPressed("c1"), ANSWERING),
        (REJECTING, CallSeen(GONE), ENDED),
        (REJECTING, CallSeen(ACTIVE), ANSWERED_ELSEWHERE),
        (REJECTING, CommandFailed("c1"), RINGING),
        (RINGING, AllClosed(), ENDED),
        # the closed phases are final
        (ANSWERED, CallSeen(GONE), ANSWERED),
        (ANSWERED_ELSEWHERE, CommandFailed("c1"), ANSWERED_ELSEWHERE),
        (ENDED, CallSeen(RING), ENDED),
    ],
)
def test_one_pop_phase(phase, event, after):
    assert next_phase(phase, event) == after


def test_incoming_ringing():
    assert is_incoming_ringing(RING)
    assert is_incoming_ringing(call("RINGING"))  # inbound, even without ANSWER
    assert is_incoming_ringing(call("RINGING", inbound=False, actions=("ANSWER",)))
    assert not is_incoming_ringing(call("RINGING", inbound=False))  # a call the person makes
    assert not is_incoming_ringing(ACTIVE)


def run(events, book=None):
    book = book or PopBook()
    steps = []
    for event in events:
        book = reduce_pops(book, event)
        steps.append((book.opened, book.closed, book.open))
    return book, steps


def test_answered_here():
    book, steps = run([CallSeen(RING), AnswerPressed("c1"), CallSeen(ACTIVE), CallSeen(GONE)])
    assert steps == [
        ("c1", (), (("c1", RINGING),)),
        ("", (), (("c1", ANSWERING),)),
        ("", (("c1", ANSWERED),), ()),
        ("", (), ()),
    ]
    assert book.has_popped("c1")


def test_a_failed_answer_rings_again_and_a_reject_ends_it():
    _book, steps = run([CallSeen(RING), AnswerPressed("c1"), CommandFailed("c1"), RejectPressed("c1"),
                        CallSeen(GONE)])
    assert [s[2] for s in steps[:4]] == [(("c1", RINGING),), (("c1", ANSWERING),), (("c1", RINGING),),
                                          (("c1", REJECTING),)]
    assert steps[4][1] == (("c1", ENDED),)


def test_one_pop_per_call_id():
    # a re-sync snapshot reports the ringing call again, and later the same id rings again
    book, steps = run([CallSeen(RING), CallSeen(RING), CallSeen(ACTIVE), CallSeen(RING)])
    assert [s[0] for s in steps] == ["c1", "", "", ""]
    assert book.open == ()


@pytest.mark.parametrize("first", [ACTIVE, INITIATED, call("RINGING", inbound=False), GONE])
def test_calls_that_do_not_pop(first):
    book, _ = run([CallSeen(first)])
    assert book.open == () and not book.has_popped("c1")


def test_an_ended_change_for_an_unknown_call_does_not_pop():
    book, _ = run([CallSeen(RING, ended=True)])
    assert book.open == () and not book.has_popped("c1")


def test_pops_are_independent_and_all_close_at_sign_out():
    other = call("RINGING", call_id="c2")
    book, steps = run([CallSeen(RING), CallSeen(other), AnswerPressed("c2"), AllClosed()])
    assert steps[2][2] == (("c1", RINGING), ("c2", ANSWERING))
    assert book.closed == (("c1", ENDED), ("c2", ENDED))
    assert book.open == ()


def test_the_remembered_call_ids_are_bounded():
    book = PopBook(limit=3)
    for n in range(5):
        book = reduce_pops(book, CallSeen(call("RINGING", call_id=f"c{n}")))
    assert book.seen == ("c2", "c3", "c4")
    assert len(book.open) == 5  # the open pops stay open
    book = reduce_pops(book, CallSeen(call("RINGING", call_id="c0"), ended=True))
    assert book.closed == (("c0", ENDED),)


def test_a_step_that_changes_nothing_keeps_the_book():
    book, _ = run([CallSeen(RING), CallSeen(ACTIVE), CallSeen(ACTIVE)])
    assert book.closed == ()  # the close was the step before's news
    assert reduce_pops(book, CallSeen(ACTIVE)) is book
