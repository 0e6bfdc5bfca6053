"""User voicemail settings (the reference's "User Voicemail Settings API").

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. The reference's object:
``playActivity, playMergedUnavailableEndTime, playHumanAssistance, humanAssistanceNumber,
smsNotification, emailNotification, fileAttached, voicemailInboxFullSmsNotification,
voicemailInboxFullEmailNotification, allowDownload, allowVoicemail, bypassVoicemail,
voicemailCallbackEnabled`` (all optional when updating). :func:`parse_voicemail_settings` returns
settings or raises :class:`MalformedResponse` (a body that is not an object) for any value at all.
"""

from __future__ import annotations

from typing import Any

from ....core.voicemail import VoicemailSettings
from ...wire_common import to_str as _str
from .base import MalformedResponse, _opt_bool

__all__ = ["WIRE_NAMES", "parse_voicemail_settings", "voicemail_settings_body"]

#: core field → the reference's name
WIRE_NAMES: dict[str, str] = {
    "play_activity": "playActivity",
    "play_merged_unavailable_end_time": "playMergedUnavailableEndTime",
    "play_human_assistance": "playHumanAssistance",
    "human_assistance_number": "humanAssistanceNumber",
    "sms_notification": "smsNotification",
    "email_notification": "emailNotification",
    "file_attached": "fileAttached",
    "inbox_full_sms_notification": "voicemailInboxFullSmsNotification",
    "inbox_full_email_notification": "voicemailInboxFullEmailNotification",
    "allow_download": "allowDownload",
    "allow_voicemail": "allowVoicemail",
    "bypass_voicemail": "bypassVoicemail",
    "callback_enabled": "voicemailCallbackEnabled",
}
_TEXT_FIELDS = ("human_assistance_number",)


def parse_voicemail_settings(value: Any) -> VoicemailSettings:
    if not isinstance(value, dict):
        raise MalformedResponse(f"voicemail settings: expected an object, got {type(value).__name__}")
    values: dict[str, Any] = {}
    for name, wire_name in WIRE_NAMES.items():
        raw = value.get(wire_name)
        if raw is None:
            continue
        values[name] = _str(raw) if name in _TEXT_FIELDS else _opt_bool(raw)
    return VoicemailSettings(**values)


def voicemail_settings_body(settings: VoicemailSettings) -> dict[str, Any]:
    """The update body: the stated settings under the reference's names (unstated ones are left out)."""
    return {WIRE_NAMES[name]: value for name, value in settings.known().items()}
