"""``/api`` handlers of the history: the Communication Log API and the User Voicemail Settings API.

Request shapes are checked as the reference states them, so a client that sends less fails here as
it would on a real server (400 naming the field):

* mark one item (``log.seen``): ``isSeen``, ``isPlayed`` and ``updateCallItem`` are all *required*
  booleans;
* delete one item (``log.delete``): ``updateCallItem`` is *required*;
* mark many (``log.seen_many``): ``itemId`` (repeated), ``untilItemId``, ``itemType`` (repeated, of the
  reference's enumeration), ``isSeen``, ``isPlayed``, ``updateCallItem`` — all required there;
* delete many (``log.delete_many``): ``itemId`` (repeated), ``untilItemId``, ``itemType`` (repeated),
  ``updateCallItem`` — none required, but each must be of its type, and a request naming no items at
  all is refused (it would otherwise mean nothing, or everything);
* trash (``log.trash``): ``delete`` (optional boolean; absent: set, the operation's first meaning);
* read one item (``log.item``): ``deleted``, ``markAsDelete`` (optional booleans).

An item is in one of three places: the inbox (what the list, the group inbox and a plain item read
show), the trash (its ``deletionTime`` set by ``log.trash``; listed and read with
``markAsDelete=true``; ``log.trash`` with ``delete=false`` clears it, back to the inbox) or deleted
(``log.delete``, ``log.delete_many``; listed and read with ``deleted=true``, and found by no command).

Our reading of what the reference leaves open: ``isSeen``/``isPlayed`` say whether that state
"should be set" — ``true`` sets it, ``false`` leaves it as it is (nothing is ever un-seen); playing an
item also makes it seen. ``updateCallItem=true`` applies the same to the item's ``callItemId`` (the
missed call a voicemail was left after). The bulk mark updates the listed items plus every item of the
given types up to ``untilItemId``, and answers an empty 200 when all listed ids were found, else
the ids not found "as a string" (``"12,13"``, text/plain) — the reference's text says those found
are "deleted", a slip copied from the bulk delete beside it, which answers the same way here: the
listed ids it did not find (already deleted, or never there), "as a string". Items of my groups' inboxes are found
by the same item routes. Voicemail settings: ``PUT`` takes any subset of the settings as a JSON
body (each of its stated type) and answers the whole settings.
"""

from __future__ import annotations

import time

from starlette.responses import PlainTextResponse, Response

from .api_base import ApiError, Ctx, handles, ok
from .org import iso
from .voicemail import SETTING_TYPES

ITEM_TYPES = ("OUTGOING_CALL", "MISSED_CALL", "INCOMING_CALL", "VOICEMAIL", "RECORDING", "FAX")
_DTO = {"RECORDING": ".RecordingDTO", "VOICEMAIL": ".VoiceMailDTO", "FAX": ".FaxDTO"}


def _required_bool(c: Ctx, name: str) -> bool:
    val = c.q.get(name)
    if val is None:
        raise ApiError(400, f"{name}.missing", f"{name} is required (true or false)", name)
    if val.lower() not in ("true", "false"):
        raise ApiError(400, f"{name}.invalid", f"{name} must be true or false", name, val)
    return val.lower() == "true"


def _inbox_items(c: Ctx) -> list[dict]:
    inbox = getattr(c.org, "group_inbox", {})
    return [i for g in c.org.groups_of(c.user.user_id) for i in inbox.get(g.gid, ())]


def _place(item: dict) -> str:
    """inbox, trash or deleted."""
    if item.get("deleted"):
        return "deleted"
    return "trash" if item.get("deletionTime") else "inbox"


def _every_item(c: Ctx) -> list[dict]:
    return list(c.user.commlog) + _inbox_items(c)


def _all_items(c: Ctx) -> list[dict]:
    """The items a command finds: those not deleted (in the inbox or the trash)."""
    return [i for i in _every_item(c) if not i.get("deleted")]


def _log_item(c: Ctx, places: tuple[str, ...] = ("inbox", "trash")) -> dict:
    for i in _every_item(c):
        if str(i["itemId"]) == c.params["item"] and _place(i) in places:
            return i
    raise ApiError(404, "item.does.not.exist", f"No log item {c.params['item']}", "itemId", c.params["item"])


