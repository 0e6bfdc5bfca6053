"""Closing: sign-out (the server revokes the ticket, the secrets leave the keyring), a profile
switch (the ticket stays), and the clean, bounded, idempotent shutdown; each closes the session and
its window.

:class:`Closing` is a part of :class:`~cti_desktop.app.DesktopApp` (one of its bases): its
attributes are the app's, set in ``DesktopApp.__init__``.
"""

from __future__ import annotations

import asyncio
import logging

from cti_desktop.accounts import forget_credentials
from cti_desktop.core.sign_out import revoke_sign_in

log = logging.getLogger("cti_desktop.app")  # one logger for the app, whichever part speaks

#: The longest the whole shutdown may take before Qt quits anyway.
SHUTDOWN_TIMEOUT = 10.0


class Closing:
    """How :class:`~cti_desktop.app.DesktopApp` signs out and shuts down."""

    # ------------------------------------------------------------------------- sign out
    def request_sign_out(self, *, forget: bool) -> None:
        if self._shutdown_task is None:
            self.spawn(self._sign_out(forget=forget), "sign-out")

    async def _sign_out(self, *, forget: bool) -> None:
        """Sign out (``forget``: the server revokes the session's ticket, then the secrets are removed
        from the keyring) or switch profile (the ticket stays valid and stored)."""
        account = self.session.account if self.session else None
        self._show_login()  # first, so closing the window never looks like "the last window closed"
        await self._close_session(revoke=forget)
        if forget and account is not None and not self.demo:
            await forget_credentials(account, self.secrets)

    async def _close_session(self, *, revoke: bool = False) -> None:
        window, workspace, session, tray = self.window, self.workspace, self.session, self.tray
        self.window = self.workspace = self.session = self.tray = None
        if workspace is not None:
            await workspace.aclose()
        if session is not None:
            if revoke:  # while its HTTP client is still open; bounded, and a failure is one warning
                await revoke_sign_in(session.backend)
            await session.aclose()
        if tray is not None:
            tray.hide()
        if window is not None:
            window.save_geometry()
            window.detach()
            window._quitting = True
            window.hide()
            window.deleteLater()

    # --------------------------------------------------------------------------- shutdown
    def request_quit(self) -> None:
        if self._shutdown_task is None:
            self._shutdown_task = asyncio.ensure_future(self.shutdown())
            self._shutdown_task.set_name("shutdown")

    async def shutdown(self) -> None:
        try:
            await asyncio.wait_for(self._shutdown_steps(), SHUTDOWN_TIMEOUT)
        except asyncio.TimeoutError:
            log.warning("shutdown took longer than %.0f s; quitting anyway", SHUTDOWN_TIMEOUT)
        finally:
            self._quit()

    async def _shutdown_steps(self) -> None:
        await self.login_vm.aclose()
        await self._tasks.close(timeout=5)
        await self._close_session()
        self._drop_connecting()
        if self.login_dialog is not None:
            self.login_dialog.hide()
        self.notices.close_all()
        if self.simulator is not None:
            simulator, self.simulator = self.simulator, None
            await asyncio.get_running_loop().run_in_executor(None, simulator.stop)

    def shutdown_when_quit(self) -> asyncio.Future:
        """The shutdown task (started now if Qt quit on its own)."""
        self.request_quit()
        assert self._shutdown_task is not None
        return self._shutdown_task
