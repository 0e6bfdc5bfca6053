"""``/api`` handlers: personal contacts, the user's own contacts (``pc.*``).

Kept per organisation (a reset of the simulator builds a new one, and with it an empty book), per
user, in the order they were made. Ids are ``{n}@internal`` like the reference's ``"167271@internal"``.
Decisions (the reference gives the shapes, not these rules): a text field longer than 64 characters
(the reference's ``<= 64 characters``) is a 400, ``speeddial`` outside 1..10 is a 400, an unknown
``contactStatus`` is a 400, a contact with neither name nor company is a 400; the create and the
update answer the stored contact; the delete answers 204; an unknown id is a 404; ``ownerType`` is
always ``USER`` and a ``cid`` in a create body is ignored.
"""

from __future__ import annotations

import itertools
import weakref
from typing import Any

from .api_base import ApiError, Ctx, handles, ok
from starlette.responses import Response

TEXT_FIELDS = ("company", "department", "firstname", "lastname", "shortname", "email", "street", "city",
               "postalcode", "country")
STATUSES = ("FAVORITE", "CONTACT", "VIP", "BLOCKED")
PHONE_TYPES = ("HOME", "WORK", "MOBILE", "MAIN", "WORK_FAX", "HOME_FAX", "PAGER", "OTHER")
#: The reference's example labels, in English; another locale answers the same words (the simulator
#: has no translations) — what matters to the client is the shape.
LABELS = {"HOME": "Home", "WORK": "Work", "MOBILE": "Mobile", "MAIN": "Main", "WORK_FAX": "Work fax",
          "HOME_FAX": "Home fax", "PAGER": "Pager", "OTHER": "Other"}

_BOOKS: "weakref.WeakKeyDictionary[Any, dict[str, dict[str, dict]]]" = weakref.WeakKeyDictionary()
_IDS = itertools.count(167271)


def _book(c: Ctx) -> dict[str, dict]:
    return _BOOKS.setdefault(c.org, {}).setdefault(c.user.user_id, {})


def _checked(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in TEXT_FIELDS:
        value = body.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise ApiError(400, f"{name}.invalid", f"{name} must be text", name)
        if len(value) > 64:
            raise ApiError(400, f"{name}.too.long", f"{name} is longer than 64 characters", name, value[:64])
        out[name] = value
    if not (out.get("firstname") or out.get("lastname") or out.get("company")):
        raise ApiError(400, "contact.name.missing", "A contact needs a first name, last name or company", "firstname")
    speeddial = body.get("speeddial")
    if speeddial is not None:
        if isinstance(speeddial, bool) or not isinstance(speeddial, int) or not 1 <= speeddial <= 10:
            raise ApiError(400, "speeddial.invalid", "speeddial must be an integer from 1 to 10", "speeddial",
                           str(speeddial))
        out["speeddial"] = speeddial
    show = body.get("showInDefaultContactList")
    if show is not None:
        if not isinstance(show, bool):
            raise ApiError(400, "showInDefaultContactList.invalid", "showInDefaultContactList must be true or false",
                           "showInDefaultContactList")
        out["showInDefaultContactList"] = show
    status = body.get("contactStatus", "CONTACT")
    if status not in STATUSES:
        raise ApiError(400, "contactStatus.invalid", f"Unknown contactStatus {status!r}", "contactStatus", str(status))
    out["contactStatus"] = status
    numbers = body.get("phoneNumbers") or []
    if not isinstance(numbers, list):
        raise ApiError(400, "phoneNumbers.invalid", "phoneNumbers must be a list", "phoneNumbers")
    clean = []
    for n in numbers:
        if not isinstance(n, dict) or not isinstance(n.get("phoneNumber"), str) or not n["phoneNumber"].strip():
            raise ApiError(400, "phoneNumber.invalid", "Every phone number needs a phoneNumber", "phoneNumbers")
        kind = n.get("type", "WORK")
        if kind not in PHONE_TYPES:
            raise ApiError(400, "phoneNumber.type.invalid", f"Unknown phone number type {kind!r}", "type", str(kind))
        clean.append({"type": kind, "phoneNumber": n["phoneNumber"].strip()[:64],
                      "preferredNumber": n.get("preferredNumber") is True})
    if clean and not any(n["preferredNumber"] for n in clean):
        clean[0]["preferredNumber"] = True
    out["phoneNumbers"] = clean
    return out


def _stored(c: Ctx) -> dict:
    cid = c.params["cid"]
    found = _book(c).get(cid)
    if found is None:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    return found


@handles("pc.list")
async def h_pc_list(c: Ctx):
    return ok({"personal_contact": list(_book(c).values())})


@handles("pc.create")
async def h_pc_create(c: Ctx):
    fields = _checked(c.body())
    cid = f"{next(_IDS)}@internal"
    contact = {"cid": cid, **fields, "ownerType": "USER"}
    _book(c)[cid] = contact
    return ok(contact)


@handles("pc.get")
async def h_pc_get(c: Ctx):
    return ok(_stored(c))


@handles("pc.update")
async def h_pc_update(c: Ctx):
    stored = _stored(c)
    body = c.body()
    if body.get("cid") not in (None, stored["cid"]):
        raise ApiError(400, "cid.mismatch", "The body's cid is not the contact's", "cid", str(body.get("cid")))
    contact = {"cid": stored["cid"], **_checked(body), "ownerType": "USER"}
    _book(c)[stored["cid"]] = contact
    return ok(contact)


@handles("pc.delete")
async def h_pc_delete(c: Ctx):
    _stored(c)
    del _book(c)[c.params["cid"]]
    return Response(status_code=204)


@handles("pc.labels")
async def h_pc_labels(c: Ctx):
    return ok({"phoneLabels": [{"labelValue": v, "labelName": n} for v, n in LABELS.items()]})
