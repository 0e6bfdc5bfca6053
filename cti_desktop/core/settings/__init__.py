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

The package, one module per job: :mod:`.schema` (the typed settings and a profile's checks),
:mod:`.codec` (settings ↔ the file's plain data), :mod:`.reading` (the file read safely, the pure
parsers), :mod:`.store` (where the file lives, load and save), :mod:`.pops` (the ``[pops]`` section). Top-level keys and tables this version does not know are kept
(``Settings.other_tables``) and written back as they were. Everything is importable from here.
"""

from __future__ import annotations

from .codec import SCHEMA_VERSION, _refuse_secrets, settings_from_dict, settings_to_dict  # noqa: F401
from .reading import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    SettingsError,
    parse_settings_bytes,
    parse_settings_text,
    read_settings_file,
)
from .pops import CORNER_CHOICES, CORNERS, PopSettings
from .schema import LANGUAGES, THEMES, Profile, ProfileDirectory, Settings, WindowSettings, check_language, check_theme
from .store import APP_NAME, ENV_CONFIG_DIR, FILE_NAME, SettingsStore, config_dir, log_dir

__all__ = [
    "APP_NAME", "CORNERS", "LANGUAGES", "THEMES", "check_language", "check_theme", "CORNER_CHOICES", "ENV_CONFIG_DIR", "FILE_NAME", "MAX_FILE_BYTES", "MAX_NESTING", "SCHEMA_VERSION", "PopSettings", "Profile",
    "ProfileDirectory", "Settings", "SettingsError", "SettingsStore", "WindowSettings", "config_dir", "log_dir",
    "parse_settings_bytes", "parse_settings_text", "read_settings_file", "settings_from_dict", "settings_to_dict",
]
