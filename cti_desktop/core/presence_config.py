"""Presence shortcuts (their editing), the places calls can be set up from, and the presence lists read
at sign-in: the provider-neutral model and protocols, and the checks an edit passes before it is sent.

Plain Python (no Qt): the presence panel's view-models and the providers' backends both see it.
"""

from __future__ import annotations

import re
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from dataclasses import dataclass, field
from typing import Protocol, Sequence, runtime_checkable

from .errors import InvalidInput
from .models import Activity, Role

#: How long a shortcut's presence lasts (the reference's PresenceShortcutDTO ``durationType``).
DURATION_TYPES = ("NO_END_TIME", "UNTIL_NEXT_WORKING_DAY", "MINUTES")
#: The words for each duration type, as the editor offers them.
DURATION_WORDS = TranslatedWords("PresenceShortcuts", {
    "NO_END_TIME": QT_TRANSLATE_NOOP("PresenceShortcuts", "No end time"),
    "UNTIL_NEXT_WORKING_DAY": QT_TRANSLATE_NOOP("PresenceShortcuts", "Until the next working day"),
    "MINUTES": QT_TRANSLATE_NOOP("PresenceShortcuts", "For a number of minutes"),
})
#: A shortcut's icon (the reference's ``imageId`` enum; required) and its words.
IMAGE_WORDS = TranslatedWords("PresenceShortcuts", {
    "ic_shortcut_big_green": QT_TRANSLATE_NOOP("PresenceShortcuts", "Green"),
    "ic_shortcut_big_red": QT_TRANSLATE_NOOP("PresenceShortcuts", "Red"),
    "ic_shortcut_car": QT_TRANSLATE_NOOP("PresenceShortcuts", "Car"),
    "ic_shortcut_coffee": QT_TRANSLATE_NOOP("PresenceShortcuts", "Coffee"),
    "ic_shortcut_home": QT_TRANSLATE_NOOP("PresenceShortcuts", "Home"),
    "ic_shortcut_office": QT_TRANSLATE_NOOP("PresenceShortcuts", "Office"),
    "ic_shortcut_pizza": QT_TRANSLATE_NOOP("PresenceShortcuts", "Pizza"),
    "ic_shortcut_plane": QT_TRANSLATE_NOOP("PresenceShortcuts", "Plane"),
    "ic_shortcut_watch": QT_TRANSLATE_NOOP("PresenceShortcuts", "Watch"),
})
IMAGE_IDS = tuple(IMAGE_WORDS)
DEFAULT_IMAGE_ID = "ic_shortcut_big_green"
#: The longest shortcut name accepted (characters): a button label. The vendor publishes no limit.
NAME_MAX_LENGTH = 40
#: The longest "for N minutes" of a shortcut: one week.
MAX_SHORTCUT_MINUTES = 7 * 24 * 60
#: A diversion number as typed: digits with an optional leading +, spaces, dashes, dots or brackets.
_NUMBER = re.compile(r"^\+?[0-9 ().-]{2,30}$")


@dataclass(frozen=True, slots=True)
class PresenceShortcut:
    """One presence shortcut: a name that sets an activity with its availability, for how long, and
    (with ``apply_diversion_number``) a number calls are diverted to meanwhile."""

    id: str
    name: str = ""
    activity_id: str = ""
    available: bool = False
    duration_type: str = ""  # one of DURATION_TYPES; "" when the server sent none
    duration_minutes: int = 0
    order: int = 0
    image_id: str = ""
    diversion_number: str = ""
    apply_diversion_number: bool = False


@dataclass(frozen=True, slots=True)
class AnswerPlace:
    """Where a call set up for the person rings first (e.g. ``mobile``), with its name in words."""

    id: str
    name: str = ""


@dataclass(frozen=True, slots=True)
class PresenceLists:
    """The lists the presence panel needs, read together (one aggregated document where the phone
    system has one)."""

    activities: list[Activity] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    answer_places: list[AnswerPlace] = field(default_factory=list)


