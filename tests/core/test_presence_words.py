"""Presence in words and from words (pure; no Qt, no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Activity
from cti_desktop.core.presence_config import PresenceShortcut
from cti_desktop.core.presence_words import describe_expiry, label, next_working_day_start, parse_until, shortcut_rows

NOW = datetime(2025, 1, 29, 10, 0, tzinfo=UTC)  # a Wednesday


@pytest.mark.parametrize(("identifier", "words"), [
    ("", ""), ("on_the_phone", "On the phone"), ("out-of-office", "Out of office"), ("LUNCH", "Lunch"),
])
def test_label(identifier, words):
    assert label(identifier) == words


def test_describe_expiry_today_this_week_and_later():
    assert describe_expiry(None, NOW) == ""
    soon = NOW + timedelta(minutes=30)
    assert describe_expiry(soon, NOW) == f"until {soon.astimezone():%H:%M}"
    in_three_days = NOW + timedelta(days=3)
    assert describe_expiry(in_three_days, NOW) == f"until {in_three_days.astimezone():%a %H:%M}"
    in_ten_days = NOW + timedelta(days=10)
    assert describe_expiry(in_ten_days, NOW) == f"until {in_ten_days.astimezone():%Y-%m-%d %H:%M}"


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-29T12:30:00Z", datetime(2025, 1, 29, 12, 30, tzinfo=UTC)),
    ("2025-01-30T08:00:00.5+00:00", datetime(2025, 1, 30, 8, 0, tzinfo=UTC)),
    (" 2025-02-01T00:00+01:00 ", datetime(2025, 1, 31, 23, 0, tzinfo=UTC)),
])
def test_parse_until_accepts_future_times(text, expected):
    assert parse_until(text, now=NOW) == expected


@pytest.mark.parametrize(("text", "words"), [
    ("", "Choose the time"), ("   ", "Choose the time"), ("half past", "is not a time"),
    ("2025-13-01T00:00", "is not a time"), ("2025-01-29T09:00Z", "has already passed"),
])
def test_parse_until_refuses_in_words(text, words):
    with pytest.raises(InvalidInput, match=words):
        parse_until(text, now=NOW)


@pytest.mark.parametrize("days_ahead", range(7))
def test_next_working_day_start_is_a_later_weekday_at_eight(days_ahead):
    now = NOW + timedelta(days=days_ahead)
    start = next_working_day_start(now).astimezone()
    assert start.weekday() < 5 and (start.hour, start.minute) == (8, 0)
    assert start.date() > now.astimezone().date()
    assert (start.date() - now.astimezone().date()).days <= 3


def test_shortcut_rows_in_order_named_and_without_activityless_ones():
    activities = [Activity("lunch", "Lunch")]
    rows = shortcut_rows([
        PresenceShortcut("b", activity_id="in_a_meeting", duration_minutes=30, order=2),
        PresenceShortcut("a", name="Weekend", activity_id="away", available=False, duration_type=" until_next_working_day ",
                         diversion_number="+46701234567", apply_diversion_number=True, order=1),
        PresenceShortcut("c", activity_id="", order=0),
        PresenceShortcut("d", activity_id="lunch", duration_type="MINUTES", duration_minutes=-5, order=3,
                         diversion_number="+46700000000"),
    ], activities)
    assert rows == [
        {"id": "a", "name": "Weekend", "activityId": "away", "available": False,
         "durationType": "UNTIL_NEXT_WORKING_DAY", "minutes": 0, "diversionNumber": "+46701234567"},
        {"id": "b", "name": "In a meeting for 30 min", "activityId": "in_a_meeting", "available": False,
         "durationType": "MINUTES", "minutes": 30, "diversionNumber": ""},
        {"id": "d", "name": "Lunch", "activityId": "lunch", "available": False,
         "durationType": "MINUTES", "minutes": 0, "diversionNumber": ""},
    ]
