"""``/api`` handlers: presence, configuration, devices, lines, contacts (the log: :mod:`.api_history`; SMS:
:mod:`.api_sms`)."""

from __future__ import annotations

import json
import time
from typing import Any

from starlette.responses import PlainTextResponse, Response

from .api_base import ApiError, Ctx, handles, ok
from .org import ACTIVITIES, ACTIVITY_BY_ID, ROLES, SHORTCUT_DURATION_TYPES, SHORTCUT_IMAGE_IDS, User, iso
from .streams import SSEResponse

# -- presence ---------------------------------------------------------------------------------------

def _presence_changed(c: Ctx) -> None:
    c.sim.publish_presence(c.user.user_id)


def expiration_value(value: Any, field_name: str = "expires") -> str:
    """``NEVER`` or the time in UTC as ``yyyy-MM-dd'T'HH:mm:ss'Z'`` (how the reference answers).

    Accepts ``never`` (any case) and ISO-8601 with ``Z`` or an offset; anything else is a 400.
    """
    from datetime import datetime, timezone

    text = str(value if value is not None else "").strip()
    if not text or text.lower() == "never":
        return "NEVER"
    try:
        when = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"{field_name}.invalid", "Give an ISO-8601 time or 'never'", field_name, text)
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return iso(when)


def _bool_or_none(value: Any, field_name: str) -> bool | None:
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ApiError(400, f"{field_name}.invalid", f"{field_name} must be true or false", field_name, str(value))


def _set_activity(c: Ctx, act_id: str, available=None, expiration=None) -> None:
    a = ACTIVITY_BY_ID.get(str(act_id))
    if a is None:
        raise ApiError(400, "activity.does.not.exist", f"Unknown activity {act_id!r}", "activity", str(act_id))
    available = _bool_or_none(available, "available")
    p = c.user.presence
    p.activity = a[0]
    p.available = a[2] if available is None else available
    if expiration is not None:
        p.expiration = expiration_value(expiration, "expiration")
    elif a[0] == "available":
        p.expiration = "NEVER"


@handles("pr.get")
async def h_pr_get(c: Ctx):
    return ok(c.user.presence.to_json(own=True))


#: The reference's presence update ("Update the presence state of a user"): role, note, activity.
PRESENCE_UPDATE_FIELDS = frozenset({"role", "note", "activity"})
#: Its Activity object, as the presence sample shows it: {id, expiration, available}.
ACTIVITY_FIELDS = frozenset({"id", "expiration", "available"})


@handles("pr.put")
async def h_pr_put(c: Ctx):
    body = c.body()
    unknown = sorted(set(body) - PRESENCE_UPDATE_FIELDS)
    if unknown:
        # e.g. a top-level "available": the update has none (availability belongs to the activity)
        raise ApiError(400, "field.unknown", f"The presence update has no field {unknown[0]!r} (only role, note, "
                       "activity)", unknown[0], str(body[unknown[0]]))
    if "role" in body:
        if body["role"] not in dict(ROLES) and body["role"] not in dict(ROLES).values():
            raise ApiError(400, "role.does.not.exist", f"Unknown role {body['role']!r}", "role", str(body["role"]))
        c.user.presence.role = next((k for k, v in ROLES if body["role"] in (k, v)), "business")
    if "note" in body:
        c.user.presence.note = str(body["note"] or "")[:256]
    if "activity" in body:
        act = body["activity"]
        if not isinstance(act, dict) or not act.get("id"):
            raise ApiError(400, "activity.invalid", "activity must be an object {id, expiration?, available?}",
                           "activity", json.dumps(act)[:80])
        extra = sorted(set(act) - ACTIVITY_FIELDS)
        if extra:
            raise ApiError(400, "field.unknown", f"The activity has no field {extra[0]!r}", extra[0])
        _set_activity(c, act["id"], act.get("available"), act.get("expiration"))
    _presence_changed(c)
    return ok(c.user.presence.to_json(own=True))


@handles("pr.activity")
async def h_pr_activity(c: Ctx):
    # The reference's "Set the activity of the user": activity (required) and available are
    # parameters with no request sample, listed like expires of the end time: query parameters.
    if c.body_bytes.strip():
        raise ApiError(400, "body.unexpected", "Set activity takes its activity and available as query "
                       "parameters, not a body", "body")
    act = c.q.get("activity")
    if not act:
        raise ApiError(400, "activity.missing", "The query parameter activity is required", "activity")
    _set_activity(c, act, c.q.get("available"))
    _presence_changed(c)
    return PlainTextResponse("true" if c.user.presence.available else "false")


def _endtime_text(c: Ctx) -> str:
    """The reference's representation: ``never`` or UTC ``yyyy-MM-dd'T'HH:mm:ss'Z'``, as plain text."""
    exp = c.user.presence.expiration
    return "never" if exp.upper() == "NEVER" else exp


