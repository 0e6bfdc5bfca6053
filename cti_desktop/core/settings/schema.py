"""The typed settings: profiles (each an account and its preferences), their directory sources, the
window, and the checks a profile must pass before it is kept. No I/O, no secret."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from cti_desktop.i18n import translate

from ..errors import InvalidInput
from ..account import Account
from ..vendors import catalog
from .pops import PopSettings

#: Account option values the settings file may hold (never a secret: see ``SECRET_KEY``).
OPTION_TYPES = (str, int, float, bool)

#: Key names that must never be written to the settings file.
SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|ticket|token|api[_-]?key|cookie)")
_PROFILE_NAME = re.compile(r"^[\w .@+\-]{1,64}$")
#: The values of ``Settings.theme``: follow the system's light/dark scheme, or always one of them.
THEMES = ("system", "light", "dark")


def check_theme(value: object) -> str:
    """``value`` if it is one of :data:`THEMES`, else :class:`InvalidInput` saying which ones are."""
    if isinstance(value, str) and value in THEMES:
        return value
    raise InvalidInput(translate("Settings", "Unknown theme {value!r}; use one of {join}").format(value=value, join=', '.join(THEMES)))


#: The values of ``Settings.language``: the system's language, or one the app has words for
#: (English, Swedish, Italian). A change takes effect at the next start.
LANGUAGES = ("system", "en", "sv", "it")


def check_language(value: object) -> str:
    """``value`` if it is one of :data:`LANGUAGES`, else :class:`InvalidInput` saying which ones are."""
    if isinstance(value, str) and value in LANGUAGES:
        return value
    raise InvalidInput(translate("Settings", "Unknown language {value!r}; use one of {join}").format(value=value, join=', '.join(LANGUAGES)))


@dataclass(slots=True)
class ProfileDirectory:
    """An extra directory source of a profile (``[[profiles.<name>.directories]]``). No secret."""

    kind: str
    server: str = ""
    domain: str = ""
    user: str = ""
    #: The source's account options (e.g. ``region``, ``api``: what its phone system takes).
    options: dict[str, Any] = field(default_factory=dict)

    def account(self) -> Account:
        return Account(backend=self.kind, server=self.server, domain=self.domain, user=self.user,
                       options=dict(self.options))

    def validate(self) -> None:
        vendors = catalog()
        spec = vendors.get(self.kind)
        if spec is None:
            raise InvalidInput(translate("Settings", "Unknown directory kind {kind!r}; use one of {join}").format(kind=self.kind, join=', '.join(vendors.keys)))
        problem = spec.source_problem(self.server, self.domain, self.user) if spec.source_problem else ""
        if problem:
            raise InvalidInput(problem)
        _check_options(self.options, translate("Settings", "the {kind} directory source").format(kind=self.kind))


def _default_backend() -> str:
    """The installed catalog's default phone system ("" before one is installed)."""
    try:
        return catalog().default.key
    except RuntimeError:
        return ""


def known_kinds() -> tuple[str, ...]:
    """The installed phone systems (none before a catalog is installed: every source is skipped)."""
    try:
        return catalog().keys
    except RuntimeError:
        return ()


def _check_options(options: Mapping[str, Any], where: str) -> None:
    for key, value in options.items():
        if SECRET_KEY.search(str(key)):
            raise InvalidInput(translate("Settings", "The option {key!r} of {where} looks like a secret; secrets belong in the keyring").format(key=key, where=where))
        if key != "routes" and not isinstance(value, OPTION_TYPES):
            raise InvalidInput(translate("Settings", "The option {key!r} of {where} must be text, a number or true/false").format(key=key, where=where))


@dataclass(slots=True)
class Profile:
    """One saved account: where and as whom to sign in, and its preferences. No secret."""

    name: str
    server: str
    domain: str = ""
    user: str = ""
    #: The phone system (a key of the installed catalog; empty: the catalog's default).
    backend: str = ""
    default_region: str = "SE"
    record_url_template: str = ""
    login_at_start: bool = False
    logout_at_exit: bool = False
    #: Route overrides for the backend's route table: route name → "METHOD /path" or "/path".
    routes: dict[str, str] = field(default_factory=dict)
    #: The telephony backend's account options (``api``, ``poll_interval``, ``webhook_port``, … —
    #: what its phone system takes). Never a secret.
    options: dict[str, Any] = field(default_factory=dict)
    #: Extra directory sources (looked up together with the backend's own directory).
    directories: list[ProfileDirectory] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.backend:
            self.backend = _default_backend()

    def account(self) -> Account:
        options: dict[str, Any] = dict(self.options)
        if self.routes:
            options["routes"] = dict(self.routes)
        return Account(backend=self.backend, server=self.server, domain=self.domain, user=self.user, options=options)

    def validate(self) -> None:
        if not _PROFILE_NAME.match(self.name or ""):
            raise InvalidInput(translate("Settings", "A profile name needs 1–64 letters, digits, spaces or . @ + - _"))
        vendors = catalog()
        spec = vendors.get(self.backend)
        if spec is None:
            raise InvalidInput(translate("Settings", "Unknown backend {backend!r}; this version supports: {join}").format(backend=self.backend, join=', '.join(vendors.keys)))
        problem = spec.profile_problem(self.server, self.domain, self.user) if spec.profile_problem else ""
        if problem:
            raise InvalidInput(problem)
        _check_options(self.options, translate("Settings", "the profile"))
        for source in self.directories:
            source.validate()


