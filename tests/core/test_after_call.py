"""After-call work's state machine, table-tested: events in, state and presence writes out."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from cti_desktop.core import after_call as ac
from cti_desktop.core import after_call_presence as acp
from cti_desktop.core import after_call_settings as acs
from cti_desktop.core.after_call import (
    ActivitiesSeen, AfterCallState, CallEnded, CallStarted, Extend, Phase, PresenceSeen, PresenceWrite, Ready,
    SessionEnded, SettingsChanged, Tick, WriteAnswered, WriteFailed,
)
from cti_desktop.core.after_call_presence import PresenceTarget
from cti_desktop.core.after_call_settings import AfterCallSettings, AfterCallSettingsError
from cti_desktop.core.calls import CallChange
from cti_desktop.core.models import Activity, Call, HistoryInfo, Presence

AVAILABLE = Presence(activity="available", available=True, note="Back at 2")
BUSY = PresenceTarget("busy", False)
SIM_ACTIVITIES = tuple(Activity(i, n, a) for i, n, a in (
    ("available", "Available", True), ("lunch", "Lunch", False), ("meeting", "Meeting", False),
    ("away", "Away", False), ("busy", "Busy", False), ("vacation", "Vacation", False)))
WRAP_BUSY = Presence(activity="busy", available=False, note="Back at 2")

ON_ALL = AfterCallSettings(enabled=True, scope="all", seconds=30, extend_seconds=30, max_seconds=90)
ON_QUEUE = AfterCallSettings(enabled=True, scope="queue")


def ready_state(settings: AfterCallSettings = ON_ALL) -> AfterCallState:
    state = AfterCallState(settings=settings)
    state, _ = ac.step(state, ActivitiesSeen(SIM_ACTIVITIES))
    state, _ = ac.step(state, PresenceSeen(AVAILABLE, since=ac.mark()))
    return state


def run(state: AfterCallState, *events) -> tuple[AfterCallState, list[PresenceWrite]]:
    writes: list[PresenceWrite] = []
    for event in events:
        state, out = ac.step(state, event)
        writes.extend(out)
    return state, writes


def answered_call(call_id: str = "c1", queue: bool = False):
    return (CallStarted(call_id), CallStarted(call_id, answered=True, queue=queue))


def wrapped(settings=ON_ALL, at: float = 100.0) -> AfterCallState:
    state, writes = run(ready_state(settings), *answered_call(), CallEnded("c1"))
    assert writes == [PresenceWrite("wrap", BUSY)] and state.phase is Phase.STARTING
    state, _ = run(state, WriteAnswered("wrap", WRAP_BUSY, now=at, since=ac.mark()))
    assert state.phase is Phase.WRAPPING
    return state


# ------------------------------------------------------------------------------ which calls
@pytest.mark.parametrize(("settings", "events", "writes"), [
    # off (the default): nothing ever
    (AfterCallSettings(), (*answered_call(), CallEnded("c1")), []),
    # a missed call (rang, never answered): no wrap-up
    (ON_ALL, (CallStarted("c1"), CallEnded("c1")), []),
    # an answered call, scope "all": wrap-up
    (ON_ALL, (*answered_call(), CallEnded("c1")), [PresenceWrite("wrap", BUSY)]),
    # scope "queue": a direct call does not wrap up, a queue call does
    (ON_QUEUE, (*answered_call(), CallEnded("c1")), []),
    (ON_QUEUE, (*answered_call(queue=True), CallEnded("c1")), [PresenceWrite("wrap", BUSY)]),
    # a call that ended twice (a snapshot and the stream both say so): one wrap-up
    (ON_ALL, (*answered_call(), CallEnded("c1"), CallEnded("c1", answered=True)), [PresenceWrite("wrap", BUSY)]),
    # an end of a call never seen live (the app started after it): nothing
    (ON_ALL, (CallEnded("zz", answered=True, queue=True),), []),
    # a late update of an ended call does not bring it back to life
    (ON_ALL, (*answered_call(), CallEnded("c1"), CallStarted("c1", answered=True)), [PresenceWrite("wrap", BUSY)]),
])
def test_which_calls_start_wrap_up(settings, events, writes):
    state, out = run(ready_state(settings), *events)
    assert out == writes


def test_another_live_call_makes_wrap_up_wait_until_it_ends():
    state, writes = run(ready_state(), *answered_call("c1"), CallStarted("c2"), CallEnded("c1"))
    assert (state.phase, writes) == (Phase.WAITING, [])
    state, writes = run(state, CallEnded("c2"))  # c2 was missed, but c1's wrap-up now runs
    assert (state.phase, writes) == (Phase.STARTING, [PresenceWrite("wrap", BUSY)])


def test_countdown_extend_and_restore():
    state = wrapped(at=100.0)
    assert state.remaining(100.0) == 30 and state.remaining(100.5) == 30 and state.remaining(101.0) == 29
    state, writes = run(state, Tick(120.0))
    assert (state.phase, writes, state.remaining(120.0)) == (Phase.WRAPPING, [], 10)
    state, _ = run(state, Extend(120.0))
    assert state.remaining(120.0) == 40
    state, writes = run(state, Tick(159.9))
    assert writes == []
    state, writes = run(state, Tick(160.0))
    # the note is not written back: wrap-up did not change it
    assert (state.phase, writes) == (Phase.RESTORING, [PresenceWrite("restore", PresenceTarget("available", True))])
    state, _ = run(state, WriteAnswered("restore", AVAILABLE, now=160.1, since=ac.mark()))
    assert (state.phase, state.message) == (Phase.IDLE, "")


def test_extend_stops_at_the_longest_wrap_up():
    state = wrapped(at=0.0)  # 30 s granted, at most 90
    state, _ = run(state, Extend(1.0), Extend(1.0))
    assert state.remaining(1.0) == 89 and state.message == ""
    state, _ = run(state, Extend(1.0))
    assert state.remaining(1.0) == 89 and "longest (1:30)" in state.message


def test_ready_restores_at_once():
    state, writes = run(wrapped(), Ready())
    assert (state.phase, writes) == (Phase.RESTORING, [PresenceWrite("restore", PresenceTarget("available", True))])


def test_ready_while_the_wrap_up_write_travels_restores_when_it_is_answered():
    state, _ = run(ready_state(), *answered_call(), CallEnded("c1"), Ready())
    assert state.phase is Phase.STARTING
    state, writes = run(state, WriteAnswered("wrap", WRAP_BUSY, now=1.0, since=ac.mark()))
    assert (state.phase, writes) == (Phase.RESTORING, [PresenceWrite("restore", PresenceTarget("available", True))])


def test_presence_changed_elsewhere_is_not_overwritten():
    state = wrapped()
    state, writes = run(state, PresenceSeen(Presence(activity="lunch", available=False), since=ac.mark()))
    assert (state.phase, writes) == (Phase.IDLE, [])
    assert "changed during wrap-up" in state.message
    state, writes = run(state, Tick(1000.0), Ready())
    assert writes == []


def test_a_read_sent_before_the_wrap_up_write_was_answered_is_not_taken_for_a_change():
    state, _ = run(ready_state(), *answered_call(), CallEnded("c1"))
    stale = ac.mark()  # a poll sent while the write travelled answers with the presence before it
    state, _ = run(state, WriteAnswered("wrap", WRAP_BUSY, now=0.0, since=ac.mark()))
    state, writes = run(state, PresenceSeen(AVAILABLE, since=stale))
    assert (state.phase, writes) == (Phase.WRAPPING, [])
    state, writes = run(state, PresenceSeen(WRAP_BUSY, since=ac.mark()))  # a fresh read showing my wrap-up
    assert (state.phase, writes) == (Phase.WRAPPING, [])


def test_a_call_during_wrap_up_pauses_the_countdown_until_it_ends():
    state = wrapped(at=0.0)
    state, _ = run(state, Tick(10.0), CallStarted("c2"))
    assert state.phase is Phase.PAUSED and state.remaining(500.0) == 20
    state, writes = run(state, Tick(500.0))
    assert (state.phase, writes) == (Phase.PAUSED, [])
    # a missed call: the countdown goes on where it was
    state, _ = run(state, Tick(600.0), CallEnded("c2"))
    assert state.phase is Phase.WRAPPING and state.remaining(600.0) == 20
    # an answered call: the full wrap-up again
    state, _ = run(state, Tick(605.0), *answered_call("c3"), Tick(700.0), CallEnded("c3"))
    assert state.phase is Phase.WRAPPING and state.remaining(700.0) == 30


def test_a_failed_write_is_said_and_sent_once_more():
    state, _ = run(ready_state(), *answered_call(), CallEnded("c1"))
    state, writes = run(state, WriteFailed("wrap", "the server is busy"))
    assert writes == [PresenceWrite("wrap", BUSY)] and "trying once more" in state.message
    assert "the server is busy" in state.message
    state, writes = run(state, WriteFailed("wrap", "the server is busy"))
    assert (state.phase, writes) == (Phase.IDLE, [])
    assert "Wrap-up did not start" in state.message


def test_a_failed_restore_is_retried_once_then_the_person_is_asked():
    state, _ = run(wrapped(), Ready())
    state, writes = run(state, WriteFailed("restore", "no connection"))
    assert writes == [PresenceWrite("restore", PresenceTarget("available", True))]
    state, writes = run(state, WriteFailed("restore", "no connection"))
    assert (state.phase, writes) == (Phase.IDLE, [])
    assert state.message == "Your presence could not be set back to Available (no connection); set it yourself"


def test_a_retry_that_works_clears_the_words():
    state, _ = run(wrapped(), Ready(), WriteFailed("restore", "timed out"))
    state, _ = run(state, WriteAnswered("restore", AVAILABLE, now=1.0, since=ac.mark()))
    assert (state.phase, state.message) == (Phase.IDLE, "")


def test_an_ended_session_stops_the_timer_and_writes_nothing():
    state, writes = run(wrapped(at=0.0), SessionEnded(), Tick(1000.0), Ready())
    assert (state.phase, writes) == (Phase.IDLE, [])
    assert state.settings == ON_ALL and not state.live and state.current is None
    assert state.activities == SIM_ACTIVITIES  # the next wrap-up still finds the account's busy


# ------------------------------------------------------------- settings changed while signed in
OFF = AfterCallSettings(enabled=False, scope="all")
RESTORE_AVAILABLE = [PresenceWrite("restore", PresenceTarget("available", True))]


@pytest.mark.parametrize("pause", [False, True], ids=["counting down", "paused by a call"])
def test_turned_off_during_wrap_up_ends_it_and_restores_as_ready_does(pause):
    state = wrapped(at=0.0)
    if pause:
        state, _ = run(state, Tick(5.0), CallStarted("c2", answered=True))
        assert state.phase is Phase.PAUSED
    state, writes = run(state, SettingsChanged(OFF))
    assert (state.phase, writes) == (Phase.RESTORING, RESTORE_AVAILABLE)
    state, _ = run(state, WriteAnswered("restore", AVAILABLE, now=6.0, since=ac.mark()))
    assert state.phase is Phase.IDLE
    state, writes = run(state, CallEnded("c2"), *answered_call("c3"), CallEnded("c3"))
    assert (state.phase, writes) == (Phase.IDLE, [])  # off: no more wrap-up


def test_turned_off_while_the_wrap_up_write_travels_restores_when_it_is_answered():
    state, _ = run(ready_state(), *answered_call(), CallEnded("c1"), SettingsChanged(OFF))
    assert state.phase is Phase.STARTING
    state, writes = run(state, WriteAnswered("wrap", WRAP_BUSY, now=1.0, since=ac.mark()))
    assert (state.phase, writes) == (Phase.RESTORING, RESTORE_AVAILABLE)


def test_turned_off_while_waiting_for_another_call_wraps_nothing_up():
    state, _ = run(ready_state(), *answered_call("c1"), CallStarted("c2"), CallEnded("c1"))
    assert state.phase is Phase.WAITING
    state, writes = run(state, SettingsChanged(OFF), CallEnded("c2"))
    assert (state.phase, writes) == (Phase.IDLE, [])


def test_turned_on_it_applies_from_the_next_call():
    state, _ = run(ready_state(OFF), *answered_call("c1"), SettingsChanged(ON_ALL))
    state, writes = run(state, CallEnded("c1"))  # live when it was turned on: no wrap-up
    assert (state.phase, writes, state.exempt) == (Phase.IDLE, [], frozenset())
    state, writes = run(state, *answered_call("c2"), CallEnded("c2"))
    assert (state.phase, writes) == (Phase.STARTING, [PresenceWrite("wrap", BUSY)])


def test_a_new_wrap_up_time_keeps_the_running_countdown_and_applies_to_the_next_call():
    state = wrapped(at=0.0)
    shorter = AfterCallSettings(enabled=True, scope="all", seconds=5, extend_seconds=10, max_seconds=90)
    state, writes = run(state, Tick(10.0), SettingsChanged(shorter))
    assert (state.phase, writes, state.remaining(10.0)) == (Phase.WRAPPING, [], 20)
    state, _ = run(state, Extend(10.0))  # the new extension applies to the next press
    assert state.remaining(10.0) == 30
    state, _ = run(state, Ready(), WriteAnswered("restore", AVAILABLE, now=11.0, since=ac.mark()))
    state, _ = run(state, *answered_call("c2"), CallEnded("c2"), WriteAnswered("wrap", WRAP_BUSY, now=20.0,
                                                                                since=ac.mark()))
    assert state.phase is Phase.WRAPPING and state.remaining(20.0) == 5


def test_presence_unknown_at_the_end_of_the_call_skips_wrap_up_in_words():
    state, writes = run(AfterCallState(settings=ON_ALL), *answered_call(), CallEnded("c1"))
    assert (state.phase, writes) == (Phase.IDLE, [])
    assert "could not be read" in state.message


# ------------------------------------------------------------------------- the wrap-up presence
@pytest.mark.parametrize(("activities", "configured", "target"), [
    # the simulator's list: busy
    (SIM_ACTIVITIES, "", PresenceTarget("busy", False)),
    # the reference's sample list (available, lunch, meeting): the current activity, not available, a note
    (SIM_ACTIVITIES[:3], "", PresenceTarget("available", False, acp.WRAP_NOTE)),
    # an activity the administrator made for it wins over busy
    (SIM_ACTIVITIES + (Activity("1400", "After call work", False),), "", PresenceTarget("1400", False)),
    (SIM_ACTIVITIES + (Activity("wrap_up", "", False),), "", PresenceTarget("wrap_up", False)),
    # the settings name one
    (SIM_ACTIVITIES, "away", PresenceTarget("away", False)),
    # ... that this account does not have: chosen as without it
    (SIM_ACTIVITIES, "nope", PresenceTarget("busy", False)),
])
def test_wrap_target(activities, configured, target):
    assert acp.wrap_target(activities, AVAILABLE, configured) == target


def test_the_fallback_note_is_written_back_after_wrap_up():
    state = AfterCallState(settings=ON_ALL)
    state, _ = run(state, ActivitiesSeen(SIM_ACTIVITIES[:3]), PresenceSeen(AVAILABLE, since=ac.mark()),
                   *answered_call(), CallEnded("c1"))
    wrap = PresenceTarget("available", False, acp.WRAP_NOTE)
    state, _ = run(state, WriteAnswered("wrap", Presence("available", None, False, acp.WRAP_NOTE), now=0.0,
                                        since=ac.mark()), Ready())
    assert state.target == wrap
    assert state.phase is Phase.RESTORING
    assert acp.restore_target(state.before, wrap) == PresenceTarget("available", True, "Back at 2")


# ---------------------------------------------------------------------------------- settings
@pytest.mark.parametrize(("table", "expected"), [
    (None, AfterCallSettings()),
    ({}, AfterCallSettings()),
    ({"enabled": True}, AfterCallSettings(enabled=True)),
    ({"enabled": True, "scope": "all", "seconds": 45, "extend_seconds": 15, "activity": "away"},
     AfterCallSettings(enabled=True, scope="all", seconds=45, extend_seconds=15, activity="away")),
])
def test_settings_table(table, expected):
    assert AfterCallSettings.from_table(table) == expected


@pytest.mark.parametrize(("table", "words"), [
    ({"enabled": "yes"}, "true or false"),
    ({"seconds": 0}, "1 to 3600"),
    ({"seconds": True}, "whole number"),
    ({"seconds": 99999}, "1 to 3600"),
    ({"scope": "some"}, "scope must be one of queue, all"),
    ({"colour": "red"}, "no setting 'colour'"),
    ({"activity": 3}, "must be text"),
    ({"seconds": 700}, "max_seconds must be at least seconds"),
])
def test_bad_settings_are_refused_in_words_and_default_to_off(table, words):
    with pytest.raises(AfterCallSettingsError, match=words):
        AfterCallSettings.from_table(table)
    assert AfterCallSettings.from_table_or_default(table) == AfterCallSettings()


_toml_values = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
                            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                                           max_size=3),
                            max_leaves=8)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(["enabled", "scope", "seconds", "extend_seconds", "max_seconds", "activity",
                                        "other"]), _toml_values, max_size=5))
def test_any_table_is_settings_or_the_documented_refusal(table):
    try:
        result = AfterCallSettings.from_table(table)
    except AfterCallSettingsError:
        return
    assert result.scope in acs.SCOPES and 1 <= result.seconds <= result.max_seconds


# ----------------------------------------------------------------------- from the call store
def test_call_store_changes_become_events():
    queue = HistoryInfo(subject="Support", acd_support=True)
    ringing = Call("c1", 1, "RINGING", history=queue)
    active = Call("c1", 2, "ACTIVE", history=queue)
    direct = Call("c2", 1, "ACTIVE")
    events = ac.call_events([CallChange("added", ringing), CallChange("updated", active, ringing),
                             CallChange("ended", Call("c1", 3, "TERMINATED"), active), CallChange("added", direct)])
    assert events == [CallStarted("c1", False, True), CallStarted("c1", True, True), CallEnded("c1", True, True),
                      CallStarted("c2", True, False)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(
    st.builds(CallStarted, st.sampled_from(["a", "b", "c"]), st.booleans(), st.booleans()),
    st.builds(CallEnded, st.sampled_from(["a", "b", "c"]), st.booleans(), st.booleans()),
    st.builds(Tick, st.floats(0, 1000)), st.builds(Extend, st.floats(0, 1000)), st.just(Ready()),
    st.builds(WriteFailed, st.sampled_from(["wrap", "restore"]), st.just("down")),
    st.builds(lambda p, a: WriteAnswered(p, Presence(a, None, a == "available"), 0.0, ac.mark()),
              st.sampled_from(["wrap", "restore"]), st.sampled_from(["available", "busy"])),
    st.builds(lambda a: PresenceSeen(Presence(a, None, a == "available"), ac.mark()),
              st.sampled_from(["available", "busy", "lunch"])),
    st.builds(SettingsChanged, st.sampled_from([ON_ALL, ON_QUEUE, AfterCallSettings()])),
    st.just(SessionEnded())), max_size=30))
def test_any_order_of_events_never_fails_and_writes_at_most_what_it_may(events):
    state = ready_state()
    for event in events:
        state, writes = ac.step(state, event)
        assert len(writes) <= 1
        for write in writes:
            assert (write.purpose, state.phase) in (("wrap", Phase.STARTING), ("restore", Phase.RESTORING))


def test_the_settings_file_keeps_the_after_call_table(tmp_path):
    from cti_desktop.core.settings import SettingsStore, parse_settings_text

    settings = parse_settings_text('[after_call]\nenabled = true\nscope = "all"\nseconds = 45\n')
    assert AfterCallSettings.from_table(settings.after_call) == AfterCallSettings(enabled=True, scope="all", seconds=45)
    store = SettingsStore(tmp_path)
    assert store.save(settings)
    assert "[after_call]" in store.path.read_text(encoding="utf-8")
    assert store.load().after_call == {"enabled": True, "scope": "all", "seconds": 45}
    # without the table nothing is written, and the feature is off
    assert parse_settings_text("").after_call == {}
    from cti_desktop.core.settings import Settings, settings_to_dict
    assert "after_call" not in settings_to_dict(Settings())
    assert AfterCallSettings.from_table(parse_settings_text('after_call = 3\n').after_call) == AfterCallSettings()
