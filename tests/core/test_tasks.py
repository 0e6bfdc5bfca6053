"""The one task set: strong references, failures reported once, cancel once, close with a timeout."""

from __future__ import annotations

import asyncio
import gc
import logging

import pytest

from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.tasks import TaskSet, install_reporter, report_unexpected


@pytest.fixture
def reported():
    """Every report that reaches the installed reporter, as (exception, where)."""
    seen: list[tuple[BaseException, str]] = []
    restore = install_reporter(lambda exc, where: seen.append((exc, where)))
    yield seen
    restore()


async def test_a_failing_task_is_reported_once_by_name(reported) -> None:
    tasks = TaskSet("test")

    async def broken() -> None:
        raise ValueError("broke")

    task = tasks.spawn(broken(), name="broken-one")
    await asyncio.wait([task])
    await asyncio.sleep(0)  # the done callbacks run
    assert len(reported) == 1
    exc, where = reported[0]
    assert isinstance(exc, ValueError) and "broken-one" in where
    assert not tasks  # a finished task is let go
    # the same exception reaching the reporter another way (the excepthook, say) is not shown again
    report_unexpected(exc, "excepthook")
    assert len(reported) == 1


async def test_without_a_reporter_a_bug_is_logged_with_its_traceback_and_a_user_error_in_one_line(caplog) -> None:
    restore = install_reporter(None)
    try:
        tasks = TaskSet("test")

        async def bug() -> None:
            raise KeyError("k")

        async def refused() -> None:
            raise UserFacingError("The server refused")

        with caplog.at_level(logging.WARNING, logger="cti_desktop.core.tasks"):
            done, _ = await asyncio.wait([tasks.spawn(bug(), name="bug"), tasks.spawn(refused(), name="refused")])
            await asyncio.sleep(0)
    finally:
        restore()
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(errors) == 1 and errors[0].exc_info and "bug" in errors[0].getMessage()
    assert len(warnings) == 1 and not warnings[0].exc_info and "The server refused" in warnings[0].getMessage()


async def test_cancellation_is_not_reported(reported) -> None:
    tasks = TaskSet("test")
    task = tasks.spawn(asyncio.sleep(30), name="sleeper")
    await asyncio.sleep(0)
    await tasks.close(timeout=1)
    assert task.cancelled() and reported == [] and not tasks


async def test_close_cancels_each_task_once_and_awaits_it(reported) -> None:
    tasks = TaskSet("test")
    cancels: list[int] = []
    cleaned: list[str] = []

    async def worker(label: str) -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            cancels.append(asyncio.current_task().cancelling())
            await asyncio.sleep(0.05)  # cleaning up takes a moment: close waits for it
            cleaned.append(label)
            raise

    a = tasks.spawn(worker("a"), name="a")
    b = tasks.spawn(worker("b"), name="b")
    await asyncio.sleep(0)
    tasks.cancel()  # e.g. the person pressed Cancel ...
    stuck = await tasks.close(timeout=2)  # ... and then the window closed: no second cancel
    assert stuck == []
    assert sorted(cleaned) == ["a", "b"] and a.cancelled() and b.cancelled()
    assert cancels == [1, 1]  # one cancel request each, never two
    assert not tasks and reported == []


async def test_a_task_cancelled_by_its_caller_is_not_cancelled_again_by_close() -> None:
    tasks = TaskSet("test")
    seen: list[int] = []

    async def slow_to_stop() -> None:
        try:
            await asyncio.sleep(30)
        except asyncio.CancelledError:
            await asyncio.sleep(0.05)
            seen.append(asyncio.current_task().cancelling())
            raise

    task = tasks.spawn(slow_to_stop(), name="search")
    await asyncio.sleep(0)
    task.cancel()  # the owner cancelled the previous search itself
    await asyncio.sleep(0)
    await tasks.close(timeout=2)
    assert task.cancelled() and seen == [1]


async def test_a_task_that_ignores_cancellation_is_logged_and_does_not_hang_close(caplog, reported) -> None:
    tasks = TaskSet("session")
    release = asyncio.Event()

    async def stubborn() -> None:
        while not release.is_set():
            try:
                await asyncio.sleep(30)
            except asyncio.CancelledError:
                await release.wait()  # swallows the cancel

    task = tasks.spawn(stubborn(), name="stubborn")
    await asyncio.sleep(0)
    loop = asyncio.get_running_loop()
    started = loop.time()
    with caplog.at_level(logging.WARNING, logger="cti_desktop.core.tasks"):
        stuck = await tasks.close(timeout=0.2)
    assert loop.time() - started < 1.0
    assert stuck == [task] and task in tasks
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 1 and "stubborn" in lines[0] and "session" in lines[0]
    release.set()  # let it end, so the test leaves nothing running
    await asyncio.wait([task], timeout=2)
    await asyncio.sleep(0)
    assert task.done() and not task.cancelled() and not tasks and reported == []


async def test_close_leaves_the_task_that_calls_it_alone() -> None:
    tasks = TaskSet("app")
    other = tasks.spawn(asyncio.sleep(30), name="other")

    async def shutdown() -> list:
        return await tasks.close(timeout=1)

    closer = tasks.spawn(shutdown(), name="shutdown")
    assert await closer == [] and other.cancelled()


async def test_spawned_tasks_are_held_strongly_and_nothing_leaks() -> None:
    tasks = TaskSet("test")
    finished: list[int] = []

    async def work(i: int) -> None:
        await asyncio.sleep(0.01)
        finished.append(i)

    for i in range(50):
        tasks.spawn(work(i), name=f"work-{i}")  # nobody else keeps a reference
    gc.collect()
    assert len(tasks) == 50
    while tasks:
        await asyncio.sleep(0.01)
    assert sorted(finished) == list(range(50))
    current = asyncio.current_task()
    assert [t for t in asyncio.all_tasks() if t is not current] == []
