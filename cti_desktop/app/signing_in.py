"""Start-up's sign-in: the demo, the command line's account or the saved profile, signed in without
a question when nothing needs asking — the main window shown at once in its "Connecting…" state
meanwhile — and the sign-in dialog (opened with ``open()``) for everything else.

:class:`SigningIn` is a part of :class:`~cti_desktop.app.DesktopApp` (one of its bases): its
attributes are the app's, set in ``DesktopApp.__init__``.
"""

from __future__ import annotations

import asyncio
import logging

from cti_desktop.accounts import VENDORS, account_from_args, can_resume, names_an_account, profile_sources
from cti_desktop.core.account import Account
from cti_desktop.core.credentials import Credentials, NoSecret, keyring_credentials, resolve_credentials
from cti_desktop.core.errors import UserFacingError
from cti_desktop.demo import DEMO_VENDORS, DemoSimulators
from cti_desktop.i18n import translate
from cti_desktop.startup import NETWORK_STACK, Exposed, import_in_background, import_while_waiting

log = logging.getLogger("cti_desktop.app")  # one logger for the app, whichever part speaks

#: How long start-up waits for the connecting window's first paint before it signs in anyway.
FIRST_PAINT_WAIT = 0.5
#: How long it then waits for the network stack imported meanwhile (then the sign-in imports it).
CLIENT_IMPORT_WAIT = 5.0


def client_modules(system: str) -> tuple[str, ...]:
    """What signing in to ``system`` (a registry key, or a demo's "system+source") imports first:
    the network stack and the phone system's client."""
    names = list(NETWORK_STACK)
    for key in system.split("+"):
        spec = VENDORS.get(key)
        if spec is not None:
            names.extend(spec.client_modules)
    return tuple(names)


def _who(account: Account) -> str:
    """The account as the main window's header names it (user@domain)."""
    return f"{account.user}@{account.domain}" if account.domain else account.user


