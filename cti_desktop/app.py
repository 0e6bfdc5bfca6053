"""The desktop app: start-up, sign-in, the main window and tray, error reporting, clean shutdown.

``run_gui(args)`` makes the QApplication and a qasync loop (``QT_API=pyside6`` first), installs ONE
excepthook and loop exception handler (:class:`ErrorReporter`: log — redacted, rotating file in the
log folder — and a non-blocking notice; the app keeps running), and hands over to
:class:`DesktopApp`, which creates its tasks only once the loop runs.

Signing in: ``--demo [SYSTEM|SYSTEM+SOURCE]`` (or "Try the demo" in the sign-in dialog) starts that phone system's embedded simulator
(:mod:`cti_desktop.demo`) with demo traffic and signs in with its demo credentials, without a
question and without touching the keyring or the saved profiles (``SYSTEM+SOURCE``: the source's
demo contacts as a second directory source, so a call shows that source's CRM link); ``--backend`` with
``--server/--domain/--user`` signs in with the secret from the environment or the keyring; otherwise
the last profile (with its directory sources) signs in by itself when the keyring has its secrets,
and the sign-in dialog (opened with ``open()``) handles everything else. Accounts become backends in
:mod:`cti_desktop.accounts`.

Shutdown (tray/menu Quit, Ctrl+Q, closing the window without a tray, SIGINT/SIGTERM): the queues'
``on_exit()`` (bounded), the panels stop, ``session.aclose()`` (cancels and awaits its tasks, closes
the HTTP clients), the simulator stops, then Qt quits. It is idempotent; if Qt quits first (last
window closed), ``run_gui`` finishes the same shutdown on the loop before returning.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import signal
import sys
from pathlib import Path
from typing import Any, Callable

os.environ["QT_API"] = "pyside6"  # before qasync is imported anywhere (PITFALLS 12)

from PySide6.QtCore import QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from cti_desktop import __version__  # noqa: E402
from cti_desktop.i18n import translate  # noqa: E402
from cti_desktop.accounts import (  # noqa: E402
    account_from_args,
    can_resume,
    forget_credentials,
    names_an_account,
    profile_sources,
)
from cti_desktop.core.credentials import (  # noqa: E402
    Credentials,
    NoSecret,
    keyring_credentials,
    resolve_credentials,
)
from cti_desktop.core.errors import InvalidInput, UserFacingError  # noqa: E402
from cti_desktop.core.logsetup import configure_logging  # noqa: E402
from cti_desktop.core.secrets import SecretStore  # noqa: E402
from cti_desktop.core.session import Account, Session  # noqa: E402
from cti_desktop.core.sign_out import revoke_sign_in  # noqa: E402
from cti_desktop.core.settings import Profile, Settings, SettingsStore, log_dir  # noqa: E402
from cti_desktop.core.tasks import TaskSet  # noqa: E402
from cti_desktop.demo import DEMO_VENDORS, DemoSimulators, demo_vendor  # noqa: E402
from cti_desktop.error_reporter import ErrorReporter  # noqa: E402
from cti_desktop.runtime import settle_after_startup  # noqa: E402
from cti_desktop.startup import Exposed, FirstWindowReport, drop_import_time_caches, trim_heap  # noqa: E402

log = logging.getLogger(__name__)

APP_ID = "cti-desktop"
#: The longest the whole shutdown may take before Qt quits anyway.
SHUTDOWN_TIMEOUT = 10.0
LOG_FILE_NAME = "cti-desktop.log"
#: Hidden start-up benchmark switch, see :meth:`DesktopApp._watch_first_live`.
BENCHMARK_ENV = "CTI_DESKTOP_BENCHMARK_STARTUP"
#: How long start-up waits for the connecting window's first paint before it signs in anyway.
FIRST_PAINT_WAIT = 0.5


def _who(account: Account) -> str:
    """The account as the main window's header names it (user@domain)."""
    return f"{account.user}@{account.domain}" if account.domain else account.user


