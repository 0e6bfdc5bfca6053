"""``/api`` handlers: Contacts Information V1 — one directory contact, its line state, its presence
(read and stream, PIDF) and its image (``ci.*``).

The contact id is the reference's "ID of the contact, including domain" (``userid@domain``): a
colleague (``agent2@demo.example``) or an entry of the simulated directory (``dir-000001@demo.example``).
Decisions: another domain, or an id without the domain, is a 404 like an unknown id; a colleague's
directory fields are their extension, mobile and work title, an external entry's its company and
mobile; ``includeFields`` other than ``true`` leaves ``fields`` out; the line state of an external
entry is ``false`` (the PBX follows no line of it); a colleague's is ``true`` in a call or while a
line state (:mod:`.api_line_state`) marks them busy.

Presence and image (paths assumed, see :mod:`.routes`):

* the presence read answers a PIDF document (RFC 3863, RFC 4479 ``person``, RFC 4480 activities)
  when PIDF is asked for (``Accept: application/pidf+xml``), else the reference's structure
  ``{"presence": [...scheduled presence events], "calendar-sync-status": …}`` — the simulator
  schedules none, so the list is empty; only colleagues (users) have presence, a directory entry is a
  404 ``contact.not.directory.user``;
* the PIDF document: one ``tuple`` whose ``basic`` is ``open`` when the colleague is available, one
  ``person`` with the activity (an RFC 4480 element when the vendor's activity id is one of RPID's —
  ``away``, ``busy``, ``meeting``, ``vacation`` — else ``<rpid:other>`` holding the id, e.g. ``lunch``,
  ``available``; ``until`` = the activity's expiration when it has one), the role as ``<rpid:class>``
  and the note as ``<dm:note>``;
* the presence stream starts with the current document, then one document per presence change
  (``POST /_sim/presence/{user}``, the user's own presence PUT);
* the image is a PNG avatar drawn for the user (a disc in a colour of their own, a head and
  shoulders), ``prefWidth``/``prefHeight`` clamped to 16…256 (default 96; square, the smaller side);
  a directory entry has none (404 ``image.does.not.exist``). Tests may serve other bytes for a user
  with :func:`set_contact_image` (in-process, until the next reset).
"""

from __future__ import annotations

import colorsys
import functools
import struct
import weakref
import zlib
from xml.sax.saxutils import escape, quoteattr

from starlette.responses import PlainTextResponse, Response

from .api_base import STREAM_ROUTES, ApiError, Ctx, handles, ok
from .api_line_state import busy_elsewhere
from .org import DOMAIN, Organisation, User
from .streams import SSEResponse

STREAM_ROUTES.add("ci.presence_stream")

PIDF_NS = "urn:ietf:params:xml:ns:pidf"
DM_NS = "urn:ietf:params:xml:ns:pidf:data-model"
RPID_NS = "urn:ietf:params:xml:ns:pidf:rpid"
#: The vendor's activity ids that are also RFC 4480 activity elements.
RPID_ACTIVITIES = frozenset({"away", "busy", "meeting", "vacation", "holiday", "appointment", "travel"})

_IMAGES: "weakref.WeakKeyDictionary[Organisation, dict[str, tuple[bytes, str]]]" = weakref.WeakKeyDictionary()


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


# -- presence ---------------------------------------------------------------------------------------

def _colleague(c: Ctx) -> User:
    kind, local = _target(c)
    if kind != "user":
        cid = c.params["cid"]
        raise ApiError(404, "contact.not.directory.user", f"{cid} has no presence here", "cid", cid)
    return c.org.users[local]


