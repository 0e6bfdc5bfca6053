"""Signing in: the phone system, the account fields, saved profiles, extra directory sources → a live session.

The phone system (``backend``) is any of the installed catalog (:func:`cti_desktop.core.vendors.catalog`);
its :class:`~cti_desktop.core.vendors.VendorSpec` says which account fields it has (server, domain,
user and its account options, each in :attr:`options`), which secrets it takes (``mode``) and how its
fields are checked. Extra directory sources (``sources``) are looked up together with the phone
system's own directory; each has its own server and secret, kept in the keyring after a successful
sign-in. Signing in goes through the installed :class:`~cti_desktop.core.vendors.AccountService`.

The view-model never blocks: every network and keyring call is awaited on the one loop. Bad input
is refused in words before anything is sent; the server's refusal, an unreachable server or a bad
ticket come back as the ``error`` property in words. On success the new ticket (or the pasted one)
goes to the OS keyring — or, without a keyring, is kept for this session only and ``notice`` says
so — the profile is saved (never the secret) and :attr:`signedIn` carries the started session.

A settings file that could not be used is ``settingsProblem`` in words (from
:attr:`SettingsStore.notice`); signing in still works, with the defaults.

"Try the demo" (:meth:`LoginViewModel.tryDemo`, offered when ``demoAvailable``) asks the app's demo
starter (given by the composition root: it starts the embedded simulator of ``--demo``) for the demo
account and signs in to it exactly as ``--demo`` does: nothing is stored, no profile is saved.
"""

from __future__ import annotations

import logging
from pathlib import Path

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.account import Account
from cti_desktop.core.settings import Settings, SettingsStore
from cti_desktop.core.sign_in_fields import option_fields, option_value
from cti_desktop.core.sources import DirectorySource
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.vendors import (
    MODE_API_KEY,
    MODE_PASSWORD,
    MODE_TICKET,
    AccountService,
    VendorCatalog,
    VendorSpec,
    account_service,
    catalog,
)
from cti_desktop.i18n import translate

from .base import ViewModel
from .login_flow import SignInFlowMixin
from .login_profiles import LoginProfilesMixin

log = logging.getLogger(__name__)

#: Starts the demo phone system of a system's key ("" = the default demo) and gives its account,
#: credentials and extra directory sources (raises :class:`UserFacingError` in words when it cannot).
DemoStarter = Callable[[str], Awaitable[tuple[Account, Credentials, list]]]


