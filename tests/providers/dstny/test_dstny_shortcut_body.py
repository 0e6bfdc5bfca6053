"""The body of a presence shortcut write: ``durationType`` is required by the reference
(PresenceShortcutDTO: "durationType required, Enum NO_END_TIME, UNTIL_NEXT_WORKING_DAY, MINUTES"), so it
is never sent empty, and ``durationMinutes`` goes only with MINUTES."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cti_desktop.providers.dstny.wire import PresenceShortcut, presence_shortcut_body
from cti_desktop.providers.dstny.wire.presence import DURATION_TYPES


def test_missing_duration_types_are_filled_in():
    assert presence_shortcut_body(PresenceShortcut(id="1", duration_type=""))["durationType"] == "NO_END_TIME"
    body = presence_shortcut_body(PresenceShortcut(id="1", duration_type="", duration_minutes=30))
    assert body["durationType"] == "MINUTES" and body["durationMinutes"] == 30
    body = presence_shortcut_body(PresenceShortcut(id="1", duration_type="MINUTES"))
    assert body["durationType"] == "NO_END_TIME" and "durationMinutes" not in body
    body = presence_shortcut_body(PresenceShortcut(id="1", duration_type="UNTIL_NEXT_WORKING_DAY", duration_minutes=45))
    assert body["durationType"] == "UNTIL_NEXT_WORKING_DAY" and "durationMinutes" not in body


@settings(max_examples=200, deadline=None)
@given(kind=st.one_of(st.sampled_from(DURATION_TYPES + ("", " ", "minutes"))), minutes=st.integers(0, 10_000))
def test_duration_type_is_never_empty(kind, minutes):
    body = presence_shortcut_body(PresenceShortcut(id="x", duration_type=kind, duration_minutes=minutes))
    assert body["durationType"] in DURATION_TYPES
    assert ("durationMinutes" in body) == (body["durationType"] == "MINUTES")
    if "durationMinutes" in body:
        assert body["durationMinutes"] > 0
