"""The main window's menus and keyboard shortcuts.

:data:`SHORTCUTS` names every action with a shortcut; :class:`WindowMenus` (mixed into the main
window) builds the menu bar from it, so every call action has a menu entry with its shortcut shown
in the menu and the tooltip, and owns the Help menu's windows (shortcuts, about, log folder). The
call actions, their menu words, submenus and keys come from the call-operation table
(:mod:`cti_desktop.core.call_operations`); the shortcuts help (F1) lists the same entries.

The window it is mixed into provides ``actions`` (name → QAction), ``workspace``, ``settings``,
``notices``, the ``switchProfileRequested``/``signOutRequested`` signals and the slots the menus
call (``request_quit``, ``call_shortcut``, ``focus_dial``, ``focus_search``, ``set_panel_visible``,
``open_wallboard``, ``open_webhook_settings``, ``set_presence_shortcuts_visible``).

File › Settings… (:meth:`WindowMenus.open_settings`) opens the settings dialog; what it saves is
applied to this window at once: the pops' settings, the call actions' keys
(:meth:`WindowMenus.apply_call_shortcuts`, also run when the menus are built, from the
``[shortcuts]`` of the settings), an open wallboard's thresholds, after-call work (the session's
view-model takes the new ``[after_call]``), and the theme through :attr:`WindowMenus.theme_chosen`
(a function the app sets).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMessageBox

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop import __version__
from cti_desktop.core.settings import log_dir

#: The window's own actions with a shortcut: name → (menu text, shortcut, tooltip).
_WINDOW_SHORTCUTS: dict[str, tuple[str, str, str]] = {
    "dial": (QT_TRANSLATE_NOOP("Menus", "&Dial a number"), "Ctrl+D", QT_TRANSLATE_NOOP("Menus", "Go to the number box of the dial pad")),
    "search": (QT_TRANSLATE_NOOP("Menus", "F&ind a contact"), "Ctrl+F", QT_TRANSLATE_NOOP("Menus", "Go to the contact search")),
    "wallboard": (QT_TRANSLATE_NOOP("Menus", "&Wallboard"), "Ctrl+Shift+W", QT_TRANSLATE_NOOP("Menus", "Live statistics of the queues you supervise")),
    "quit": (QT_TRANSLATE_NOOP("Menus", "&Quit"), "Ctrl+Q", QT_TRANSLATE_NOOP("Menus", "Sign out of this computer's session and quit")),
}


@functools.cache
def _tables() -> tuple[tuple[str, ...], dict[str, tuple[str, str, str]], tuple, Mapping[str, str]]:
    """(:data:`CALL_SHORTCUTS`, :data:`SHORTCUTS`, the call operations with a shortcut, their menu
    groups' titles), made from the call-operation table on first use: the main window's
    "Connecting…" state has no menus, and the table (with the call models) is not imported before
    the first window is on the screen."""
    from cti_desktop.core.call_operations import MENU_GROUPS, SHORTCUT_OPERATIONS

    calls = tuple(op.name for op in SHORTCUT_OPERATIONS)
    shortcuts = {**{op.name: (op.menu, op.shortcut, op.menu_tip) for op in SHORTCUT_OPERATIONS}, **_WINDOW_SHORTCUTS}
    return calls, shortcuts, tuple(SHORTCUT_OPERATIONS), MENU_GROUPS


def __getattr__(name: str) -> Any:
    """``CALL_SHORTCUTS`` (the call operations with a Calls menu entry and a keyboard shortcut, from
    the operation table) and ``SHORTCUTS`` (name → (menu text, shortcut, tooltip) of every action
    with a shortcut), made on first use."""
    if name == "CALL_SHORTCUTS":
        return _tables()[0]
    if name == "SHORTCUTS":
        return _tables()[1]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

#: View › Go to: the main window's tabs (``MainWindow.tab_pages`` names) → menu text and key. The
#: tab titles have no Alt+letter (those would be window-wide and meet the menus' and the pages'
#: buttons); these entries have theirs within the menu.
GO_TO_TABS: dict[str, tuple[str, str]] = {
    "dial": (QT_TRANSLATE_NOOP("Menus", "&Dial pad"), "Ctrl+1"),
    "presence": (QT_TRANSLATE_NOOP("Menus", "&Presence"), "Ctrl+2"),
    "contacts": (QT_TRANSLATE_NOOP("Menus", "&Contacts"), "Ctrl+3"),
    "colleagues": (QT_TRANSLATE_NOOP("Menus", "Co&lleagues"), "Ctrl+4"),
    "book": (QT_TRANSLATE_NOOP("Menus", "&My contacts"), "Ctrl+5"),
    "group_log": (QT_TRANSLATE_NOOP("Menus", "&Group call log"), "Ctrl+6"),
    "history": (QT_TRANSLATE_NOOP("Menus", "Call &history"), "Ctrl+7"),
    "supervision": (QT_TRANSLATE_NOOP("Menus", "&Supervise"), "Ctrl+8"),
}


#: File › Settings…: its key (the common one for preferences).
SETTINGS_KEY = "Ctrl+,"


def _shown(name: str, text: str) -> str:
    """A :data:`SHORTCUTS` text in the agent's language (the call operations' words are the operation table's)."""
    CALL_SHORTCUTS = _tables()[0]
    return translate("CallOperations" if name in CALL_SHORTCUTS else "Menus", text) if text else text


def reserved_keys() -> dict[str, str]:
    """The window's keys that are not a call action's (key → what it does): the settings dialog
    refuses them for a call action."""
    CALL_SHORTCUTS, SHORTCUTS = _tables()[:2]
    from .colleagues import PICK_UP_SHORTCUT  # the panel's own key (its module is not needed before)

    keys = {key: _shown(name, text).replace("&", "") for name, (text, key, _tip) in SHORTCUTS.items()
            if name not in CALL_SHORTCUTS and key}
    keys.update({key: translate("Menus", "Go to {tab}").format(tab=translate("Menus", text).replace("&", ""))
                 for text, key in GO_TO_TABS.values()})
    keys.update({"F1": translate("Menus", "Keyboard shortcuts"), SETTINGS_KEY: translate("Menus", "Settings"),
                 PICK_UP_SHORTCUT: translate("Menus", "Pick up a colleague's ringing call")})
    return keys


def shortcut_sections(keys: Mapping[str, str] | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """What the shortcuts help lists: (section title, [(what, key as the platform writes it)]),
    the call actions in the Calls menu's order (its submenus as sections of their own), then the rest.
    ``keys``: the call actions' keys in use (name → key; by default the operation table's)."""
    CALL_SHORTCUTS, SHORTCUTS, SHORTCUT_OPERATIONS, MENU_GROUPS = _tables()
    from .colleagues import PICK_UP_SHORTCUT  # the panel's own key (its module is not needed before)

    def plain(text: str) -> str:
        return text.replace("&", "").rstrip("…")

    def key(name: str) -> str:
        chosen = keys[name] if keys is not None and name in keys else SHORTCUTS[name][1]
        return QKeySequence(chosen).toString(QKeySequence.SequenceFormat.NativeText) or translate("Menus", "none")

    calls = translate("Menus", "Calls")
    sections: dict[str, list[tuple[str, str]]] = {calls: []}
    for op in SHORTCUT_OPERATIONS:
        title = (translate("Menus", "Calls › {group}").format(group=plain(translate("CallOperations", MENU_GROUPS[op.menu_group])))
                 if op.menu_group else calls)
        sections.setdefault(title, []).append((plain(translate("CallOperations", op.menu)), key(op.name)))
    window = translate("Menus", "Window")
    sections[window] = [(plain(_shown(name, text)), key(name)) for name, (text, _key, _tip) in SHORTCUTS.items()
                        if name not in CALL_SHORTCUTS]
    sections[window].append((translate("Menus", "Keyboard shortcuts (this list)"), "F1"))
    sections[window].append((translate("Menus", "Settings"),
                             QKeySequence(SETTINGS_KEY).toString(QKeySequence.SequenceFormat.NativeText)))
    sections[window].append((translate("Menus", "Pick up a colleague's ringing call"),
                             QKeySequence(PICK_UP_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)))
    native = QKeySequence.SequenceFormat.NativeText
    sections[translate("Menus", "Go to a tab")] = [(plain(translate("Menus", text)), QKeySequence(key).toString(native))
                                                   for text, key in GO_TO_TABS.values()]
    return list(sections.items())


def shortcuts_html(keys: Mapping[str, str] | None = None) -> str:
    """The shortcuts help as rich text: one two-column table, a heading row per section."""
    rows = []
    for title, entries in shortcut_sections(keys):
        rows.append(f"<tr><td colspan='2' style='padding-top:8px'><b>{title}</b></td></tr>")
        rows.extend(f"<tr><td style='padding-right:24px'>{what}</td><td><b>{key}</b></td></tr>"
                    for what, key in entries)
    return (f"<table>{''.join(rows)}</table><p>"
            + translate("Menus", "Each call action acts on the selected call, or on the call it fits best. Tab and "
                        "Shift+Tab move through the calls first, then the other panels; Alt opens the menus.")
            + "</p>")


class WindowMenus:
    """The menu bar and the Help menu's windows of :class:`~cti_desktop.ui.main_window.MainWindow`."""

    #: What applies a theme the settings dialog saved ("system", "light", "dark"); the app sets it.
    theme_chosen: Callable[[str], None] | None = None
    #: The settings dialog while it is open.
    settings_dialog = None

    def _action(self, name: str, slot, *, menu_text: str | None = None, shortcut: str | None = None,
                tip: str | None = None) -> QAction:
        SHORTCUTS = _tables()[1]
        text, default_shortcut, default_tip = SHORTCUTS.get(name, (menu_text or name, "", tip or ""))
        if name in SHORTCUTS:
            text, default_tip = _shown(name, text), _shown(name, default_tip)
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
        SHORTCUT_OPERATIONS, MENU_GROUPS = _tables()[2:]
        bar = self.menuBar()
        bar.setAccessibleName(translate("Menus", "Menu bar"))
        file_menu = bar.addMenu(translate("Menus", "&File"))
        file_menu.addAction(self._action("switch_profile", self.switchProfileRequested.emit, menu_text=translate("Menus", "S&witch account…"),
                                         shortcut="", tip=translate("Menus", "Sign out and sign in with another saved account")))
        file_menu.addAction(self._action("sign_out", self.signOutRequested.emit, menu_text=translate("Menus", "Sign &out"),
                                         shortcut="", tip=translate("Menus", "Sign out and show the sign-in window")))
        webhooks = self.workspace.bridge.webhooks
        if webhooks is not None:
            file_menu.addAction(self._action("webhooks", lambda _checked=False: self.open_webhook_settings(),
                                             menu_text=translate("Menus", "&Webhooks…"), shortcut="",
                                             tip=translate("Menus", "{vendor}'s call-notification subscriptions: list, create, enable or disable, delete").format(vendor=webhooks.vendor)))
        if self.workspace.bridge.device_settings is not None:
            file_menu.addAction(self._action("devices", lambda _checked=False: self.open_devices(),
                                             menu_text=translate("Menus", "My &devices…"), shortcut="",
                                             tip=translate("Menus", "Your phones and softphones: their details, and the names they go by")))
        file_menu.addAction(self._action("settings", lambda _checked=False: self.open_settings(),
                                         menu_text=translate("Menus", "S&ettings…"), shortcut=SETTINGS_KEY,
                                         tip=translate("Menus", "Pops, theme, language, wallboard levels, after-call work and keys")))
        file_menu.addSeparator()
        file_menu.addAction(self._action("quit", self.request_quit))

        calls_menu = bar.addMenu(translate("Menus", "&Calls"))
        submenus = {}
        for op in SHORTCUT_OPERATIONS:
            menu = calls_menu
            if op.menu_group:
                if op.menu_group not in submenus:
                    submenus[op.menu_group] = calls_menu.addMenu(translate("CallOperations", MENU_GROUPS[op.menu_group]))
                menu = submenus[op.menu_group]
            menu.addAction(self._action(op.name, lambda _checked=False, n=op.name: self.call_shortcut(n)))
        from cti_desktop.viewmodels.settings_dialog import effective_shortcuts

        self.apply_call_shortcuts(effective_shortcuts(self.settings.shortcuts))
        calls_menu.addSeparator()
        forwarding = self.workspace.forwarding
        if forwarding is not None and forwarding.vm.supported:  # only where the phone system forwards calls
            calls_menu.addAction(self._action("forwarding", lambda _checked=False: forwarding.open_dialog(),
                                              menu_text=translate("Menus", "For&ward my calls…"), shortcut="",
                                              tip=translate("Menus", "Forward every call to another number, or turn forwarding off")))
        calls_menu.addAction(self._action("dial", self.focus_dial))
        calls_menu.addAction(self._action("search", self.focus_search))

        queues_menu = bar.addMenu(translate("Menus", "&Queues"))
        queues_menu.addAction(self._action("queues_in", lambda: self.workspace.queues_vm.logInAll(),
                                           menu_text=translate("Menus", "Log &in to all queues"), shortcut="",
                                           tip=translate("Menus", "Log in to every queue you belong to")))
        queues_menu.addAction(self._action("queues_out", lambda: self.workspace.queues_vm.logOutAll(),
                                           menu_text=translate("Menus", "Log &out of all queues"), shortcut="",
                                           tip=translate("Menus", "Log out of every queue")))
        queues_menu.menuAction().setVisible(self.workspace.bridge.capabilities.queues)

        view_menu = bar.addMenu(translate("Menus", "&View"))
        for name, text in (
            ("view_dial", translate("Menus", "&Dial pad")),
            ("view_presence", translate("Menus", "&Presence")),
            ("view_queues", translate("Menus", "&Queues")),
            ("view_contacts", translate("Menus", "&Contacts")),
        ):
            action = self._action(name, lambda _checked=False, n=name: self.set_panel_visible(n[5:], self.actions[n].isChecked()),
                                  menu_text=text, shortcut="", tip=translate("Menus", "Show or hide the {lower} panel").format(lower=text.replace('&', '').lower()))
            action.setCheckable(True)
            action.setChecked(True)
            view_menu.addAction(action)
        go_to = view_menu.addMenu(translate("Menus", "&Go to"))
        for name, _tabs, _page in self.tab_pages():
            text, key = GO_TO_TABS[name]
            text = translate("Menus", text)
            go_to.addAction(self._action(f"go_{name}", lambda _checked=False, n=name: self.go_to_tab(n),
                                         menu_text=text, shortcut=key,
                                         tip=translate("Menus", "Bring the {lower} tab to the front").format(lower=text.replace('&', '').lower())))
        view_menu.addSeparator()
        wallboard = self._action("wallboard", lambda _checked=False: self.open_wallboard())
        if not self.workspace.bridge.capabilities.queue_stats:
            wallboard.setEnabled(False)
            wallboard.setToolTip(translate("Menus", "This phone system offers no queue statistics to the app"))
        view_menu.addAction(wallboard)
        view_menu.addSeparator()
        shortcuts = self._action("view_presence_shortcuts",
                                 lambda _checked=False: self.set_presence_shortcuts_visible(self.actions["view_presence_shortcuts"].isChecked()),
                                 menu_text=translate("Menus", "Presence &shortcuts"), shortcut="",
                                 tip=translate("Menus", "Show or hide the presence shortcut buttons"))
        shortcuts.setCheckable(True)
        shortcuts.setChecked(self.settings.presence_shortcuts_visible)
        view_menu.addAction(shortcuts)
        self.set_presence_shortcuts_visible(self.settings.presence_shortcuts_visible)

        help_menu = bar.addMenu(translate("Menus", "&Help"))
        help_menu.addAction(self._action("shortcuts", self.show_shortcuts, menu_text=translate("Menus", "&Keyboard shortcuts"),
                                         shortcut="F1", tip=translate("Menus", "List the keyboard shortcuts")))
        help_menu.addAction(self._action("logs", self.open_log_folder, menu_text=translate("Menus", "Open the &log folder"), shortcut="",
                                         tip=translate("Menus", "Open the folder with the app's log files")))
        help_menu.addSeparator()
        help_menu.addAction(self._action("about", self.show_about, menu_text=translate("Menus", "&About CTI Desktop"), shortcut="",
                                         tip=translate("Menus", "Version and licence")))

    def _settings_closed(self, _result: int = 0) -> None:
        self.settings_dialog = None

    def show_shortcuts(self) -> None:
        CALL_SHORTCUTS = _tables()[0]
        portable = QKeySequence.SequenceFormat.PortableText
        keys = {name: self.actions[name].shortcut().toString(portable) for name in CALL_SHORTCUTS if name in self.actions}
        self._info_box(translate("Menus", "Keyboard shortcuts"), shortcuts_html(keys))

    def apply_call_shortcuts(self, keys: Mapping[str, str]) -> None:
        """Give the call actions these keys (name → key in portable text, "" for none)."""
        SHORTCUTS = _tables()[1]
        for name, key in keys.items():
            action = self.actions.get(name)
            if action is None:
                continue
            tip = _shown(name, SHORTCUTS[name][2])
            sequence = QKeySequence.fromString(key, QKeySequence.SequenceFormat.PortableText)
            action.setShortcut(sequence)
            readable = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({readable})" if readable else tip)

    def open_settings(self):
        """Open (or bring forward) the settings dialog; what it saves applies to this window at once."""
        from cti_desktop.core.queue_board import ThresholdConfig
        from cti_desktop.ui.settings_dialog import SettingsDialog
        from cti_desktop.viewmodels.settings_dialog import SettingsDialogViewModel

        dialog = self.settings_dialog
        if dialog is None:
            vm = SettingsDialogViewModel(self.settings, self.store, reserved_keys=reserved_keys(), parent=self)
            vm.popsChanged.connect(self.workspace.screen_pop.set_settings)
            vm.shortcutsChanged.connect(self.apply_call_shortcuts)

            def thresholds(mapping: dict) -> None:
                if self.wallboard is not None:
                    self.wallboard.vm.set_thresholds(ThresholdConfig.from_mapping(mapping or None))

            vm.thresholdsChanged.connect(thresholds)
            if self.workspace.after_call_vm is not None:
                vm.afterCallChanged.connect(self.workspace.after_call_vm.set_settings_table)
            vm.themeChosen.connect(lambda choice: self.theme_chosen(choice) if self.theme_chosen is not None else None)
            from cti_desktop.viewmodels.anywhere_settings import AnywhereSettingsViewModel

            anywhere = AnywhereSettingsViewModel(self.settings, self.store, parent=self)
            if self.workspace.global_keys is not None:  # new keys are listened for at once
                anywhere.globalKeysChanged.connect(self.workspace.global_keys.start)
            dialog = self.settings_dialog = SettingsDialog(vm, self, anywhere=anywhere)
            vm.setParent(dialog)
            anywhere.setParent(dialog)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(self._settings_closed)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def show_about(self) -> None:
        self._info_box(
            translate("Menus", "About CTI Desktop"),
            f"<h3>CTI Desktop {__version__}</h3><p>"
            + translate("Menus", "A desktop agent for cloud phone systems: call control, queues, presence and screen-pop.")
            + "</p><p>" + translate("Menus", "Free software under the GNU GPL, version 3 or later.") + "</p><p>"
            + translate("Menus", "Log files: {folder}").format(folder=log_dir()) + "</p>",
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
            self.notices.post(translate("Menus", "The log folder is {folder}").format(folder=folder), "info")


__all__ = ["CALL_SHORTCUTS", "GO_TO_TABS", "SETTINGS_KEY", "SHORTCUTS", "WindowMenus", "reserved_keys",
           "shortcut_sections", "shortcuts_html"]
