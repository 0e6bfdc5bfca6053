"""Garbage is collected on the GUI thread only (:mod:`cti_desktop.runtime`): an automatic collection
on another thread that ends a Qt object runs its destructor there with the interpreter lock let go,
and can deadlock against the GUI thread in ``QObject::connect``."""

from __future__ import annotations

import gc
import threading

import pytest

from cti_desktop import runtime


class Marked:
    """Part of a reference cycle: only the cyclic collector can end it; it notes where that ran."""

    ended_on: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        Marked.ended_on.append(threading.current_thread().name)


@pytest.fixture
def taken_over():
    """The collection taken over by this thread, as the app does at start; put back afterwards."""
    owner, enabled = runtime._owner, gc.isenabled()
    gc.collect()
    Marked.ended_on.clear()
    runtime.collect_on_gui_thread()
    yield
    runtime._owner = owner
    if enabled:
        gc.enable()


def _allocate_on_a_worker_thread() -> None:
    def work() -> None:
        Marked()  # garbage at once (a cycle)
        keep = [[] for _ in range(50_000)]  # far past every threshold: a collection would be due
        del keep

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def test_garbage_made_on_another_thread_is_ended_on_the_gui_thread(taken_over):
    _allocate_on_a_worker_thread()
    assert Marked.ended_on == []  # no collection ran on the worker
    keep = [[] for _ in range(5_000)]
    assert runtime.collect_due() is not None
    gc.collect()  # whatever generation the cycle had reached
    assert Marked.ended_on == [threading.current_thread().name]
    del keep


def test_an_automatic_collection_would_have_ended_it_on_the_worker():
    """The hazard itself, shown with the automatic collector on: the worker ends the cycle."""
    enabled, owner = gc.isenabled(), runtime._owner
    gc.collect()
    Marked.ended_on.clear()
    gc.enable()
    try:
        _allocate_on_a_worker_thread()
    finally:
        runtime._owner = owner
        if not enabled:
            gc.disable()
    assert Marked.ended_on == ["worker"]


def test_nothing_is_collected_before_the_youngest_generation_is_due(taken_over):
    gc.collect()
    assert runtime.collect_due() is None


def test_the_youngest_generation_is_collected_when_its_threshold_is_passed(taken_over):
    gc.collect()
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
    assert runtime.collect_due() == 0
    assert gc.get_count()[0] < gc.get_threshold()[0]
    del keep


def test_an_older_generation_is_collected_when_its_count_is_passed(taken_over):
    gc.collect()
    keep = []
    for _ in range(gc.get_threshold()[1] + 1):  # one more young collection than generation 1 allows
        keep.extend([] for _ in range(gc.get_threshold()[0] + 10))
        gc.collect(0)
    keep.extend([] for _ in range(gc.get_threshold()[0] + 10))
    assert runtime.collect_due() == 1
    del keep


def test_while_start_up_holds_collections_none_is_made_until_released(taken_over):
    """Start-up makes long-lived objects, not garbage: a collection on the way to the first live
    picture would walk them all for nothing (the settling collection follows moments later)."""
    runtime.hold_collections()
    try:
        gc.collect()
        keep = []
        # generation 2 due: more generation-1 collections than its threshold since the last full one
        for _ in range(gc.get_threshold()[2] + 1):
            for _ in range(gc.get_threshold()[1] + 1):
                keep.extend([] for _ in range(gc.get_threshold()[0] + 10))
                gc.collect(0)
            gc.collect(1)
        keep.extend([] for _ in range(gc.get_threshold()[0] + 10))
        before = gc.get_count()
        assert before[2] > gc.get_threshold()[2] and before[0] > gc.get_threshold()[0], before
        assert runtime.collect_due() is None
        assert gc.get_count() >= before  # nothing was collected
        runtime.release_collections()
        assert runtime.collect_due() == 2
    finally:
        runtime.release_collections()
        del keep


def test_settling_after_start_up_releases_the_hold(taken_over):
    runtime.hold_collections()
    try:
        runtime.settle_after_startup()
        keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
        assert runtime.collect_due() == 0
        del keep
    finally:
        gc.unfreeze()
        runtime.release_collections()


def test_another_thread_asking_collects_nothing(taken_over):
    keep = [[] for _ in range(gc.get_threshold()[0] + 10)]
    answers: list[object] = []
    worker = threading.Thread(target=lambda: answers.append(runtime.collect_due()))
    worker.start()
    worker.join()
    assert answers == [None]
    assert gc.get_count()[0] > gc.get_threshold()[0]
    del keep


def test_the_app_collects_on_a_timer_of_the_gui_thread(qapp, qtbot, taken_over):
    from cti_desktop.app.entry import _collect_garbage_here

    collector = _collect_garbage_here()
    try:
        assert not gc.isenabled()
        keep = [[] for _ in range(gc.get_threshold()[0] * 3)]
        assert gc.get_count()[0] > gc.get_threshold()[0]
        qtbot.wait(3 * runtime.COLLECT_EVERY_MS)  # start-up: held until it has settled
        assert gc.get_count()[0] > gc.get_threshold()[0]
        runtime.settle_after_startup()  # what the app does once its window is Live
        keep.extend([] for _ in range(gc.get_threshold()[0] * 3))
        qtbot.waitUntil(lambda: gc.get_count()[0] <= gc.get_threshold()[0], timeout=3000)
        del keep
    finally:
        collector.stop()
        gc.unfreeze()
        runtime.release_collections()
