"""The main window: the connection in words, notices, and the panels an agent works with all day.

Layout: a header (who is signed in, the connection indicator), the notice banners, then a splitter
with a left column (presence, dial pad, queues) and the main area (calls on top, prominent; contact
search below). Every call action has a menu entry with a shortcut (shown in the menus and the
tooltips) that acts on the obvious call, so the whole app works without a mouse.

The panels come from :class:`~cti_desktop.ui.workspace.Workspace` (which builds their view-models and
widgets for one session and owns their lifetimes); the menus and shortcuts from
:mod:`cti_desktop.ui.menus`. ``Workspace`` and ``SHORTCUTS`` are importable from here too.
"""

from __future__ import annotations

import base64
import logging

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.core.call_operations import SHORTCUT_OPERATIONS
from cti_desktop.core.settings import Settings, SettingsStore
from cti_desktop.viewmodels.main_window import APP_TITLE, MainWindowViewModel

from .connection_indicator import ConnectionIndicator
from .icons import APP, icon
from .menus import SHORTCUTS, WindowMenus
from .notices import NoticeArea, NoticeCenter
from .presence_dot import presence_icon
from .presence_panel import build_presence_menu
from .workspace import Workspace

log = logging.getLogger(__name__)


def _section(title: str, body: QWidget, *, name: str, margins: tuple[int, int, int, int] = (12, 10, 12, 12)) -> QFrame:
    frame = QFrame()
    frame.setObjectName("section")
    frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(6)
    if title:
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setAccessibleName(f"{name} heading")
        layout.addWidget(heading)
    layout.addWidget(body, 1)
    return frame


