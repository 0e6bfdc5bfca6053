"""A read or a command's answer that arrives late never puts a call back to an older state.

The store is fed the way the providers feed it: stream events as they arrive (``since=None``), and
reads/answers with the :meth:`CallStore.mark` taken when they were sent.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.core.calls import CallGone, CallStore, CallUpdated, Cleared, Snapshot
from cti_desktop.core.models import Call, Party


def call(cid: str, status: str, token: int) -> Call:
    return Call(call_id=cid, state_token=token, status=status, remote=Party(number="+46701234567"))


RINGING = call("a", "RINGING", 1)
ACTIVE = call("a", "ACTIVE", 2)
HELD = call("a", "HELD", 3)
ENDED = call("a", "TERMINATED", 4)
OTHER = call("b", "ACTIVE", 9)


def store_with(*calls: Call) -> CallStore:
    store = CallStore()
    for c in calls:
        store.apply(CallUpdated(c))
    return store


def test_an_answer_overtaken_by_the_next_event_does_not_undo_it():
    store = store_with(RINGING)
    sent = store.mark()                      # "answer" sent
    store.apply(CallUpdated(ACTIVE))         # the stream: answered
    store.apply(CallUpdated(HELD))           # the stream: the next change
    changes = store.apply(CallUpdated(ACTIVE, since=sent))  # the answer's own body, late
    assert changes == []
    assert store.get("a") == HELD


def test_an_answer_that_arrives_first_is_taken():
    store = store_with(RINGING)
    sent = store.mark()
    store.apply(CallUpdated(ACTIVE, since=sent))
    assert store.get("a") == ACTIVE
    store.apply(CallUpdated(HELD))  # and the stream's later news still wins over it
    assert store.get("a") == HELD


def test_a_snapshot_read_before_an_event_keeps_the_event():
    store = store_with(RINGING, OTHER)
    sent = store.mark()
    store.apply(CallUpdated(ACTIVE))
    store.apply(Snapshot((RINGING,), since=sent))  # b ended before the read; a's read is older
    assert store.get("a") == ACTIVE
    assert store.get("b") is None


def test_a_late_snapshot_does_not_bring_back_a_call_that_ended_meanwhile():
    store = store_with(RINGING)
    sent = store.mark()
    store.apply(CallUpdated(ENDED))
    store.apply(Snapshot((RINGING,), since=sent))
    assert store.get("a") is None


def test_a_late_snapshot_does_not_drop_a_call_that_started_meanwhile():
    store = CallStore()
    sent = store.mark()
    store.apply(CallUpdated(RINGING))        # a new call, told by the stream during the read
    store.apply(Snapshot((), since=sent))
    assert store.get("a") == RINGING


def test_a_late_gone_does_not_remove_a_call_with_newer_news():
    store = store_with(RINGING)
    sent = store.mark()
    store.apply(CallUpdated(ACTIVE))
    store.apply(CallGone("a", since=sent))
    assert store.get("a") == ACTIVE
    store.apply(CallGone("a", since=store.mark()))  # a read sent after that news is believed
    assert store.get("a") is None


def test_of_two_reads_the_one_sent_later_wins_whatever_order_they_arrive_in():
    store = store_with(RINGING)
    first = store.mark()
    second = store.mark()
    store.apply(CallUpdated(HELD, since=second))
    store.apply(CallUpdated(ACTIVE, since=first))
    assert store.get("a") == HELD


def test_reads_with_no_news_in_between_replace_the_state_as_before():
    store = store_with(RINGING, OTHER)
    store.apply(Snapshot((ACTIVE,), since=store.mark()))
    assert store.calls() == [ACTIVE]
    store.apply(CallUpdated(HELD, since=store.mark()))
    assert store.get("a") == HELD


def test_cleared_forgets_the_ages_too():
    store = store_with(RINGING)
    sent = store.mark()
    store.apply(CallUpdated(ACTIVE))
    store.apply(Cleared())
    store.apply(CallUpdated(RINGING, since=sent))  # after sign-out nothing is newer than a read
    assert store.get("a") == RINGING


def test_the_ages_of_ended_calls_are_bounded():
    store = CallStore()
    for n in range(20_000):
        store.apply(CallUpdated(call(f"c{n}", "RINGING", 1)))
        store.apply(CallUpdated(call(f"c{n}", "TERMINATED", 2)))
    assert len(store._as_of) <= 4096
    sent = store.mark()
    store.apply(CallUpdated(call("c19999", "RINGING", 1), since=sent))  # the newest are still known
    assert store.get("c19999") is not None  # ...and a read sent after the end is believed


# ------------------------------------------------------------------------ against a modelled server
# A server changes calls; each change goes out on the stream, in order. A read is sent at some point,
# the server answers it with its state at some later point, and the answer arrives later still —
# while stream events keep arriving. The store must never show a state older than the last event it
# was given, and once everything has arrived it must equal the server.
STATUSES = ["RINGING", "ACTIVE", "HELD"]
STEPS = ["change", "end", "read_all", "read_one", "answer", "deliver", "land"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(STEPS), st.sampled_from(["a", "b"]), st.sampled_from(STATUSES)),
                max_size=60))
def test_the_store_follows_the_server_whatever_the_interleaving(steps):
    server: dict[str, Call] = {}
    ended: set[str] = set()
    token = 0
    stream: list[Call] = []  # sent by the server, not yet delivered; delivered in order
    reads: list[dict] = []   # sent by the client: {"since", "cid" (None: the snapshot), "answer"?}
    store = CallStore()
    seen: dict[str, int] = {}  # the newest token the stream delivered, per call

    def answer(read: dict) -> None:
        read["answer"] = dict(server) if read["cid"] is None else server.get(read["cid"])

    def land(read: dict) -> None:
        reads.remove(read)
        if read["cid"] is None:
            store.apply(Snapshot(tuple(read["answer"].values()), since=read["since"]))
        elif read["answer"] is None:
            store.apply(CallGone(read["cid"], since=read["since"]))
        else:
            store.apply(CallUpdated(read["answer"], since=read["since"]))

    def deliver() -> None:
        event = stream.pop(0)
        store.apply(CallUpdated(event))
        seen[event.call_id] = event.state_token

    for step, cid, status in steps:
        if step in ("change", "end") and cid not in ended:
            token += 1
            c = call(cid, "TERMINATED" if step == "end" else status, token)
            if step == "end":
                ended.add(cid)
                server.pop(cid, None)
            else:
                server[cid] = c
            stream.append(c)
        elif step in ("read_all", "read_one"):
            reads.append({"since": store.mark(), "cid": None if step == "read_all" else cid})
        elif step == "answer" and (waiting := [r for r in reads if "answer" not in r]):
            answer(waiting[0])
        elif step == "land" and (answered := [r for r in reads if "answer" in r]):
            land(answered[-1])  # answers may land in any order
        elif step == "deliver" and stream:
            deliver()
        for scid, stoken in seen.items():
            held = store.get(scid)
            if held is None:
                assert scid in ended, f"call {scid} vanished after the stream said it was live"
            else:
                assert held.state_token >= stoken, f"call {scid} went back from {stoken} to {held.state_token}"

    # Everything arrives in the end: what is still unanswered is answered now, and the stream drains.
    for read in list(reads):
        if "answer" not in read:
            answer(read)
        land(read)
    while stream:
        deliver()
    assert {c.call_id: c.state_token for c in store.calls()} == {k: c.state_token for k, c in server.items()}
