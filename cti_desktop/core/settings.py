"""The person's settings: typed, with defaults, in a TOML file — never a secret.

The file lives in ``platformdirs.user_config_dir("cti-desktop")`` (or ``$CTI_DESKTOP_CONFIG_DIR``)
as ``settings.toml``. Several account profiles can be saved; each holds where and as whom to sign
in, plus the per-account preferences (default region, record URL template, queue log-in/-out,
route overrides for the phone system's route table). Passwords and tickets live in the keyring only
(:mod:`cti_desktop.core.secrets`); :func:`SettingsStore.save` refuses keys that look like secrets.

Writes are atomic (a temporary file in the same folder, then ``os.replace``).

Reading is careful, because the file is outside input: it is opened without blocking and checked
on the opened descriptor, so a FIFO, a device (a link to ``/dev/zero``) or a folder in its place is
refused without being read; at most :data:`MAX_FILE_BYTES` are read; the text must be UTF-8; TOML
nesting deeper than :data:`MAX_NESTING` (arrays, inline tables or dotted keys) is refused before the
parser could recurse into it. Every such refusal is a :class:`SettingsError` naming the file and the
problem in words; :func:`parse_settings_bytes` / :func:`parse_settings_text` are the pure parsers
(any input → :class:`Settings` or :class:`SettingsError`). Values of the wrong type inside a good
file fall back to their defaults with a warning.

:meth:`SettingsStore.load` never raises: a file that cannot be used becomes the defaults plus
:attr:`SettingsStore.notice` in words. A file that was read but not understood (not UTF-8, not TOML,
nested too deep) is kept next to it as ``settings.toml.bak``, so nothing the person had is lost, and
saving works again. A file that could not be read at all (not a regular file, too large, no
permission) is left exactly where it is, and :meth:`SettingsStore.save` does not write over it
during this session (it returns False; the notice says so).
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import re
import stat
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
from .vendors import catalog

log = logging.getLogger(__name__)

APP_NAME = "cti-desktop"
ENV_CONFIG_DIR = "CTI_DESKTOP_CONFIG_DIR"
FILE_NAME = "settings.toml"
SCHEMA_VERSION = 1
#: Account option values the settings file may hold (never a secret: see ``_SECRET_KEY``).
_OPTION_TYPES = (str, int, float, bool)

#: Key names that must never be written to the settings file.
_SECRET_KEY = re.compile(r"(?i)(password|passwd|secret|ticket|token|api[_-]?key|cookie)")
_PROFILE_NAME = re.compile(r"^[\w .@+\-]{1,64}$")

#: The largest settings file read (a real one is a few KiB).
MAX_FILE_BYTES = 1024 * 1024
#: The deepest nesting of tables, arrays and inline tables accepted (ours is at most 4 deep).
MAX_NESTING = 32
#: Numbers in options and thresholds must fit a 32-bit int (what Qt widgets and timers take).
_INT_LIMIT = 2**31 - 1


class SettingsError(InvalidInput):
    """The settings file (or settings text) cannot be used; the message names the file and why."""

    kind = "settings"


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
    #: The source's account options (e.g. ``region``, ``api``: what its phone system takes).
    options: dict[str, Any] = field(default_factory=dict)

    def account(self) -> Account:
        return Account(backend=self.kind, server=self.server, domain=self.domain, user=self.user,
                       options=dict(self.options))

    def validate(self) -> None:
        vendors = catalog()
        spec = vendors.get(self.kind)
        if spec is None:
            raise InvalidInput(f"Unknown directory kind {self.kind!r}; use one of {', '.join(vendors.keys)}")
        problem = spec.source_problem(self.server, self.domain, self.user) if spec.source_problem else ""
        if problem:
            raise InvalidInput(problem)
        _check_options(self.options, f"the {self.kind} directory source")


def _default_backend() -> str:
    """The installed catalog's default phone system ("" before one is installed)."""
    try:
        return catalog().default.key
    except RuntimeError:
        return ""