class LoginViewModel(SignInFlowMixin, LoginProfilesMixin, ViewModel):
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
    optionsChanged = Signal()
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
        vendors: VendorCatalog | None = None,
        accounts: AccountService | None = None,
        demo: DemoStarter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._demo = demo
        #: The phone systems offered (default: the installed catalog).
        self.vendors = vendors or catalog()
        self._accounts = accounts or account_service()
        self._option_fields = option_fields(self.vendors)
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
        #: None until set: then the notice is the keyring's warning, read when first shown (finding
        #: the keyring runs in the background and must not hold up the window).
        self._notice: str | None = None
        self._settings_problem = store.notice
        self._status_text = ""
        self._backend = self.vendors.default.key
        #: Every phone system's account options, by name (those of the chosen one are used).
        self._options: dict[str, Any] = {name: f.default for name, f in self._option_fields.items()}
        #: Extra directory sources, each with the secret typed for it this time (None: from the keyring).
        self._sources: list[tuple[DirectorySource, Credentials | None]] = []
        self._tasks = TaskSet("sign-in")
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
        if value not in self.vendors:
            raise ValueError(f"unknown backend {value!r}")
        if self._update("_backend", value, self.backendChanged):
            modes = self.vendors.spec(value).modes
            if self._mode not in modes:
                self._set_mode(modes[0])
            self.clear_error()

    #: The phone system: a key of the catalog.
    backend = Property(str, _get_backend, _set_backend, notify=backendChanged)
    backends = Property(list, lambda self: list(self.vendors.keys), constant=True)

    @property
    def spec(self) -> VendorSpec:
        """The chosen phone system's spec."""
        return self.vendors.spec(self._backend)

    def _get_options(self) -> dict:
        return dict(self._options)

    #: Every account option the dialog edits, by name (only the chosen phone system's are used).
    options = Property("QVariantMap", _get_options, notify=optionsChanged)

    @Slot(str, "QVariant")
    def setOption(self, name: str, value: Any) -> None:
        """Set an account option; ValueError when the phone systems have no such option or it does not fit."""
        f = self._option_fields.get(name)
        if f is None:
            raise ValueError(f"unknown account option {name!r}")
        checked = option_value(f, value)
        if checked is None:
            raise ValueError(f"unknown value {value!r} for the account option {name!r}")
        if self._options.get(name) != checked:
            self._options[name] = checked
            self.optionsChanged.emit()

    def option(self, name: str) -> Any:
        return self._options.get(name)

    #: The ``webhook_port`` account option (0 = any free port), as a property of its own.
    webhookPort = Property(int, lambda self: int(self._options.get("webhook_port") or 0),
                           lambda self, value: self.setOption("webhook_port", int(value)), notify=optionsChanged)
    #: The ``public_url`` account option, as a property of its own.
    publicUrl = Property(str, lambda self: str(self._options.get("public_url") or ""),
                         lambda self, value: self.setOption("public_url", value), notify=optionsChanged)

    def _get_sources(self) -> list:
        return [
            {"kind": src.kind, "name": src.name, "label": src.label,
             "server": src.server, "domain": src.domain, "user": src.user, "hasSecret": creds is not None}
            for src, creds in self._sources
        ]

    #: Extra directory sources, each ``{"kind","name","label","server","domain","user","hasSecret"}``.
    sources = Property(list, _get_sources, notify=sourcesChanged)

    def _get_notice(self) -> str:
        return self._secrets.warning if self._notice is None else self._notice

    def notice_so_far(self) -> str:
        """:attr:`notice` without starting or waiting for the keyring search: after a sign-in that
        neither asked the keyring nor kept a secret (one from the environment) there is nothing to
        say about the keyring yet, and the window must not wait for it."""
        return self._secrets.warning_so_far if self._notice is None else self._notice

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

    #: "Try the demo" is offered (the app can start a demo phone system).
    demoAvailable = Property(bool, lambda self: self._demo is not None, constant=True)

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
        self._set_backend(profile.backend if profile.backend in self.vendors else self.vendors.default.key)
        self._set_server(profile.server)
        self._set_domain(profile.domain)
        self._set_user(profile.user)
        for name, f in self._option_fields.items():
            value = option_value(f, profile.options.get(name, f.default))
            self.setOption(name, value if value is not None else f.default)
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
            spec = self.vendors.spec(source.kind)
            secret = (secret or "").strip()
            if not secret:
                raise InvalidInput(translate("Login", "Enter the {source_secret} for {source_name}").format(source_secret=spec.words.source_secret, source_name=spec.source_name))
            if any(existing == source for existing, _ in self._sources):
                raise InvalidInput(translate("Login", "{label} is already in the list").format(label=source.label))
        except InvalidInput as exc:
            self.set_error(str(exc))
            return
        assert spec.source_credentials is not None
        self._sources.append((source, spec.source_credentials(secret)))
        self.clear_error()
        self.sourcesChanged.emit()

    @Slot(int)
    def removeSource(self, index: int) -> None:
        if 0 <= index < len(self._sources):
            del self._sources[index]
            self.sourcesChanged.emit()

    @Slot(str)
    def forgetProfile(self, name: str) -> None:
        """Remove a saved profile (its stored ticket stays until it is replaced or revoked)."""
        if name not in self._settings.profiles:
            return
        self._settings.remove_profile(name)
        self._save_settings()
        self.profilesChanged.emit()

    # -------------------------------------------------------------------------------- commands
    # The two commands are plain slots that start a task the view-model holds (rather than
    # ``asyncSlot``), so an attempt can be stopped — and awaited at shutdown — even before it ran.
    @Slot(str)
    def signIn(self, password: str) -> None:
        """Sign in with the password: a ticket is created and stored; the password is forgotten."""
        self._spawn(self._sign_in_from_fields(password=password))

    @Slot(str)
    def signInWithTicket(self, ticket: str) -> None:
        """Sign in with a ticket or token created elsewhere; it is checked, then stored."""
        self._spawn(self._sign_in_from_fields(ticket=ticket))

    @Slot(str)
    def signInWithApiKey(self, api_key: str) -> None:
        """Sign in with an API key (the phone systems that take one): checked, then stored."""
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

    @Slot()
    def tryDemo(self) -> None:
        """Sign in to the embedded demo phone system, as ``cti-desktop --demo`` does (nothing is saved)."""
        self._spawn(self._sign_in_to_demo())

    # ------------------------------------------------------------------------------- lifetimes
    @Slot()
    def cancel(self) -> None:
        """Stop a sign-in in progress (nothing is stored)."""
        self._tasks.cancel()

    async def aclose(self) -> None:
        """Cancel a sign-in in progress and wait for it to let go of its connections."""
        await self._tasks.close()

__all__ = ["MODE_API_KEY", "MODE_PASSWORD", "MODE_TICKET", "LoginViewModel", "UserFacingError"]