def _optional_bool(c: Ctx, name: str) -> bool | None:
    return _required_bool(c, name) if c.q.get(name) is not None else None


def _wanted_place(c: Ctx) -> str:
    """The place a read shows: ``deleted=true`` the deleted items, ``markAsDelete=true`` the trash."""
    deleted, trashed = _optional_bool(c, "deleted"), _optional_bool(c, "markAsDelete")
    if deleted and trashed:
        raise ApiError(400, "deleted.invalid", "deleted and markAsDelete cannot both be true", "deleted", "true")
    return "deleted" if deleted else "trash" if trashed else "inbox"


def _delete(c: Ctx, item: dict, update_call_item: bool) -> None:
    item["deleted"] = True
    item.pop("deletionTime", None)
    if update_call_item and item.get("callItemId"):
        for other in _all_items(c):
            if other["itemId"] == item["callItemId"] and other is not item:
                _delete(c, other, False)


def _mark(c: Ctx, item: dict, seen: bool, played: bool, update_call_item: bool) -> None:
    if played and "isPlayed" in item:
        item["isPlayed"] = True
    if seen or played:
        item["isSeen"] = True
    if update_call_item and item.get("callItemId"):
        for other in _all_items(c):
            if other["itemId"] == item["callItemId"] and other is not item:
                _mark(c, other, seen, played, False)


def _wrap(item: dict, dto: str | None = None) -> dict:
    return {dto or _DTO.get(item["itemType"], ".CallDTO"): item}


@handles("log.list")
async def h_log_list(c: Ctx):
    q = c.q
    place = _wanted_place(c)
    items = [i for i in c.user.commlog if _place(i) == place]
    types = q.getlist("itemType")  # the reference's name, repeated per type
    if types:
        items = [i for i in items if i["itemType"] in types]
    for key, cmp in (("since", lambda i, v: i["itemId"] > v), ("olderThan", lambda i, v: i["itemId"] < v)):
        if (q.get(key) or "").isdigit():
            items = [i for i in items if cmp(i, int(q[key]))]
    if q.get("sinceTime"):
        items = [i for i in items if i["startTime"] >= q["sinceTime"]]
    if q.get("untilTime"):
        items = [i for i in items if i["startTime"] <= q["untilTime"]]
    if q.get("number"):
        items = [i for i in items if i["remoteParty"]["number"] == q["number"]]
    items = sorted(items, key=lambda i: i["itemId"], reverse=True)
    total = len(items)
    limit = q.get("limit")  # the reference's name (not maxItems)
    if limit and limit.isdigit():
        items = items[: int(limit)]
    return ok({"historyItems": [_wrap(i) for i in items], "flushCache": False,
               "generatedAt": iso(time.time()), "hintCount": total})


@handles("log.group_inbox")
async def h_group_inbox(c: Ctx):
    items = sorted((i for i in _inbox_items(c) if _place(i) == "inbox"), key=lambda i: i["itemId"], reverse=True)
    return ok({"historyItems": [_wrap(i, ".GroupInboxVoiceMailDTO") for i in items], "flushCache": False,
               "generatedAt": iso(time.time()), "hintCount": len(items)})


@handles("log.seen")
async def h_log_seen(c: Ctx):
    seen, played, update = (_required_bool(c, n) for n in ("isSeen", "isPlayed", "updateCallItem"))
    item = _log_item(c)
    _mark(c, item, seen, played, update)
    return ok(item)


@handles("log.seen_many")
async def h_log_seen_many(c: Ctx):
    q = c.q
    ids = q.getlist("itemId")
    if not ids:
        raise ApiError(400, "itemId.missing", "itemId is required (repeat it per item)", "itemId")
    until = q.get("untilItemId")
    if until is None or not until.isdigit():
        raise ApiError(400, "untilItemId.invalid" if until else "untilItemId.missing",
                       "untilItemId is required (an item id)", "untilItemId", str(until or ""))
    types = q.getlist("itemType")
    if not types:
        raise ApiError(400, "itemType.missing", "itemType is required (repeat it per type)", "itemType")
    for t in types:
        if t not in ITEM_TYPES:
            raise ApiError(400, "itemType.invalid", f"itemType must be one of {', '.join(ITEM_TYPES)}", "itemType", t)
    seen, played, update = (_required_bool(c, n) for n in ("isSeen", "isPlayed", "updateCallItem"))
    items = _all_items(c)
    by_id = {str(i["itemId"]): i for i in items}
    missing = [i for i in dict.fromkeys(ids) if i not in by_id]
    chosen = [by_id[i] for i in ids if i in by_id and by_id[i]["itemType"] in types]
    chosen += [i for i in items if i["itemType"] in types and i["itemId"] <= int(until)]
    for item in {id(i): i for i in chosen}.values():
        _mark(c, item, seen, played, update)
    if missing:
        return PlainTextResponse(",".join(missing))
    return Response(status_code=200)


