"""The desktop app: start-up, sign-in, the main window and tray, error reporting, clean shutdown.

``run_gui(args)`` (:mod:`.entry`) makes the QApplication and a qasync loop (``QT_API=pyside6``
first), installs ONE excepthook and loop exception handler (:class:`~cti_desktop.error_reporter.ErrorReporter`:
log — redacted, rotating file in the log folder — and a non-blocking notice; the app keeps running),
and hands over to :class:`DesktopApp`, which creates its tasks only once the loop runs.

Signing in (:mod:`.signing_in`): ``--demo [SYSTEM|SYSTEM+SOURCE]`` (or "Try the demo" in the sign-in dialog) starts that phone system's embedded simulator
(:mod:`cti_desktop.demo`) with demo traffic and signs in with its demo credentials, without a
question and without touching the keyring or the saved profiles (``SYSTEM+SOURCE``: the source's
demo contacts as a second directory source, so a call shows that source's CRM link); ``--backend`` with
``--server/--domain/--user`` signs in with the secret from the environment or the keyring; otherwise
the last profile (with its directory sources) signs in by itself when the keyring has its secrets,
and the sign-in dialog (opened with ``open()``) handles everything else. Accounts become backends in
:mod:`cti_desktop.accounts`.

Shutdown (:mod:`.closing`; tray/menu Quit, Ctrl+Q, closing the window without a tray, SIGINT/SIGTERM): the queues'
``on_exit()`` (bounded), the panels stop, ``session.aclose()`` (cancels and awaits its tasks, closes
the HTTP clients), the simulator stops, then Qt quits. It is idempotent; if Qt quits first (last
window closed), ``run_gui`` finishes the same shutdown on the loop before returning.

The package, one module per job: this one (:class:`DesktopApp`: what the app owns, and the main
window and tray once signed in), :mod:`.signing_in` (how start-up signs in, the connecting window,
the sign-in dialog), :mod:`.closing` (sign-out, profile switch and shutdown), :mod:`.entry` (the
process: the QApplication, the loop, signals, the hand-over server, ``run_gui``).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

os.environ["QT_API"] = "pyside6"  # before qasync is imported anywhere (PITFALLS 12)

from PySide6.QtCore import QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QSystemTrayIcon  # noqa: E402

from cti_desktop.startup import FirstWindowReport, drop_import_time_caches, skip_pyside_source_scan, trim_heap  # noqa: E402

skip_pyside_source_scan()  # before the app's own modules are imported

from cti_desktop.i18n import translate  # noqa: E402
from cti_desktop.core.secrets import SecretStore  # noqa: E402
from cti_desktop.core.account import Account  # noqa: E402
from cti_desktop.core.settings import Profile, Settings, SettingsStore  # noqa: E402
from cti_desktop.core.tasks import TaskSet  # noqa: E402
from cti_desktop.demo import demo_vendor  # noqa: E402
from cti_desktop.runtime import settle_after_startup  # noqa: E402

from .closing import Closing  # noqa: E402
from .signing_in import SigningIn  # noqa: E402

if TYPE_CHECKING:
    from cti_desktop.core.session import Session

log = logging.getLogger(__name__)

#: Hidden start-up benchmark switch, see :meth:`DesktopApp._watch_first_live`.
BENCHMARK_ENV = "CTI_DESKTOP_BENCHMARK_STARTUP"
#: How long after the first Live start-up's housekeeping runs (the panels' first reads land meanwhile).
SETTLE_AFTER_LIVE_MS = 500


class DesktopApp(SigningIn, Closing, QObject):
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
        # (the tray module itself, with the main window's, is imported once signed in)
        self.tray_enabled = QSystemTrayIcon.isSystemTrayAvailable() if tray is None else tray
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
        elif notice := self.login_vm.notice_so_far():
            self.notices.post(notice, "warning")
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
            if mode in ("report", "exit"):
                print("cti-desktop: live", flush=True)
            # Housekeeping (a full collection, ~0.1 s) once the first reads are in and drawn, and
            # the keyring looked for (in the background) so that its first use need not wait.
            QTimer.singleShot(SETTLE_AFTER_LIVE_MS, self._settle_after_start)
            QTimer.singleShot(SETTLE_AFTER_LIVE_MS, self.secrets.prepare)
            if mode == "exit":
                QTimer.singleShot(0, self.request_quit)

        vm.connectionChanged.connect(check)
        QTimer.singleShot(0, check)

    @staticmethod
    def _settle_after_start() -> None:
        """Forget start-up's source text, keep start-up's objects out of later full collections and
        give the heap's free pages back (see :mod:`cti_desktop.startup`, :mod:`cti_desktop.runtime`)."""
        drop_import_time_caches()
        settle_after_startup()
        trim_heap()


__all__ = ["DesktopApp"]