@handles("pr.endtime_get")
async def h_endtime_get(c: Ctx):
    return PlainTextResponse(_endtime_text(c))


@handles("pr.endtime_put")
async def h_endtime_put(c: Ctx):
    # The reference's one parameter is "expires" (ISO-8601 or 'never'). The client sends it as a query
    # parameter; a JSON body {"expires": …} or a bare JSON string/plain-text body are accepted too.
    if "expires" in c.q:
        val: Any = c.q["expires"]
    else:
        raw = c.body_bytes.decode("utf-8", "replace").strip()
        try:
            val = json.loads(raw) if raw else None
        except ValueError:
            val = raw
        if isinstance(val, dict):
            val = val.get("expires")
        if val is None or isinstance(val, (dict, list, bool)):
            raise ApiError(400, "expires.missing", "expires (ISO-8601 or 'never') is required", "expires")
    c.user.presence.expiration = expiration_value(val)
    _presence_changed(c)
    return PlainTextResponse(_endtime_text(c))


@handles("pr.available")
async def h_available(c: Ctx):
    return ok(c.user.presence.available)


#: The largest photo the simulator keeps (bytes); a larger body is answered 413.
PHOTO_BODY_LIMIT = 2 * 1024 * 1024
_PHOTO_SIGNATURES = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


@handles("pr.photo")
async def h_photo(c: Ctx):
    """The uploaded photo as it was sent (prefWidth/prefHeight are preferences: the simulator does
    not scale), else a drawn one (the person's initials on a colour of their own)."""
    u = c.user
    if u.photo:
        return Response(u.photo, media_type=u.photo_type)
    hue = sum(map(ord, u.user_id)) * 37 % 360
    svg = (f'<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96">'
           f'<circle cx="48" cy="48" r="48" fill="hsl({hue},55%,45%)"/>'
           f'<text x="48" y="60" font-size="36" text-anchor="middle" fill="#fff" font-family="sans-serif">'
           f"{u.firstname[0]}{u.lastname[0]}</text></svg>")
    return Response(svg, media_type="image/svg+xml")


@handles("pr.photo_put")
async def h_photo_put(c: Ctx):
    """The reference: "The photo shall be added in the HTTP body". Kept when it is a PNG or JPEG
    (its Content-Type, and bytes that start as that type does), at most PHOTO_BODY_LIMIT bytes;
    else 413 / 415 / 400 in words. Answers 204; pr.photo then serves it back."""
    data = c.body_bytes
    if len(data) > PHOTO_BODY_LIMIT:
        raise ApiError(413, "photo.too.large", f"The photo must be at most {PHOTO_BODY_LIMIT // 1024} KB", "photo")
    media_type = (c.request.headers.get("content-type") or "").split(";", 1)[0].strip().lower()
    if media_type == "image/jpg":
        media_type = "image/jpeg"
    signature = _PHOTO_SIGNATURES.get(media_type)
    if signature is None:
        raise ApiError(415, "photo.type.unsupported", "The photo must be a PNG or JPEG image", "Content-Type",
                       media_type[:40])
    if not data.startswith(signature):
        raise ApiError(400, "photo.invalid", f"The body is not a {media_type.split('/')[1].upper()} image", "photo")
    c.user.photo, c.user.photo_type = bytes(data), media_type
    return Response(status_code=204)


# -- configuration ----------------------------------------------------------------------------------

def _activities() -> dict:
    return {"activity": [{"id": i, "name": n, "available": a, "default": i == "available", "stateName": n}
                         for i, n, a in ACTIVITIES]}


def _roles() -> dict:
    return {"role": [{"id": i, "name": n, "stateName": n} for i, n in ROLES]}


def _answerplaces(u: User) -> dict:
    """The reference's sample: ``{"answerplace": [{"id": "mobile", "name": "Mobile"}]}`` ("User answer the
    call from a mobile device"): the places the call-back (calls.callback's ``aptype``) can ring first,
    which here is the mobile, when the user has one."""
    has_mobile = any(d.device_type == "MOBILE" for d in u.devices)
    return {"answerplace": [{"id": "mobile", "name": "Mobile"}] if has_mobile else []}


@handles("cfg.activities")
async def h_cfg_activities(c: Ctx):
    return ok(_activities())


@handles("cfg.roles")
async def h_cfg_roles(c: Ctx):
    return ok(_roles())


@handles("cfg.answerplaces")
async def h_cfg_answerplaces(c: Ctx):
    return ok(_answerplaces(c.user))


@handles("cfg.all")
async def h_cfg_all(c: Ctx):
    return ok({"activities": _activities(), "roles": _roles(), "answerplaces": _answerplaces(c.user),
               "topics-enabled": False, "sms-allowed": True, "fallbackToDefaultPresenceState": False,
               "defaultPresenceState": "Available", "callrouting-enabled": True,
               "fields": {"field": [{"id": "field1", "label": "Department", "currentValue": "Customer care",
                                     "requestedValue": "Customer care", "editable": False}]}})


