"""The main window's header: who is signed in, where calls go, the wrap-up bar, the presence button
and the connection indicator. A mixin of :class:`~cti_desktop.ui.main_window.MainWindow`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.window_words import APP_TITLE

from .connection_indicator import ConnectionIndicator
from .icons import APP, icon
from .presence_dot import presence_icon

log = logging.getLogger("cti_desktop.ui.main_window")


def header_row(account_label: QLabel, account_sub: QLabel) -> tuple[QFrame, QHBoxLayout]:
    """The header frame: the app's logo and the account's two lines at the left, then a stretch;
    the caller adds what stands at the right (connecting, or presence and the connection)."""
    header = QFrame()
    header.setObjectName("header")
    layout = QHBoxLayout(header)
    layout.setContentsMargins(16, 10, 16, 10)
    layout.setSpacing(12)
    logo = QLabel()
    logo.setPixmap(icon(APP).pixmap(32, 32))
    logo.setAccessibleName(translate("MainWindowHeader", "CTI Desktop"))
    layout.addWidget(logo)
    names = QVBoxLayout()
    names.setSpacing(0)
    account_label.setObjectName("accountLabel")
    account_sub.setObjectName("accountSub")
    names.addWidget(account_label)
    names.addWidget(account_sub)
    layout.addLayout(names)
    layout.addStretch(1)
    return header, layout


class WindowHeader:
    """The header row of the signed-in window (mixed into ``MainWindow``)."""

    def _build_header(self) -> QWidget:
        self.account_label = QLabel(self.vm.accountLabel)
        self.account_label.setAccessibleName(translate("MainWindowHeader", "Signed in as"))
        session = self.vm.bridge.session
        server = session.account.server
        self.account_sub = QLabel(f"{APP_TITLE} · {server}")
        self.account_sub.setToolTip(translate("MainWindowHeader", "Signed in to {server}").format(server=server))
        header, layout = header_row(self.account_label, self.account_sub)
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
            from .presence_panel import build_presence_menu

            self.presence_button.setMenu(build_presence_menu(self.workspace.presence_vm, self.presence_button))
            self.presence_button.setToolTip(translate("MainWindowHeader", "Your presence. Click to change it."))
        else:
            self.presence_button.setToolTip(translate("MainWindowHeader", "Your presence. {note}").format(
                note=self.workspace.presence_vm.unsupportedNote).strip())
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

    def _sync_presence_button(self) -> None:
        vm = self.workspace.presence_vm
        if not vm.loaded and not vm.activityId:
            self.presence_button.setText(translate("MainWindowHeader", "Presence…"))
            self.presence_button.setIcon(presence_icon(None, "", size=12))
            self.presence_button.setAccessibleName(translate("MainWindowHeader", "Your presence: not loaded yet"))
            return
        text = vm.activityName or ("Available" if vm.available else "Not available")
        if vm.expiryText:
            self.presence_button.setToolTip(translate("MainWindowHeader", "Your presence: {text}, {expiryText}. Click to change it.").format(text=text, expiryText=vm.expiryText))
        else:
            self.presence_button.setToolTip(translate("MainWindowHeader", "Your presence: {text}. Click to change it.").format(text=text))
        self.presence_button.setText(f"{text}  ▾")
        self.presence_button.setIcon(presence_icon(vm.available, vm.activityId, size=12))
        self.presence_button.setAccessibleName(translate("MainWindowHeader", "Your presence: {text}").format(text=text))
