"""The ``[after_call]`` table of the settings file, read and checked (no Qt, no I/O).

:meth:`AfterCallSettings.from_table` turns the table as read from TOML into settings, or says in
words which value cannot be used (:class:`AfterCallSettingsError`);
:meth:`AfterCallSettings.from_table_or_default` gives the defaults (off) with a warning instead. What
the settings drive is the state machine of :mod:`cti_desktop.core.after_call`.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cti_desktop.i18n import translate

log = logging.getLogger("cti_desktop.core.after_call")  # one logger for after-call work, whichever part speaks

SCOPES = ("queue", "all")


class AfterCallSettingsError(ValueError):
    """A value of the ``[after_call]`` settings table cannot be used (the message says which)."""


@dataclass(frozen=True, slots=True)
class AfterCallSettings:
    """The ``[after_call]`` table of the settings file.

    Off by default: the desktop is used by office staff as much as by queue agents, and wrap-up
    makes the person unavailable to their queues and colleagues after every call — that is a
    decision for the person or their supervisor, not a surprise. Once on, it follows queue calls
    only (what contact-centre products do: wrap-up is queue work), 30 s, extendable by 30 s.
    """

    enabled: bool = False
    #: "queue": only calls that came through a queue (ACD group); "all": every answered call.
    scope: str = "queue"
    seconds: int = 30
    extend_seconds: int = 30
    #: The longest wrap-up, extensions included.
    max_seconds: int = 600
    #: The wrap-up activity's id ("": chosen from the account's list, see :func:`wrap_target`).
    activity: str = ""

    @classmethod
    def from_table(cls, table: Mapping[str, Any] | None) -> "AfterCallSettings":
        """The table as read from TOML → settings; a bad value is :class:`AfterCallSettingsError`."""
        if not table:
            return cls()
        if not isinstance(table, Mapping):
            raise AfterCallSettingsError(translate("AfterCall", "[after_call] is not a table"))
        known = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(str(k) for k in table if k not in known)
        if unknown:
            raise AfterCallSettingsError(translate("AfterCall", "[after_call] has no setting {value!r} (known: {join})").format(value=unknown[0], join=', '.join(sorted(known))))
        values: dict[str, Any] = {}
        defaults = cls()
        for name, value in table.items():
            default = getattr(defaults, name)
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise AfterCallSettingsError(translate("AfterCall", "[after_call] {name} must be true or false").format(name=name))
            elif isinstance(default, int):
                if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 3600:
                    raise AfterCallSettingsError(translate("AfterCall", "[after_call] {name} must be a whole number of seconds, 1 to 3600").format(name=name))
            elif not isinstance(value, str):
                raise AfterCallSettingsError(translate("AfterCall", "[after_call] {name} must be text").format(name=name))
            values[name] = value
        settings = dataclasses.replace(defaults, **values)
        if settings.scope not in SCOPES:
            raise AfterCallSettingsError(translate("AfterCall", "[after_call] scope must be one of {join}, not {scope!r}").format(join=', '.join(SCOPES), scope=settings.scope))
        if settings.max_seconds < settings.seconds:
            raise AfterCallSettingsError(translate("AfterCall", "[after_call] max_seconds must be at least seconds"))
        return settings

    @classmethod
    def from_table_or_default(cls, table: Mapping[str, Any] | None) -> "AfterCallSettings":
        """As :meth:`from_table`, but a bad table gives the defaults (off) with a warning."""
        try:
            return cls.from_table(table)
        except AfterCallSettingsError as exc:
            log.warning("settings: %s; after-call work stays off", exc)
            return cls()
