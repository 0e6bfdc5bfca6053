"""The main window: the connection in words, notices, and the panels an agent works with all day.

Layout: a header (who is signed in, the connection indicator), the notice banners, then a splitter
with a left column (presence, dial pad, queues) and the main area (calls on top, prominent; contact
search below). Every call action has a menu entry with a shortcut (shown in the menus and the
tooltips) that acts on the obvious call, so the whole app works without a mouse.

:class:`Workspace` builds the panels' view-models and widgets for one session and owns their
lifetimes (``start()`` once the loop runs, ``await aclose()`` before the session closes).
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from cti_desktop import __version__
from cti_desktop.core.settings import Profile, Settings, SettingsStore, log_dir
from cti_desktop.viewmodels.main_window import APP_TITLE, MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

from .connection_indicator import ConnectionIndicator
from .icons import APP, icon
from .notices import NoticeArea, NoticeCenter

log = logging.getLogger(__name__)

#: name → (menu text, shortcut, tooltip)
SHORTCUTS: dict[str, tuple[str, str, str]] = {
    "answer": ("&Answer", "Ctrl+Shift+A", "Answer the ringing call"),
    "hangup": ("&Hang up", "Ctrl+Shift+H", "Hang up, reject or cancel the selected call"),
    "hold": ("H&old / resume", "Ctrl+Shift+O", "Put the selected call on hold, or resume it"),
    "mute": ("&Mute / unmute", "Ctrl+Shift+M", "Mute or unmute your microphone on the selected call"),
    "transfer": ("&Transfer…", "Ctrl+Shift+T", "Type where to transfer the selected call"),
    "dial": ("&Dial a number", "Ctrl+D", "Go to the number box of the dial pad"),
    "search": ("&Find a contact", "Ctrl+F", "Go to the contact search"),
    "quit": ("&Quit", "Ctrl+Q", "Sign out of this computer's session and quit"),
}


@dataclass
class Workspace:
    """The panels for one signed-in session: view-models and their widgets."""

    bridge: SessionBridge
    profile: Profile | None
    calls_vm: Any
    calls: Any
    dial_vm: Any
    dial: Any
    queues_vm: Any
    queues: Any
    contacts_vm: Any
    contacts: Any
    presence_vm: Any
    presence: Any
    screen_pop_vm: Any
    screen_pop: Any
    notifier: Any
    _closed: bool = field(default=False, repr=False)

    @classmethod
    def build(cls, bridge: SessionBridge, profile: Profile | None, settings: Settings) -> "Workspace":
        from cti_desktop.ui.call_panel import CallPanel
        from cti_desktop.ui.contact_search import ContactSearch
        from cti_desktop.ui.dial_pad import DialPad
        from cti_desktop.ui.notifications import DesktopNotifier
        from cti_desktop.ui.presence_panel import PresencePanel
        from cti_desktop.ui.queue_toggles import QueueToggles
        from cti_desktop.ui.screen_pop import ScreenPopController
        from cti_desktop.viewmodels.call_panel import CallPanelViewModel
        from cti_desktop.viewmodels.contacts import ContactSearchViewModel
        from cti_desktop.viewmodels.dial_pad import DialPadViewModel
        from cti_desktop.viewmodels.presence import PresenceViewModel
        from cti_desktop.viewmodels.queues import QueuesViewModel
        from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel

        region = profile.default_region if profile else "SE"
        calls_vm = CallPanelViewModel(bridge)
        dial_vm = DialPadViewModel(bridge, default_region=region)
        queues_vm = QueuesViewModel(bridge)
        if profile is not None:
            queues_vm.loginAtStart = profile.login_at_start
            queues_vm.logoutAtExit = profile.logout_at_exit
        contacts_vm = ContactSearchViewModel(bridge)
        presence_vm = PresenceViewModel(bridge)
        screen_pop_vm = ScreenPopViewModel(
            bridge, region=region, record_url_template=profile.record_url_template if profile else ""
        )
        notifier = DesktopNotifier()
        return cls(
            bridge=bridge,
            profile=profile,
            calls_vm=calls_vm,
            calls=CallPanel(calls_vm),
            dial_vm=dial_vm,
            dial=DialPad(dial_vm),
            queues_vm=queues_vm,
            queues=QueueToggles(queues_vm),
            contacts_vm=contacts_vm,
            contacts=ContactSearch(contacts_vm),
            presence_vm=presence_vm,
            presence=PresencePanel(presence_vm),
            screen_pop_vm=screen_pop_vm,
            screen_pop=ScreenPopController(screen_pop_vm, notifier),
            notifier=notifier,
        )

    def start(self) -> None:
        """Load what the panels show. Call once the loop runs."""
        self.calls_vm.load()
        self.dial_vm.load()
        self.bridge.session.spawn(self.queues_vm.on_start(), name="queues-on-start")

    async def aclose(self, exit_timeout: float = 3.0) -> None:
        """Queue log-out at exit (bounded), then stop every panel's background work."""
        if self._closed:
            return
        self._closed = True
        import asyncio

        try:
            await asyncio.wait_for(self.queues_vm.on_exit(), exit_timeout + 1.0)
        except asyncio.TimeoutError:
            log.warning("queue log-out at exit did not finish in time")
        for closer in (self.queues_vm.aclose, self.presence_vm.aclose, self.contacts_vm.aclose):
            try:
                await asyncio.wait_for(closer(), 3.0)
            except asyncio.TimeoutError:
                log.warning("%s did not stop in time", closer)
        self.screen_pop_vm.shutdown()
        self.calls_vm.detach()
        self.bridge.detach()


