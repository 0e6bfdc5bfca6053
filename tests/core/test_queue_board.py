"""The wallboard's Qt-free board: coalescing, levels, crossings with hysteresis, REST cross-checks."""

from __future__ import annotations

import pytest

from cti_desktop.core.models import QueueStats
from cti_desktop.core.queue_board import Level, QueueBoard, ThresholdConfig, Thresholds


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def q(qid: str = "101", waiting: int = 0, longest: int = 0, **kw) -> QueueStats:
    return QueueStats(id=qid, name=kw.pop("name", f"Queue {qid}"), queue_length=waiting, longest_waiting=longest, **kw)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def board(clock):
    b = QueueBoard(clock=clock, trust_rest_after=20, lag_after=30)
    b.stream_live = True
    return b


def test_updates_between_flushes_are_coalesced_to_the_latest(board):
    for n in range(100):
        board.offer([q("101", waiting=n % 3), q("102", waiting=1)])
    board.offer([q("101", waiting=2)])
    changes = board.flush()
    assert sorted(t.queue_id for t in changes.updated) == ["101", "102"]
    assert board.tiles["101"].waiting == 2
    assert board.received == 201 and board.coalesced == 199
    assert not board.flush()  # nothing new, nobody waiting: nothing to repaint


# waiting figures over successive flushes -> expected level, and whether that flush notifies
FLAPPING = [
    (0, Level.NORMAL, False),
    (3, Level.WARNING, False),
    (6, Level.CRITICAL, True),
    (5, Level.CRITICAL, False),  # within the margin: stays critical, no new notification
    (6, Level.CRITICAL, False),
    (5, Level.CRITICAL, False),
    (6, Level.CRITICAL, False),
    (4, Level.WARNING, False),  # clear of critical by the margin: re-armed
    (6, Level.CRITICAL, True),  # a new crossing notifies again
    (7, Level.CRITICAL, False),
    (0, Level.NORMAL, False),
    (9, Level.CRITICAL, True),
]


def test_crossing_into_critical_notifies_once_with_hysteresis(board):
    for waiting, level, notifies in FLAPPING:
        board.offer([q("101", waiting=waiting)])
        changes = board.flush()
        assert board.tiles["101"].level is level, waiting
        assert [t.queue_id for t in changes.crossed_critical] == (["101"] if notifies else []), waiting


def test_longest_wait_grows_between_updates_and_crosses_on_its_own(board, clock):
    board.thresholds = ThresholdConfig(Thresholds(longest_warning=30, longest_critical=60))
    board.offer([q("101", waiting=1, longest=20)])
    assert board.flush().updated[0].level is Level.NORMAL
    clock.now += 15
    changes = board.flush()
    assert board.tiles["101"].longest_wait(clock.now) == 35
    assert board.tiles["101"].level is Level.WARNING and changes.updated
    clock.now += 30
    changes = board.flush()
    assert [t.queue_id for t in changes.crossed_critical] == ["101"]
    assert board.flush().crossed_critical == []


def test_per_queue_overrides_from_a_plain_mapping(clock):
    config = ThresholdConfig.from_mapping({"default": {"waitingWarning": 2, "waiting_critical": 4},
                                           "queues": {"102": {"waiting_critical": 10}}})
    assert config.for_queue("102").waiting_warning == 2  # inherits the default
    assert ThresholdConfig.from_mapping(config.to_mapping()) == config
    b = QueueBoard(config, clock=clock)
    b.offer([q("101", waiting=5), q("102", waiting=5)])
    b.flush()
    assert b.tiles["101"].level is Level.CRITICAL and b.tiles["102"].level is Level.WARNING
    with pytest.raises(ValueError):
        Thresholds.from_mapping({"waiting_critical": "lots"})
    with pytest.raises(ValueError):
        Thresholds(waiting_warning=5, waiting_critical=2)
    with pytest.raises(ValueError):
        Thresholds.from_mapping({"colour": 1})


def test_a_queue_disappearing_from_rest_is_removed(board):
    board.seed([q("101"), q("102"), q("103")])
    board.flush()
    board.offer([q("103", waiting=1)])  # pending when it disappears
    board.seed([q("101"), q("102")])
    changes = board.flush()
    assert changes.removed == ["103"] and "103" not in board.tiles and "103" not in board.trends
    board.cross_check([q("101")])
    assert board.flush().removed == ["102"]
    assert list(board.tiles) == ["101"]


def test_rest_wins_only_after_a_long_disagreement(board, clock):
    board.offer([q("101", waiting=2)])
    board.flush()
    assert board.cross_check([q("101", waiting=3)]) == []  # may just have crossed an event
    clock.now += 10
    board.offer([q("101", waiting=2)])  # a stream update restarts the wait
    board.flush()
    clock.now += 15
    assert board.cross_check([q("101", waiting=3)]) == []
    clock.now += 19
    assert board.cross_check([q("101", waiting=3)]) == []
    clock.now += 2
    assert board.cross_check([q("101", waiting=3)]) == ["101"]
    board.flush()
    assert board.tiles["101"].waiting == 3 and board.rest_corrections == 1


def test_data_age_shows_when_this_queue_lags_while_others_update(board, clock):
    board.offer([q("101"), q("102")])
    board.flush()
    clock.now += 40
    board.offer([q("102", waiting=1)])
    board.flush()
    a, b = board.tiles["101"], board.tiles["102"]
    assert board.lagging(a) and not board.lagging(b)
    board.cross_check([q("101"), q("102", waiting=1)])  # REST confirms the quiet queue
    assert not board.lagging(a)
    board.stream_live = False  # reconnecting: every tile shows its age
    assert board.lagging(a) and board.lagging(b)


def test_sorting_by_urgency_name_and_waiting(board):
    board.offer([q("1", name="Bravo", waiting=1), q("2", name="alpha", waiting=4),
                 q("3", name="Charlie", waiting=7), q("4", name="Delta", waiting=4, longest=100)])
    board.flush()
    assert [t.name for t in board.ordered("urgency")] == ["Charlie", "Delta", "alpha", "Bravo"]
    assert [t.name for t in board.ordered("name")] == ["alpha", "Bravo", "Charlie", "Delta"]
    assert [t.name for t in board.ordered("waiting")] == ["Charlie", "Delta", "alpha", "Bravo"]


def test_trend_samples_are_a_bounded_ring(clock):
    b = QueueBoard(clock=clock, trend_interval=1.0, trend_span=5.0)
    for n in range(20):
        b.offer([q("101", waiting=n)])
        b.flush()
        clock.now += 1
    times, waiting, _ = b.trends["101"].arrays()
    assert len(times) == 6 and list(waiting) == [14, 15, 16, 17, 18, 19]
    assert list(times) == sorted(times)


def test_answer_rate(board):
    board.offer([q("101", answered_period=3, dropped_period=1), q("102")])
    board.flush()
    assert board.tiles["101"].answer_rate == 0.75 and board.tiles["102"].answer_rate is None
