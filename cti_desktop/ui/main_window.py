"""The main window: the connection in words, notices, and the panels an agent works with all day.

Layout: a header (who is signed in, the connection indicator), the notice banners, then a splitter
with a left column (presence, dial pad, queues) and the main area (calls on top, prominent; contact
search below). Every call action has a menu entry with a shortcut (shown in the menus and the
tooltips) that acts on the obvious call, so the whole app works without a mouse.

This module holds the window itself (its layout, call actions, title, geometry and closing); its
other jobs are mixins, one module each: the "Connecting…" state (:mod:`.main_window_connecting`),
the header (:mod:`.main_window_header`), panel visibility, tabs and focus
(:mod:`.main_window_navigation`), the secondary windows it opens (:mod:`.main_window_openers`), the
menus and shortcuts (:mod:`cti_desktop.ui.menus`) and the style sheet (:mod:`.main_window_style`).

The panels come from :class:`~cti_desktop.ui.workspace.Workspace` (which builds their view-models and
widgets for one session and owns their lifetimes). ``Workspace`` and ``SHORTCUTS`` are importable
from here too.
"""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from cti_desktop.core.settings import Settings, SettingsStore

from .icons import APP, icon
from .main_window_connecting import ConnectingState
from .main_window_header import WindowHeader
from .main_window_navigation import PanelNavigation
from .main_window_openers import WindowOpeners
from .main_window_style import STYLE
from .menus import WindowMenus
from .notices import NoticeArea, NoticeCenter
from .sections import ColumnScroll as _ColumnScroll
from .sections import section as _section
from .theme import set_style

if TYPE_CHECKING:
    from cti_desktop.viewmodels.main_window import MainWindowViewModel

    from .workspace import Workspace

log = logging.getLogger(__name__)