def pidf_document(u: User) -> str:
    """The user's presence now, as a PIDF document (RFC 3863 / 4479 / 4480)."""
    p = u.presence
    activity = p.activity or "available"
    if activity in RPID_ACTIVITIES:
        act = f"<rpid:{activity}/>"
    else:
        act = f"<rpid:other>{escape(activity)}</rpid:other>"
    until = "" if p.expiration in ("", "NEVER") else f" until={quoteattr(p.expiration)}"
    note = f"<dm:note>{escape(p.note)}</dm:note>" if p.note else ""
    role = f"<rpid:class>{escape(p.role)}</rpid:class>" if p.role else ""
    basic = "open" if p.available else "closed"
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<presence xmlns="{PIDF_NS}" xmlns:dm="{DM_NS}" xmlns:rpid="{RPID_NS}" entity="pres:{u.address}">'
            f'<tuple id="{u.user_id}-phone"><status><basic>{basic}</basic></status>'
            f"<contact>sip:{u.address}</contact></tuple>"
            f'<dm:person id="{u.user_id}"><rpid:activities{until}>{act}</rpid:activities>{role}{note}'
            f"</dm:person></presence>")


@handles("ci.presence")
async def h_ci_presence(c: Ctx):
    u = _colleague(c)
    if "pidf" in (c.request.headers.get("accept") or "").lower():
        return Response(pidf_document(u), media_type="application/pidf+xml")
    return ok({"presence": [], "calendar-sync-status": "calendar-sync-not-enabled"})


@handles("ci.presence_stream")
async def h_ci_presence_stream(c: Ctx):
    u = _colleague(c)
    uid = u.user_id
    sub = c.sim.hub.subscribe("presence", uid, lambda t, p: t == "presence" and p.get("user") == uid)
    return SSEResponse(c.sim, sub, [pidf_document(u)], lambda _topic, _payload: pidf_document(u))


# -- image ------------------------------------------------------------------------------------------

def set_contact_image(org: Organisation, user_id: str, data: bytes, media_type: str = "image/png") -> None:
    """Serve ``data`` as ``user_id``'s image (tests: a broken or oversized image) until the next reset."""
    _IMAGES.setdefault(org, {})[user_id] = (bytes(data), media_type)


def _png(width: int, height: int, rgba: bytes) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(b"\x00" + rgba[y * width * 4:(y + 1) * width * 4] for y in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b""))


@functools.lru_cache(maxsize=128)
def avatar_png(user_id: str, side: int) -> bytes:
    """A round avatar in the user's own colour with a light head-and-shoulders figure."""
    hue = (sum(map(ord, user_id)) * 37 % 360) / 360.0
    bg = tuple(round(v * 255) for v in colorsys.hls_to_rgb(hue, 0.45, 0.55))
    fg = (245, 245, 245)
    r = side / 2.0
    out = bytearray()
    for y in range(side):
        for x in range(side):
            dx, dy = (x + 0.5 - r) / r, (y + 0.5 - r) / r
            if dx * dx + dy * dy > 1.0:
                out += b"\x00\x00\x00\x00"
                continue
            head = dx * dx + (dy + 0.25) ** 2 < 0.09
            body = dy > 0.25 and (dx * dx) / 0.36 + ((dy - 0.85) ** 2) / 0.36 < 1.0
            out += bytes((*(fg if head or body else bg), 255))
    return _png(side, side, bytes(out))


def _side(c: Ctx) -> int:
    sides = []
    for name in ("prefWidth", "prefHeight"):
        text = (c.q.get(name) or "").strip()
        if text:
            if not (text.isascii() and text.isdigit() and len(text) < 6):
                raise ApiError(400, f"{name}.invalid", f"{name} must be a whole number of pixels", name, text)
            sides.append(int(text))
    return max(16, min(256, min(sides))) if sides else 96


@handles("ci.image")
async def h_ci_image(c: Ctx):
    kind, local = _target(c)
    if kind != "user":
        cid = c.params["cid"]
        raise ApiError(404, "image.does.not.exist", f"{cid} has no image", "cid", cid)
    side = _side(c)
    override = _IMAGES.get(c.org, {}).get(local)
    if override is not None:
        return Response(override[0], media_type=override[1])
    return Response(avatar_png(local, side), media_type="image/png")