def _known_kinds() -> tuple[str, ...]:
    """The installed phone systems (none before a catalog is installed: every source is skipped)."""
    try:
        return catalog().keys
    except RuntimeError:
        return ()


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
            raise InvalidInput("A profile name needs 1–64 letters, digits, spaces or . @ + - _")
        vendors = catalog()
        spec = vendors.get(self.backend)
        if spec is None:
            raise InvalidInput(f"Unknown backend {self.backend!r}; this version supports: {', '.join(vendors.keys)}")
        problem = spec.profile_problem(self.server, self.domain, self.user) if spec.profile_problem else ""
        if problem:
            raise InvalidInput(problem)
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
    #: After-call work (TOML table ``[after_call]``: enabled, scope, seconds, extend_seconds,
    #: max_seconds, activity), as read; checked by :class:`cti_desktop.core.after_call.AfterCallSettings`.
    after_call: dict = field(default_factory=dict)

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
        if f.name in ("window", "profiles", "options", "directories", "wallboard_thresholds", "after_call"):
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
    after_call = data.get("after_call")
    if isinstance(after_call, Mapping):
        settings.after_call = {str(k): v for k, v in after_call.items() if isinstance(v, (str, int, float, bool))}
    elif after_call is not None:
        log.warning("settings: after_call is not a table; after-call work stays off")
    return settings