@runtime_checkable
class PresenceShortcutEditing(Protocol):
    """Presence shortcuts that the person may read, create, change, remove and reorder."""

    async def presence_shortcuts(self) -> list[PresenceShortcut]: ...
    async def presence_shortcut(self, shortcut_id: str) -> PresenceShortcut: ...
    async def set_presence_shortcut(self, shortcut_id: str, shortcut: PresenceShortcut) -> None: ...
    async def set_presence_shortcuts(self, shortcuts: Sequence[PresenceShortcut]) -> None: ...
    async def delete_presence_shortcut(self, shortcut_id: str) -> None: ...


@runtime_checkable
class AnswerPlaces(Protocol):
    """The places the person can have calls set up from, and a call set up from one of them."""

    async def places(self) -> list[AnswerPlace]: ...
    async def call_from(self, place_id: str, number: str) -> object | None: ...


def check_shortcut(shortcut: PresenceShortcut, activity_ids: Sequence[str] = ()) -> PresenceShortcut:
    """The shortcut as it will be sent (trimmed, its duration and diversion made consistent), or
    :class:`InvalidInput` saying in words what is wrong. ``activity_ids``: the activities known (none: any)."""
    name = " ".join(shortcut.name.split())
    if not name:
        raise InvalidInput(translate("PresenceConfig", "Give the shortcut a name"))
    if len(name) > NAME_MAX_LENGTH:
        raise InvalidInput(translate("PresenceConfig", "The name is {count} characters long; shorten it to at most {NAME_MAX_LENGTH}").format(count=len(name), NAME_MAX_LENGTH=NAME_MAX_LENGTH))
    activity = shortcut.activity_id.strip()
    if not activity:
        raise InvalidInput(translate("PresenceConfig", "Choose the activity the shortcut sets"))
    if activity_ids and activity not in activity_ids:
        raise InvalidInput(translate("PresenceConfig", "“{activity}” is not one of your presence activities").format(activity=activity))
    kind = shortcut.duration_type.strip().upper()
    if kind not in DURATION_TYPES:
        raise InvalidInput(translate("PresenceConfig", "Choose how long the shortcut's presence lasts"))
    minutes = int(shortcut.duration_minutes)
    if kind == "MINUTES":
        if not 1 <= minutes <= MAX_SHORTCUT_MINUTES:
            raise InvalidInput(translate("PresenceConfig", "Choose between 1 minute and {value} days").format(value=MAX_SHORTCUT_MINUTES // (24 * 60)))
    else:
        minutes = 0
    image = shortcut.image_id.strip() or DEFAULT_IMAGE_ID
    if image not in IMAGE_WORDS:
        raise InvalidInput(translate("PresenceConfig", "Choose one of the shortcut icons"))
    number = shortcut.diversion_number.strip()
    if shortcut.apply_diversion_number:
        if not number:
            raise InvalidInput(translate("PresenceConfig", "Enter the number calls are diverted to, or turn the diversion off"))
        if not _NUMBER.match(number) or sum(ch.isdigit() for ch in number) < 2:
            raise InvalidInput(translate("PresenceConfig", "“{number}” is not a phone number; use digits, e.g. +46 8 123 456").format(number=number))
        number = re.sub(r"[ ().-]", "", number)
    else:
        number = ""
    return PresenceShortcut(id=shortcut.id, name=name, activity_id=activity, available=bool(shortcut.available),
                            duration_type=kind, duration_minutes=minutes, order=int(shortcut.order),
                            image_id=image, diversion_number=number,
                            apply_diversion_number=bool(shortcut.apply_diversion_number))


__all__ = [
    "DEFAULT_IMAGE_ID", "DURATION_TYPES", "DURATION_WORDS", "IMAGE_IDS", "IMAGE_WORDS", "MAX_SHORTCUT_MINUTES",
    "NAME_MAX_LENGTH", "AnswerPlace", "AnswerPlaces", "PresenceLists", "PresenceShortcut", "PresenceShortcutEditing",
    "check_shortcut",
]
