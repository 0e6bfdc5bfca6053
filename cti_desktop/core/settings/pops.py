"""The ``[pops]`` section: whether incoming calls pop a window, and in which corner of the screen.

```toml
[pops]
enabled = true        # false: no pop window (agents who answer on a desk phone); the desktop
                      # notification alone tells of the call (nothing, when notifications are off)
corner = "auto"       # "auto" (the corner away from the main window) or "top-right", "top-left",
                      # "bottom-right", "bottom-left"
```

Reading never fails: a value of the wrong type or an unknown corner falls back to its default with a
warning in words, like the other sections. :meth:`PopSettings.validate` is the check a settings
dialog runs before it keeps what the person chose (an :class:`~cti_desktop.core.errors.InvalidInput`
in words).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cti_desktop.i18n import translate

from ..errors import InvalidInput

log = logging.getLogger("cti_desktop.core.settings")  # one logger for the settings, whichever part speaks

#: The corner chosen from where the main window is.
AUTO = "auto"
#: The corners a person can pick, in the words the file uses.
CORNERS = ("top-right", "top-left", "bottom-right", "bottom-left")
CORNER_CHOICES = (AUTO, *CORNERS)


@dataclass(slots=True)
class PopSettings:
    """``[pops]``: pop windows on or off, and their corner (``auto`` or one of :data:`CORNERS`)."""

    enabled: bool = True
    corner: str = AUTO

    def validate(self) -> None:
        if not isinstance(self.enabled, bool):
            raise InvalidInput(translate("Pops", "Pops: “enabled” must be true or false"))
        if self.corner not in CORNER_CHOICES:
            raise InvalidInput(translate("Pops", "Pops: the corner {corner!r} is not one of {join}").format(corner=self.corner, join=', '.join(CORNER_CHOICES)))


def pops_from(raw: Any, where: str = "pops") -> PopSettings:
    """The ``[pops]`` table → :class:`PopSettings`; anything unusable becomes its default, with a warning."""
    settings = PopSettings()
    if raw is None:
        return settings
    if not isinstance(raw, Mapping):
        log.warning("settings: %s is not a table; pops use their defaults", where)
        return settings
    enabled = raw.get("enabled", settings.enabled)
    if isinstance(enabled, bool):
        settings.enabled = enabled
    else:
        log.warning("settings: %s.enabled must be true or false (it is %s); pops stay on", where,
                    type(enabled).__name__)
    corner = raw.get("corner", settings.corner)
    if isinstance(corner, str) and corner.strip().lower() in CORNER_CHOICES:
        settings.corner = corner.strip().lower()
    else:
        shown = repr(corner) if isinstance(corner, str) else f"a {type(corner).__name__}"
        log.warning("settings: %s.corner is %s, not one of %s; using %s", where, shown[:80],
                    ", ".join(CORNER_CHOICES), AUTO)
    for key in raw:
        if key not in ("enabled", "corner"):
            log.warning("settings: %s.%s is not a pops setting; ignored", where, str(key)[:80])
    return settings


def pops_to(settings: PopSettings) -> dict[str, Any]:
    return {"enabled": settings.enabled, "corner": settings.corner}
