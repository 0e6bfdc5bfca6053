"""The call reducer and store, table-driven, no I/O."""

from __future__ import annotations

import dataclasses

import pytest

from cti_desktop.core.calls import (
    EMPTY,
    CallGone,
    CallStore,
    CallUpdated,
    Cleared,
    Snapshot,
    diff,
    reduce,
)
from cti_desktop.core.models import AllowedAction, Call, Party


def call(cid: str, status: str = "RINGING", token: int = 1, **kw) -> Call:
    return Call(call_id=cid, state_token=token, status=status, remote=Party(number="+46701234567"), **kw)


A1 = call("a", "RINGING", 1, actions=(AllowedAction("ANSWER", ("dev1",)),))
A2 = call("a", "ACTIVE", 2, actions=(AllowedAction("HOLD"),))
A_END = call("a", "TERMINATED", 3)
B1 = call("b", "HELD", 7)
UNKNOWN = call("c", "SOMETHING_NEW", 1)

CASES = [
    # (name, initial calls, event, expected ids in order, expected statuses)
    ("update adds a call", [], CallUpdated(A1), ["a"], ["RINGING"]),
    ("update replaces a call", [A1], CallUpdated(A2), ["a"], ["ACTIVE"]),
    ("terminated update removes", [A1, B1], CallUpdated(A_END), ["b"], ["HELD"]),
    ("terminated update of an unknown call is ignored", [B1], CallUpdated(A_END), ["b"], ["HELD"]),
    ("snapshot replaces everything", [A1], Snapshot((B1,)), ["b"], ["HELD"]),
    ("snapshot keeps first-seen order", [B1, A1], Snapshot((A2, B1)), ["b", "a"], ["HELD", "ACTIVE"]),
    ("snapshot drops terminated calls", [], Snapshot((A_END, B1)), ["b"], ["HELD"]),
    ("empty snapshot clears", [A1, B1], Snapshot(()), [], []),
    ("gone removes", [A1, B1], CallGone("a"), ["b"], ["HELD"]),
    ("gone of an unknown call is ignored", [B1], CallGone("zzz"), ["b"], ["HELD"]),
    ("cleared", [A1, B1], Cleared(), [], []),
    ("unknown status is kept", [], CallUpdated(UNKNOWN), ["c"], ["SOMETHING_NEW"]),
]


@pytest.mark.parametrize("name,initial,event,ids,statuses", CASES, ids=[c[0] for c in CASES])
def test_reduce(name, initial, event, ids, statuses):
    state = EMPTY
    for c in initial:
        state = reduce(state, CallUpdated(c))
    before = dict(state)
    after = reduce(state, event)
    assert list(after) == ids
    assert [c.status for c in after.values()] == statuses
    assert dict(state) == before, "reduce must not mutate its input"


def test_reduce_returns_same_state_when_nothing_changes():
    state = reduce(EMPTY, CallUpdated(A1))
    again = dataclasses.replace(A1, received_at=99.0)  # only the local receive time differs
    assert reduce(state, CallUpdated(again)) is state


def test_reduce_rejects_other_events():
    with pytest.raises(TypeError):
        reduce(EMPTY, "not an event")  # type: ignore[arg-type]


def test_diff_reports_added_updated_and_ended_with_terminated_state():
    old = reduce(reduce(EMPTY, CallUpdated(A1)), CallUpdated(B1))
    new = reduce(old, Snapshot((A2,)))
    changes = {c.call.call_id: c for c in diff(old, new)}
    assert changes["a"].kind == "updated" and changes["a"].previous == A1
    assert changes["b"].kind == "ended"
    assert changes["b"].call.status == "TERMINATED" and changes["b"].call.actions == ()
    assert diff(new, new) == []


def test_store_notifies_listeners_and_survives_a_broken_one():
    store = CallStore()
    seen = []

    def broken(changes):
        raise RuntimeError("boom")

    store.subscribe(broken)
    unsubscribe = store.subscribe(seen.append)
    store.apply(CallUpdated(A1))
    store.apply(CallUpdated(A1))  # no change, no notification
    store.apply(CallUpdated(A_END))
    assert [[(c.kind, c.call.status) for c in batch] for batch in seen] == [
        [("added", "RINGING")],
        [("ended", "TERMINATED")],
    ]
    # The server's own TERMINATED state is reported (its token), not a synthesised one.
    assert seen[-1][0].call.state_token == 3
    unsubscribe()
    store.apply(CallUpdated(B1))
    assert len(seen) == 2
    assert store.get("b") == B1 and [c.call_id for c in store.calls()] == ["b"]


def test_call_helpers():
    assert A1.allows("ANSWER") and not A1.allows("HOLD")
    assert A1.devices_for("ANSWER") == ("dev1",)
    withdev = call("x", device_ids=("d9",), actions=(AllowedAction("ANSWER"),))
    assert withdev.devices_for("ANSWER") == ("d9",)
    assert withdev.devices_for("HOLD") == ()
    assert A_END.ended and not A1.ended
