"""The tray icon: presence, queues, the way back to the window, and quit.

Only created when ``QSystemTrayIcon.isSystemTrayAvailable()``; without a tray the window itself is
the way back in (it is never hidden and closing it quits). The icon shows at a glance whether a
call is ringing or the connection is down; a click shows the window.

While a call rings its menu starts with "Answer <caller>" and "Reject"; while a call is active,
"Hang up". They act through the call panel's view-model (its ``answer``/``hangup`` commands, as the
panel's own buttons: Reject is the hang-up of the ringing call), on the call the menu named, and
only while the server offers that action on it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from cti_desktop.core.models import CallStatus
from cti_desktop.core.settings import Settings, SettingsStore
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .icons import TRAY, TRAY_OFFLINE, TRAY_RINGING, icon
from .main_window import MainWindow

TRAY_HINT = QT_TRANSLATE_NOOP("Tray", "CTI Desktop keeps running in the tray, so calls still reach you. Use Quit in its menu to stop it.")


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    quitRequested = Signal()

    def __init__(self, window: MainWindow, settings: Settings, store: SettingsStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from cti_desktop.ui.presence_panel import build_presence_menu

        self.window = window
        self.settings = settings
        self.store = store
        self.icon = QSystemTrayIcon(icon(TRAY), self)
        self.icon.setToolTip(translate("Tray", "CTI Desktop"))
        self.menu = QMenu()
        self.menu.setAccessibleName(translate("Tray", "CTI Desktop tray menu"))
        # The ringing call's and the active call's entries (shown only while there is such a call).
        self.answer_action = QAction(self.menu)
        self.answer_action.setObjectName("trayAnswer")
        self.answer_action.triggered.connect(lambda: self._call_command("answer", self.answer_action))
        self.reject_action = QAction(translate("Tray", "&Reject"), self.menu)
        self.reject_action.setObjectName("trayReject")
        self.reject_action.triggered.connect(lambda: self._call_command("hangup", self.reject_action))
        self.hangup_action = QAction(translate("Tray", "&Hang up"), self.menu)
        self.hangup_action.setObjectName("trayHangup")
        self.hangup_action.triggered.connect(lambda: self._call_command("hangup", self.hangup_action))
        self.call_separator = self.menu.addSeparator()
        for action in (self.answer_action, self.reject_action, self.hangup_action):
            self.menu.insertAction(self.call_separator, action)
        self.show_action = QAction(translate("Tray", "&Show CTI Desktop"), self.menu)
        self.show_action.triggered.connect(window.raise_window)
        self.menu.addAction(self.show_action)
        self.menu.addSeparator()
        caps = window.workspace.bridge.capabilities
        self.presence_menu = build_presence_menu(window.workspace.presence_vm, self.menu)
        self.presence_menu.setTitle(translate("Tray", "&Presence"))
        if caps.presence_write:  # only what the account's phone system can do
            self.menu.addMenu(self.presence_menu)
        queues = window.workspace.queues_vm
        self.queues_in = QAction(translate("Tray", "Log &in to all queues"), self.menu)
        self.queues_in.triggered.connect(lambda: queues.logInAll())
        self.queues_out = QAction(translate("Tray", "Log &out of all queues"), self.menu)
        self.queues_out.triggered.connect(lambda: queues.logOutAll())
        if caps.queues:
            self.menu.addAction(self.queues_in)
            self.menu.addAction(self.queues_out)
        self.menu.addSeparator()
        self.quit_action = QAction(translate("Tray", "&Quit"), self.menu)
        self.quit_action.triggered.connect(self.quitRequested.emit)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        window.hiddenToTray.connect(self._hidden)
        window.vm.connectionChanged.connect(self._refresh)
        window.vm.bridge.callsChanged.connect(self._refresh)
        window.workspace.history_vm.unseenMissedChanged.connect(self._refresh)
        calls_vm = window.workspace.calls_vm
        calls_vm.callsChanged.connect(self._refresh_calls)
        calls_vm.commandsEnabledChanged.connect(self._refresh_calls)
        self._watched_items: set[str] = set()
        self._refresh()
        self.icon.show()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            if self.window.isVisible() and not self.window.isMinimized() and self.window.isActiveWindow():
                self.window.hide()
            else:
                self.window.raise_window()

    def _call_command(self, command: str, action: QAction) -> None:
        """Run the call panel's ``command`` on the call the entry was shown for."""
        call_id = action.data()
        if isinstance(call_id, str) and call_id:
            getattr(self.window.workspace.calls_vm, command)(call_id)

    def _refresh_calls(self, *_args: object) -> None:
        """Answer/Reject for the first ringing call the server lets the person answer; Hang up for
        the active one."""
        calls_vm = self.window.workspace.calls_vm
        items = calls_vm.calls
        for item in items:  # a card's flags change without the list changing
            if item.call.call_id not in self._watched_items:
                self._watched_items.add(item.call.call_id)
                item.changed.connect(self._refresh_calls)
        self._watched_items &= {item.call.call_id for item in items}
        ringing = next((i for i in items if i.call.status == CallStatus.RINGING and i.value("canAnswer")), None)
        active = next((i for i in items if i.call.status == CallStatus.ACTIVE and i.value("canHangup")), None)
        if ringing is not None:
            caller = ringing.call.remote.label
            self.answer_action.setText(translate("Tray", "&Answer {caller}").format(caller=caller.replace("&", "&&")))
            self.answer_action.setData(ringing.call.call_id)
        self.answer_action.setVisible(ringing is not None)
        self.reject_action.setData(ringing.call.call_id if ringing is not None else "")
        self.reject_action.setVisible(ringing is not None and bool(ringing.value("canHangup")))
        self.hangup_action.setData(active.call.call_id if active is not None else "")
        self.hangup_action.setVisible(active is not None)
        self.call_separator.setVisible(ringing is not None or active is not None)

    def _refresh(self, *_args: object) -> None:
        self._refresh_calls()
        vm = self.window.vm
        ringing = [c for c in vm.calls() if c.status == CallStatus.RINGING and c.allows("ANSWER")]
        if ringing:
            self.icon.setIcon(icon(TRAY_RINGING))
            self.icon.setToolTip(translate("Tray", "CTI Desktop — call from {label}").format(label=ringing[0].remote.label))
        elif not vm.live:
            self.icon.setIcon(icon(TRAY_OFFLINE))
            self.icon.setToolTip(translate("Tray", "CTI Desktop — {connectionText}").format(connectionText=vm.connectionText))
        else:
            self.icon.setIcon(icon(TRAY))
            self.icon.setToolTip(translate("Tray", "CTI Desktop — {accountLabel}").format(accountLabel=vm.accountLabel))
        missed = self.window.workspace.history_vm.unseenMissed
        if missed:
            self.icon.setToolTip(translate("Tray", "{tooltip} — %n missed calls not seen yet", None, missed).format(tooltip=self.icon.toolTip()))

    def _hidden(self) -> None:
        if self.settings.tray_hint_shown:
            return
        self.icon.showMessage(translate("Tray", "CTI Desktop"), translate("Tray", TRAY_HINT), icon(TRAY), 8000)
        self.settings.tray_hint_shown = True
        try:
            self.store.save(self.settings)
        except OSError:
            pass

    def hide(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()