class MainWindow(ConnectingState, WindowHeader, PanelNavigation, WindowOpeners, WindowMenus, QMainWindow):
    quitRequested = Signal()
    signOutRequested = Signal()
    switchProfileRequested = Signal()
    #: The window was closed while a tray icon keeps the app running.
    hiddenToTray = Signal()

    def __init__(
        self,
        vm: MainWindowViewModel | None,
        workspace: Workspace | None,
        notices: NoticeCenter,
        settings: Settings,
        store: SettingsStore,
        *,
        tray_available: bool = False,
        parent: QWidget | None = None,
        connecting: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self.workspace = workspace
        self.notices = notices
        self.settings = settings
        self.store = store
        self.tray_available = tray_available
        self._quitting = False
        self._column_sized = False
        self.setObjectName("mainWindow")
        self.setWindowIcon(icon(APP))
        set_style(self, STYLE)
        self.resize(1240, 820)
        self.setMinimumSize(760, 520)
        if vm is None or workspace is None:
            label, server = connecting or ("", "")
            self._build_connecting(label, server)
            self.restore_geometry()
            return
        self.attach(vm, workspace)

    def attach(self, vm: MainWindowViewModel, workspace: Workspace) -> None:
        """Build the panels of the signed-in session (once): in a new window, or in place of the
        "Connecting…" state of a window already on the screen (its size and place are kept)."""
        was_connecting = self.workspace is None and self.centralWidget() is not None
        self.vm = vm
        self.workspace = workspace
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self._build_header())

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(12, 10, 12, 12)
        body_layout.setSpacing(10)
        self.notice_area = NoticeArea()
        body_layout.addWidget(self.notice_area)
        self.notices.attach(self.notice_area)

        ws = workspace
        # Left column: the dial pad and presence share a tab widget (one of them is enough at a
        # time); the queues sit below, always in sight, because their badges say when calls wait.
        self.dial_section = _ColumnScroll(ws.dial, name=translate("MainWindow", "Dial pad"))
        self.presence_section = _ColumnScroll(ws.presence, name=translate("MainWindow", "Presence"))
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setAccessibleName(translate("MainWindow", "Dial pad and presence"))
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.tabBar().setDrawBase(False)
        self.left_tabs.addTab(self.dial_section, translate("MainWindow", "Dial"))
        self.left_tabs.addTab(self.presence_section, translate("MainWindow", "Presence"))
        self.left_tabs.setTabToolTip(0, translate("MainWindow", "Dial a number, extension or feature code"))
        self.left_tabs.setTabToolTip(1, translate("MainWindow", "Your presence: activity, availability, note, role and end time"))
        self.left_tabs_frame = _section("", self.left_tabs, name=translate("MainWindow", "Dial pad and presence"), margins=(8, 6, 8, 8))
        self.queues_section = _section(translate("MainWindow", "Queues"), ws.queues, name=translate("MainWindow", "Queues"))  # it scrolls its own rows
        self.calls_section = _section(translate("MainWindow", "Calls"), ws.calls, name=translate("MainWindow", "Calls"))
        # Below the calls: contacts, and the follow-up work (group call log, my call history).
        self.follow_tabs = QTabWidget()
        self.follow_tabs.setObjectName("leftTabs")  # the same flat tab style as the left column
        self.follow_tabs.setAccessibleName(translate("MainWindow", "Contacts, group call log and call history"))
        self.follow_tabs.setDocumentMode(True)
        self.follow_tabs.tabBar().setDrawBase(False)
        self.follow_tabs.addTab(ws.contacts, translate("MainWindow", "Contacts"))
        self.follow_tabs.addTab(ws.colleagues, translate("MainWindow", "Colleagues"))
        if ws.book is not None:
            self.follow_tabs.addTab(ws.book, translate("MainWindow", "My contacts"))
        self.follow_tabs.addTab(ws.group_log, translate("MainWindow", "Group call log"))
        self.follow_tabs.addTab(ws.history, translate("MainWindow", "Call history"))
        for page, tip in ((ws.contacts, translate("MainWindow", "Search the directory; your favourites when the box is empty")),
                          (ws.colleagues, translate("MainWindow", "Your buddies' phones, live: idle, ringing or in a call; pick up their calls")),
                          (ws.group_log, translate("MainWindow", "Missed, answered and forwarded calls of your groups: take them and call back")),
                          (ws.history, translate("MainWindow", "Your missed, incoming and outgoing calls")),
                          (ws.book, translate("MainWindow", "Contacts of your own, kept on the phone system: add, edit, delete, call"))):
            if page is not None:
                self.follow_tabs.setTabToolTip(self.follow_tabs.indexOf(page), tip)
        if ws.supervision is not None:
            # Shown once the server makes the person a supervisor of a group (read at start).
            index = self.follow_tabs.addTab(ws.supervision, translate("MainWindow", "Supervise"))
            self.follow_tabs.setTabToolTip(index, translate("MainWindow", "Listen in, whisper or barge in on your agents' calls"))
            self.follow_tabs.setTabVisible(index, ws.supervision_vm.available)
            ws.supervision_vm.agentsChanged.connect(self._update_supervision_tab)
        self.contacts_section = _section("", self.follow_tabs, name=translate("MainWindow", "Contacts"), margins=(8, 6, 8, 8))
        # The transfer and consultation boxes suggest the contacts the list shows (by name or number).
        from cti_desktop.ui.contact_search import ContactSuggestions

        self.transfer_suggestions = ContactSuggestions(self)
        self.transfer_suggestions.setSourceModel(ws.contacts_vm.results)
        ws.calls.set_transfer_suggestions(self.transfer_suggestions)
        caps = ws.bridge.capabilities
        # Only what the account's phone system can do (its queues keep a group call log; not every
        # system keeps a call history the app can read).
        self.follow_tabs.setTabVisible(self.follow_tabs.indexOf(ws.group_log), caps.queues)
        self.follow_tabs.setTabVisible(self.follow_tabs.indexOf(ws.history), caps.history)
        self.follow_tabs.setTabVisible(self.follow_tabs.indexOf(ws.colleagues), ws.colleagues_vm.supported)

        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("leftColumn")
        self.left_splitter.setAccessibleName(translate("MainWindow", "Dial pad, presence and queues"))
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.addWidget(self.left_tabs_frame)
        self.left_splitter.addWidget(self.queues_section)
        self.left_splitter.setStretchFactor(0, 3)
        self.left_splitter.setStretchFactor(1, 2)
        self.left_splitter.setHandleWidth(10)

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setObjectName("rightColumn")
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.calls_section)
        self.right_splitter.addWidget(self.contacts_section)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setHandleWidth(10)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.left_splitter)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setHandleWidth(10)
        left_width = self.left_splitter.minimumSizeHint().width()
        self.splitter.setSizes([left_width, max(400, 1240 - left_width)])
        self.left_splitter.setSizes([430, 290])
        self.right_splitter.setSizes([430, 290])
        body_layout.addWidget(self.splitter, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.actions: dict[str, QAction] = {}
        self._build_menus()
        self._set_tab_order()

        vm.titleChanged.connect(self._update_title)
        ws.history_vm.unseenMissedChanged.connect(self._update_title)
        self._update_title()
        self.wallboard: QWidget | None = None
        self._webhooks_dialog: QWidget | None = None
        self._devices_window: QWidget | None = None
        vm.bridge.callsChanged.connect(self._update_call_actions)
        vm.connectionChanged.connect(self._update_call_actions)
        ws.calls_vm.selectedCallIdChanged.connect(self._update_call_actions)
        ws.calls_vm.callsChanged.connect(self._update_call_actions)
        self._update_call_actions()
        if not was_connecting:
            self.restore_geometry()
        elif self.isVisible():
            self._size_left_column()

    # --------------------------------------------------------------------------------- actions
    def _update_call_actions(self, *_args: object) -> None:
        """Each call action is on exactly when a call's card offers it; a paired entry (hold ↔
        resume, mute ↔ unmute, start ↔ stop recording…) says what it will do."""
        from cti_desktop.core.call_operations import SHORTCUT_OPERATIONS

        calls_vm = self.workspace.calls_vm
        live = self.vm.live
        for op in SHORTCUT_OPERATIONS:
            cid = calls_vm.shortcut_call(op.name)
            self.actions[op.name].setEnabled(live and bool(cid))
            if op.toggle:
                now = calls_vm.shortcut_operation(op.name, cid) if cid else op
                self.actions[op.name].setText(now.menu_active or op.menu_active)

    def call_shortcut(self, name: str) -> None:
        """Run the call action ``name`` on the obvious call (``CallPanelViewModel.shortcut_call``) as
        its control on the call's card would; the call becomes the selected one."""
        calls_vm = self.workspace.calls_vm
        cid = calls_vm.shortcut_call(name)
        card = self.workspace.calls.card(cid) if cid else None
        if card is None:
            self.statusBar().showMessage(translate("MainWindow", "There is no call to do that to right now"), 4000)
            return
        calls_vm.selectedCallId = cid
        self.raise_window()
        if not card.run_operation(calls_vm.shortcut_operation(name, cid).name):
            self.statusBar().showMessage(
                translate("MainWindow", "That cannot be done to this call right now; try again in a moment"), 4000)

    def _update_supervision_tab(self) -> None:
        ws = self.workspace
        self.follow_tabs.setTabVisible(self.follow_tabs.indexOf(ws.supervision), ws.supervision_vm.available)

    def _update_title(self) -> None:
        """The title (and the history tab) count unseen missed calls, so they are seen from afar."""
        missed = self.workspace.history_vm.unseenMissed
        self.setWindowTitle(f"({missed}) {self.vm.title}" if missed else self.vm.title)
        index = self.follow_tabs.indexOf(self.workspace.history)
        self.follow_tabs.setTabText(index, translate("MainWindow", "Call history ({missed})").format(missed=missed) if missed else translate("MainWindow", "Call history"))
        self.follow_tabs.setTabToolTip(
            index, translate("MainWindow", "Your missed, incoming and outgoing calls — %n missed calls not seen yet", None, missed) if missed else translate("MainWindow", "Your missed, incoming and outgoing calls"))

    def raise_window(self) -> None:
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def request_quit(self) -> None:
        self._quitting = True
        self.save_geometry()
        self.quitRequested.emit()

    # -------------------------------------------------------------------------------- geometry
    def restore_geometry(self) -> None:
        window = self.settings.window
        try:
            if window.geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(window.geometry)))
            if window.state:
                self.restoreState(QByteArray(base64.b64decode(window.state)))
        except (ValueError, TypeError):
            log.warning("the saved window geometry could not be used")

    def save_geometry(self) -> None:
        self.settings.window.geometry = base64.b64encode(bytes(self.saveGeometry().data())).decode("ascii")
        self.settings.window.state = base64.b64encode(bytes(self.saveState().data())).decode("ascii")
        try:
            self.store.save(self.settings)
        except OSError as exc:
            log.warning("could not save the window geometry: %s", exc)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.workspace is not None:
            self._size_left_column()

    def _size_left_column(self) -> None:
        if not self._column_sized:
            self._column_sized = True
            # the tabs get the height they need; the queues (and their badges) get the rest
            total = sum(self.left_splitter.sizes())
            top = self.left_tabs_frame.sizeHint().height()
            if total > top + self.queues_section.minimumSizeHint().height():
                self.left_splitter.setSizes([top, total - top])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        if self.tray_available and not self._quitting and self.workspace is not None:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        event.accept()
        if not self._quitting:
            self._quitting = True
            self.quitRequested.emit()

    def detach(self) -> None:
        if self.vm is None:  # still connecting: nothing was attached
            return
        self.notices.attach(None)
        self.vm.shutdown()


def __getattr__(name: str) -> Any:
    # ``Workspace`` and ``SHORTCUTS`` are importable from here too, without the window's start-up
    # paying for them (the "Connecting…" window has no panels and no menus)
    if name == "Workspace":
        from .workspace import Workspace

        return Workspace
    if name == "SHORTCUTS":
        from . import menus

        return menus.SHORTCUTS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["MainWindow", "Workspace", "SHORTCUTS", "STYLE"]
