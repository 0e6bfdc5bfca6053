"""Voicemail settings of an end user, and what a phone system that keeps them provides.

:class:`VoicemailSettings` holds the settings by their meaning; a field is ``None`` when the server
did not say. :data:`SETTING_WORDS` gives each a label for the panel. A backend that lets the person
see and change them provides :class:`VoicemailSettingsStore` (its ``voicemail_settings`` and
``update_voicemail_settings``); a backend without them simply lacks those methods. The history's
optional abilities are protocols here too: :class:`PlayedMarks`, :class:`BulkSeenMarks`,
:class:`GroupInbox`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Protocol, runtime_checkable

from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP

from .models import CommLogItem

__all__ = ["SETTING_WORDS", "BulkSeenMarks", "GroupInbox", "PlayedMarks", "VoicemailSettings", "VoicemailSettingsStore"]


@dataclass(frozen=True, slots=True)
class VoicemailSettings:
    allow_voicemail: bool | None = None
    bypass_voicemail: bool | None = None
    play_activity: bool | None = None
    play_merged_unavailable_end_time: bool | None = None
    play_human_assistance: bool | None = None
    human_assistance_number: str | None = None
    sms_notification: bool | None = None
    email_notification: bool | None = None
    file_attached: bool | None = None
    inbox_full_sms_notification: bool | None = None
    inbox_full_email_notification: bool | None = None
    allow_download: bool | None = None
    callback_enabled: bool | None = None

    def changed(self, **values: object) -> VoicemailSettings:
        return replace(self, **values)

    def known(self) -> dict[str, object]:
        """The settings the server stated, by field name."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}


#: Field name → what the person reads in the panel.
SETTING_WORDS: Mapping[str, str] = TranslatedWords("VoicemailSettings", {
    "allow_voicemail": QT_TRANSLATE_NOOP("VoicemailSettings", "Callers may leave a voicemail"),
    "bypass_voicemail": QT_TRANSLATE_NOOP("VoicemailSettings", "Callers may skip the voicemail greeting"),
    "play_activity": QT_TRANSLATE_NOOP("VoicemailSettings", "The greeting says what I am doing (my presence)"),
    "play_merged_unavailable_end_time": QT_TRANSLATE_NOOP("VoicemailSettings", "The greeting says when I am back"),
    "play_human_assistance": QT_TRANSLATE_NOOP("VoicemailSettings", "The greeting offers to reach a person"),
    "human_assistance_number": QT_TRANSLATE_NOOP("VoicemailSettings", "Number that reaches a person"),
    "sms_notification": QT_TRANSLATE_NOOP("VoicemailSettings", "Tell me of new voicemail by SMS"),
    "email_notification": QT_TRANSLATE_NOOP("VoicemailSettings", "Tell me of new voicemail by email"),
    "file_attached": QT_TRANSLATE_NOOP("VoicemailSettings", "Attach the message to the email"),
    "inbox_full_sms_notification": QT_TRANSLATE_NOOP("VoicemailSettings", "SMS when my voicemail box is nearly full"),
    "inbox_full_email_notification": QT_TRANSLATE_NOOP("VoicemailSettings", "Email when my voicemail box is nearly full"),
    "allow_download": QT_TRANSLATE_NOOP("VoicemailSettings", "Messages may be downloaded in the mobile app"),
    "callback_enabled": QT_TRANSLATE_NOOP("VoicemailSettings", "Offer to call back who left a message"),
})


@runtime_checkable
class VoicemailSettingsStore(Protocol):
    async def voicemail_settings(self) -> VoicemailSettings: ...
    async def update_voicemail_settings(self, settings: VoicemailSettings) -> VoicemailSettings: ...


@runtime_checkable
class PlayedMarks(Protocol):
    """A history that keeps whether a voicemail or recording was listened to."""

    async def mark_played(self, item_id: str, *, update_call_item: bool = False) -> None: ...


@runtime_checkable
class BulkSeenMarks(Protocol):
    """A history that marks many items seen in one request; answers the ids it did not find."""

    async def mark_many_seen(self, item_ids: Sequence[str], *, types: Sequence[str]) -> list[str]: ...


@runtime_checkable
class GroupInbox(Protocol):
    """The voicemails left in my groups' inboxes (each item says its ``inbox_name``)."""

    async def group_inbox(self) -> list[CommLogItem]: ...