def _change_event(t, p) -> str:
    return json.dumps({"timeStamp": time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime()) + ".000",
                       "changedField": p["changedField"]})


@handles("cfg.stream")
async def h_cfg_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("config", uid, lambda t, p: t == "config" and p["user"] == uid)
    return SSEResponse(c.sim, sub, [], _change_event)


@handles("cfg.shortcuts")
async def h_shortcuts(c: Ctx):
    return ok({"presenceShortcut": c.user.shortcuts})


SHORTCUT_FIELDS = ("id", "name", "activityId", "available", "durationType", "durationMinutes", "order", "imageId",
                   "diversionPhoneNumber", "applyDiversionNumber")


def _shortcut_item(raw: Any, shortcut_id: str) -> dict:
    """A PresenceShortcutDTO as the reference defines it (unknown fields dropped), or a 400."""
    if not isinstance(raw, dict):
        raise ApiError(400, "presenceShortcut.invalid", "A presence shortcut must be an object", "presenceShortcut")
    for name in ("name", "activityId", "durationType"):
        if not isinstance(raw.get(name), str) or not raw[name].strip():
            raise ApiError(400, f"{name}.missing", f"{name} is required", name)
    if raw["activityId"] not in ACTIVITY_BY_ID:
        raise ApiError(400, "activity.does.not.exist", f"Unknown activity {raw['activityId']!r}", "activityId",
                       raw["activityId"])
    if raw["durationType"] not in SHORTCUT_DURATION_TYPES:
        raise ApiError(400, "durationType.invalid", "durationType must be NO_END_TIME, UNTIL_NEXT_WORKING_DAY or MINUTES",
                       "durationType", raw["durationType"])
    if raw["durationType"] == "MINUTES" and not (isinstance(raw.get("durationMinutes"), int)
                                                  and raw["durationMinutes"] > 0):
        raise ApiError(400, "durationMinutes.invalid", "durationMinutes must be a positive number for MINUTES",
                       "durationMinutes")
    if raw.get("imageId") not in SHORTCUT_IMAGE_IDS:
        # the reference: imageId is required, one of its enum of icons
        raise ApiError(400, "imageId.invalid", "imageId must be one of " + ", ".join(SHORTCUT_IMAGE_IDS), "imageId",
                       str(raw.get("imageId"))[:40])
    for name in ("available", "applyDiversionNumber"):
        if not isinstance(raw.get(name, False), bool):
            raise ApiError(400, f"{name}.invalid", f"{name} must be true or false", name)
    item = {k: raw[k] for k in SHORTCUT_FIELDS if k in raw and raw[k] is not None}
    item["id"] = shortcut_id
    item.setdefault("available", False)
    item.setdefault("applyDiversionNumber", False)
    item.setdefault("order", 0)
    if item["durationType"] != "MINUTES":
        item.pop("durationMinutes", None)
    return item


@handles("cfg.shortcuts_put")
async def h_shortcuts_put(c: Ctx):
    # The reference names the list "presenceShortcut" for reading and writing; the list replaces all.
    items = c.body().get("presenceShortcut")
    if not isinstance(items, list):
        raise ApiError(400, "presenceShortcut.invalid", "Send {\"presenceShortcut\": [...]}", "presenceShortcut")
    shortcuts = [_shortcut_item(i, str((i.get("id") if isinstance(i, dict) else None) or n + 1))
                 for n, i in enumerate(items)]
    seen: set[str] = set()
    for item in shortcuts:  # the reference: "The ID needs to be unique for the end-user"
        if item["id"] in seen:
            raise ApiError(400, "id.not.unique", f"The shortcut id {item['id']!r} is given twice", "id", item["id"])
        seen.add(item["id"])
    c.user.shortcuts = shortcuts
    c.config_changed("PRESENCE_SHORTCUTS")
    return ok({"presenceShortcut": c.user.shortcuts})


def _shortcut(c: Ctx) -> dict:
    for s in c.user.shortcuts:
        if s["id"] == c.params["id"]:
            return s
    raise ApiError(404, "shortcut.does.not.exist", f"No shortcut {c.params['id']}", "id", c.params["id"])


@handles("cfg.shortcut")
async def h_shortcut(c: Ctx):
    return ok(_shortcut(c))


@handles("cfg.shortcut_put")
async def h_shortcut_put(c: Ctx):
    # The reference: the body's id is ignored (the path's wins), and a missing shortcut is created.
    item = _shortcut_item(c.body(), c.params["id"])
    for n, s in enumerate(c.user.shortcuts):
        if s["id"] == item["id"]:
            c.user.shortcuts[n] = item
            break
    else:
        c.user.shortcuts.append(item)
    c.config_changed("PRESENCE_SHORTCUTS")
    return ok(item)


