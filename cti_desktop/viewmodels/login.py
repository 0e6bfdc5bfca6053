"""Signing in: the phone system, the account fields, saved profiles, extra directory sources → a live session.

The phone system (``backend``) is Dstny (server, domain, user; password or a pasted ticket), Telavox
(server — empty for the public API —, user and password, or a token; API v1 or CAPI) or Voxloud (API
key, checked with validate-auth before anything is saved; the person's extension; webhook port and
public URL). Extra directory sources (``sources``) are looked up together with the phone system's own
directory; each has its own server and secret, kept in the keyring after a successful sign-in.

The view-model never blocks: every network and keyring call is awaited on the one loop. Bad input
is refused in words before anything is sent; the server's refusal, an unreachable server or a bad
ticket come back as the ``error`` property in words. On success the new ticket (or the pasted one)
goes to the OS keyring — or, without a keyring, is kept for this session only and ``notice`` says
so — the profile is saved (never the secret) and :attr:`signedIn` carries the started session.

A settings file that could not be used is ``settingsProblem`` in words (from
:attr:`SettingsStore.notice`); signing in still works, with the defaults.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.accounts import (
    BACKENDS,
    SOURCE_NAMES,
    DirectorySource,
    connect_account,
    store_credentials,
    validate_account,
)
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import AuthExpired, InvalidInput, UserFacingError
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account, Session
from cti_desktop.core.settings import Profile, ProfileDirectory, Settings, SettingsStore

from .base import ViewModel

log = logging.getLogger(__name__)

MODE_PASSWORD = "password"
MODE_TICKET = "ticket"
MODE_API_KEY = "api-key"
TELAVOX_APIS = ("v1", "capi")


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
    backendChanged = Signal()
    telavoxApiChanged = Signal()
    webhookPortChanged = Signal()
    publicUrlChanged = Signal()
    sourcesChanged = Signal()
    settingsProblemChanged = Signal()

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
        self._settings_problem = store.notice
        self._status_text = ""
        self._backend = "dstny"
        self._telavox_api = "v1"
        self._webhook_port = 48765
        self._public_url = ""
        #: Extra directory sources, each with the secret typed for it this time (None: from the keyring).
        self._sources: list[tuple[DirectorySource, Credentials | None]] = []
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
        if value not in (MODE_PASSWORD, MODE_TICKET, MODE_API_KEY):
            raise ValueError(f"unknown sign-in mode {value!r}")
        self._update("_mode", value, self.modeChanged)

    mode = Property(str, _get_mode, _set_mode, notify=modeChanged)

    def _get_remember(self) -> bool:
        return self._remember

    def _set_remember(self, value: bool) -> None:
        self._update("_remember", bool(value), self.rememberChanged)

    #: Save the account as a profile (never the secret) after a successful sign-in.
    remember = Property(bool, _get_remember, _set_remember, notify=rememberChanged)

    def _get_backend(self) -> str:
        return self._backend

    def _set_backend(self, value: str) -> None:
        value = (value or "").strip().lower()
        if value not in BACKENDS:
            raise ValueError(f"unknown backend {value!r}")
        if self._update("_backend", value, self.backendChanged):
            if value == "voxloud":
                self._set_mode(MODE_API_KEY)
            elif self._mode == MODE_API_KEY:
                self._set_mode(MODE_PASSWORD)
            self.clear_error()

    #: The phone system: "dstny", "telavox" or "voxloud".
    backend = Property(str, _get_backend, _set_backend, notify=backendChanged)
    backends = Property(list, lambda self: list(BACKENDS), constant=True)

    def _get_telavox_api(self) -> str:
        return self._telavox_api

    def _set_telavox_api(self, value: str) -> None:
        value = (value or "").strip().lower()
        if value not in TELAVOX_APIS:
            raise ValueError(f"unknown Telavox API {value!r}")
        self._update("_telavox_api", value, self.telavoxApiChanged)

    #: Telavox: "v1" (user + password, or a token) or "capi" (a token only).
    telavoxApi = Property(str, _get_telavox_api, _set_telavox_api, notify=telavoxApiChanged)

    def _get_webhook_port(self) -> int:
        return self._webhook_port

    def _set_webhook_port(self, value: int) -> None:
        self._update("_webhook_port", int(value), self.webhookPortChanged)

    #: Voxloud: the local port the call-notification receiver listens on (0 = any free port).
    webhookPort = Property(int, _get_webhook_port, _set_webhook_port, notify=webhookPortChanged)

    def _get_public_url(self) -> str:
        return self._public_url

    def _set_public_url(self, value: str) -> None:
        self._update("_public_url", (value or "").strip(), self.publicUrlChanged)

    #: Voxloud: the public address (tunnel, reverse proxy) Voxloud reaches the receiver at; empty = none.
    publicUrl = Property(str, _get_public_url, _set_public_url, notify=publicUrlChanged)

    def _get_sources(self) -> list:
        return [
            {"kind": src.kind, "name": SOURCE_NAMES.get(src.kind, src.kind), "label": src.label,
             "server": src.server, "domain": src.domain, "user": src.user, "hasSecret": creds is not None}
            for src, creds in self._sources
        ]

    #: Extra directory sources, each ``{"kind","name","label","server","domain","user","hasSecret"}``.
    sources = Property(list, _get_sources, notify=sourcesChanged)

    def _get_notice(self) -> str:
        return self._notice

    #: Information that is not an error (e.g. "no system keyring: kept for this session only").
    notice = Property(str, _get_notice, notify=noticeChanged)

    def _get_settings_problem(self) -> str:
        return self._settings_problem

    #: Why the settings file could not be used, in words (empty when it was fine or absent).
    settingsProblem = Property(str, _get_settings_problem, notify=settingsProblemChanged)

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
        self._set_backend(profile.backend if profile.backend in BACKENDS else "dstny")
        self._set_server(profile.server)
        self._set_domain(profile.domain)
        self._set_user(profile.user)
        options = profile.options
        if str(options.get("api", "v1")).lower() in TELAVOX_APIS:
            self._set_telavox_api(str(options.get("api", "v1")).lower())
        port = options.get("webhook_port", 48765)
        self._set_webhook_port(port if isinstance(port, int) and not isinstance(port, bool) else 48765)
        self._set_public_url(str(options.get("public_url", "") or ""))
        self._sources = [
            (DirectorySource(d.kind, d.server, d.domain, d.user, dict(d.options)), None) for d in profile.directories
        ]
        self.sourcesChanged.emit()
        self.clear_error()

    # ------------------------------------------------------------------------------- sources
    @Slot(str, str, str, str, str)
    def addSource(self, kind: str, server: str, domain: str, user: str, secret: str) -> None:
        """Add an extra directory source; ``secret`` (password, token or API key) is used at sign-in."""
        try:
            source = self._source_from(kind, server, domain, user)
            secret = (secret or "").strip()
            if not secret:
                raise InvalidInput(f"Enter the {_secret_word(source.kind)} for {SOURCE_NAMES[source.kind]}")
            if any(existing == source for existing, _ in self._sources):
                raise InvalidInput(f"{source.label} is already in the list")
        except InvalidInput as exc:
            self.set_error(str(exc))
            return
        self._sources.append((source, _source_credentials(source.kind, secret)))
        self.clear_error()
        self.sourcesChanged.emit()

    @Slot(int)
    def removeSource(self, index: int) -> None:
        if 0 <= index < len(self._sources):
            del self._sources[index]
            self.sourcesChanged.emit()

    @staticmethod
    def _source_from(kind: str, server: str, domain: str, user: str) -> DirectorySource:
        kind = (kind or "").strip().lower()
        if kind not in SOURCE_NAMES:
            raise InvalidInput("Choose which kind of directory to add")
        source = DirectorySource(kind, (server or "").strip(), (domain or "").strip(), (user or "").strip())
        source.validate()
        if kind == "telavox" and not source.user:
            raise InvalidInput("Enter the Telavox user name for the colleagues source")
        return source

    def directory_sources(self) -> list[tuple[DirectorySource, Credentials | None]]:
        return list(self._sources)

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
        backend = self._backend
        if backend == "dstny":
            if not self._server:
                raise InvalidInput("Enter the server address, e.g. https://pbx.example.com")
            if not self._domain:
                raise InvalidInput("Enter the domain of your organisation, e.g. example.com")
            if not self._user:
                raise InvalidInput("Enter your user name")
            account = Account(backend="dstny", server=self._server, domain=self._domain, user=self._user)
        elif backend == "telavox":
            if self._telavox_api == "v1" and self._mode == MODE_PASSWORD and not self._user:
                raise InvalidInput("Enter your Telavox user name (or sign in with a token)")
            if self._telavox_api == "capi" and self._mode != MODE_TICKET:
                raise InvalidInput("The Telavox CAPI accepts only a token: choose \"Token\" and paste it")
            options = {"api": self._telavox_api}
            account = Account(backend="telavox", server=self._server, domain="", user=self._user, options=options)
        else:
            if not 0 <= self._webhook_port <= 65535:
                raise InvalidInput("The webhook port must be between 0 and 65535 (0: any free port)")
            options: dict = {"webhook_port": self._webhook_port}
            if self._public_url:
                from cti_desktop.core.links import safe_url

                try:
                    safe_url(self._public_url)
                except InvalidInput as exc:
                    raise InvalidInput(f"The public URL cannot be used: {exc}") from None
                options["public_url"] = self._public_url
            account = Account(backend="voxloud", server=self._server, domain="", user=self._user, options=options)
        validate_account(account)
        profile = self._settings.profile(self._profile_name) if self._profile_name else None
        if profile is not None and profile.backend == backend and (profile.server, profile.domain, profile.user) == (
            account.server, account.domain, account.user
        ):
            merged = profile.account()
            merged.options.update(account.options)
            return merged
        return account

    # -------------------------------------------------------------------------------- commands
    # The two commands are plain slots that start a task the view-model holds (rather than
    # ``asyncSlot``), so an attempt can be stopped — and awaited at shutdown — even before it ran.
    @Slot(str)
    def signIn(self, password: str) -> None:
        """Sign in with the password: a ticket is created and stored; the password is forgotten."""
        self._spawn(self._sign_in_from_fields(password=password))

    @Slot(str)
    def signInWithTicket(self, ticket: str) -> None:
        """Sign in with a ticket (Dstny) or token (Telavox) created elsewhere; it is checked, then stored."""
        self._spawn(self._sign_in_from_fields(ticket=ticket))

    @Slot(str)
    def signInWithApiKey(self, api_key: str) -> None:
        """Sign in to Voxloud with the company API key: checked with validate-auth, then stored."""
        self._spawn(self._sign_in_from_fields(api_key=api_key))

    @Slot(str)
    def signInWithSecret(self, secret: str) -> None:
        """Sign in with what the current mode asks for (password, ticket/token or API key)."""
        if self._mode == MODE_API_KEY:
            self.signInWithApiKey(secret)
        elif self._mode == MODE_TICKET:
            self.signInWithTicket(secret)
        else:
            self.signIn(secret)

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

    async def _sign_in_from_fields(self, *, password: str | None = None, ticket: str | None = None,
                                   api_key: str | None = None) -> Session:
        if api_key is not None and self._backend != "voxloud":
            raise InvalidInput("An API key signs in to Voxloud only; choose Voxloud as the phone system")
        if api_key is None and self._backend == "voxloud":
            raise InvalidInput("Voxloud signs in with the company API key (Voxloud admin portal → API)")
        account = self.account()
        if api_key is not None:
            api_key = api_key.strip()
            if not api_key:
                raise InvalidInput("Paste the Voxloud API key")
            credentials = Credentials(api_key=api_key, source="prompt")
        elif ticket is not None:
            ticket = "".join(ticket.split())
            if ticket.lower().startswith("bearer"):
                ticket = ticket[6:]
            if not ticket:
                raise InvalidInput("Paste the token" if self._backend == "telavox" else "Paste the ticket")
            credentials = Credentials(ticket=ticket, source="prompt")
        else:
            if not password:
                raise InvalidInput("Enter your password")
            credentials = Credentials(password=password, source="prompt")
        return await self.sign_in(account, credentials, persist=True, remember=self._remember,
                                  sources=self.directory_sources())

    async def sign_in(self, account: Account, credentials: Credentials, *, persist: bool, remember: bool,
                      sources: list[tuple[DirectorySource, Credentials | None]] | None = None) -> Session:
        """Connect (the phone system and every directory source), check the credentials, store the
        secrets (``persist``), save the profile (``remember``).

        Emits :attr:`signedIn` with the started session and returns it; raises
        :class:`UserFacingError` in words. Used by the dialog, ``--demo`` and the account options.
        """
        sources = list(sources or [])
        who = f"{account.user}@{account.domain}" if account.domain else (account.user or "the API key's company")
        self._set_status(f"Signing in as {who}…")
        tickets: list[str] = []
        backend = None
        try:
            backend = await connect_account(
                account,
                credentials,
                sources=sources,
                secrets=self._secrets,
                on_ticket=tickets.append,
                extra_ca_file=self._extra_ca_file,
                heartbeat_interval=self._heartbeat,
                backoff_initial=self._backoff_initial,
            )
            if account.backend == "dstny" and credentials.ticket and not credentials.password:
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
                self._set_status("Storing the secrets…")
                await store_credentials(account, credentials, self._secrets, new_ticket=tickets[-1] if tickets else None)
                connected = {id(src) for src, _ in backend.extra}
                for source, creds in sources:
                    if creds is not None and id(source) in connected:
                        await store_credentials(source.account(), creds, self._secrets)
                self.set_notice(self._secrets.warning)
            if backend.source_errors:
                self.set_notice(" ".join(filter(None, [self._notice, *backend.source_errors])))
            if remember:
                self._remember_profile(account, [src for src, _ in sources])
        except BaseException:
            await session.aclose()
            self._set_status("")
            raise
        self._set_status("")
        session.start()
        self.signedIn.emit(session)
        return session

    def _remember_profile(self, account: Account, sources: list[DirectorySource] | None = None) -> None:
        existing = self._settings.profile_for(account)
        options = {k: v for k, v in account.options.items() if k != "routes"}
        directories = [ProfileDirectory(s.kind, s.server, s.domain, s.user, dict(s.options)) for s in sources or []]
        if existing is not None:
            name = existing.name
            profile = existing
            profile.options.update(options)
            if sources is not None:
                profile.directories = directories
        else:
            from cti_desktop.accounts import vendor_name

            who = f"{account.user}@{account.domain}" if account.domain else account.user
            name = self._profile_name or (who if account.backend == "dstny"
                                          else f"{vendor_name(account.backend)} {who}".strip())
            base = self._settings.profile(name)
            profile = Profile(name=name, server=account.server, domain=account.domain, user=account.user,
                              backend=account.backend, options=options, directories=directories)
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
            saved = self._store.save(self._settings)
        except OSError as exc:
            self.set_notice(f"The settings could not be saved ({exc.strerror or exc}); they apply to this session only.")
            return
        if saved is False:
            self.set_notice(f"The profile applies to this session only: the settings file {self._store.path} "
                            "could not be read, so nothing is saved over it.")

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


def _secret_word(kind: str) -> str:
    return {"dstny": "password", "telavox": "password or token", "voxloud": "API key"}.get(kind, "secret")


def _source_credentials(kind: str, secret: str) -> Credentials:
    if kind == "voxloud":
        return Credentials(api_key=secret, source="prompt")
    if kind == "telavox" and secret.count(".") == 2 and len(secret) > 40:  # a JWT
        return Credentials(ticket=secret, source="prompt")
    return Credentials(password=secret, source="prompt")


__all__ = ["MODE_API_KEY", "MODE_PASSWORD", "MODE_TICKET", "LoginViewModel", "UserFacingError"]
