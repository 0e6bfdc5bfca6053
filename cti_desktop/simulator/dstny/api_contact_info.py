"""``/api`` handlers: Contacts Information V1 — one directory contact and its line state (``ci.*``).

The contact id is the reference's "ID of the contact, including domain" (``userid@domain``): a
colleague (``agent2@demo.example``) or an entry of the simulated directory (``dir-000001@demo.example``).
Decisions: another domain, or an id without the domain, is a 404 like an unknown id; a colleague's
directory fields are their extension, mobile and work title, an external entry's its company and
mobile; ``includeFields`` other than ``true`` leaves ``fields`` out; the line state of an external
entry is ``false`` (the PBX follows no line of it); a colleague's is ``true`` in a call or while a
line state (:mod:`.api_line_state`) marks them busy.
"""

from __future__ import annotations

from starlette.responses import PlainTextResponse

from .api_base import ApiError, Ctx, handles, ok
from .api_line_state import busy_elsewhere
from .org import DOMAIN


def _target(c: Ctx) -> tuple[str, str]:
    cid = c.params["cid"]
    local, at, domain = cid.rpartition("@")
    if not at or domain != DOMAIN:
        raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)
    if local in c.org.users:
        return "user", local
    if local in c.org.directory.by_cid:
        return "entry", local
    raise ApiError(404, "contact.does.not.exist", f"No contact {cid}", "cid", cid)


def _field(n: int, label: str, value: str) -> dict:
    return {"id": f"field{n}", "label": label, "value": value}


@handles("ci.info")
async def h_ci_info(c: Ctx):
    kind, local = _target(c)
    if kind == "user":
        u = c.org.users[local]
        contact = c.org.user_contact(u, c.user, c.pbx.in_call(u.user_id))
        fields = [_field(1, "Extension", u.extension), _field(2, "Mobile", u.mobile),
                  _field(3, "Work title", "Supervisor" if u.supervisor else "Agent")]
    else:
        contact = c.org.entry_contact(local, c.user)
        e = c.org.directory.by_cid[local]
        fields = [_field(1, "Company", e.company), _field(2, "Mobile", e.mobile)]
    if c.flag("includeFields"):
        contact = {**contact, "fields": {"fields": [f for f in fields if f["value"]]}}
    return ok(contact)


@handles("ci.linestate")
async def h_ci_linestate(c: Ctx):
    kind, local = _target(c)
    in_call = kind == "user" and (c.pbx.in_call(local) or busy_elsewhere(c.org, local))
    return PlainTextResponse("true" if in_call else "false")
