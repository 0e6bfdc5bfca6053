"""The main window with a real session against the simulator, for the tests that drive it whole.

Import ``window`` (the fixture) and ``quiet`` from here; the window is built as the app builds it
(session bridge, workspace, main window view-model, notices) and closed cleanly at the end.
"""

from __future__ import annotations

import asyncio

import pytest
from support import until

from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.main_window import MainWindow, Workspace
from cti_desktop.ui.notices import NoticeCenter
from cti_desktop.viewmodels.main_window import MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


async def quiet(workspace, predicate=lambda: True):
    """Until the panels have loaded and are idle (tests drive the loop only inside ``arun``)."""
    await until(lambda: predicate() and workspace.queues_vm.loaded and workspace.presence_vm.loaded
                and not workspace.contacts_vm.searching, timeout=10)
    await asyncio.sleep(0.3)


@pytest.fixture
def window(agent_session, qtbot, arun, qapp):
    yield from _window(agent_session, qtbot, arun, qapp)


@pytest.fixture
def super_window(super_session, qtbot, arun, qapp):
    """The main window of a supervisor (its Supervise tab is shown)."""
    yield from _window(super_session, qtbot, arun, qapp)


def _window(session, qtbot, arun, qapp):
    previous = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    store = SettingsStore()
    settings = store.load()
    bridge = SessionBridge(session)
    workspace = Workspace.build(bridge, None, settings)
    vm = MainWindowViewModel(bridge)
    notices = NoticeCenter()
    win = MainWindow(vm, workspace, notices, settings, store, tray_available=False)
    qtbot.addWidget(win)
    win.show()
    workspace.start()
    arun(quiet(workspace, lambda: win.isVisible()))
    yield win
    arun(workspace.aclose())
    arun(asyncio.sleep(0.2))
    win.detach()
    qapp.setQuitOnLastWindowClosed(previous)
