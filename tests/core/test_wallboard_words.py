"""The wallboard's texts from plain figures (pure; no Qt, no I/O)."""

from __future__ import annotations

import pytest

from cti_desktop.core.models import QueueStats
from cti_desktop.core.queue_board import Level, Thresholds, TileState
from cti_desktop.core.queue_reads import OrganisationTotals
from cti_desktop.core.wallboard_words import (
    counts_words,
    critical_message,
    critical_notifications,
    format_duration,
    organisation_words,
    queue_detail_words,
    tile_view,
)


@pytest.mark.parametrize(("seconds", "text"), [
    (None, "–"), (-5, "0 s"), (0, "0 s"), (59.9, "59 s"), (60, "1:00"), (125, "2:05"), (3599, "59:59"),
    (3600, "1 h 00"), (7325, "2 h 02"),
])
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


def test_counts_words():
    assert counts_words(19, 4, 23) == "Answered 19 · Dropped 4 · Total 23"


@pytest.mark.parametrize(("totals", "text"), [
    (OrganisationTotals(), "Whole organisation: 0 queues · 0 waiting · longest wait 0 s · 0 agents logged in, "
                           "0 free · 24 h: Answered 0 · Dropped 0 · Total 0 · answer rate –"),
    (OrganisationTotals(queues=1, waiting=0, longest_waiting=90, logged_in_agents=3, available_agents=1,
                        answered_24h=3, dropped_24h=1, total_24h=4),
     "Whole organisation: 1 queue · 0 waiting · longest wait 0 s · 3 agents logged in, 1 free · 24 h: "
     "Answered 3 · Dropped 1 · Total 4 · answer rate 75 %"),
    (OrganisationTotals(queues=2, waiting=2, longest_waiting=90), "Whole organisation: 2 queues · 2 waiting · "
     "longest wait 1:30 · 0 agents logged in, 0 free · 24 h: Answered 0 · Dropped 0 · Total 0 · answer rate –"),
])
def test_organisation_words(totals, text):
    assert organisation_words(totals) == text


@pytest.mark.parametrize(("stats", "text"), [
    (QueueStats(id="101"), "101: 0 waiting, longest wait 0 s, average 0 s, last 0 s; 0 agents logged in, 0 free; "
     "this period Answered 0 · Dropped 0 · Total 0; 24 h Answered 0 · Dropped 0 · Total 0."),
    (QueueStats(id="101", name="Sales", number="0201", queue_length=2, longest_waiting=70, average_wait=30,
                last_wait=12, logged_in_agents=4, available_agents=1, agent_presence=(("Lunch", 2), ("Away", 0)),
                answered_period=5, dropped_period=1, total_period=6, answered_24h=9, dropped_24h=2, total_24h=11),
     "Sales (0201): 2 waiting, longest wait 1:10, average 30 s, last 12 s; 4 agents logged in, 1 free (Lunch 2); "
     "this period Answered 5 · Dropped 1 · Total 6; 24 h Answered 9 · Dropped 2 · Total 11."),
])
def test_queue_detail_words(stats, text):
    assert queue_detail_words(stats) == text


def _tile(qid: str, name: str, waiting: int, longest: int, updated_at: float = 100.0) -> TileState:
    return TileState(QueueStats(id=qid, name=name, queue_length=waiting, longest_waiting=longest),
                     Thresholds(), updated_at=updated_at, confirmed_at=updated_at, level=Level.CRITICAL)


def test_tile_view_words_and_age():
    tile = _tile("7", "Support", 3, 50)
    fresh = tile_view(tile, now=110.0, lagging=False)
    assert (fresh.longest, fresh.longest_text, fresh.level_label, fresh.age_text) == (60, "1:00", "Critical", "")
    assert fresh.answer_rate_text == "–"
    old = tile_view(tile, now=145.0, lagging=True)
    assert old.age_text == "data 45 s old"
    assert old.summary.startswith("Support: Critical; 3 waiting; longest wait 1:35;")
    assert old.summary.endswith("; data 45 s old")


def test_critical_message_grows_with_time():
    assert critical_message(_tile("1", "A", 6, 100), now=105.0) == "6 waiting, longest wait 1:45"


@pytest.mark.parametrize(("count", "expected"), [
    (0, []),
    (1, [("Queue critical: Q0", "6 waiting, longest wait 3:00")]),
    (3, [(f"Queue critical: Q{i}", "6 waiting, longest wait 3:00") for i in range(3)]),
    (5, [("5 queues became critical", "Q0, Q1, Q2 and 2 more")]),
])
def test_critical_notifications_summarise_beyond_three(count, expected):
    tiles = [_tile(str(i), f"Q{i}", 6, 180) for i in range(count)]
    assert critical_notifications(tiles, now=100.0) == expected