class _ColumnScroll(QScrollArea):
    """A vertical-only scroll area exactly as wide as its panel needs, now and after it changes.

    A plain scroll area keeps the width it had when it was built; panels that fill in later
    (shortcut buttons, devices, queue rows) would then be clipped on the right. This one asks for
    the panel's minimum width plus the scroll bar, and asks again whenever the panel's layout changes.
    """

    def __init__(self, panel: QWidget, *, name: str) -> None:
        super().__init__()
        self.setObjectName("columnScroll")
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(panel)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _content_width(self) -> int:
        panel = self.widget()
        if panel is None:
            return 0
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        return panel.minimumSizeHint().width() + bar + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._content_width(), min(160, super().minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        panel = self.widget()
        height = panel.sizeHint().height() if panel is not None else 0
        return QSize(self._content_width(), height)


STYLE = """
QMainWindow { background: #eef1f5; }
QFrame#section { background: palette(base); border: 1px solid #d5dbe3; border-radius: 8px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: #33475b; padding-bottom: 2px; }
QFrame#header { background: palette(base); border-bottom: 1px solid #d5dbe3; }
QLabel#accountLabel { font-size: 12pt; font-weight: 600; color: #1f2d3d; }
QLabel#accountSub { color: #5b6b7c; }
QToolButton#presenceButton { border: 1px solid #d5dbe3; border-radius: 12px; padding: 3px 10px; }
QToolButton#presenceButton:hover { background: #eef1f5; }
QToolButton#presenceButton::menu-indicator { image: none; width: 0; }
QSplitter::handle { background: transparent; }
QScrollArea#columnScroll, QScrollArea#columnScroll > QWidget > QWidget { background: transparent; }
QTabWidget#leftTabs::pane { border: none; }
QTabWidget#leftTabs QTabBar::tab { padding: 6px 18px; font-weight: 600; color: #5b6b7c; border: none;
    border-bottom: 2px solid transparent; }
QTabWidget#leftTabs QTabBar::tab:selected { color: #1f2d3d; border-bottom: 2px solid #2f6fde; }
QTabWidget#leftTabs QTabBar::tab:hover { color: #1f2d3d; }
"""


class MainWindow(WindowMenus, QMainWindow):
    quitRequested = Signal()
    signOutRequested = Signal()
    switchProfileRequested = Signal()
    #: The window was closed while a tray icon keeps the app running.
    hiddenToTray = Signal()

    def __init__(
        self,
        vm: MainWindowViewModel,
        workspace: Workspace,
        notices: NoticeCenter,
        settings: Settings,
        store: SettingsStore,
        *,
        tray_available: bool = False,
        parent: QWidget | None = None,
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
        self.setStyleSheet(STYLE)
        self.resize(1240, 820)
        self.setMinimumSize(760, 520)

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
        notices.attach(self.notice_area)

        ws = workspace
        # Left column: the dial pad and presence share a tab widget (one of them is enough at a
        # time); the queues sit below, always in sight, because their badges say when calls wait.
        self.dial_section = _ColumnScroll(ws.dial, name="Dial pad")
        self.presence_section = _ColumnScroll(ws.presence, name="Presence")
        self.left_tabs = QTabWidget()
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.setAccessibleName("Dial pad and presence")
        self.left_tabs.setDocumentMode(True)
        self.left_tabs.tabBar().setDrawBase(False)
        self.left_tabs.addTab(self.dial_section, "Dial")
        self.left_tabs.addTab(self.presence_section, "Presence")
        self.left_tabs.setTabToolTip(0, "Dial a number, extension or feature code")
        self.left_tabs.setTabToolTip(1, "Your presence: activity, availability, note, role and end time")
        self.left_tabs_frame = _section("", self.left_tabs, name="Dial pad and presence", margins=(8, 6, 8, 8))
        self.queues_section = _section("Queues", ws.queues, name="Queues")  # it scrolls its own rows
        self.calls_section = _section("Calls", ws.calls, name="Calls")
        # Below the calls: contacts, and the follow-up work (group call log, my call history).
        self.follow_tabs = QTabWidget()
        self.follow_tabs.setObjectName("leftTabs")  # the same flat tab style as the left column
        self.follow_tabs.setAccessibleName("Contacts, group call log and call history")
        self.follow_tabs.setDocumentMode(True)
        self.follow_tabs.tabBar().setDrawBase(False)
        self.follow_tabs.addTab(ws.contacts, "Contacts")
        self.follow_tabs.addTab(ws.colleagues, "Colleagues")
        if ws.book is not None:
            self.follow_tabs.addTab(ws.book, "My contacts")
        self.follow_tabs.addTab(ws.group_log, "Group call log")
        self.follow_tabs.addTab(ws.history, "Call history")
        for page, tip in ((ws.contacts, "Search the directory; your favourites when the box is empty"),
                          (ws.colleagues, "Your buddies' phones, live: idle, ringing or in a call; pick up their calls"),
                          (ws.group_log, "Missed, answered and forwarded calls of your groups: take them and call back"),
                          (ws.history, "Your missed, incoming and outgoing calls"),
                          (ws.book, "Contacts of your own, kept on the phone system: add, edit, delete, call")):
            if page is not None:
                self.follow_tabs.setTabToolTip(self.follow_tabs.indexOf(page), tip)
        if ws.supervision is not None:
            # Shown once the server makes the person a supervisor of a group (read at start).
            index = self.follow_tabs.addTab(ws.supervision, "Supervise")
            self.follow_tabs.setTabToolTip(index, "Listen in, whisper or barge in on your agents' calls")
            self.follow_tabs.setTabVisible(index, ws.supervision_vm.available)
            ws.supervision_vm.agentsChanged.connect(self._update_supervision_tab)
        self.contacts_section = _section("", self.follow_tabs, name="Contacts", margins=(8, 6, 8, 8))
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
        self.left_splitter.setAccessibleName("Dial pad, presence and queues")
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
        ws.calls_vm.callsChanged.connect(self._set_tab_order)  # after the panel made its cards
        self._update_call_actions()
        self.restore_geometry()

    # ----------------------------------------------------------------------------------- build
    def _build_header(self) -> QWidget:
        header = QFrame()
        header.setObjectName("header")
        layout = QHBoxLayout(header)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(12)
        logo = QLabel()
        logo.setPixmap(icon(APP).pixmap(32, 32))
        logo.setAccessibleName("CTI Desktop")
        layout.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.account_label = QLabel(self.vm.accountLabel)
        self.account_label.setObjectName("accountLabel")
        self.account_label.setAccessibleName("Signed in as")
        session = self.vm.bridge.session
        server = session.account.server
        self.account_sub = QLabel(f"{APP_TITLE} · {server}")
        self.account_sub.setObjectName("accountSub")
        self.account_sub.setToolTip(f"Signed in to {server}")
        names.addWidget(self.account_label)
        names.addWidget(self.account_sub)
        layout.addLayout(names)
        layout.addStretch(1)
        forwarding = self.workspace.forwarding
        if forwarding is not None and forwarding.vm.supported:  # where calls go, always in sight
            layout.addWidget(forwarding, 0, Qt.AlignmentFlag.AlignVCenter)
        after_call = self.workspace.after_call
        if after_call is not None:  # the wrap-up countdown, +30 s and Ready, beside the presence
            layout.addWidget(after_call, 0, Qt.AlignmentFlag.AlignVCenter)
        self.presence_button = QToolButton()
        self.presence_button.setObjectName("presenceButton")
        self.presence_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.presence_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        caps = self.workspace.bridge.capabilities
        if caps.presence_write:
            self.presence_button.setMenu(build_presence_menu(self.workspace.presence_vm, self.presence_button))
            self.presence_button.setToolTip("Your presence. Click to change it.")
        else:
            self.presence_button.setToolTip(f"Your presence. {self.workspace.presence_vm.unsupportedNote}".strip())
        self.presence_button.setVisible(caps.presence_read)
        self.presence_button.setAutoRaise(False)
        self.workspace.presence_vm.presenceChanged.connect(self._sync_presence_button)
        self.workspace.presence_vm.loadedChanged.connect(self._sync_presence_button)
        self._sync_presence_button()
        layout.addWidget(self.presence_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.connection = ConnectionIndicator(self.vm)
        self.connection.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.connection, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def set_presence_shortcuts_visible(self, visible: bool) -> None:
        """Show or hide the presence panel's shortcut row (remembered in the settings)."""
        panel = self.workspace.presence
        for form in panel.findChildren(QFormLayout):
            row, _role = form.getLayoutPosition(panel.shortcuts_row)
            if row >= 0:
                form.setRowVisible(row, visible)
        if self.settings.presence_shortcuts_visible != visible:
            self.settings.presence_shortcuts_visible = visible
            try:
                self.store.save(self.settings)
            except OSError as exc:
                log.warning("could not save the settings: %s", exc)

    def _tab_sections(self) -> list[QWidget]:
        """The parts of the window in the order Tab goes through them (the header is the rest)."""
        return [self.calls_section, self.contacts_section, self.left_tabs_frame, self.queues_section]

    def _set_tab_order(self) -> None:
        """Tab follows the screen, calls first: each call's controls card by card, then the
        contacts and follow-up tabs below them, the dial pad and presence, the queues, and the
        header (forwarding, presence). Controls keep their order within each part; panels that add
        controls later (cards, queue rows, shortcut buttons) are put in place again on the next Tab."""
        sections = self._tab_sections()
        parts: list[list[QWidget]] = [[] for _ in range(len(sections) + 1)]
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.calls_section.isAncestorOf(widget):
                part = next((i for i, s in enumerate(sections) if s.isAncestorOf(widget)), len(sections))
                parts[part].append(widget)
            widget = widget.nextInFocusChain()
        parts[0] = self.workspace.calls.focus_chain()
        chain = [w for part in parts for w in part]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        self._set_tab_order()
        return super().focusNextPrevChild(next)

    # ----------------------------------------------------------------------------------- panels
    def set_panel_visible(self, panel: str, visible: bool) -> None:
        """Show or hide one panel: ``dial``, ``presence``, ``queues`` or ``contacts``."""
        if panel in ("dial", "presence"):
            page = self.dial_section if panel == "dial" else self.presence_section
            self.left_tabs.setTabVisible(self.left_tabs.indexOf(page), visible)
            current = self.left_tabs.currentIndex()
            if visible and (current < 0 or not self.left_tabs.isTabVisible(current)):
                self.left_tabs.setCurrentWidget(page)
            any_tab = any(self.left_tabs.isTabVisible(i) for i in range(self.left_tabs.count()))
            self.left_tabs_frame.setVisible(any_tab)
        elif panel == "queues":
            self.queues_section.setVisible(visible)
        elif panel == "contacts":
            self.contacts_section.setVisible(visible)
        else:
            raise ValueError(f"no panel {panel!r}")
        self.left_splitter.setVisible(not self.left_tabs_frame.isHidden() or not self.queues_section.isHidden())
        action = self.actions.get(f"view_{panel}")
        if action is not None and action.isChecked() != visible:
            action.setChecked(visible)

    def show_left_tab(self, panel: str) -> None:
        """Bring the ``dial`` or ``presence`` tab to the front (shown first if it was hidden)."""
        page = {"dial": self.dial_section, "presence": self.presence_section}[panel]
        self.set_panel_visible(panel, True)
        self.left_tabs.setCurrentWidget(page)

    def _sync_presence_button(self) -> None:
        vm = self.workspace.presence_vm
        if not vm.loaded and not vm.activityId:
            self.presence_button.setText("Presence…")
            self.presence_button.setIcon(presence_icon(None, "", size=12))
            self.presence_button.setAccessibleName("Your presence: not loaded yet")
            return
        text = vm.activityName or ("Available" if vm.available else "Not available")
        if vm.expiryText:
            self.presence_button.setToolTip(f"Your presence: {text}, {vm.expiryText}. Click to change it.")
        else:
            self.presence_button.setToolTip(f"Your presence: {text}. Click to change it.")
        self.presence_button.setText(f"{text}  ▾")
        self.presence_button.setIcon(presence_icon(vm.available, vm.activityId, size=12))
        self.presence_button.setAccessibleName(f"Your presence: {text}")

    # --------------------------------------------------------------------------------- actions
    def _update_call_actions(self, *_args: object) -> None:
        """Each call action is on exactly when a call's card offers it; a paired entry (hold ↔
        resume, mute ↔ unmute, start ↔ stop recording…) says what it will do."""
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
            self.statusBar().showMessage("There is no call to do that to right now", 4000)
            return
        calls_vm.selectedCallId = cid
        self.raise_window()
        card.run_operation(calls_vm.shortcut_operation(name, cid).name)

    def tab_pages(self) -> list[tuple[str, QTabWidget, QWidget]]:
        """The tabs the View menu's "Go to" brings to the front: (name, tab widget, page). The tab
        titles carry no Alt+letter of their own (Qt makes those window-wide, where the menus and the
        pages' buttons have theirs); the menu's entries do, within the menu."""
        ws = self.workspace
        pages = [("dial", self.left_tabs, self.dial_section), ("presence", self.left_tabs, self.presence_section),
                 ("contacts", self.follow_tabs, ws.contacts), ("colleagues", self.follow_tabs, ws.colleagues),
                 ("book", self.follow_tabs, ws.book), ("group_log", self.follow_tabs, ws.group_log),
                 ("history", self.follow_tabs, ws.history), ("supervision", self.follow_tabs, ws.supervision)]
        return [(name, tabs, page) for name, tabs, page in pages if page is not None]

    def go_to_tab(self, name: str) -> None:
        """Bring tab ``name`` (see :meth:`tab_pages`) to the front, shown first if it was hidden,
        and put the keyboard focus in it."""
        tabs, page = next((t, p) for n, t, p in self.tab_pages() if n == name)
        if name in ("dial", "presence"):
            self.show_left_tab(name)
        else:
            self.set_panel_visible("contacts", True)
            if not tabs.isTabVisible(tabs.indexOf(page)):
                self.statusBar().showMessage("That tab is not offered for this account", 4000)
                return
            tabs.setCurrentWidget(page)
        self.raise_window()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if page.focusWidget() is None or not page.isAncestorOf(QApplication.focusWidget()):
            page.focusNextChild()

    def focus_dial(self) -> None:
        self.show_left_tab("dial")
        self.raise_window()
        self.workspace.dial.focus_number()

    def focus_search(self) -> None:
        self.set_panel_visible("contacts", True)
        self.follow_tabs.setCurrentWidget(self.workspace.contacts)
        self.raise_window()
        self.workspace.contacts.focus_search()

    def _update_supervision_tab(self) -> None:
        ws = self.workspace
        self.follow_tabs.setTabVisible(self.follow_tabs.indexOf(ws.supervision), ws.supervision_vm.available)

    def _update_title(self) -> None:
        """The title (and the history tab) count unseen missed calls, so they are seen from afar."""
        missed = self.workspace.history_vm.unseenMissed
        self.setWindowTitle(f"({missed}) {self.vm.title}" if missed else self.vm.title)
        index = self.follow_tabs.indexOf(self.workspace.history)
        self.follow_tabs.setTabText(index, f"Call history ({missed})" if missed else "Call history")
        self.follow_tabs.setTabToolTip(
            index, f"Your missed, incoming and outgoing calls — {missed} missed call{'s' if missed != 1 else ''} "
                   "not seen yet" if missed else "Your missed, incoming and outgoing calls")

    def open_wallboard(self) -> QWidget:
        """Open (or bring forward) the live queue wallboard for this session."""
        from cti_desktop.ui.wallboard import open_wallboard

        if self.wallboard is None:
            self.wallboard = open_wallboard(self.workspace.bridge.session, self.settings,
                                            notifier=self.workspace.notifier)
            self.wallboard.closed.connect(self._wallboard_closed)
        self.wallboard.show()
        self.wallboard.raise_()
        self.wallboard.activateWindow()
        return self.wallboard

    def _wallboard_closed(self) -> None:
        self.wallboard = None

    def open_webhook_settings(self) -> QWidget | None:
        """Open (or bring forward) the webhook subscriptions window of the account's phone system."""
        from cti_desktop.ui.webhook_settings import WebhookSettingsDialog
        from cti_desktop.viewmodels.webhook_settings import WebhookSettingsViewModel

        dialog = self._webhooks_dialog
        if dialog is None:
            vm = WebhookSettingsViewModel.for_session(self.workspace.bridge.session, self)
            if vm is None:
                return None
            dialog = self._webhooks_dialog = WebhookSettingsDialog(vm, self)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def open_devices(self) -> QWidget | None:
        """Open (or bring forward) the "My devices" window, when the phone system offers it."""
        from cti_desktop.ui.devices import DevicesWindow
        from cti_desktop.viewmodels.devices import DevicesViewModel

        window = self._devices_window
        if window is None:
            vm = DevicesViewModel.for_bridge(self.workspace.bridge, self)
            if vm is None:
                return None
            vm.renamed.connect(lambda _device: self.workspace.dial_vm.load())  # the dial pad shows the names
            window = self._devices_window = DevicesWindow(vm, self)
            vm.load()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

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
        if not self._column_sized:
            self._column_sized = True
            # the tabs get the height they need; the queues (and their badges) get the rest
            total = sum(self.left_splitter.sizes())
            top = self.left_tabs_frame.sizeHint().height()
            if total > top + self.queues_section.minimumSizeHint().height():
                self.left_splitter.setSizes([top, total - top])

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_geometry()
        if self.tray_available and not self._quitting:
            event.ignore()
            self.hide()
            self.hiddenToTray.emit()
            return
        event.accept()
        if not self._quitting:
            self._quitting = True
            self.quitRequested.emit()

    def detach(self) -> None:
        self.notices.attach(None)
        self.vm.shutdown()


__all__ = ["MainWindow", "Workspace", "SHORTCUTS"]
