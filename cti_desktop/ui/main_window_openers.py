"""The windows the main window opens on request: the wallboard, webhook subscriptions and "My devices".

Each opens once and is brought forward on the next request. A mixin of
:class:`~cti_desktop.ui.main_window.MainWindow` (the Help menu's windows are in :mod:`cti_desktop.ui.menus`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


class WindowOpeners:
    """Opens (or brings forward) the session's secondary windows (mixed into ``MainWindow``)."""

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
