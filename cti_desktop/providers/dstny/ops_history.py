"""The Dstny client's history operations: the Communication Log API and voicemail settings.

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient` (it uses the client's
``self._json`` / ``self._send``). Request shapes follow the reference's parameter lists:

* list: ``limit`` and ``itemType`` repeated per type;
* mark one item seen and/or played: ``isSeen``, ``isPlayed`` and ``updateCallItem`` — all three
  required; each says whether that state "should be set" (``false`` leaves it alone);
* mark many in one request: ``itemId`` repeated, ``untilItemId``, ``itemType`` repeated, ``isSeen``,
  ``isPlayed``, ``updateCallItem`` — all required; the answer is empty when every id was found,
  else the ids not found "as a string";
* delete one item: ``updateCallItem`` (required);
* delete many in one request: ``itemId`` repeated and ``updateCallItem`` (all optional there). We
  never send ``untilItemId`` ("Delete all items until this id") nor ``itemType`` ("Delete items of
  these types"): either would widen the deletion past the items the person chose. The answer, as
  for the bulk mark, is the ids not found "as a string" (nothing when all were found);
* trash one item: ``delete`` (optional boolean): ``true`` sets the deletion time ("moves an item to
  the trash"), ``false`` clears it ("moves it back to the inbox"); we always send it;
* read one item: no parameters (``deleted`` and ``markAsDelete`` would read only deleted or only
  trashed items); the answer is the list's envelope holding that one item;
* group inbox: no parameters;
* voicemail settings: read, and update with a JSON body of the stated settings.

``updateCallItem`` is ``true`` exactly when the item belongs to a call item (a voicemail left after
a missed call): listening to the message deals with the missed call too; otherwise ``false``. A
delete sends ``false``: deleting one row never deletes another the person did not choose.

The reference's "Set the deleted flag … used for further expunging of voicemail items" is not
sent: the app deletes outright (``log.delete``) or moves a voicemail to the trash (``log.trash``);
the flag only feeds the server's own expunging, with no effect stated that an agent would see.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from ...core.errors import InvalidInput, NotFound
from ...core.models import CommLogItem
from ...core.voicemail import VoicemailSettings
from . import wire
from .wire import query_flag

__all__ = ["HistoryOps", "HISTORY_FEATURES"]

HISTORY_FEATURES = {
    "log.seen_many": "Call history",
    "log.group_inbox": "Group inbox",
    "log.delete_many": "Call history",
    "log.trash": "Call history",
    "log.item": "Call history",
    "cfg.voicemail": "Voicemail settings",
    "cfg.voicemail_put": "Voicemail settings",
}


_ITEM_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")



def _types(types: Iterable[str]) -> list[str]:
    out = []
    for t in types:
        name = str(t).strip().upper()
        if name not in wire.COMMLOG_TYPES:
            raise InvalidInput(f"Call history: {t!r} is not a kind of history item")
        out.append(name)
    return list(dict.fromkeys(out))


class HistoryOps:
    """Communication log, group inbox and voicemail settings of the signed-in user."""

    _json: Any
    _send: Any

    async def history(self, *, max_items: int = 100, types: Sequence[str] = ()) -> list[CommLogItem]:
        params: list[tuple[str, str]] = [("limit", str(max(1, int(max_items))))]
        params += [("itemType", t) for t in _types(types)]
        return wire.parse_commlog(await self._json("log.list", params=params))

    async def group_inbox(self) -> list[CommLogItem]:
        """The voicemails of my groups' inboxes (each says its ``inbox_name``)."""
        return wire.parse_commlog(await self._json("log.group_inbox"))

    async def mark_item(self, item_id: str, *, seen: bool = True, played: bool = False,
                        update_call_item: bool = False) -> None:
        params = {"isSeen": query_flag(seen), "isPlayed": query_flag(played), "updateCallItem": query_flag(update_call_item)}
        await self._send("log.seen", fields={"item": item_id}, params=params, command=True)

    async def mark_seen(self, item_id: str) -> None:
        await self.mark_item(item_id, seen=True, played=False, update_call_item=False)

    async def mark_played(self, item_id: str, *, update_call_item: bool = False) -> None:
        """Played (and so seen); with ``update_call_item`` the call the message belongs to too."""
        await self.mark_item(item_id, seen=True, played=True, update_call_item=update_call_item)

    async def mark_many_seen(self, item_ids: Sequence[str], *, types: Sequence[str]) -> list[str]:
        """Mark these items (of these types) seen in one request; the ids the server did not find."""
        ids = [str(i) for i in dict.fromkeys(item_ids) if str(i)]
        if not ids:
            return []
        if not all(i.isdigit() for i in ids):
            raise InvalidInput("Call history: these items cannot be marked together")
        kinds = _types(types)
        if not kinds:
            raise InvalidInput("Call history: say which kinds of items to mark")
        params: list[tuple[str, str]] = [("itemId", i) for i in ids]
        params += [("untilItemId", str(max(int(i) for i in ids)))]
        params += [("itemType", t) for t in kinds]
        params += [("isSeen", "true"), ("isPlayed", "false"), ("updateCallItem", "false")]
        response = await self._send("log.seen_many", params=params, command=True)
        return wire.commlog_missing_ids(response.content)

    async def delete_history_item(self, item_id: str, *, update_call_item: bool = False) -> None:
        """Delete one item (with ``update_call_item`` the call item it belongs to too)."""
        await self._send("log.delete", fields={"item": item_id},
                         params={"updateCallItem": query_flag(update_call_item)}, command=True)

    async def delete_history_items(self, item_ids: Sequence[str]) -> list[str]:
        """Delete these items in one request; the ids the server did not find (already gone)."""
        ids = [str(i) for i in dict.fromkeys(item_ids) if str(i)]
        if not ids:
            return []
        if not all(_ITEM_ID.fullmatch(i) for i in ids):
            raise InvalidInput("Call history: these items cannot be deleted together")
        params: list[tuple[str, str]] = [("itemId", i) for i in ids] + [("updateCallItem", "false")]
        response = await self._send("log.delete_many", params=params, command=True)
        return [i for i in wire.commlog_missing_ids(response.content) if i in ids]

    async def trash_history_item(self, item_id: str, *, trash: bool = True) -> None:
        """Set (``trash``) or clear the item's deletion time: to the trash, or back to the inbox."""
        await self._send("log.trash", fields={"item": item_id}, params={"delete": query_flag(trash)}, command=True)

    async def history_item(self, item_id: str) -> CommLogItem:
        """Read one item of my log as it is now (:class:`NotFound` when it is not in the inbox)."""
        items = wire.parse_commlog(await self._json("log.item", fields={"item": item_id}))
        for item in items:
            if item.item_id == str(item_id):
                return item
        raise NotFound("Call history: the server no longer has this item")

    async def voicemail_settings(self) -> VoicemailSettings:
        return wire.parse_voicemail_settings(await self._json("cfg.voicemail"))

    async def update_voicemail_settings(self, settings: VoicemailSettings) -> VoicemailSettings:
        body = wire.voicemail_settings_body(settings)
        if not body:
            raise InvalidInput("Voicemail settings: nothing to change")
        answer = await self._json("cfg.voicemail_put", body=body, command=True)
        return wire.parse_voicemail_settings(answer) if answer is not None else await self.voicemail_settings()