@dataclass(slots=True)
class WindowSettings:
    #: base64 of ``QWidget.saveGeometry()``; empty until the window was closed once.
    geometry: str = ""
    #: base64 of ``QMainWindow.saveState()`` (docks, toolbars).
    state: str = ""


@dataclass(slots=True)
class Settings:
    profiles: dict[str, Profile] = field(default_factory=dict)
    last_profile: str = ""
    window: WindowSettings = field(default_factory=WindowSettings)
    presence_shortcuts_visible: bool = True
    #: Light or dark: "system" (follow the desktop's scheme), "light" or "dark" (see :func:`check_theme`).
    theme: str = "system"
    #: The "still running in the tray" message was shown once already.
    tray_hint_shown: bool = False
    #: Wallboard warning/critical levels: ``{"default": {"waiting_warning": 3, "waiting_critical": 6,
    #: "longest_warning": 60, "longest_critical": 180}, "queues": {"<queue id>": {…}}}`` (TOML table
    #: ``[wallboard_thresholds]``); empty for the built-in defaults. Checked when the wallboard opens.
    wallboard_thresholds: dict = field(default_factory=dict)
    #: ``[pops]``: pop windows on or off, and their corner (:mod:`.pops`).
    pops: PopSettings = field(default_factory=PopSettings)
    #: After-call work (TOML table ``[after_call]``: enabled, scope, seconds, extend_seconds,
    #: max_seconds, activity), as read; checked by :class:`cti_desktop.core.after_call_settings.AfterCallSettings`.
    after_call: dict = field(default_factory=dict)
    #: A click-to-dial link (``tel:``, ``callto:``, ``sip:``) asks "Call …?" before it dials; the
    #: confirmation's "Don't ask again" box turns this off (File › Settings… › Links turns it on again).
    confirm_dial_links: bool = True
    #: The language of the app's words: "system" or one of :data:`LANGUAGES` (read at start).
    language: str = "system"
    #: ``[shortcuts]``: a call action's name (``core.call_operations``) → its key in Qt's portable
    #: text ("Ctrl+Shift+H"; "" for none). Only the keys the person changed; the others are the
    #: operation table's. Names this version does not know are kept as they were.
    shortcuts: dict[str, str] = field(default_factory=dict)
    #: ``[global_keys]``: the keys that work in any application (``core.global_keys``: ``answer``,
    #: ``hangup``, ``dial_selection``) → the key in Qt's portable text or ``"off"``. Only the keys the
    #: person changed; each checked when read (a refused one is dropped with a warning).
    global_keys: dict[str, str] = field(default_factory=dict)
    #: Start the app at login (the XDG autostart entry, :mod:`cti_desktop.core.autostart`).
    autostart: bool = False
    #: Top-level keys and tables of the file this version does not know (a newer version's, the
    #: person's own), written back as they were so that saving loses nothing. Not compared: two
    #: settings are equal when everything this version uses is.
    other_tables: dict[str, Any] = field(default_factory=dict, compare=False)

    def profile(self, name: str | None = None) -> Profile | None:
        return self.profiles.get(name if name is not None else self.last_profile)

    def put_profile(self, profile: Profile, *, make_last: bool = True) -> None:
        profile.validate()
        self.profiles[profile.name] = profile
        if make_last:
            self.last_profile = profile.name

    def remove_profile(self, name: str) -> None:
        self.profiles.pop(name, None)
        if self.last_profile == name:
            self.last_profile = next(iter(self.profiles), "")

    def profile_for(self, account: Account) -> Profile | None:
        """The saved profile that signs in as ``account``, if any."""
        for profile in self.profiles.values():
            if profile.account().key == account.key:
                return profile
        return None