def _plain_numbers(raw: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Nested tables of numbers, as they were (other values are dropped with a warning)."""
    out: dict[str, Any] = {}
    for key, value in raw.items():
        if isinstance(value, Mapping):
            out[str(key)] = _plain_numbers(value, f"{where}.{key}")
        elif _plain_number(value):
            out[str(key)] = value
        else:
            log.warning("settings: %s.%s is not a number of a sensible size; ignored", where, key)
    return out


def _plain_number(value: Any) -> bool:
    """An int within ±2³¹, or a finite float (no bool, no 10**300, no inf/nan)."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -_INT_LIMIT <= value <= _INT_LIMIT
    return isinstance(value, float) and math.isfinite(value) and abs(value) <= _INT_LIMIT


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
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and not _plain_number(value):
            log.warning("settings: %s.%s is not a number of a sensible size; ignored", where, key)
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
        if not isinstance(item, Mapping) or item.get("kind") not in _known_kinds():
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
        if f.name in ("wallboard_thresholds", "after_call") and not getattr(settings, f.name):
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


# ---------------------------------------------------------------------------------- reading input
def _toml_nesting(text: str) -> int:
    """The deepest nesting of ``[`` / ``{`` outside strings and comments (table headers count 1–2).

    A linear scan, so that a file of ``a=[[[[…`` is refused before ``tomllib`` recurses into it.
    Dotted keys nest too; they are checked on the parsed data (:func:`_data_nesting`).
    """
    depth = deepest = 0
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "#":
            end = text.find("\n", i)
            i = n if end < 0 else end + 1
            continue
        if ch in "\"'":
            triple = text.startswith(ch * 3, i)
            close = ch * 3 if triple else ch
            j = i + len(close)
            while j < n:
                c = text[j]
                if c == "\\" and ch == '"':
                    j += 2
                    continue
                if not triple and c == "\n":
                    break  # an unterminated one-line string: tomllib refuses it
                if text.startswith(close, j):
                    j += len(close)
                    extra = 0
                    while triple and extra < 2 and j < n and text[j] == ch:  # """a""""" ends on the last three
                        j += 1
                        extra += 1
                    break
                j += 1
            i = j
            continue
        if ch in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "]}":
            depth = max(0, depth - 1)
        i += 1
    return deepest


def _data_nesting(data: Any) -> int:
    """The deepest nesting of dicts and lists in parsed data (iterative: never recurses)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        depth += 1
        if depth > deepest:
            deepest = depth
            if deepest > MAX_NESTING + 1:
                return deepest
        stack.extend((child, depth) for child in children)
    return deepest


def parse_settings_text(text: str, *, source: str = "The settings text") -> Settings:
    """TOML text → :class:`Settings`, or :class:`SettingsError` in words. Pure: no I/O.

    ``source`` starts the message ("The settings file /home/…/settings.toml").
    """
    if not isinstance(text, str):
        raise SettingsError(f"{source} is not text")
    if len(text) > MAX_FILE_BYTES:
        raise SettingsError(f"{source} is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SettingsError(f"{source} contains characters that are not valid Unicode") from None
    if _toml_nesting(text) > MAX_NESTING:
        raise SettingsError(f"{source} nests tables or lists more than {MAX_NESTING} levels deep")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"{source} is not valid TOML ({exc})") from None
    except RecursionError:
        raise SettingsError(f"{source} nests tables or lists more than {MAX_NESTING} levels deep") from None
    except ValueError as exc:  # an integer of more than 4300 digits
        what = "a number with too many digits" if "digits" in str(exc) else "a value that cannot be read"
        raise SettingsError(f"{source} holds {what}") from None
    # One level for the document itself, one for wallboard_thresholds.queues.<id>, …
    if _data_nesting(data) > MAX_NESTING + 1:
        raise SettingsError(f"{source} nests tables or lists more than {MAX_NESTING} levels deep")
    return settings_from_dict(data)


def parse_settings_bytes(raw: bytes, *, source: str = "The settings text") -> Settings:
    """The bytes of a settings file → :class:`Settings`, or :class:`SettingsError` in words. Pure."""
    if len(raw) > MAX_FILE_BYTES:
        raise SettingsError(f"{source} is larger than {MAX_FILE_BYTES // 1024} KiB")
    try:
        text = bytes(raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SettingsError(f"{source} is not UTF-8 text (a bad byte at position {exc.start})") from None
    return parse_settings_text(text, source=source)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_settings_file(path: Path) -> bytes | None:
    """The bytes of ``path`` (None when there is no file), or :class:`SettingsError` in words.

    Opened without blocking (a FIFO must not hang start-up) and checked on the opened descriptor:
    only a regular file is read (a symbolic link to one is fine), and at most
    :data:`MAX_FILE_BYTES`.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise SettingsError(f"The settings file {path} is a folder, not a file") from None
    except OSError as exc:
        raise SettingsError(f"The settings file {path} could not be opened ({exc.strerror or exc})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SettingsError(f"The settings file {path} is {_file_kind(info.st_mode)}, not a regular file; it was not read")
        if info.st_size > MAX_FILE_BYTES:
            raise SettingsError(f"The settings file {path} is larger than {MAX_FILE_BYTES // 1024} KiB; it was not read")
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk = os.read(fd, min(65536, MAX_FILE_BYTES + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > MAX_FILE_BYTES:  # it grew while we read
                raise SettingsError(f"The settings file {path} is larger than {MAX_FILE_BYTES // 1024} KiB; it was not read")
        return b"".join(chunks)
    except OSError as exc:
        raise SettingsError(f"The settings file {path} could not be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)


# ------------------------------------------------------------------------------------------ store
class SettingsStore:
    """Loads and saves :class:`Settings` to ``<dir>/settings.toml``."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory if directory is not None else config_dir()
        self.path = self.directory / FILE_NAME
        #: Words for the person when the file could not be used (empty when all went well).
        self.notice = ""
        #: Why the file could not be used (None when all went well).
        self.error: SettingsError | None = None
        self._leave_alone = False

    @property
    def backup_path(self) -> Path:
        return self.path.with_name(FILE_NAME + ".bak")

    def load(self) -> Settings:
        """The settings in the file, or the defaults with :attr:`notice` in words. Never raises."""
        self.notice = ""
        self.error = None
        self._leave_alone = False
        try:
            raw = read_settings_file(self.path)
        except SettingsError as exc:
            self.error = exc
            self._leave_alone = True
            self.notice = (f"{exc}. The defaults are in use; the file is left as it is and nothing is saved over it "
                           "until it is fixed or removed.")
            log.warning("settings: %s", self.notice)
            return Settings()
        if raw is None:
            return Settings()
        try:
            return parse_settings_bytes(raw, source=f"The settings file {self.path}")
        except SettingsError as exc:
            self.error = exc
            kept = self._keep_corrupt()
            self.notice = f"{exc}. The defaults are in use; " + (
                f"the damaged file is kept as {kept}." if kept else "the damaged file could not be kept."
            )
            log.warning("settings: %s", self.notice)
            return Settings()

    @property
    def writable(self) -> bool:
        """False while a file that could not be read is being left alone (see :meth:`save`)."""
        return not self._leave_alone

    def _keep_corrupt(self) -> Path | None:
        try:
            os.replace(self.path, self.backup_path)
        except OSError as exc:
            log.warning("settings: could not keep the damaged file: %s", exc)
            return None
        return self.backup_path

    def save(self, settings: Settings) -> bool:
        """Write atomically: a temporary file in the same folder, flushed, then renamed over.

        Returns False, writing nothing, while the file that was there could not be read (it is left
        as it was: see :meth:`load`); True when written.
        """
        if self._leave_alone:
            log.warning("settings: not saved, the unreadable settings file %s is left as it is", self.path)
            return False
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
        return True