@handles("cfg.shortcut_delete")
async def h_shortcut_delete(c: Ctx):
    # The reference documents no response body: 204, or 404 for an unknown id.
    c.user.shortcuts.remove(_shortcut(c))
    c.config_changed("PRESENCE_SHORTCUTS")
    return Response(status_code=204)


# -- devices and lines ------------------------------------------------------------------------------

@handles("dev.list")
async def h_dev_list(c: Ctx):
    t = c.q.get("type")
    return ok([d.to_json() for d in c.user.devices if not t or d.device_type == t])


@handles("dev.active")
async def h_dev_active(c: Ctx):
    return ok([{k: v for k, v in d.to_json().items() if k in ("deviceId", "deviceType", "deviceName", "deviceIcon")}
               for d in c.user.devices if d.status == "ACTIVE"])


@handles("dev.stream")
async def h_dev_stream(c: Ctx):
    uid = c.user.user_id
    sub = c.sim.hub.subscribe("devices", uid, lambda t, p: t == "device" and p["user"] == uid)
    return SSEResponse(c.sim, sub, [], _change_event)


@handles("lines.list")
async def h_lines(c: Ctx):
    return ok({"line": c.org.lines_of(c.user)})


def _active_line(c: Ctx) -> dict:
    line = next(l for l in c.org.lines_of(c.user) if l["active"])
    return {k: line[k] for k in ("number", "type", "name", "groupId")}


@handles("lines.active_get")
async def h_line_get(c: Ctx):
    return ok(_active_line(c))


@handles("lines.active_put")
async def h_line_put(c: Ctx):
    body = c.body()
    key = (str(body.get("type", "")), int(body.get("groupId") or 0))
    if not any((l["type"], l["groupId"]) == key for l in c.org.lines_of(c.user)):
        raise ApiError(400, "line.does.not.exist", f"No line {key[0]}/{key[1]}", "type", key[0])
    c.user.active_line = key
    c.config_changed("LINES")
    return ok(_active_line(c))


# -- contacts ---------------------------------------------------------------------------------------

def _contact(c: Ctx, cid: str) -> dict | None:
    u = c.org.users.get(cid)
    if u is not None:
        return c.org.user_contact(u, c.user, c.pbx.in_call(u.user_id))
    return c.org.entry_contact(cid, c.user)


@handles("ct.list")
async def h_ct_list(c: Ctx):
    items = [x for x in (_contact(c, cid) for cid in c.user.contacts) if x]
    items.sort(key=lambda x: (x["lastname"], x["firstname"]))
    return ok({"contact": items})


@handles("ct.search")
async def h_ct_search(c: Ctx):
    query = (c.q.get("query") or "").strip()
    try:
        limit = max(0, min(int(c.q.get("maxResults") or 25), 1000))
    except ValueError:
        raise ApiError(400, "maxResults.invalid", "maxResults must be a number", "maxResults")
    if not query:
        items = [x for x in (_contact(c, cid) for cid, st in c.user.contacts.items() if st == "FAVORITE") if x]
    else:
        items = [c.org.user_contact(u, c.user, c.pbx.in_call(u.user_id)) for u in c.org.colleague_search(query)]
        include_blocked = c.flag("includeBlocked")
        for e in c.org.directory.search(query, limit + 10):
            if c.user.contacts.get(e.cid) == "BLOCKED" and not include_blocked:
                continue
            items.append(c.org.entry_contact(e.cid, c.user))
    items.sort(key=lambda x: (x["lastname"], x["firstname"]))
    return ok({"query": query, "contact": items[:limit]})


@handles("ct.add")
async def h_ct_add(c: Ctx):
    cid = c.params["cid"]
    if _contact(c, cid) is None or cid == c.user.user_id:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    c.user.contacts.setdefault(cid, "CONTACT")
    return ok({"query": "", "contact": [_contact(c, cid)]})


@handles("ct.remove")
async def h_ct_remove(c: Ctx):
    if c.user.contacts.pop(c.params["cid"], None) is None:
        raise ApiError(404, "contact.does.not.exist", f"{c.params['cid']} is not in your list", "cid", c.params["cid"])
    return ok({})


@handles("ct.status")
async def h_ct_status(c: Ctx):
    cid = c.params["cid"]
    status = c.body().get("contactStatus")
    if status not in ("FAVORITE", "CONTACT", "VIP", "BLOCKED"):
        raise ApiError(400, "contactStatus.invalid", "contactStatus must be FAVORITE, CONTACT, VIP or BLOCKED",
                       "contactStatus", str(status))
    if _contact(c, cid) is None:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    c.user.contacts[cid] = status
    return ok(_contact(c, cid))