def _section(title: str, body: QWidget, *, name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("section")
    frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 10, 12, 12)
    layout.setSpacing(6)
    heading = QLabel(title)
    heading.setObjectName("sectionTitle")
    heading.setAccessibleName(f"{name} heading")
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return frame


STYLE = """
QMainWindow { background: #eef1f5; }
QFrame#section { background: palette(base); border: 1px solid #d5dbe3; border-radius: 8px; }
QLabel#sectionTitle { font-size: 10.5pt; font-weight: 600; color: #33475b; padding-bottom: 2px; }
QFrame#header { background: palette(base); border-bottom: 1px solid #d5dbe3; }
QLabel#accountLabel { font-size: 12pt; font-weight: 600; color: #1f2d3d; }
QLabel#accountSub { color: #5b6b7c; }
QSplitter::handle { background: transparent; }
"""


class MainWindow(QMainWindow):
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
        self.presence_section = _section("Presence", ws.presence, name="Presence")
        self.dial_section = _section("Dial", ws.dial, name="Dial pad")
        self.queues_section = _section("Queues", ws.queues, name="Queues")
        self.calls_section = _section("Calls", ws.calls, name="Calls")
        self.contacts_section = _section("Contacts", ws.contacts, name="Contacts")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.setSpacing(10)
        left_layout.addWidget(self.presence_section)
        left_layout.addWidget(self.dial_section)
        left_layout.addWidget(self.queues_section, 1)
        left_scroll = QScrollArea()
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QFrame.Shape.NoFrame)
        left_scroll.setWidget(left)
        left_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = left_scroll.verticalScrollBar().sizeHint().width()
        left_scroll.setMinimumWidth(max(340, left.minimumSizeHint().width() + bar + 6))
        left_scroll.setAccessibleName("Presence, dial pad and queues")
        left_scroll.setStyleSheet("QScrollArea { background: transparent; } QScrollArea > QWidget > QWidget { background: transparent; }")

        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        self.right_splitter.setChildrenCollapsible(False)
        self.right_splitter.addWidget(self.calls_section)
        self.right_splitter.addWidget(self.contacts_section)
        self.right_splitter.setStretchFactor(0, 3)
        self.right_splitter.setStretchFactor(1, 2)
        self.right_splitter.setHandleWidth(10)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(self.right_splitter)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([left_scroll.minimumWidth(), 1180 - left_scroll.minimumWidth()])
        self.splitter.setHandleWidth(10)
        body_layout.addWidget(self.splitter, 1)
        outer.addWidget(body, 1)
        self.setCentralWidget(central)

        self.actions: dict[str, QAction] = {}
        self._build_menus()
        self._set_tab_order()

        vm.titleChanged.connect(lambda: self.setWindowTitle(vm.title))
        self.setWindowTitle(vm.title)
        vm.bridge.callsChanged.connect(self._update_call_actions)
        vm.connectionChanged.connect(self._update_call_actions)
        ws.calls_vm.selectedCallIdChanged.connect(self._update_call_actions)
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
        self.connection = ConnectionIndicator(self.vm)
        self.connection.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        layout.addWidget(self.connection, 0, Qt.AlignmentFlag.AlignVCenter)
        return header

    def _action(self, name: str, slot, *, menu_text: str | None = None, shortcut: str | None = None,
                tip: str | None = None) -> QAction:
        text, default_shortcut, default_tip = SHORTCUTS.get(name, (menu_text or name, "", tip or ""))
        action = QAction(menu_text or text, self)
        shortcut = shortcut if shortcut is not None else default_shortcut
        tip = tip or default_tip
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            readable = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({readable})")
        else:
            action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        self.actions[name] = action
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName("Menu bar")
        file_menu = bar.addMenu("&File")
        file_menu.addAction(self._action("switch_profile", self.switchProfileRequested.emit, menu_text="S&witch account…",
                                         shortcut="", tip="Sign out and sign in with another saved account"))
        file_menu.addAction(self._action("sign_out", self.signOutRequested.emit, menu_text="Sign &out",
                                         shortcut="", tip="Sign out and show the sign-in window"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.request_quit))

        calls_menu = bar.addMenu("&Calls")
        for name in ("answer", "hangup", "hold", "mute", "transfer"):
            calls_menu.addAction(self._action(name, lambda _checked=False, n=name: self.call_shortcut(n)))
        calls_menu.addSeparator()
        calls_menu.addAction(self._action("dial", self.focus_dial))
        calls_menu.addAction(self._action("search", self.focus_search))

        queues_menu = bar.addMenu("&Queues")
        queues_menu.addAction(self._action("queues_in", lambda: self.workspace.queues_vm.logInAll(),
                                           menu_text="Log &in to all queues", shortcut="",
                                           tip="Log in to every queue you belong to"))
        queues_menu.addAction(self._action("queues_out", lambda: self.workspace.queues_vm.logOutAll(),
                                           menu_text="Log &out of all queues", shortcut="",
                                           tip="Log out of every queue"))

        view_menu = bar.addMenu("&View")
        for name, text, section in (
            ("view_presence", "&Presence", self.presence_section),
            ("view_dial", "&Dial pad", self.dial_section),
            ("view_queues", "&Queues", self.queues_section),
            ("view_contacts", "&Contacts", self.contacts_section),
        ):
            action = self._action(name, lambda _checked=False, n=name, w=section: w.setVisible(self.actions[n].isChecked()),
                                  menu_text=text, shortcut="", tip=f"Show or hide the {text.replace('&', '').lower()} panel")
            action.setCheckable(True)
            action.setChecked(True)
            view_menu.addAction(action)
        view_menu.addSeparator()
        shortcuts = self._action("view_presence_shortcuts",
                                 lambda _checked=False: self.set_presence_shortcuts_visible(self.actions["view_presence_shortcuts"].isChecked()),
                                 menu_text="Presence &shortcuts", shortcut="",
                                 tip="Show or hide the presence shortcut buttons")
        shortcuts.setCheckable(True)
        shortcuts.setChecked(self.settings.presence_shortcuts_visible)
        view_menu.addAction(shortcuts)
        self.set_presence_shortcuts_visible(self.settings.presence_shortcuts_visible)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("shortcuts", self.show_shortcuts, menu_text="&Keyboard shortcuts",
                                         shortcut="F1", tip="List the keyboard shortcuts"))
        help_menu.addAction(self._action("logs", self.open_log_folder, menu_text="Open the &log folder", shortcut="",
                                         tip="Open the folder with the app's log files"))
        help_menu.addSeparator()
        help_menu.addAction(self._action("about", self.show_about, menu_text="&About CTI Desktop", shortcut="",
                                         tip="Version and licence"))

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

    def _set_tab_order(self) -> None:
        ws = self.workspace
        chain = [ws.presence, ws.dial, ws.queues, ws.calls, ws.contacts]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    # --------------------------------------------------------------------------------- actions
    def _update_call_actions(self, *_args: object) -> None:
        selected = self.workspace.calls_vm.selectedCallId
        live = self.vm.live
        for name in ("answer", "hangup", "hold", "mute", "transfer"):
            target = self.vm.target_for(name, selected)
            self.actions[name].setEnabled(live and target is not None)
        hold_target = self.vm.target_for("hold", selected)
        hold = self.actions["hold"]
        hold.setText("Res&ume" if hold_target is not None and hold_target.allows("RESUME") else "H&old")
        mute_target = self.vm.target_for("mute", selected)
        self.actions["mute"].setText("Un&mute" if mute_target is not None and mute_target.allows("UNMUTE") else "&Mute")

    def call_shortcut(self, name: str) -> None:
        """Run the call action ``name`` on the obvious call (see ``MainWindowViewModel.target_for``)."""
        calls_vm = self.workspace.calls_vm
        target = self.vm.target_for(name, calls_vm.selectedCallId)
        if target is None:
            self.statusBar().showMessage("There is no call to do that to right now", 4000)
            return
        cid = target.call_id
        if name == "answer":
            calls_vm.answer(cid)
        elif name == "hangup":
            calls_vm.hangup(cid)
        elif name == "hold":
            calls_vm.toggleHold(cid)
        elif name == "mute":
            calls_vm.toggleMute(cid)
        elif name == "transfer":
            calls_vm.selectedCallId = cid
            card = self.workspace.calls.card(cid)
            if card is not None:
                self.raise_window()
                card.destination.setFocus(Qt.FocusReason.ShortcutFocusReason)
                card.destination.selectAll()

    def focus_dial(self) -> None:
        self.dial_section.setVisible(True)
        self.actions["view_dial"].setChecked(True)
        self.raise_window()
        self.workspace.dial.focus_number()

    def focus_search(self) -> None:
        self.contacts_section.setVisible(True)
        self.actions["view_contacts"].setChecked(True)
        self.raise_window()
        self.workspace.contacts.focus_search()

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

    def show_shortcuts(self) -> None:
        rows = "".join(
            f"<tr><td style='padding-right:18px'>{text.replace('&', '').rstrip('…')}</td>"
            f"<td><b>{QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)}</b></td></tr>"
            for text, key, _tip in SHORTCUTS.values()
        )
        self._info_box("Keyboard shortcuts", f"<table>{rows}</table><p>Tab and Shift+Tab move between the panels; "
                       "Alt opens the menus.</p>")

    def show_about(self) -> None:
        self._info_box(
            "About CTI Desktop",
            f"<h3>CTI Desktop {__version__}</h3><p>A desktop agent for cloud phone systems: call control, "
            "queues, presence and screen-pop.</p><p>Free software under the GNU GPL, version 3 or later.</p>"
            f"<p>Log files: {log_dir()}</p>",
        )

    def _info_box(self, title: str, html: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, html, QMessageBox.StandardButton.Close, self)
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(title)
        box.open()

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.notices.post(f"The log folder is {folder}", "info")

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
