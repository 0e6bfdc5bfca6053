"""Sleep and freeze detection from the clocks: pure readings, and the watch task on real asyncio."""

from __future__ import annotations

import asyncio

import pytest

from cti_desktop.core.wake import ClockJump, ClockJumpWatch, detect_jump


def test_a_quiet_tick_is_no_jump() -> None:
    assert detect_jump((100.0, 5000.0), (101.02, 5001.03), interval=1.0, threshold=3.0) is None


def test_the_unstopping_clock_running_ahead_is_sleep() -> None:
    jump = detect_jump((100.0, 5000.0), (101.0, 5601.0), interval=1.0, threshold=3.0)
    assert jump == ClockJump("the computer woke from sleep", pytest.approx(600.0))


def test_a_late_tick_is_a_freeze() -> None:
    jump = detect_jump((100.0, 5000.0), (108.0, 5008.0), interval=1.0, threshold=3.0)
    assert jump is not None and jump.reason == "the app was not running for a while"
    assert jump.seconds == pytest.approx(7.0)


def test_a_wall_clock_set_back_is_no_jump() -> None:
    assert detect_jump((100.0, 5000.0), (101.0, 4000.0), interval=1.0, threshold=3.0) is None


async def test_the_watch_reports_each_jump_once() -> None:
    mono = [0.0]
    boot = [0.0]

    def monotonic() -> float:
        mono[0] += 0.01
        return mono[0]

    def unstopping() -> float:
        boot[0] += 0.01
        return boot[0]

    jumps: list[ClockJump] = []
    watch = ClockJumpWatch(jumps.append, interval=0.01, threshold=3.0, monotonic=monotonic, unstopping=unstopping)
    task = asyncio.create_task(watch.run())
    try:
        await asyncio.sleep(0.1)
        assert jumps == []
        boot[0] += 3600.0  # the lid was closed for an hour
        for _ in range(100):
            await asyncio.sleep(0.01)
            if jumps:
                break
        await asyncio.sleep(0.1)
        assert [j.reason for j in jumps] == ["the computer woke from sleep"]
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
