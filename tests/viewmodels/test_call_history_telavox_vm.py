"""The call history view-model on a Telavox account (the Telavox simulator on loopback).

It used to raise ``TypeError`` on every poll (the view-model asks for the call types it shows, the
Telavox client did not take them) and the panel said "Loading…" for ever.
"""

from __future__ import annotations

import httpx
import pytest
from support import until
from panel_support import view_model

from cti_desktop.viewmodels.call_history import CallHistoryViewModel


@pytest.fixture
def tvx_history(telavox_session, arun):
    yield from view_model(telavox_session, arun,
                          lambda bridge: CallHistoryViewModel(bridge, poll_interval=0.2, max_backoff=0.4))


def test_telavox_history_loads_by_polling(arun, tvx_history):
    vm = tvx_history
    vm.start()
    arun(until(lambda: vm.loaded, timeout=5, what="the Telavox call history to load"))
    assert vm.items and vm.refreshError == ""
    assert {i["type"] for i in vm.items} <= {"MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL"}


def test_a_failing_refresh_says_so_and_keeps_the_last_good_list(telavox_server, arun, tvx_history):
    vm = tvx_history
    vm.start()
    arun(until(lambda: vm.loaded, timeout=5, what="the first read"))
    good = vm.items
    httpx.post(telavox_server.base_url + "/_sim/faults", json={"errorRate": 1.0}, timeout=10).raise_for_status()
    arun(until(lambda: vm.refreshError, timeout=5, what="the refresh failure in words"))
    assert vm.refreshError.startswith(vm.STALE_WORDS)
    assert vm.items == good  # the last good list stays
