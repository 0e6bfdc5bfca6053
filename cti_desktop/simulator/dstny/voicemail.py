"""The simulator's voicemails, recordings, group inboxes and voicemail settings.

:func:`seed_messages` gives every user of an :class:`~.org.Organisation` a few communication-log
items of the types the reference's ``itemType`` lists besides calls — a ``VOICEMAIL`` left after a
missed call (its ``callItemId`` is that call; unplayed, unseen), an older played one, and a
``RECORDING`` — and every group an inbox (``org.group_inbox``: group id → items shaped like the
reference's ``GroupInboxVoiceMailDTO``: ``itemId, startTime, remoteParty{number, displayName},
itemType, isSeen, callItemId, isPlayed, inboxName``). Item ids share the log's id space
(``org.next_item_id``). ``org.voicemail_settings`` holds each user's settings, starting as the
reference's example.

The reference shows no link to a message's audio; the simulator gives one in ``url`` (an https
address under ``media.demo.example``) so the app's link handling can be tried.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .times import iso

__all__ = ["DEFAULT_SETTINGS", "SETTING_TYPES", "message_url", "seed_messages"]

#: The reference's example of a user's voicemail settings (User Voicemail Settings API).
DEFAULT_SETTINGS: dict[str, bool | str] = {
    "playActivity": True,
    "playMergedUnavailableEndTime": False,
    "playHumanAssistance": True,
    "humanAssistanceNumber": "+4676767676",
    "smsNotification": False,
    "emailNotification": True,
    "fileAttached": False,
    "voicemailInboxFullSmsNotification": False,
    "voicemailInboxFullEmailNotification": True,
    "allowDownload": True,
    "allowVoicemail": True,
    "bypassVoicemail": False,
    "voicemailCallbackEnabled": False,
}
#: Each setting's type, from the reference's parameter list (humanAssistanceNumber: string, the rest boolean).
SETTING_TYPES: dict[str, type] = {k: (str if k == "humanAssistanceNumber" else bool) for k in DEFAULT_SETTINGS}


def message_url(item_id: int) -> str:
    return f"https://media.demo.example/voicemail/{item_id}.mp3"


def seed_messages(org, now: datetime) -> None:
    """Seed voicemails, recordings, group inboxes and settings (deterministic; no random draws)."""
    entries = org.directory.entries
    item_id = org.next_item_id
    callers = [(e.number, e.display_name) for e in entries[:8]] or [("+4687000000", "")]
    for n, u in enumerate(org.users.values()):
        number, name = callers[n % len(callers)]
        item_id += 1
        missed = {"itemId": item_id, "startTime": iso(now - timedelta(minutes=40 + n)),
                  "remoteParty": {"number": number, "displayName": name}, "itemType": "MISSED_CALL",
                  "isSeen": False, "duration": 0}
        item_id += 1
        fresh = {"itemId": item_id, "startTime": iso(now - timedelta(minutes=39 + n)),
                 "remoteParty": {"number": number, "displayName": name}, "itemType": "VOICEMAIL",
                 "isSeen": False, "isPlayed": False, "callItemId": missed["itemId"], "duration": 23,
                 "url": message_url(item_id)}
        number2, name2 = callers[(n + 3) % len(callers)]
        item_id += 1
        old = {"itemId": item_id, "startTime": iso(now - timedelta(hours=30)),
               "remoteParty": {"number": number2, "displayName": name2}, "itemType": "VOICEMAIL",
               "isSeen": True, "isPlayed": True, "callItemId": 0, "duration": 41, "url": message_url(item_id)}
        item_id += 1
        recording = {"itemId": item_id, "startTime": iso(now - timedelta(hours=5)),
                     "remoteParty": {"number": number2, "displayName": name2}, "itemType": "RECORDING",
                     "isSeen": True, "isPlayed": False, "callItemId": 0, "duration": 187,
                     "url": message_url(item_id)}
        u.commlog.extend((missed, fresh, old, recording))
    org.group_inbox = {}
    for k, g in enumerate(org.groups.values()):
        number, name = callers[(k + 5) % len(callers)]
        item_id += 1
        org.group_inbox[g.gid] = [{
            "itemId": item_id, "startTime": iso(now - timedelta(minutes=90 + 7 * k)),
            "remoteParty": {"number": number, "displayName": name}, "itemType": "VOICEMAIL",
            "isSeen": False, "callItemId": 0, "isPlayed": False, "inboxName": g.name, "duration": 17,
            "url": message_url(item_id),
        }]
    org.next_item_id = item_id + 1
    org.voicemail_settings = {uid: dict(DEFAULT_SETTINGS) for uid in org.users}