class SigningIn:
    """How :class:`~cti_desktop.app.DesktopApp` signs in at start-up (and after a sign-out)."""

    # ------------------------------------------------------------------------ first window
    def show_first_window(self) -> bool:
        """The main window in its "Connecting…" state on the screen at once — before the event
        loop runs and before the rest of the app is imported — when start-up is going to sign in
        without a question (the demo, an account on the command line, a saved profile); whether
        it was shown. :meth:`start` then carries on in it (it names the account again once
        that is read in full). If the sign-in needs a question after all (no secret in the keyring),
        the sign-in dialog opens and this window goes, as a failed sign-in does."""
        if self.window is not None or self._connecting_window is not None:
            return False
        try:
            first = self._first_window_words()
            if first is None:
                return False
            from cti_desktop.startup import show_and_wait_until_drawn

            window = self._connecting_window_for(*first)
        except Exception:  # noqa: BLE001 - start-up goes on without it: start() shows the window later
            log.exception("start-up: the first window could not be made")
            return False
        self._connecting_window = window
        drawn = show_and_wait_until_drawn(window, FIRST_PAINT_WAIT)
        log.info("start-up: the connecting window is %s", "on the screen" if drawn else "shown (not drawn yet)")
        return True

    def _first_window_words(self) -> tuple[str, str] | None:
        """The account label and server the first window names, without the keyring or the
        network; ``None`` when start-up opens the sign-in dialog (or the command line is wrong:
        :meth:`start` says how)."""
        if self.demo:
            return "Demo", "a simulated phone system"
        if names_an_account(self.args):
            try:
                account = self._account_from_options()
            except UserFacingError:
                return None
            profile = self.settings.profile_for(account)
            account = profile.account() if profile is not None else account
            return _who(account), account.server
        profile = self.settings.profile()
        if profile is None:
            return None
        account = profile.account()
        return _who(account), account.server

    def _connecting_window_for(self, label: str, server: str):
        from cti_desktop.ui.main_window import MainWindow

        window = MainWindow.connecting(label, server, self.notices, self.settings, self.store)
        window.quitRequested.connect(self.request_quit)
        return window

    # ------------------------------------------------------------------------------ start
    def start(self) -> None:
        """Begin: call from inside the running loop."""
        link = getattr(self.args, "link", None)
        if link:  # `cti-desktop tel:…`: checked now, called once signed in
            from cti_desktop.core.instance_requests import InstanceRequest

            reply = self.hand_over.handle(InstanceRequest("link", link))
            if not reply.ok:
                self._pending_notices.append((reply.words, "warning"))
        if self.demo:
            self.spawn(self._start_demo(), "demo-start")
        elif names_an_account(self.args):
            self.spawn(self._start_from_options(), "sign-in-from-options")
        else:
            self.secrets.prepare()  # the saved sign-in starts from the keyring: find it at once
            self.spawn(self._start_from_profile(), "sign-in-from-profile")

    async def _start_demo(self) -> None:
        await self._show_connecting("Demo", "a simulated phone system", self.demo_vendor or DEMO_VENDORS[0])
        try:
            account, credentials, sources = await self._demo_account()
        except UserFacingError as exc:
            self._show_login(str(exc))
            return
        await self._sign_in_quietly(account, credentials, persist=False, sources=sources)

    async def _demo_account(self, key: str = "") -> tuple[Account, Credentials, list]:
        """Start the demo phone system (``key``; "" = the one ``--demo`` names, else the default),
        or keep the one running, and give its demo account. Used by ``--demo`` and "Try the demo"."""
        vendor = key or self.demo_vendor or DEMO_VENDORS[0]
        loop = asyncio.get_running_loop()
        if self.simulator is not None and self.simulator.vendor != vendor:
            previous, self.simulator = self.simulator, None
            await loop.run_in_executor(None, previous.stop)
        if self.simulator is None:
            simulators = DemoSimulators(vendor, seed=getattr(self.args, "seed", None),
                                        supervisor=bool(getattr(self.args, "wallboard", False)))
            try:
                await loop.run_in_executor(None, simulators.start)
            except RuntimeError as exc:
                raise UserFacingError(translate("DesktopApp", "The demo phone system could not start: {error}").format(
                    error=exc)) from None
            self.simulator = simulators
        self.demo_vendor = vendor
        account, credentials, sources = self.simulator.account()
        self._demo_signed_in_as = account
        return account, credentials, sources

    def _start_demo_calls(self) -> None:
        """The demo rings the agent now and then from a contact's number (when it has a contact store)."""
        if self._demo_calls is not None:
            self._demo_calls.cancel()
            self._demo_calls = None
        calls = self.simulator.contact_calls(self.session.backend) if self.simulator and self.session else None
        if calls is not None:
            self._demo_calls = self.spawn(calls, "demo-contact-calls")

    def _account_from_options(self) -> Account:
        return account_from_args(self.args)

    async def _start_from_options(self) -> None:
        try:
            account = self._account_from_options()
        except UserFacingError as exc:
            self._show_login(str(exc))
            return
        profile = self.settings.profile_for(account)
        sources: list = []
        if profile is not None:
            account = profile.account()
            sources = profile_sources(profile)
        try:
            credentials = await resolve_credentials(account, self.secrets)
        except NoSecret:
            # The dialog asks for it (the command-line advice of the message does not apply here).
            self._show_login(translate("DesktopApp", "Enter the password or a ticket for {account} to sign in.").format(
                account=account.label), account=account)
            return
        except UserFacingError as exc:
            self._show_login(str(exc), account=account)
            return
        await self._show_connecting(_who(account), account.server, account.backend)
        await self._sign_in_quietly(account, credentials, persist=True, sources=sources)

    async def _start_from_profile(self) -> None:
        profile = self.settings.profile()
        if profile is None:
            self._show_login()
            return
        account = profile.account()
        credentials = await keyring_credentials(account, self.secrets)
        if not can_resume(account, credentials):
            self._show_login()
            return
        sources = profile_sources(profile)
        await self._show_connecting(_who(account), account.server, account.backend)
        await self._sign_in_quietly(account, credentials, persist=False, sources=sources)

    async def _show_connecting(self, label: str, server: str, system: str = "") -> None:
        """The main window at once, in its "Connecting…" state, while a sign-in that needs no
        question runs; it fills in when the session is there (see :meth:`_on_signed_in`).

        Waits (briefly) until the window is on the screen: what follows — importing the phone
        system's client, signing in — runs on this thread and would otherwise hold the first paint.
        Meanwhile a worker thread imports the network stack and ``system``'s client (the GUI thread
        is painting, so it costs the window nothing). When the first window is already on the
        screen (:meth:`show_first_window`) it only names the account again."""
        if self.window is not None:
            return
        if self._connecting_window is not None:  # the first window, shown before the loop ran
            self._connecting_window.name_account(label, server)
            imported = import_in_background(client_modules(system))
        else:
            window = self._connecting_window = self._connecting_window_for(label, server)
            exposed = Exposed(window)
            imported = import_in_background(client_modules(system))
            window.show()
            try:
                await asyncio.wait_for(exposed.future, FIRST_PAINT_WAIT)
            except asyncio.TimeoutError:
                pass  # a platform that never says so: go on
            finally:
                exposed.remove()
        # The keyring is not looked for here: the secret is in hand (from the environment, or the
        # keyring already answered). Importing it meanwhile (~30 ms on a worker thread, holding the
        # interpreter lock) would hold up Live; it is looked for once start-up is done.
        try:
            await asyncio.wait_for(imported, CLIENT_IMPORT_WAIT)
        except asyncio.TimeoutError:
            log.info("start-up: importing the client takes long; signing in goes on")

    def _drop_connecting(self) -> None:
        """The sign-in failed (the dialog is open) or the app quits: the connecting window goes."""
        window, self._connecting_window = self._connecting_window, None
        if window is not None:
            window._quitting = True
            window.hide()
            window.detach()
            window.deleteLater()

    async def _sign_in_quietly(self, account: Account, credentials: Credentials, *, persist: bool,
                               sources: list | None = None) -> None:
        from cti_desktop.ui.workspace import PANEL_MODULES

        # While the sign-in waits for the server, this thread imports what building the panels needs.
        panels = self.spawn(import_while_waiting(PANEL_MODULES), "import-panels")
        try:
            await self.login_vm.guarded(
                self.login_vm.sign_in(account, credentials, persist=persist, remember=False, sources=sources)
            )
        finally:
            panels.cancel()  # the panels' build imports what is left
        if self.session is None:
            self._show_login(self.login_vm.error or translate("DesktopApp", "Signing in did not finish"), account=account)

    def _show_login(self, error: str = "", *, account: Account | None = None) -> None:
        from cti_desktop.ui.login_dialog import LoginDialog

        if account is not None:
            self._fill_login(account)
        if error:
            self.login_vm.set_error(error)
        if self.login_dialog is None:
            self.login_dialog = LoginDialog(self.login_vm)
            self.login_dialog.rejected.connect(self._login_rejected)
        if self.secrets.warning:
            self.login_vm.set_notice(self.secrets.warning)
        self.login_dialog.open()
        self.login_dialog.raise_()
        self.login_dialog.activateWindow()
        self._drop_connecting()  # after the dialog opened, so this is never "the last window closed"

    def _fill_login(self, account: Account) -> None:
        if account.backend in self.login_vm.backends:
            self.login_vm.backend = account.backend
        self.login_vm.server, self.login_vm.domain, self.login_vm.user = account.server, account.domain, account.user

    def _login_rejected(self) -> None:
        if self.session is None:
            self.request_quit()
