"""Which presence is "wrap-up" for an account, and what is written back when it ends (no Qt).

The phone system's activity list is the account's own (a reference says: "Activity types can be
managed under 'Presence states/Activities' in the 'Admin view'"; the reference's examples are "free,
busy, lunch, meeting", its sample list available/lunch/meeting). So :func:`wrap_target` chooses: the
activity the settings name; else one the administrator made for it (its id or name says wrap-up,
after-call work, ACW, post-call); else ``busy`` (the reference's own example type for "not to be
offered calls now", and what the simulator offers); else my current activity marked not available
with the note "After-call work". An activity such as lunch or meeting would tell colleagues
something false, so it is never chosen on its own. :func:`restore_target` is what goes back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from cti_desktop.i18n import translate

from .models import Activity, Presence

log = logging.getLogger("cti_desktop.core.after_call")  # one logger for after-call work, whichever part speaks

#: The note written with the fallback wrap-up presence (the current activity, not available).
WRAP_NOTE = "After-call work"
#: Names of activities an administrator makes for wrap-up.
_WRAP_NAME = re.compile(r"(?i)wrap|after[\s_-]*call|\bacw\b|post[\s_-]*call")
#: The activity chosen when the account has no wrap-up activity of its own (the reference's example).
BUSY_ACTIVITY = "busy"


@dataclass(frozen=True, slots=True)
class PresenceTarget:
    """A presence to write: the activity, its availability and (unless None) the note."""

    activity: str
    available: bool
    note: str | None = None

    def matches(self, presence: Presence) -> bool:
        """Does ``presence`` (the server's word) show this target?"""
        if presence.activity != self.activity or presence.available != self.available:
            return False
        return self.note is None or presence.note == self.note

    def describe(self, names: Mapping[str, str] | None = None) -> str:
        name = (names or {}).get(self.activity) or self.activity.replace("_", " ").capitalize() or translate("AfterCall", "your presence")
        return name if self.available else translate("AfterCall", "{name} (not available)").format(name=name)


def is_wrap_activity(activity: Activity) -> bool:
    return bool(_WRAP_NAME.search(activity.id) or _WRAP_NAME.search(activity.name))


def wrap_target(activities: Iterable[Activity], current: Presence, configured: str = "") -> PresenceTarget:
    """The wrap-up presence for this account (see the module's words on the choice)."""
    listed = list(activities)
    by_id = {a.id: a for a in listed}
    if configured and configured in by_id:
        return PresenceTarget(configured, False)
    if configured:
        log.warning("after-call work: the activity %r is not one of this account's; choosing one", configured)
    for activity in listed:
        if is_wrap_activity(activity):
            return PresenceTarget(activity.id, False)
    if BUSY_ACTIVITY in by_id:
        return PresenceTarget(BUSY_ACTIVITY, False)
    return PresenceTarget(current.activity, False, WRAP_NOTE)


def restore_target(before: Presence, wrap: PresenceTarget) -> PresenceTarget:
    """What to write back: the activity and availability before, and the note if wrap-up wrote one."""
    return PresenceTarget(before.activity, before.available, before.note if wrap.note is not None else None)
