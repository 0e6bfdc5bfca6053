"""The presence panel's view-model removes a presence shortcut on the server (Dstny's Presence
Shortcuts API, "Delete a specific presence shortcut for a user"), against the real simulator."""

from __future__ import annotations

import pytest
import panel_support


@pytest.fixture
def presence_vm(agent_session, arun):
    yield from panel_support.presence_vm(agent_session, arun)


def test_delete_a_shortcut_reaches_the_server_and_the_list(sim, presence_vm, arun, qtbot):
    vm = presence_vm
    before = [s["id"] for s in vm.shortcuts]
    assert before, "the simulator seeds presence shortcuts"
    with qtbot.waitSignal(vm.shortcutsChanged, timeout=5000):
        assert arun(vm.delete_shortcut(before[0]))
    # The list shown is the server's own, read again after the removal.
    assert [s["id"] for s in vm.shortcuts] == before[1:] and vm.error == ""

    # Gone already: said in words, nothing sent.
    assert not arun(vm.delete_shortcut(before[0]))
    assert "no longer exists" in vm.error