@handles("log.delete")
async def h_log_delete(c: Ctx):
    update = _required_bool(c, "updateCallItem")
    _delete(c, _log_item(c), update)
    return ok({})


@handles("log.delete_many")
async def h_log_delete_many(c: Ctx):
    q = c.q
    ids = [i for i in q.getlist("itemId") if i]
    until = q.get("untilItemId")
    if until is not None and not until.isdigit():
        raise ApiError(400, "untilItemId.invalid", "untilItemId must be an item id", "untilItemId", until)
    types = q.getlist("itemType")
    for t in types:
        if t not in ITEM_TYPES:
            raise ApiError(400, "itemType.invalid", f"itemType must be one of {', '.join(ITEM_TYPES)}", "itemType", t)
    update = bool(_optional_bool(c, "updateCallItem"))
    if not ids and until is None and not types:
        raise ApiError(400, "itemId.missing", "say which items to delete: itemId, untilItemId or itemType", "itemId")
    items = _all_items(c)
    by_id = {str(i["itemId"]): i for i in items}
    missing = [i for i in dict.fromkeys(ids) if i not in by_id]
    chosen = [by_id[i] for i in ids if i in by_id]
    if until is not None:
        chosen += [i for i in items if i["itemId"] <= int(until)]
    elif types and not ids:
        chosen += items
    if types:
        chosen = [i for i in chosen if i["itemType"] in types]
    for item in {id(i): i for i in chosen}.values():
        if not item.get("deleted"):
            _delete(c, item, update)
    if missing:
        return PlainTextResponse(",".join(missing))
    return Response(status_code=200)


@handles("log.trash")
async def h_log_trash(c: Ctx):
    trash = _optional_bool(c, "delete")
    item = _log_item(c)
    if trash is None or trash:
        item["deletionTime"] = item.get("deletionTime") or iso(time.time())
    else:
        item.pop("deletionTime", None)
    return ok({})


@handles("log.item")
async def h_log_item(c: Ctx):
    item = _log_item(c, (_wanted_place(c),))
    dto = ".GroupInboxVoiceMailDTO" if item.get("inboxName") else None
    return ok({"historyItems": [_wrap(item, dto)], "flushCache": False,
               "generatedAt": iso(time.time()), "hintCount": 1})


# -- voicemail settings --------------------------------------------------------------------------------

def _settings(c: Ctx) -> dict:
    return c.org.voicemail_settings.setdefault(c.user.user_id, {})


@handles("cfg.voicemail")
async def h_voicemail(c: Ctx):
    return ok(dict(_settings(c)))


@handles("cfg.voicemail_put")
async def h_voicemail_put(c: Ctx):
    body = c.body()
    for key, value in body.items():
        kind = SETTING_TYPES.get(key)
        if kind is None:
            raise ApiError(400, f"{key}.unknown", f"{key} is not a voicemail setting", key)
        if type(value) is not kind:
            raise ApiError(400, f"{key}.invalid", f"{key} must be a {'string' if kind is str else 'boolean'}",
                           key, str(value))
    number = body.get("humanAssistanceNumber")
    if number is not None and number and not (number.startswith("+") and number[1:].isdigit() and 4 <= len(number) <= 16):
        raise ApiError(400, "humanAssistanceNumber.invalid", "humanAssistanceNumber must be a number like +46701234567",
                       "humanAssistanceNumber", number)
    settings = _settings(c)
    settings.update(body)
    c.config_changed("VOICEMAIL")
    return ok(dict(settings))
