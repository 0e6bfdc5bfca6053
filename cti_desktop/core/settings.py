"""The person's settings: typed, with defaults, in a TOML file — never a secret.

The file lives in ``platformdirs.user_config_dir("cti-desktop")`` (or ``$CTI_DESKTOP_CONFIG_DIR``)
as ``settings.toml``. Several account profiles can be saved; each holds where and as whom to sign
in, plus the per-account preferences (default region, record URL template, queue log-in/-out,
route overrides for the Dstny route table). Passwords and tickets live in the keyring only
(:mod:`cti_desktop.core.secrets`); :func:`SettingsStore.save` refuses keys that look like secrets.

Writes are atomic (a temporary file in the same folder, then ``os.replace``). A file that cannot be
read becomes the defaults plus :attr:`SettingsStore.notice` in words; the unreadable file is kept
next to it as ``settings.toml.bak`` so nothing the person had is lost.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import re
import tempfile
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import platformdirs
import tomli_w

from .errors import InvalidInput
from .session import Account

log = logging.getLogger(__name__)

APP_NAME = "cti-desktop"
ENV_CONFIG_DIR = "CTI_DESKTOP_CONFIG_DIR"
FILE_NAME = "settings.toml"
SCHEMA_VERSION = 1
BACKENDS = ("dstny", "telavox", "voxloud")
DIRECTORY_KINDS = ("dstny", "telavox", "voxloud")
#: Account option values the settings file may hold (never a secret: see ``_SECRET_KEY``).
_OPTION_TYPES = (str, int, float, bool)

#: Key names that must never be written to the settings file.
_SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|ticket|token|api[_-]?key|cookie)")
_PROFILE_NAME = re.compile(r"^[\w .@+\-]{1,64}$")


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


@dataclass(slots=True)
class ProfileDirectory:
    """An extra directory source of a profile (``[[profiles.<name>.directories]]``). No secret."""

    kind: str
    server: str = ""
    domain: str = ""
    user: str = ""
    #: The source's account options (e.g. Voxloud ``region``, Telavox ``api``).
    options: dict[str, Any] = field(default_factory=dict)

    def account(self) -> Account:
        return Account(backend=self.kind, server=self.server, domain=self.domain, user=self.user,
                       options=dict(self.options))

    def validate(self) -> None:
        if self.kind not in DIRECTORY_KINDS:
            raise InvalidInput(f"Unknown directory kind {self.kind!r}; use one of {', '.join(DIRECTORY_KINDS)}")
        if self.kind == "dstny" and not (self.server.strip() and self.domain.strip() and self.user.strip()):
            raise InvalidInput("A Dstny directory source needs its server, domain and user")
        if self.kind == "telavox" and not self.user.strip() and not self.server.strip():
            raise InvalidInput("A Telavox colleagues source needs its user name (or a token and server)")
        _check_options(self.options, f"the {self.kind} directory source")


def _check_options(options: Mapping[str, Any], where: str) -> None:
    for key, value in options.items():
        if _SECRET_KEY.search(str(key)):
            raise InvalidInput(f"The option {key!r} of {where} looks like a secret; secrets belong in the keyring")
        if key != "routes" and not isinstance(value, _OPTION_TYPES):
            raise InvalidInput(f"The option {key!r} of {where} must be text, a number or true/false")


@dataclass(slots=True)
class Profile:
    """One saved account: where and as whom to sign in, and its preferences. No secret."""

    name: str
    server: str
    domain: str = ""
    user: str = ""
    backend: str = "dstny"
    default_region: str = "SE"
    record_url_template: str = ""
    login_at_start: bool = False
    logout_at_exit: bool = False
    #: Route overrides for the backend's route table: route name → "METHOD /path" or "/path".
    routes: dict[str, str] = field(default_factory=dict)
    #: The telephony backend's account options (Telavox ``api``/``auth``/``poll_interval``, Voxloud
    #: ``webhook_port``/``public_url``/``subscribe``, …). Never a secret.
    options: dict[str, Any] = field(default_factory=dict)
    #: Extra directory sources (looked up together with the backend's own directory).
    directories: list[ProfileDirectory] = field(default_factory=list)

    def account(self) -> Account:
        options: dict[str, Any] = dict(self.options)
        if self.routes:
            options["routes"] = dict(self.routes)
        return Account(backend=self.backend, server=self.server, domain=self.domain, user=self.user, options=options)

    def validate(self) -> None:
        if not _PROFILE_NAME.match(self.name or ""):
            raise InvalidInput("A profile name needs 1–64 letters, digits, spaces or . @ + - _")
        if self.backend not in BACKENDS:
            raise InvalidInput(f"Unknown backend {self.backend!r}; this version supports: {', '.join(BACKENDS)}")
        if self.backend == "dstny":
            if not self.server.strip():
                raise InvalidInput("The profile has no server address")
            if not self.user.strip():
                raise InvalidInput("The profile has no user name")
        elif self.backend == "telavox" and not self.user.strip() and not self.server.strip():
            raise InvalidInput("The profile has no user name")
        _check_options(self.options, "the profile")
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
    #: The "still running in the tray" message was shown once already.
    tray_hint_shown: bool = False
    #: Wallboard warning/critical levels: ``{"default": {"waiting_warning": 3, "waiting_critical": 6,
    #: "longest_warning": 60, "longest_critical": 180}, "queues": {"<queue id>": {…}}}`` (TOML table
    #: ``[wallboard_thresholds]``); empty for the built-in defaults. Checked when the wallboard opens.
    wallboard_thresholds: dict = field(default_factory=dict)

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


# ------------------------------------------------------------------------------------ (de)coding
def _coerce(value: Any, default: Any, where: str) -> Any:
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value
    elif isinstance(default, str):
        if isinstance(value, str):
            return value
    elif isinstance(default, int):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    elif isinstance(default, dict):
        if isinstance(value, dict):
            return {str(k): str(v) for k, v in value.items() if isinstance(v, (str, int))}
    log.warning("settings: %s has the wrong type (%s); using the default", where, type(value).__name__)
    return default


def _fill(cls: type, data: Mapping[str, Any], where: str, **fixed: Any) -> Any:
    defaults = cls(**fixed) if fixed else cls()
    values: dict[str, Any] = dict(fixed)
    for f in dataclasses.fields(cls):
        if f.name in fixed or f.name not in data:
            continue
        if f.name in ("window", "profiles", "options", "directories", "wallboard_thresholds"):
            continue
        values[f.name] = _coerce(data[f.name], getattr(defaults, f.name), f"{where}{f.name}")
    return dataclasses.replace(defaults, **values)


def settings_from_dict(data: Mapping[str, Any]) -> Settings:
    settings: Settings = _fill(Settings, data, "")
    window = data.get("window")
    if isinstance(window, Mapping):
        settings.window = _fill(WindowSettings, window, "window.")
    profiles = data.get("profiles")
    if isinstance(profiles, Mapping):
        for name, raw in profiles.items():
            if not isinstance(raw, Mapping) or not isinstance(raw.get("server"), str):
                log.warning("settings: profile %r is incomplete; skipped", name)
                continue
            profile: Profile = _fill(Profile, raw, f"profiles.{name}.", name=str(name), server=raw["server"])
            profile.options = _options_from(raw.get("options"), f"profiles.{name}.options")
            profile.directories = _directories_from(raw.get("directories"), f"profiles.{name}.directories")
            settings.profiles[profile.name] = profile
    if settings.last_profile not in settings.profiles:
        settings.last_profile = next(iter(settings.profiles), "")
    thresholds = data.get("wallboard_thresholds")
    if isinstance(thresholds, Mapping):
        settings.wallboard_thresholds = _plain_numbers(thresholds, "wallboard_thresholds")
    elif thresholds is not None:
        log.warning("settings: wallboard_thresholds is not a table; using the defaults")
    return settings


def _plain_numbers(raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Nested tables of numbers, as they were (other values are dropped with a warning)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, Mapping):
            out[str(key)] = _plain_numbers(value, f"{where}.{key}")
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[str(key)] = value
        else:
            log.warning("settings: %s.%s is not a number; ignored", where, key)
    return out


def _options_from(raw: Any, where: str) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        log.warning("settings: %s is not a table; ignored", where)
        return {}
    options: dict[str, Any] = {}
    for key, value in raw.items():
        if _SECRET_KEY.search(str(key)):
            log.warning("settings: %s.%s looks like a secret; ignored (secrets belong in the keyring)", where, key)
        elif key == "routes" and isinstance(value, Mapping):
            options[key] = {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
        elif isinstance(value, _OPTION_TYPES):
            options[str(key)] = value
        else:
            log.warning("settings: %s.%s has the wrong type (%s); ignored", where, key, type(value).__name__)
    return options


def _directories_from(raw: Any, where: str) -> list[ProfileDirectory]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        log.warning("settings: %s is not a list of tables; ignored", where)
        return []
    result: list[ProfileDirectory] = []
    for index, item in enumerate(raw):
        if not isinstance(item, Mapping) or item.get("kind") not in DIRECTORY_KINDS:
            log.warning("settings: %s[%d] has no known kind; skipped", where, index)
            continue
        source = ProfileDirectory(
            kind=item["kind"],
            server=item.get("server") if isinstance(item.get("server"), str) else "",
            domain=item.get("domain") if isinstance(item.get("domain"), str) else "",
            user=item.get("user") if isinstance(item.get("user"), str) else "",
            options=_options_from(item.get("options"), f"{where}[{index}].options"),
        )
        result.append(source)
    return result


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"version": SCHEMA_VERSION}
    for f in dataclasses.fields(Settings):
        if f.name in ("profiles", "window"):
            continue
        if f.name == "wallboard_thresholds" and not settings.wallboard_thresholds:
            continue
        data[f.name] = getattr(settings, f.name)
    data["window"] = dataclasses.asdict(settings.window)
    profiles: dict[str, Any] = {}
    for name, profile in settings.profiles.items():
        raw = dataclasses.asdict(profile)
        raw.pop("name")
        if not raw["options"]:
            raw.pop("options")
        if raw["directories"]:
            for item in raw["directories"]:
                if not item["options"]:
                    item.pop("options")
        else:
            raw.pop("directories")
        profiles[name] = raw
    data["profiles"] = profiles
    _refuse_secrets(data, "")
    return data


def _refuse_secrets(data: Mapping[str, Any], where: str) -> None:
    for key, value in data.items():
        if where.endswith("routes."):
            continue  # route names are the vendor's ("ticket.create"), the values are paths
        if _SECRET_KEY.search(str(key)) and not isinstance(value, Mapping):
            raise ValueError(f"refusing to write {where}{key} to the settings file: secrets belong in the keyring")
        if isinstance(value, Mapping):
            _refuse_secrets(value, f"{where}{key}.")
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    _refuse_secrets(item, f"{where}{key}[].")


# ------------------------------------------------------------------------------------------ store
class SettingsStore:
    """Loads and saves :class:`Settings` to ``<dir>/settings.toml``."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else config_dir()
        self.path = self.directory / FILE_NAME
        #: Words for the person when the file could not be used (empty when all went well).
        self.notice = ""

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(FILE_NAME + ".bak")

    def load(self) -> Settings:
        self.notice = ""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            self.notice = f"The settings file {self.path} could not be read ({exc.strerror or exc}); using the defaults."
            log.warning("settings: %s", self.notice)
            return Settings()
        try:
            data = tomllib.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            kept = self._keep_corrupt()
            self.notice = (
                f"The settings file was damaged ({exc}) and could not be read; the defaults are in use. "
                + (f"The old file is kept as {kept}." if kept else "The old file could not be kept.")
            )
            log.warning("settings: %s", self.notice)
            return Settings()
        return settings_from_dict(data)

    def _keep_corrupt(self) -> Path | None:
        try:
            os.replace(self.path, self.backup_path)
        except OSError as exc:
            log.warning("settings: could not keep the damaged file: %s", exc)
            return None
        return self.backup_path

    def save(self, settings: Settings) -> None:
        """Write atomically: a temporary file in the same folder, flushed, then renamed over."""
        text = tomli_w.dumps(settings_to_dict(settings))
        self.directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=self.directory)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
