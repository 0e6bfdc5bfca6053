"""The main window's menus and keyboard shortcuts.

:data:`SHORTCUTS` names every action with a shortcut; :class:`WindowMenus` (mixed into the main
window) builds the menu bar from it, so every call action has a menu entry with its shortcut shown
in the menu and the tooltip, and owns the Help menu's windows (shortcuts, about, log folder).

The window it is mixed into provides ``actions`` (name → QAction), ``workspace``, ``settings``,
``notices``, the ``switchProfileRequested``/``signOutRequested`` signals and the slots the menus
call (``request_quit``, ``call_shortcut``, ``focus_dial``, ``focus_search``, ``set_panel_visible``,
``open_wallboard``, ``open_webhook_settings``, ``set_presence_shortcuts_visible``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from cti_desktop import __version__
from cti_desktop.core.call_operations import SHORTCUT_OPERATIONS
from cti_desktop.core.settings import log_dir

#: name → (menu text, shortcut, tooltip)
#: The call operations with a Calls menu entry and a keyboard shortcut (from the operation table).
CALL_SHORTCUTS = tuple(op.name for op in SHORTCUT_OPERATIONS)

SHORTCUTS: dict[str, tuple[str, str, str]] = {
    **{op.name: (op.menu, op.shortcut, op.menu_tip) for op in SHORTCUT_OPERATIONS},
    "dial": ("&Dial a number", "Ctrl+D", "Go to the number box of the dial pad"),
    "search": ("&Find a contact", "Ctrl+F", "Go to the contact search"),
    "wallboard": ("&Wallboard", "Ctrl+Shift+W", "Live statistics of the queues you supervise"),
    "quit": ("&Quit", "Ctrl+Q", "Sign out of this computer's session and quit"),
}


class WindowMenus:
    """The menu bar and the Help menu's windows of :class:`~cti_desktop.ui.main_window.MainWindow`."""

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
        webhooks = self.workspace.bridge.webhooks
        if webhooks is not None:
            file_menu.addAction(self._action("webhooks", lambda _checked=False: self.open_webhook_settings(),
                                             menu_text="&Webhooks…", shortcut="",
                                             tip=f"{webhooks.vendor}'s call-notification subscriptions: list, create, "
                                                 "enable or disable, delete"))
        from cti_desktop.viewmodels.devices import device_settings_of

        if device_settings_of(self.workspace.bridge.session.backend) is not None:
            file_menu.addAction(self._action("devices", lambda _checked=False: self.open_devices(),
                                             menu_text="My &devices…", shortcut="",
                                             tip="Your phones and softphones: their details, and the names they go by"))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.request_quit))

        calls_menu = bar.addMenu("&Calls")
        for name in CALL_SHORTCUTS:
            calls_menu.addAction(self._action(name, lambda _checked=False, n=name: self.call_shortcut(n)))
        calls_menu.addSeparator()
        forwarding = self.workspace.forwarding
        if forwarding is not None and forwarding.vm.supported:  # only where the phone system forwards calls
            calls_menu.addAction(self._action("forwarding", lambda _checked=False: forwarding.open_dialog(),
                                              menu_text="&Forward my calls…", shortcut="",
                                              tip="Forward every call to another number, or turn forwarding off"))
        calls_menu.addAction(self._action("dial", self.focus_dial))
        calls_menu.addAction(self._action("search", self.focus_search))

        queues_menu = bar.addMenu("&Queues")
        queues_menu.addAction(self._action("queues_in", lambda: self.workspace.queues_vm.logInAll(),
                                           menu_text="Log &in to all queues", shortcut="",
                                           tip="Log in to every queue you belong to"))
        queues_menu.addAction(self._action("queues_out", lambda: self.workspace.queues_vm.logOutAll(),
                                           menu_text="Log &out of all queues", shortcut="",
                                           tip="Log out of every queue"))
        queues_menu.menuAction().setVisible(self.workspace.bridge.capabilities.queues)

        view_menu = bar.addMenu("&View")
        for name, text in (
            ("view_dial", "&Dial pad"),
            ("view_presence", "&Presence"),
            ("view_queues", "&Queues"),
            ("view_contacts", "&Contacts"),
        ):
            action = self._action(name, lambda _checked=False, n=name: self.set_panel_visible(n[5:], self.actions[n].isChecked()),
                                  menu_text=text, shortcut="", tip=f"Show or hide the {text.replace('&', '').lower()} panel")
            action.setCheckable(True)
            action.setChecked(True)
            view_menu.addAction(action)
        view_menu.addSeparator()
        wallboard = self._action("wallboard", lambda _checked=False: self.open_wallboard())
        if not self.workspace.bridge.capabilities.queue_stats:
            wallboard.setEnabled(False)
            wallboard.setToolTip("This phone system offers no queue statistics to the app")
        view_menu.addAction(wallboard)
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


__all__ = ["CALL_SHORTCUTS", "SHORTCUTS", "WindowMenus"]
