"""The group call log's rows from the server's items (pure; no Qt, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cti_desktop.core.group_call_log_rows import (
    contact_for_number,
    digits,
    duration_text,
    group_call_log_row,
    is_mine,
    state_name,
    time_text,
    type_name,
)
from cti_desktop.core.models import Contact, GroupCallLogItem


@pytest.mark.parametrize(("kind", "words"), [("MISSED", "Missed"), ("VOICE_MAIL", "Voice mail"), ("", "Call")])
def test_type_name(kind, words):
    assert type_name(kind) == words


@pytest.mark.parametrize(("state", "words"), [("INPROGRESS", "In progress"), ("", "Unhandled"), ("ON_HOLD", "On hold")])
def test_state_name(state, words):
    assert state_name(state) == words


@pytest.mark.parametrize(("seconds", "words"), [
    (-3, "0 s"), (59, "59 s"), (60, "1 min 00 s"), (3599, "59 min 59 s"), (3600, "1 h 00 min"), (3725, "1 h 02 min"),
])
def test_duration_text(seconds, words):
    assert duration_text(seconds) == words


def test_time_text_today_this_year_and_before():
    now = datetime(2025, 6, 15, 12, 0, tzinfo=UTC)
    assert time_text(None, now) == "Unknown time"
    earlier = now - timedelta(minutes=5)
    assert time_text(earlier, now) == earlier.astimezone().strftime("%H:%M")
    march = datetime(2025, 3, 3, 14, 5, tzinfo=UTC).astimezone()
    assert time_text(march, now) == f"{march.day} {march.strftime('%b %H:%M')}"
    old = datetime(2023, 3, 3, 14, 5)  # naive: read as UTC
    local = old.replace(tzinfo=UTC).astimezone()
    assert time_text(old, now) == f"{local.day} {local.strftime('%b %Y %H:%M')}"


@pytest.mark.parametrize(("number", "want"), [("+46 70-123 45 99", "46701234599"), ("", ""), ("abc", "")])
def test_digits(number, want):
    assert digits(number) == want


@pytest.mark.parametrize(("number", "found"), [
    ("+46701234599", "anna"), ("0701234599", "anna"), ("070 123 45 99", "anna"), ("12", None), ("+4670999", None),
    ("201", "desk"),
])
def test_contact_for_number(number, found):
    contacts = [Contact(id="anna", first_name="Anna", numbers=("+46 70 123 45 99",)),
                Contact(id="desk", first_name="Desk", preferred_number="201")]
    contact = contact_for_number(contacts, number)
    assert (contact.id if contact else None) == found


@pytest.mark.parametrize(("state", "by", "taken", "handled", "me", "mine"), [
    ("INPROGRESS", "Anna", {"1"}, set(), "", True),
    ("INPROGRESS", "Anna", set(), set(), "Anna", False),  # in progress counts only what this app took
    ("HANDLED", "", set(), {"1"}, "", True),
    ("HANDLED", "Anna", set(), set(), "Anna", True),
    ("HANDLED", "Bo", set(), set(), "Anna", False),
    ("UNHANDLED", "", {"1"}, {"1"}, "", False),
])
def test_is_mine(state, by, taken, handled, me, mine):
    entry = GroupCallLogItem("1", "103", "MISSED", handled_state=state, handled_by=by)
    assert is_mine(entry, taken=taken, handled=handled, my_name=me) is mine


@pytest.mark.parametrize(("state", "by", "mine", "text", "can_take", "can_release"), [
    ("", "", False, "Unhandled", True, False),
    ("INPROGRESS", "Bo", False, "In progress (Bo)", True, True),
    ("INPROGRESS", "Anna", True, "In progress (you)", False, True),
    ("HANDLED", "", False, "Handled", True, True),
    ("HANDLED", "", True, "Handled (you)", True, True),
])
def test_group_call_log_row_state(state, by, mine, text, can_take, can_release):
    entry = GroupCallLogItem("1", "103", "MISSED", caller_number="+46701234599", handled_state=state, handled_by=by)
    row = group_call_log_row(entry, names={}, group_name="Switchboard", mine=mine, pending=False)
    assert (row["stateText"], row["canTake"], row["canRelease"]) == (text, can_take, can_release)
    assert row["state"] == (state or "UNHANDLED")


def test_group_call_log_row_texts():
    entry = GroupCallLogItem("7", "103", "ANSWERED", caller_number="+46701234599", callback_number="",
                             call_duration=75, queue_duration=12, agent="agent2")
    row = group_call_log_row(entry, names={"46701234599": "Anna"}, group_name="Switchboard", mine=False, pending=True)
    assert row["callerText"] == "Anna (+46701234599)"
    assert (row["groupName"], row["typeText"], row["queueText"], row["durationText"]) == (
        "Switchboard", "Answered", "12 s", "1 min 15 s")
    assert (row["callbackNumber"], row["canCallBack"], row["pending"], row["timeText"]) == (
        "+46701234599", True, True, "Unknown time")
    nobody = group_call_log_row(GroupCallLogItem("8", "103", "MISSED"), names={}, group_name="", mine=False,
                                pending=False)
    assert (nobody["callerText"], nobody["caller"], nobody["canCallBack"], nobody["durationText"]) == (
        "Unknown number", "Unknown number", False, "")
