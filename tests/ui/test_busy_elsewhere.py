"""The busy-elsewhere row in the presence panel of the real workspace, against the simulator."""

from __future__ import annotations

import pytest
from support import act, until

from cti_desktop.core.settings import Settings
from cti_desktop.ui.workspace import Workspace
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def workspace(qtbot, arun, agent_session):
    ws = Workspace.build(SessionBridge(agent_session), None, Settings())
    for w in (ws.presence, ws.contacts, ws.book):
        if w is not None:
            qtbot.addWidget(w)
    yield ws
    arun(ws.aclose())


def test_mark_busy_and_clear_from_the_presence_panel(sim, arun, qtbot, workspace, agent_session):
    ws = workspace
    row = ws.busy
    assert row is not None and row.parent() is ws.presence
    act(arun, ws.busy_vm.load)
    arun(until(lambda: ws.busy_vm.loaded, what="the first read"))
    assert row.status_label.text() == "Not marked busy" and not row.clear_button.isEnabled()
    row.length.setCurrentIndex(row.length.findData(60))
    assert row.length.currentText() == "1 h"
    act(arun, row.mark_button.click)
    arun(until(lambda: ws.busy_vm.marked, what="the mark"))
    assert row.status_label.text().startswith("Busy elsewhere until ") and row.clear_button.isEnabled()
    assert arun(agent_session.backend.presence.busy_until()) == ws.busy_vm.until
    act(arun, row.clear_button.click)
    arun(until(lambda: not ws.busy_vm.marked, what="the clear"))
    assert arun(agent_session.backend.presence.busy_until()) is None