# ---------------------------------------------------------------------------------------- app
class DesktopApp(QObject):
    """Owns the settings, secrets, sign-in, the signed-in session with its window, and shutdown."""

    def __init__(
        self,
        args: argparse.Namespace,
        *,
        app: QApplication,
        settings_store: SettingsStore | None = None,
        secrets: SecretStore | None = None,
        tray: bool | None = None,
        heartbeat_interval: float | None = None,
        backoff_initial: float = 1.0,
        quit: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        from cti_desktop.ui.notices import NoticeCenter
        from cti_desktop.ui.tray import tray_available
        from cti_desktop.viewmodels.login import LoginViewModel

        self.args = args
        self.app = app
        #: What ends the app once shutdown is done (``app.quit``; tests pass their own).
        self._quit = quit or app.quit
        self.demo_vendor = demo_vendor(args)
        self.demo = bool(self.demo_vendor)
        self.store = settings_store or SettingsStore()
        self.settings: Settings = self.store.load()
        from cti_desktop.ui.translations import install_language

        #: The words' language, from the ``language`` setting (a change takes effect at the next start).
        self.language = install_language(app, self.settings.language)
        from cti_desktop.ui.theme import ThemeController

        #: Light or dark, from the ``theme`` setting; follows the system's scheme live when "system".
        self.theme = ThemeController(app, self.settings.theme, parent=self)
        self.secrets = secrets or SecretStore(use_keyring=False if self.demo else None)
        self.notices = NoticeCenter(self)
        self.tray_enabled = tray_available() if tray is None else tray
        app.setQuitOnLastWindowClosed(not self.tray_enabled)
        ca_file = getattr(args, "ca_file", None)
        heartbeat = heartbeat_interval if heartbeat_interval is not None else float(getattr(args, "heartbeat", 15.0) or 15.0)
        self.login_vm = LoginViewModel(
            self.store, self.settings, self.secrets,
            extra_ca_file=Path(ca_file) if ca_file else None,
            heartbeat_interval=heartbeat, backoff_initial=backoff_initial, demo=self._demo_account, parent=self,
        )
        self.login_vm.signedIn.connect(self._on_signed_in)
        self.login_dialog = None
        self.session: Session | None = None
        #: The main window once signed in (while it connects it is ``_connecting_window``).
        self.window = None
        self._connecting_window = None
        if os.environ.get(BENCHMARK_ENV, "").strip().lower() in ("report", "exit"):
            self._first_window_report = FirstWindowReport(app)
        self.workspace = None
        self.tray = None
        self.simulator = None
        #: The account of the running demo phone system (a session of it is a demo session).
        self._demo_signed_in_as: Account | None = None
        self._demo_calls: asyncio.Task | None = None
        self.exit_code = 0
        self._tasks = TaskSet("app")
        self._shutdown_task: asyncio.Task | None = None
        self._pending_notices: list[tuple[str, str]] = []
        from cti_desktop.ui.hand_over import HandOverDesk

        #: Requests handed over by a second start (and the link this one was started with).
        self.hand_over = HandOverDesk(self)
        if self.store.notice:
            self._pending_notices.append((self.store.notice, "warning"))

    # ------------------------------------------------------------------------------ tasks
    def spawn(self, coro, name: str) -> asyncio.Task:
        return self._tasks.spawn(coro, name=name)

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
            self.spawn(self._start_from_profile(), "sign-in-from-profile")

    async def _start_demo(self) -> None:
        await self._show_connecting("Demo", "a simulated phone system")
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
        await self._show_connecting(_who(account), account.server)
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
        await self._show_connecting(_who(account), account.server)
        await self._sign_in_quietly(account, credentials, persist=False, sources=sources)

    async def _show_connecting(self, label: str, server: str) -> None:
        """The main window at once, in its "Connecting…" state, while a sign-in that needs no
        question runs; it fills in when the session is there (see :meth:`_on_signed_in`).

        Waits (briefly) until the window is on the screen: what follows — importing the phone
        system's client, signing in — runs on this thread and would otherwise hold the first paint."""
        from cti_desktop.ui.main_window import MainWindow

        if self.window is not None or self._connecting_window is not None:
            return
        window = MainWindow.connecting(label, server, self.notices, self.settings, self.store)
        window.quitRequested.connect(self.request_quit)
        self._connecting_window = window
        exposed = Exposed(window)
        window.show()
        try:
            await asyncio.wait_for(exposed.future, FIRST_PAINT_WAIT)
        except asyncio.TimeoutError:
            pass  # a platform that never says so: go on
        finally:
            exposed.remove()

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
        await self.login_vm.guarded(
            self.login_vm.sign_in(account, credentials, persist=persist, remember=False, sources=sources)
        )
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

    # ------------------------------------------------------------------------- signed in
    def _on_signed_in(self, session: Session) -> None:
        from cti_desktop.ui.main_window import MainWindow
        from cti_desktop.ui.tray import Tray
        from cti_desktop.ui.workspace import Workspace
        from cti_desktop.viewmodels.main_window import MainWindowViewModel
        from cti_desktop.viewmodels.session_bridge import SessionBridge

        self.session = session
        # --demo or "Try the demo" in the dialog: nothing of the demo account is saved
        self.demo = self._demo_signed_in_as is not None and session.account == self._demo_signed_in_as
        profile: Profile | None = None if self.demo else self.settings.profile_for(session.account)
        bridge = SessionBridge(session)
        self.workspace = Workspace.build(bridge, profile, self.settings)
        vm = MainWindowViewModel(bridge)
        connecting, self._connecting_window = self._connecting_window, None
        if connecting is not None:  # the window shown while signing in fills in
            connecting.tray_available = self.tray_enabled
            connecting.attach(vm, self.workspace)
            self.window = connecting
        else:
            self.window = MainWindow(vm, self.workspace, self.notices, self.settings, self.store,
                                     tray_available=self.tray_enabled)
            self.window.quitRequested.connect(self.request_quit)
        self.window.signOutRequested.connect(lambda: self.request_sign_out(forget=True))
        self.window.switchProfileRequested.connect(lambda: self.request_sign_out(forget=False))
        self.window.theme_chosen = self.apply_theme  # File › Settings… applies a new theme at once
        self.window.show()
        if self.tray_enabled:
            self.tray = Tray(self.window, self.settings, self.store)
            self.tray.quitRequested.connect(self.request_quit)
            self.workspace.notifier.set_tray(self.tray.icon)
        self.workspace.start()
        if getattr(self.args, "wallboard", False):
            self.window.open_wallboard()
        if self.demo:
            self._start_demo_calls()
            self.notices.post(translate("DesktopApp", "Demo mode: a simulated phone system with made-up calls. Nothing is "
                                        "saved."), "info")
        elif self.login_vm.notice:
            self.notices.post(self.login_vm.notice, "warning")
        # the dialog comes back filled in after "Sign out"
        self._fill_login(session.account)
        for text, level in self._pending_notices:
            self.notices.post(text, level)
        self._pending_notices.clear()
        self._watch_first_live(vm)
        self.hand_over.signed_in()

    def apply_theme(self, choice: str) -> None:
        """The theme the settings dialog saved, in force at once: the system's light/dark scheme, or
        always one of them (the app's theme controller, with its own palettes where the platform
        has none)."""
        log.info("theme: %s (%s in force)", choice, self.theme.apply(choice))

    def _watch_first_live(self, vm: Any) -> None:
        """Log the moment the window is up and the connection first goes Live (start-up is done).

        ``CTI_DESKTOP_BENCHMARK_STARTUP=report`` also prints ``cti-desktop: live`` on stdout at that
        moment (for start-up benchmarks); ``=exit`` then quits cleanly as well.
        """
        mode = os.environ.get(BENCHMARK_ENV, "").strip().lower()
        window = self.window
        done = False

        def check(*_args: object) -> None:
            nonlocal done
            if done or window is None or not window.isVisible() or not vm.live:
                return
            done = True
            log.info("start-up done: the window is shown and the connection is live")
            drop_import_time_caches()
            settle_after_startup()
            trim_heap()
            if mode in ("report", "exit"):
                print("cti-desktop: live", flush=True)
            if mode == "exit":
                QTimer.singleShot(0, self.request_quit)

        vm.connectionChanged.connect(check)
        QTimer.singleShot(0, check)

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


# ------------------------------------------------------------------------------------- entry
def log_file_path() -> Path:
    return log_dir() / LOG_FILE_NAME


def make_application(argv: list[str] | None = None) -> QApplication:
    from cti_desktop.ui.icons import APP, icon

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName("CTI Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_ID)
    app.setOrganizationDomain("cti-desktop.invalid")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(icon(APP))
    return app  # type: ignore[return-value]


def _install_signal_handlers(controller: DesktopApp) -> QTimer:
    """SIGINT/SIGTERM start the clean shutdown. A light timer lets Python see signals while Qt runs."""

    def handler(_signum, _frame) -> None:
        QTimer.singleShot(0, controller.request_quit)

    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            signal.signal(sig, handler)
        except (ValueError, OSError):  # not the main thread / not supported
            pass
    ticker = QTimer()
    ticker.setInterval(300)
    ticker.timeout.connect(lambda: None)
    ticker.start()
    return ticker


def _listen_for_hand_overs(controller: DesktopApp, path: str | None) -> Any:
    """The local server a second start of this user and profile hands its request to (one window
    per user and profile, :mod:`cti_desktop.instance`); ``None`` where there is none."""
    if not path:
        return None
    from cti_desktop.ui.instance_server import InstanceServer

    server = InstanceServer(path, controller.hand_over.handle, parent=controller)
    return server if server.listen() else None


def run_gui(args: argparse.Namespace) -> int:
    """Run the desktop app until the person quits. Returns the process exit status."""
    import qasync

    log_file = log_file_path()
    level = logging.DEBUG if getattr(args, "verbose", False) else logging.INFO
    try:
        configure_logging(level, log_file=log_file)
    except OSError as exc:
        configure_logging(level)
        log.warning("cannot write the log file %s: %s", log_file, exc)
        log_file = None  # type: ignore[assignment]
    app = make_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    controller = DesktopApp(args, app=app)
    reporter = ErrorReporter(controller.notices, log_file)
    reporter.install(loop)
    ticker = _install_signal_handlers(controller)
    instance = _listen_for_hand_overs(controller, getattr(args, "instance_socket", None))
    loop.call_soon(controller.start)  # tasks only once the loop runs (PITFALLS 15)
    log.info("cti-desktop %s starting (tray: %s, demo: %s)", __version__, controller.tray_enabled, controller.demo)
    try:
        loop.run_forever()
        # Qt may have quit by itself (last window closed): finish the same clean shutdown.
        loop.run_until_complete(controller.shutdown_when_quit())
    finally:
        ticker.stop()
        if instance is not None:
            instance.close()
        reporter.uninstall()
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)
    log.info("cti-desktop stopped")
    return controller.exit_code


__all__ = ["DesktopApp", "ErrorReporter", "run_gui", "make_application", "InvalidInput"]
