"""BusyElsewhereViewModel against agent1's line state in the real simulator."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from panel_support import view_model

from cti_desktop.viewmodels.busy_elsewhere import BusyElsewhereViewModel, busy_service_of


@pytest.fixture
def busy_vm(agent_session, arun):
    yield from view_model(agent_session, arun, BusyElsewhereViewModel)


def test_mark_read_back_and_clear(sim, arun, busy_vm, agent_session):
    vm = busy_vm
    assert vm.available
    assert arun(vm.refresh()) and vm.loaded and not vm.marked and vm.untilText == "Not marked busy"
    before = datetime.now(timezone.utc)
    assert arun(vm.mark_for(30))
    assert vm.marked and timedelta(minutes=29) < vm.until - before < timedelta(minutes=31)
    assert vm.untilText == "Busy elsewhere until " + vm.until.astimezone().strftime("%H:%M")
    # the server keeps it: a fresh read (another desktop of the same person) sees the same end
    assert arun(agent_session.backend.presence.busy_until()) == vm.until
    assert arun(vm.clear_mark()) and not vm.marked
    assert arun(agent_session.backend.presence.busy_until()) is None


def test_a_mark_cleared_elsewhere_is_not_shown_after_the_next_read(sim, arun, busy_vm, agent_session):
    vm = busy_vm
    assert arun(vm.mark_for(15)) and vm.marked
    arun(agent_session.backend.presence.clear_busy())
    assert arun(vm.clear_mark())  # nothing left to clear is no error
    assert not vm.marked and not vm.error


def test_a_length_out_of_range_is_refused_in_words(sim, arun, busy_vm):
    vm = busy_vm
    assert not arun(vm.mark_for(0))
    assert vm.error == "Choose between 1 minute and 8 hours" and not vm.marked


def test_no_row_without_the_mark():
    class Backend:
        presence = object()

    assert busy_service_of(Backend()) is None
