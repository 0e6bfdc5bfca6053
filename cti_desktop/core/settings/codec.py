"""Settings ↔ the plain data of the TOML file: values of the wrong type fall back to their defaults
with a warning; writing refuses any key that looks like a secret."""

from __future__ import annotations

import dataclasses
import logging
import math
from collections.abc import Mapping
from typing import Any

from ..global_keys import ACTIONS as GLOBAL_ACTIONS, OFF as GLOBAL_OFF, GlobalKeyRefused, parse_key as parse_global_key
from .pops import pops_from, pops_to
from .schema import (
    LANGUAGES,
    OPTION_TYPES,
    SECRET_KEY,
    THEMES,
    Profile,
    ProfileDirectory,
    Settings,
    WindowSettings,
    known_kinds,
)

log = logging.getLogger("cti_desktop.core.settings")  # one logger for the settings, whichever part speaks

SCHEMA_VERSION = 1
#: Numbers in options and thresholds must fit a 32-bit int (what Qt widgets and timers take).
_INT_LIMIT = 2**31 - 1


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
        if f.name in ("window", "profiles", "options", "directories", "wallboard_thresholds", "pops", "after_call",
                      "shortcuts", "global_keys", "other_tables"):
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
    settings.pops = pops_from(data.get("pops"))
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
    for name, choices in (("theme", THEMES), ("language", LANGUAGES)):
        if getattr(settings, name) not in choices:
            log.warning("settings: %s is %r, not one of %s; using system", name, getattr(settings, name)[:80],
                        ", ".join(choices))
            setattr(settings, name, "system")
    settings.shortcuts = _shortcuts_from(data.get("shortcuts"))
    settings.global_keys = _global_keys_from(data.get("global_keys"))
    settings.other_tables = _other_tables(data)
    return settings


def _shortcuts_from(raw: Any) -> dict[str, str]:
    """``[shortcuts]``: name → key text; anything else is dropped with a warning."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        log.warning("settings: shortcuts is not a table; the default keys are in use")
        return {}
    out: dict[str, str] = {}
    for key, value in raw.items():
        if isinstance(value, str) and len(value) <= 64:
            out[str(key)] = value
        else:
            log.warning("settings: shortcuts.%s is not a key (text such as \"Ctrl+Shift+H\"); ignored", str(key)[:80])
    return out


def _global_keys_from(raw: Any) -> dict[str, str]:
    """``[global_keys]``: action → key or "off", each checked; unknown actions and refused keys are
    dropped with a warning (the default key is then in use)."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        log.warning("settings: global_keys is not a table; the default keys are in use")
        return {}
    out: dict[str, str] = {}
    for key, value in raw.items():
        name = str(key)[:80]
        if name not in GLOBAL_ACTIONS:
            log.warning("settings: global_keys.%s is not a global shortcut of this version; ignored", name)
            continue
        try:
            parsed = parse_global_key(value)
        except GlobalKeyRefused as exc:
            log.warning("settings: global_keys.%s: %s; the default key is in use", name, exc)
            continue
        out[name] = parsed.text if parsed is not None else GLOBAL_OFF
    return out


#: Top-level keys the file has besides the fields of :class:`Settings`.
_FILE_KEYS = frozenset({"version"})


def _other_tables(data: Mapping[str, Any]) -> dict[str, Any]:
    """The top-level keys this version does not know, kept to be written back (never a secret)."""
    known = {f.name for f in dataclasses.fields(Settings)} | _FILE_KEYS
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in known:
            continue
        if _has_secret_key({key: value}):
            log.warning("settings: %s looks like it holds a secret; it is not kept (secrets belong in the keyring)",
                        str(key)[:80])
            continue
        out[str(key)] = value
    return out


def _has_secret_key(data: Mapping[str, Any]) -> bool:
    try:
        _refuse_secrets(data, "")
    except ValueError:
        return True
    return False


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
        if SECRET_KEY.search(str(key)):
            log.warning("settings: %s.%s looks like a secret; ignored (secrets belong in the keyring)", where, key)
        elif key == "routes" and isinstance(value, Mapping):
            options[key] = {str(k): str(v) for k, v in value.items() if isinstance(v, str)}
        elif isinstance(value, (int, float)) and not isinstance(value, bool) and not _plain_number(value):
            log.warning("settings: %s.%s is not a number of a sensible size; ignored", where, key)
        elif isinstance(value, OPTION_TYPES):
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
        if not isinstance(item, Mapping) or item.get("kind") not in known_kinds():
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


_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Settings))


def settings_to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {key: value for key, value in settings.other_tables.items()
                            if key not in _FILE_KEYS and key not in _FIELD_NAMES}
    data["version"] = SCHEMA_VERSION
    for f in dataclasses.fields(Settings):
        if f.name in ("profiles", "window", "other_tables"):
            continue
        if f.name == "pops":
            data["pops"] = pops_to(settings.pops)
            continue
        if f.name in ("wallboard_thresholds", "after_call", "shortcuts", "global_keys") and not getattr(settings, f.name):
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
        if SECRET_KEY.search(str(key)) and not isinstance(value, Mapping):
            raise ValueError(f"refusing to write {where}{key} to the settings file: secrets belong in the keyring")
        if isinstance(value, Mapping):
            _refuse_secrets(value, f"{where}{key}.")
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, Mapping):
                    _refuse_secrets(item, f"{where}{key}[].")
