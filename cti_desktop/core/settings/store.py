"""Where the settings file lives, and :class:`SettingsStore`: load (never raises; a file that cannot
be used becomes the defaults plus a notice) and atomic save."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import platformdirs

from cti_desktop.i18n import translate

from .codec import settings_to_dict
from .reading import SettingsError, parse_settings_bytes, read_settings_file
from .schema import Settings

log = logging.getLogger("cti_desktop.core.settings")  # one logger for the settings, whichever part speaks

APP_NAME = "cti-desktop"
ENV_CONFIG_DIR = "CTI_DESKTOP_CONFIG_DIR"
FILE_NAME = "settings.toml"


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG_DIR)
    if override:
        return Path(override)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


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
            self.notice = (translate("Settings", "{exc}. The defaults are in use; the file is left as it is and nothing is saved over it until it is fixed or removed.").format(exc=exc))
            log.warning("settings: %s", self.notice)
            return Settings()
        if raw is None:
            return Settings()
        try:
            return parse_settings_bytes(raw, source=translate("Settings", "The settings file {path}").format(path=self.path))
        except SettingsError as exc:
            self.error = exc
            kept = self._keep_corrupt()
            self.notice = translate("Settings", "{exc}. The defaults are in use; ").format(exc=exc) + (
                translate("Settings", "the damaged file is kept as {kept}.").format(kept=kept) if kept else translate("Settings", "the damaged file could not be kept.")
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

    def save(self, settings: Settings, *, replace_unreadable: bool = False) -> bool:
        """Write atomically: a temporary file in the same folder, flushed, then renamed over.

        Returns False, writing nothing, while the file that was there could not be read (it is left
        as it was: see :meth:`load`); True when written. ``replace_unreadable`` (the person said yes
        when asked) writes all the same: what was there is first moved aside to
        :attr:`backup_path`, so nothing is lost (an :class:`OSError` when it cannot be moved).
        """
        if self._leave_alone and not replace_unreadable:
            log.warning("settings: not saved, the unreadable settings file %s is left as it is", self.path)
            return False
        if self._leave_alone:
            os.replace(self.path, self.backup_path)
            log.info("settings: the unreadable settings file was moved to %s, as asked", self.backup_path)
            self._leave_alone = False
        import tomli_w  # only a save writes TOML: not imported on the way to the first window

        text = tomli_w.dumps(settings_to_dict(settings))
        self.directory.mkdir(parents=True, exist_ok=True)
        import tempfile  # only a save needs it: not imported on the way to the first window

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
