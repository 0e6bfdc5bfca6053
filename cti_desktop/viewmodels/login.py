"""Signing in: the account fields, saved profiles, password or pasted ticket → a live session.

The view-model never blocks: every network and keyring call is awaited on the one loop. Bad input
is refused in words before anything is sent; the server's refusal, an unreachable server or a bad
ticket come back as the ``error`` property in words. On success the new ticket (or the pasted one)
goes to the OS keyring — or, without a keyring, is kept for this session only and ``notice`` says
so — the profile is saved (never the secret) and :attr:`signedIn` carries the started session.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.credentials import Credentials, ticket_key
from cti_desktop.core.errors import AuthExpired, InvalidInput, UserFacingError
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account, Session
from cti_desktop.core.settings import Profile, Settings, SettingsStore

from .base import ViewModel

log = logging.getLogger(__name__)

MODE_PASSWORD = "password"
MODE_TICKET = "ticket"


class LoginViewModel(ViewModel):
    """Fields and commands of the sign-in dialog.

    ``signedIn(session)`` is emitted with a started :class:`Session` (its owner must ``aclose()`` it).
    """

    signedIn = Signal(object)
    profilesChanged = Signal()
    profileNameChanged = Signal()
    serverChanged = Signal()
    domainChanged = Signal()
    userChanged = Signal()
    modeChanged = Signal()
    rememberChanged = Signal()
    noticeChanged = Signal()
    statusTextChanged = Signal()

    def __init__(
        self,
        store: SettingsStore,
        settings: Settings,
        secrets: SecretStore,
        *,
        extra_ca_file: Path | None = None,
        heartbeat_interval: float = 15.0,
        backoff_initial: float = 1.0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._settings = settings
        self._secrets = secrets
        self._extra_ca_file = extra_ca_file
        self._heartbeat = heartbeat_interval
        self._backoff_initial = backoff_initial
        self._profile_name = ""
        self._server = ""
        self._domain = ""
        self._user = ""
        self._mode = MODE_PASSWORD
        self._remember = True
        self._notice = secrets.warning
        self._status_text = ""
        self._tasks: set[asyncio.Task] = set()
        last = settings.profile()
        if last is not None:
            self.selectProfile(last.name)

    # ------------------------------------------------------------------------------ properties
    def _get_profiles(self) -> list:
        return sorted(self._settings.profiles)

    profiles = Property(list, _get_profiles, notify=profilesChanged)

    def _get_profile_name(self) -> str:
        return self._profile_name

    def _set_profile_name(self, value: str) -> None:
        self._update("_profile_name", value.strip(), self.profileNameChanged)

    profileName = Property(str, _get_profile_name, _set_profile_name, notify=profileNameChanged)

    def _get_server(self) -> str:
        return self._server

    def _set_server(self, value: str) -> None:
        self._update("_server", value.strip(), self.serverChanged)

    server = Property(str, _get_server, _set_server, notify=serverChanged)

    def _get_domain(self) -> str:
        return self._domain

    def _set_domain(self, value: str) -> None:
        self._update("_domain", value.strip(), self.domainChanged)

    domain = Property(str, _get_domain, _set_domain, notify=domainChanged)

    def _get_user(self) -> str:
        return self._user

    def _set_user(self, value: str) -> None:
        self._update("_user", value.strip(), self.userChanged)

    user = Property(str, _get_user, _set_user, notify=userChanged)

    def _get_mode(self) -> str:
        return self._mode

    def _set_mode(self, value: str) -> None:
        if value not in (MODE_PASSWORD, MODE_TICKET):
            raise ValueError(f"unknown sign-in mode {value!r}")
        self._update("_mode", value, self.modeChanged)

    mode = Property(str, _get_mode, _set_mode, notify=modeChanged)

    def _get_remember(self) -> bool:
        return self._remember

    def _set_remember(self, value: bool) -> None:
        self._update("_remember", bool(value), self.rememberChanged)

    #: Save the account as a profile (never the secret) after a successful sign-in.
    remember = Property(bool, _get_remember, _set_remember, notify=rememberChanged)

    def _get_notice(self) -> str:
        return self._notice

    #: Information that is not an error (e.g. "no system keyring: kept for this session only").
    notice = Property(str, _get_notice, notify=noticeChanged)

    def _get_status_text(self) -> str:
        return self._status_text

    #: What is happening while busy ("Signing in…").
    statusText = Property(str, _get_status_text, notify=statusTextChanged)

    def set_notice(self, text: str) -> None:
        self._update("_notice", text, self.noticeChanged)

    def _set_status(self, text: str) -> None:
        self._update("_status_text", text, self.statusTextChanged)

    # -------------------------------------------------------------------------------- profiles
    @Slot(str)
    def selectProfile(self, name: str) -> None:
        """Fill the fields from a saved profile."""
        profile = self._settings.profile(name)
        if profile is None:
            return
        self._set_profile_name(profile.name)
        self._set_server(profile.server)
        self._set_domain(profile.domain)
        self._set_user(profile.user)
        self.clear_error()

    @Slot(str)
    def forgetProfile(self, name: str) -> None:
        """Remove a saved profile (its stored ticket stays until it is replaced or revoked)."""
        if name not in self._settings.profiles:
            return
        self._settings.remove_profile(name)
        self._save_settings()
        self.profilesChanged.emit()

    def account(self) -> Account:
        """The account the fields describe; :class:`InvalidInput` in words when incomplete."""
        from cti_desktop.providers.dstny.backend import api_url_for

        if not self._server:
            raise InvalidInput("Enter the server address, e.g. https://pbx.example.com")
        api_url_for(self._server)  # refuses non-http(s) addresses and user names in the URL, in words
        if not self._domain:
            raise InvalidInput("Enter the domain of your organisation, e.g. example.com")
        if not self._user:
            raise InvalidInput("Enter your user name")
        profile = self._settings.profile(self._profile_name) if self._profile_name else None
        if profile is not None and (profile.server, profile.domain, profile.user) == (self._server, self._domain, self._user):
            return profile.account()
        return Account(backend="dstny", server=self._server, domain=self._domain, user=self._user)

    # -------------------------------------------------------------------------------- commands
    # The two commands are plain slots that start a task the view-model holds (rather than
    # ``asyncSlot``), so an attempt can be stopped — and awaited at shutdown — even before it ran.
    @Slot(str)
    def signIn(self, password: str) -> None:
        """Sign in with the password: a ticket is created and stored; the password is forgotten."""
        self._spawn(self._sign_in_from_fields(password=password))

    @Slot(str)
    def signInWithTicket(self, ticket: str) -> None:
        """Sign in with a ticket created elsewhere (e.g. the portal); it is checked, then stored."""
        self._spawn(self._sign_in_from_fields(ticket=ticket))

    def _spawn(self, coro) -> asyncio.Task:
        task = asyncio.ensure_future(self.guarded(coro))
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:  # not a UserFacingError (guarded shows those): the app's excepthook
            sys.excepthook(type(exc), exc, exc.__traceback__)

    async def _sign_in_from_fields(self, *, password: str | None = None, ticket: str | None = None) -> Session:
        account = self.account()
        if ticket is not None:
            ticket = "".join(ticket.split())
            if ticket.lower().startswith("bearer"):
                ticket = ticket[6:]
            if not ticket:
                raise InvalidInput("Paste the ticket")
            credentials = Credentials(ticket=ticket, source="prompt")
        else:
            if not password:
                raise InvalidInput("Enter your password")
            credentials = Credentials(password=password, source="prompt")
        return await self.sign_in(account, credentials, persist=True, remember=self._remember)

    async def sign_in(self, account: Account, credentials: Credentials, *, persist: bool, remember: bool) -> Session:
        """Connect, check the credentials, store the ticket (``persist``), save the profile (``remember``).

        Emits :attr:`signedIn` with the started session and returns it; raises
        :class:`UserFacingError` in words. Used by the dialog, ``--demo`` and the account options.
        """
        from cti_desktop.providers.dstny.backend import connect_dstny

        self._set_status(f"Signing in as {account.user}@{account.domain}…")
        tickets: list[str] = []
        backend = None
        try:
            try:
                backend = await connect_dstny(
                    account,
                    credentials,
                    on_ticket=tickets.append,
                    extra_ca_file=self._extra_ca_file,
                    heartbeat_interval=self._heartbeat,
                    backoff_initial=self._backoff_initial,
                )
            except ValueError as exc:  # a route override in the profile that does not fit
                raise InvalidInput(f"The profile's route settings cannot be used: {exc}") from None
            except OSError as exc:  # the extra CA file
                raise InvalidInput(f"The certificate file could not be read: {exc.strerror or exc}") from None
            if credentials.ticket and not credentials.password:
                # A ticket is only proven by using it.
                try:
                    await backend.call_control.get_calls()
                except AuthExpired:
                    raise AuthExpired("The server refused this ticket (it may have expired, been revoked or lack permissions)") from None
            session = Session(account, backend)
        except BaseException:
            if backend is not None:
                await backend.aclose()
            self._set_status("")
            raise
        try:
            if persist and credentials.source != "environment":
                secret = tickets[-1] if tickets else credentials.ticket
                if secret:
                    self._set_status("Storing the ticket…")
                    await self._secrets.set(ticket_key(account), secret)
                    self.set_notice(self._secrets.warning)
            if remember:
                self._remember_profile(account)
        except BaseException:
            await session.aclose()
            self._set_status("")
            raise
        self._set_status("")
        session.start()
        self.signedIn.emit(session)
        return session

    def _remember_profile(self, account: Account) -> None:
        existing = self._settings.profile_for(account)
        if existing is not None:
            name = existing.name
            profile = existing
        else:
            name = self._profile_name or f"{account.user}@{account.domain}"
            base = self._settings.profile(name)
            profile = Profile(name=name, server=account.server, domain=account.domain, user=account.user, backend=account.backend)
            if base is not None:  # keep the preferences of a profile whose account was edited
                profile.default_region = base.default_region
                profile.record_url_template = base.record_url_template
                profile.login_at_start = base.login_at_start
                profile.logout_at_exit = base.logout_at_exit
                profile.routes = dict(base.routes)
        try:
            self._settings.put_profile(profile)
        except InvalidInput as exc:
            self.set_notice(f"Signed in, but the profile was not saved: {exc}")
            return
        self._set_profile_name(name)
        self._save_settings()
        self.profilesChanged.emit()

    def _save_settings(self) -> None:
        try:
            self._store.save(self._settings)
        except OSError as exc:
            self.set_notice(f"The settings could not be saved ({exc.strerror or exc}); they apply to this session only.")

    # ------------------------------------------------------------------------------- lifetimes
    @Slot()
    def cancel(self) -> None:
        """Stop a sign-in in progress (nothing is stored)."""
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self) -> None:
        """Cancel a sign-in in progress and wait for it to let go of its connections."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.wait(tasks, timeout=5)


__all__ = ["LoginViewModel", "MODE_PASSWORD", "MODE_TICKET", "UserFacingError"]
