"""``/api`` handlers: the buddy list (favourites), colleagues' line state and its stream, and the
pickup of another user's ringing call by its SIP dialog.

Decisions (the reference gives no answers for these):

* the buddy list is the user's favourites (``contactStatus`` FAVORITE in the contact list): add puts
  the contact in the list as a favourite, delete makes it a plain contact (404 when it was not a
  favourite), verify answers ``true``/``false``; the favourites templates are the organisation's
  (the members of its ATTENDANT groups, the switchboard) and one per ACD_LIGHT group (its members,
  for the groups the user belongs to): applying them makes exactly the template's colleagues the
  favourites — they are added as favourites, and other favourites stay in the contact list as plain
  contacts (a reset, not a merge);
* a line state is ``true`` while the user has any live call leg (ringing included); the stream
  starts with a full ``dialog-info`` document of the user's live legs, then one partial document per
  dialog state change, with the legs' SIP tags (``local-tag`` = the watched user's side);
* any user may pick up any other user's ringing call (no pickup groups); a pickup names the dialog
  by ``callId`` (the leg's id, which is also its SIP Call-ID), ``toTag`` (the ringing user's tag) and
  ``fromTag``; a dialog that ended (the caller hung up, someone else picked it up) is 404
  ``call.does.not.exist``; one answered meanwhile is 409 ``call.already.answered`` (taking over an answered call, ``earlyOnly`` false, is not simulated:
the same 409).
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse

from .api_base import STREAM_ROUTES, ApiError, Ctx, dialog_stream, handles, ok
from .org import DOMAIN, User
from .pbx import ACTIVE, HELD, RINGING

STREAM_ROUTES.add("ci.linestate_stream")

FAVORITE = "FAVORITE"


def _contact_exists(c: Ctx, cid: str) -> bool:
    return cid != c.user.user_id and (cid in c.org.users or c.org.directory.by_cid.get(cid) is not None)


@handles("bl.verify")
async def h_verify(c: Ctx):
    return PlainTextResponse("true" if c.user.contacts.get(c.params["cid"]) == FAVORITE else "false")


@handles("bl.add")
async def h_add(c: Ctx):
    cid = c.params["cid"]
    if not _contact_exists(c, cid):
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    c.user.contacts[cid] = FAVORITE
    return ok({})


@handles("bl.remove")
async def h_remove(c: Ctx):
    cid = c.params["cid"]
    if c.user.contacts.get(cid) != FAVORITE:
        raise ApiError(404, "contact.not.favourite", f"{cid} is not in your favourites", "cid", cid)
    c.user.contacts[cid] = "CONTACT"
    return ok({})


@handles("bl.templates")
async def h_templates(c: Ctx):
    if c.q.get("applyContactTemplates") != "true":
        raise ApiError(400, "applyContactTemplates.invalid", "Set applyContactTemplates to 'true'",
                       "applyContactTemplates")
    template = favourites_template(c.org, c.user.user_id)
    for cid, status in list(c.user.contacts.items()):
        if status == FAVORITE and cid not in template:
            c.user.contacts[cid] = "CONTACT"
    for uid in template:
        c.user.contacts[uid] = FAVORITE
    return ok({})


def favourites_template(org, uid: str) -> set[str]:
    """The colleagues the organisation's and ``uid``'s groups' favourites templates name."""
    names: set[str] = set()
    for group in org.groups.values():
        if group.gtype == "ATTENDANT" or (group.gtype == "ACD_LIGHT" and uid in group.members):
            names.update(group.members)
    names.discard(uid)
    return {n for n in names if n in org.users}


def _watched(c: Ctx) -> User:
    cid = c.params["cid"]
    uid, _, domain = cid.partition("@")
    user = c.org.users.get(uid)
    if user is None or (domain and domain != DOMAIN):
        raise ApiError(404, "contact.does.not.exist", f"No accessible contact {cid}", "cid", cid)
    return user


@handles("ci.linestate_stream")
async def h_linestate_stream(c: Ctx):
    return dialog_stream(c, "linestate", _watched(c).user_id)


@handles("cc.pickup_dialog")
async def h_pickup_dialog(c: Ctx):
    body = c.body()
    call_id, to_tag, from_tag = body.get("callId"), body.get("toTag"), body.get("fromTag")
    early_only = body.get("earlyOnly")
    for name, value in (("callId", call_id), ("toTag", to_tag), ("fromTag", from_tag)):
        if not isinstance(value, str) or not value:
            raise ApiError(400, f"{name}.missing", f"{name} is required", name)
    if not isinstance(early_only, bool):
        raise ApiError(400, "earlyOnly.missing", "earlyOnly is required (true or false)", "earlyOnly")
    if c.user.device(c.params["dev"]) is None:
        raise ApiError(404, "device.does.not.exist", f"{c.user.user_id} has no device {c.params['dev']}",
                       "deviceId", c.params["dev"])
    leg = c.pbx.legs.get(call_id)
    if leg is None or leg.local_tag != to_tag or leg.remote_tag != from_tag or leg.user is c.user:
        raise ApiError(404, "call.does.not.exist", "No such SIP dialog of another user", "callId", call_id)
    if not leg.is_live():
        raise ApiError(404, "call.does.not.exist", "The call is no longer ringing: it has ended", "callId", call_id)
    if leg.status in (ACTIVE, HELD):
        raise ApiError(409, "call.already.answered", "The call has already been answered", "callId", call_id)
    if leg.status != RINGING or not leg.inbound:
        raise ApiError(409, "action.not.allowed", "Only a call ringing for another user can be picked up",
                       "callId", call_id)
    return ok(c.pbx.state_json(c.pbx.pickup(c.user, c.params["dev"], leg)))
