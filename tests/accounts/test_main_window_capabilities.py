"""The main window, tray-free, offers only what the account's phone system can do."""

from __future__ import annotations

import asyncio


from support import until

from cti_desktop.accounts import connect_account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.main_window import MainWindow, Workspace
from cti_desktop.ui.notices import NoticeCenter
from cti_desktop.viewmodels.main_window import MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def open_window(qtbot, arun, account, credentials):
    session = Session(account, arun(connect_account(account, credentials)))
    session.start()
    arun(until(lambda: session.status.state.value == "live", timeout=10))
    store = SettingsStore()
    settings = store.load()
    bridge = SessionBridge(session)
    workspace = Workspace.build(bridge, None, settings)
    window = MainWindow(MainWindowViewModel(bridge), workspace, NoticeCenter(), settings, store)
    qtbot.addWidget(window)
    window.show()
    workspace.start()
    return session, workspace, window


def close_window(arun, session, workspace, window):
    arun(workspace.aclose())
    arun(asyncio.sleep(0.2))
    window.detach()
    arun(session.aclose())


def tab_visible(window, widget) -> bool:
    return window.follow_tabs.isTabVisible(window.follow_tabs.indexOf(widget))


def test_telavox_window_hides_queues_and_presence_changes(tvx, qtbot, arun):
    account = Account("telavox", tvx.base_url, "", "agent1", options={"poll_interval": 0.5})
    session, workspace, window = open_window(qtbot, arun, account, Credentials(password="demo"))
    try:
        assert not tab_visible(window, workspace.group_log)  # no queues, so no group call log
        assert tab_visible(window, workspace.history)  # Telavox keeps a call history
        assert window.presence_button.menu() is None and "Telavox" in window.presence_button.toolTip()
        assert not window.actions["wallboard"].isEnabled()
        queues_menu = next(a for a in window.menuBar().actions() if a.text() == "&Queues")
        assert not queues_menu.isVisible()
    finally:
        close_window(arun, session, workspace, window)


def test_voxloud_window_has_a_call_history_but_no_presence(vox, qtbot, arun):
    account = Account("voxloud", vox.base_url, "", "101", options={"webhook_port": 0, "subscribe": False})
    session, workspace, window = open_window(qtbot, arun, account, Credentials(api_key="demo-key"))
    try:
        # the telephony events are the history; there is no group call log
        assert not tab_visible(window, workspace.group_log) and tab_visible(window, workspace.history)
        assert not window.presence_button.isVisibleTo(window)
        assert not window.actions["wallboard"].isEnabled()
    finally:
        close_window(arun, session, workspace, window)
