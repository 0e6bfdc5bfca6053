"""The simulated organisation ``demo.example``: users, devices, lines, presence, groups, logs.

Pure data plus small helpers that render it in the vendor's JSON shapes (field names as in the
reference's examples). The call state machine lives in :mod:`.pbx`; this module knows nothing of
HTTP or streams.

Fixed (not seeded) so that tests and screenshots are stable:

* users ``agent1`` … ``agent20`` and the supervisor ``super1``, password ``demo``; extensions
  ``1001`` … ``1020`` and ``1100``, direct numbers ``+468500`` + extension;
* each user has three devices ``{user}-soft`` (SOFTPHONE), ``{user}-desk`` (DESKPHONE) and
  ``{user}-mobile`` (MOBILE, number ``+46701`` + extension + ``0``…);
* four distribution groups (ids 101–104, types ACD, ACD_LIGHT, ATTENDANT, ACD); ``agent1`` is a member
  of 101 (ACD), 102 (ACD_LIGHT) and 103 (ATTENDANT) and starts logged in to 101 and 103;
* lines: the personal ``OFFICE_FIXED`` line (groupId 0) plus one ``GROUP`` line per group membership;
* presence activities ``available``, ``lunch``, ``meeting``, ``away``, ``busy``, ``vacation``;
  roles ``business``, ``private``, ``support``.

Seeded: the directory (see :mod:`.directory`), personal contact lists / favourites, the initial
group call logs and communication logs.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .directory import Directory
from .times import iso  # noqa: F401 - the simulator's time stamps; importable from here too
from .voicemail import seed_messages

DOMAIN = "demo.example"
PASSWORD = "demo"
MAIN_NUMBER = "+46850010000"

ACTIVITIES = (
    # id, name, available
    ("available", "Available", True),
    ("lunch", "Lunch", False),
    ("meeting", "Meeting", False),
    ("away", "Away", False),
    ("busy", "Busy", False),
    ("vacation", "Vacation", False),
)
ACTIVITY_BY_ID = {a[0]: a for a in ACTIVITIES}
ROLES = (("business", "Business"), ("private", "Private"), ("support", "Support"))

USER_NAMES = (
    ("Anna", "Lindqvist"), ("Björn", "Sandberg"), ("Cecilia", "Holm"), ("David", "Nyström"),
    ("Elin", "Forsberg"), ("Filip", "Ekström"), ("Greta", "Wallin"), ("Hassan", "Ali"),
    ("Ingrid", "Berg"), ("Johan", "Lund"), ("Karin", "Sjöberg"), ("Leo", "Bergman"),
    ("Maja", "Engström"), ("Nils", "Hedlund"), ("Olivia", "Åberg"), ("Per", "Dahl"),
    ("Rebecka", "Strand"), ("Samir", "Haddad"), ("Tove", "Lindahl"), ("Viktor", "Carlsson"),
)

# id, name, type, extension, members (agent numbers), initially logged in (agent numbers)
GROUPS = (
    (101, "Customer Service", "ACD", "2001", range(1, 13), (1, 2, 3, 4, 5, 6, 7, 9, 10, 11)),
    (102, "Sales", "ACD_LIGHT", "2002", (1, 5, 13, 14, 15, 16, 17), (5, 13, 14, 15, 16)),
    (103, "Switchboard", "ATTENDANT", "2003", (1, 2, 18, 19, 20), (1, 18, 19, 20)),
    (104, "Support 2nd line", "ACD", "2004", (3, 4, 8, 9, 10, 11, 20), (3, 4, 8, 9, 11)),
)


@dataclass(slots=True)
class Device:
    device_id: str
    device_type: str
    name: str
    type_name: str
    status: str = "ACTIVE"
    icon: str = ""  # "" (none chosen: the type's default), DEFAULT, TYPE_1 or TYPE_2

    def to_json(self) -> dict:
        return {
            "deviceId": self.device_id,
            "deviceType": self.device_type,
            "deviceName": self.name,
            "deviceIcon": self.icon or "DEFAULT",
            "deviceTypeName": self.type_name,
            "deviceStatus": self.status,
            "revocable": self.device_type != "DESKPHONE",
            "hasAttributes": False,
        }


@dataclass(slots=True)
class Presence:
    activity: str = "available"
    available: bool = True
    note: str = ""
    role: str = "business"
    expiration: str = "NEVER"  # "NEVER" or ISO-8601
    idle: bool = False

    def to_json(self, *, own: bool) -> dict:
        access = "WRITE" if own else "READ"
        return {
            "futurePresenceAccess": access,
            "activityAccess": access,
            "roleAccess": access,
            "noteAccess": access,
            # Own presence: the role id (``business``), which the presence PUT takes back (the
            # reference's scheduled-presence examples and role descriptions use ids). Another
            # person's presence (a ContactDTO's): the role's name, as the reference's contact
            # examples show it ("Business").
            "role": self.role if own else ROLES_BY_ID.get(self.role, self.role),
            "note": self.note,
            "activity": {"id": self.activity, "expiration": self.expiration, "available": self.available},
            "idle": self.idle,
            "available": self.available,
            "capabilities": ["MESSAGE", "SMS"],
        }


ROLES_BY_ID = dict(ROLES)

#: ``durationType`` values of a presence shortcut (reference, PresenceShortcutDTO).
SHORTCUT_DURATION_TYPES = ("NO_END_TIME", "UNTIL_NEXT_WORKING_DAY", "MINUTES")
#: ``imageId`` values of a presence shortcut (reference, PresenceShortcutDTO: required, an enum).
SHORTCUT_IMAGE_IDS = ("ic_shortcut_big_green", "ic_shortcut_big_red", "ic_shortcut_car", "ic_shortcut_coffee",
                      "ic_shortcut_home", "ic_shortcut_office", "ic_shortcut_pizza", "ic_shortcut_plane",
                      "ic_shortcut_watch")


def default_shortcuts() -> list[dict]:
    """Every user's seeded presence shortcuts, in the reference's PresenceShortcutDTO shape."""
    return [
        {"id": "1", "name": "Short lunch break", "activityId": "lunch", "available": False,
         "durationType": "MINUTES", "durationMinutes": 45, "order": 1, "imageId": "ic_shortcut_pizza",
         "applyDiversionNumber": False},
        {"id": "2", "name": "In a meeting", "activityId": "meeting", "available": False,
         "durationType": "MINUTES", "durationMinutes": 60, "order": 2, "imageId": "ic_shortcut_office",
         "applyDiversionNumber": False},
        {"id": "3", "name": "Gone for the day", "activityId": "away", "available": False,
         "durationType": "UNTIL_NEXT_WORKING_DAY", "order": 3, "imageId": "ic_shortcut_home",
         "diversionPhoneNumber": MAIN_NUMBER, "applyDiversionNumber": True},
    ]


def phone_numbers(*numbers: tuple[str, str | None]) -> list[dict]:
    """A ContactDTO's ``phonenumbers``: ``[{number, type}]`` (types as the reference: ``mobile``, …)."""
    return [{"number": n, "type": t} for t, n in numbers if n]


def number_type(number: str) -> str:
    """``mobile`` for a Swedish mobile number (``+467…``), ``work`` otherwise."""
    return "mobile" if number.startswith("+467") else "work"


@dataclass(slots=True)
class User:
    user_id: str
    firstname: str
    lastname: str
    extension: str
    number: str
    mobile: str
    supervisor: bool = False
    devices: list[Device] = field(default_factory=list)
    presence: Presence = field(default_factory=Presence)
    active_line: tuple[str, int] = ("OFFICE_FIXED", 0)
    contacts: dict[str, str] = field(default_factory=dict)  # cid -> contactStatus
    shortcuts: list[dict] = field(default_factory=list)
    commlog: list[dict] = field(default_factory=list)
    photo: bytes = b""  # uploaded with pr.photo_put ("" until then: a drawn one is served)
    photo_type: str = ""

    @property
    def name(self) -> str:
        return f"{self.firstname} {self.lastname}"

    @property
    def address(self) -> str:
        return f"{self.user_id}@{DOMAIN}"

    def device(self, device_id: str) -> Device | None:
        for d in self.devices:
            if d.device_id == device_id:
                return d
        return None

    def remote_party(self) -> dict:
        return {
            "type": "USER_ID",
            "telUri": f"tel:{self.number}",
            "displayName": self.name,
            "displayNumber": self.extension,
        }


@dataclass(slots=True)
class Group:
    gid: int
    name: str
    gtype: str
    extension: str
    members: list[str]
    logged_in: set[str]
    night_mode: bool = False
    synthetic_waiting: int = 0  # callers waiting that the simulator only counts (control API, demo)
    stats: dict = field(default_factory=dict)  # QueueStat fields set by the control API / traffic
    overrides: dict = field(default_factory=dict)  # computed QueueStat fields forced by the control API
    calllog: list[dict] = field(default_factory=list)

    @property
    def number(self) -> str:
        return "+468500" + self.extension

    def remote_party(self) -> dict:
        return {
            "type": "FUNCTION_NUMBER_ID",
            "telUri": f"tel:{self.number}",
            "displayName": self.name,
            "displayNumber": self.extension,
        }


class Organisation:
    """Users, groups and directory of ``demo.example`` in their seeded initial state."""

    def __init__(self, seed: int | None, contacts: int, directory: Directory | None = None) -> None:
        self.seed = seed
        self.directory = directory if directory is not None else Directory(seed, contacts)
        rng = random.Random(f"org:{seed}")
        self.users: dict[str, User] = {}
        specs = [(f"agent{i}", *USER_NAMES[i - 1], str(1000 + i), False) for i in range(1, 21)]
        specs.append(("super1", "Sofia", "Supervisorsson", "1100", True))
        for uid, first, last, ext, sup in specs:
            u = User(uid, first, last, ext, "+468500" + ext, "+46701" + ext + "00", supervisor=sup)
            u.devices = [
                Device(f"{uid}-soft", "SOFTPHONE", f"{first}'s laptop", "Application for Desktop"),
                Device(f"{uid}-desk", "DESKPHONE", "Desk phone", "Desk phone"),
                Device(f"{uid}-mobile", "MOBILE", f"{first}'s mobile", "Mobile Application"),
            ]
            self.users[uid] = u
        self.by_extension = {u.extension: u for u in self.users.values()}
        self.by_number = {u.number: u for u in self.users.values()}
        self.by_number.update({u.mobile: u for u in self.users.values()})
        self.groups: dict[int, Group] = {}
        for gid, name, gtype, ext, members, logged in GROUPS:
            mem = [f"agent{i}" for i in members]
            if gid == 101:
                mem.append("super1")
            self.groups[gid] = Group(gid, name, gtype, ext, mem, {f"agent{i}" for i in logged})
        self.group_by_extension = {g.extension: g for g in self.groups.values()}
        self.group_by_number = {g.number: g for g in self.groups.values()}
        # a few colleagues start away from their desks
        for uid, act, note in (("agent6", "lunch", "Back 13:00"), ("agent12", "meeting", "Weekly sync"),
                               ("agent17", "vacation", "Back Monday"), ("agent19", "away", "")):
            p = self.users[uid].presence
            p.activity, p.available, p.note = act, False, note
        now = datetime.now(timezone.utc).replace(microsecond=0)
        entries = self.directory.entries
        item_id = 1000
        for u in self.users.values():
            colleagues = [c for c in self.users if c != u.user_id]
            for cid in rng.sample(colleagues, 5):
                u.contacts[cid] = "FAVORITE" if rng.random() < 0.6 else "CONTACT"
            if entries:
                for e in rng.sample(entries, min(6, len(entries))):
                    u.contacts[e.cid] = rng.choice(("FAVORITE", "CONTACT", "CONTACT", "VIP"))
            u.shortcuts = default_shortcuts()
            for k in range(4):
                item_id += 1
                e = rng.choice(entries) if entries else None
                kind = rng.choice(("INCOMING_CALL", "OUTGOING_CALL", "MISSED_CALL"))
                u.commlog.append({
                    "itemId": item_id,
                    "startTime": iso(now - timedelta(hours=rng.randrange(1, 72))),
                    "remoteParty": {"number": e.number if e else "+4687000000",
                                    "displayName": e.display_name if e else ""},
                    "itemType": kind,
                    "isSeen": kind != "MISSED_CALL",
                    "duration": 0 if kind == "MISSED_CALL" else rng.randrange(20, 600),
                })
        self.next_item_id = item_id + 1
        log_id = 500
        for g in self.groups.values():
            for k in range(5):
                log_id += 1
                e = rng.choice(entries) if entries else None
                kind = rng.choice(("ANSWERED", "ANSWERED", "MISSED", "FORWARDED"))
                agent = self.users[rng.choice(g.members)]
                g.calllog.append(self.calllog_item(
                    log_id, g, kind, e.number if e else "+4687000000",
                    now - timedelta(minutes=rng.randrange(5, 600)),
                    agent if kind == "ANSWERED" else None, rng.randrange(20, 400), rng.randrange(0, 90)))
            g.stats = {
                "lastWait": rng.randrange(5, 40), "averageWait": rng.randrange(10, 30),
                "droppedCallsForPeriod": rng.randrange(0, 5), "answeredCallsForPeriod": rng.randrange(10, 40),
                "droppedCallsLast24h": rng.randrange(0, 8), "answeredCallsLast24h": rng.randrange(30, 90),
            }
        self.next_log_id = log_id + 1
        seed_messages(self, now)  # voicemails, recordings, group inboxes, voicemail settings

    # -- lookups ---------------------------------------------------------------------------------

    def user_by_device(self, device_id: str) -> User | None:
        uid, _, _ = device_id.rpartition("-")
        u = self.users.get(uid)
        return u if u and u.device(device_id) else None

    def groups_of(self, uid: str) -> list[Group]:
        return [g for g in self.groups.values() if uid in g.members]

    def lines_of(self, u: User) -> list[dict]:
        lines = [{"groupId": 0, "type": "OFFICE_FIXED", "number": u.number, "name": "Personal",
                  "active": u.active_line == ("OFFICE_FIXED", 0)}]
        for g in self.groups_of(u.user_id):
            # The reference's line types name the group kind (ACD, ACD_LIGHT, ATTENDANT); groupId is
            # the internal id of the group's function number.
            lines.append({"groupId": g.gid, "type": g.gtype, "number": g.number, "name": g.name,
                          "active": u.active_line == (g.gtype, g.gid)})
        return lines

    def calllog_item(self, item_id: int, g: Group, kind: str, caller: str, when: datetime,
                     agent: User | None, duration: int, queued: int) -> dict:
        item = {
            "itemId": item_id, "groupId": g.gid, "groupOrgId": 0, "callCount": 1, "itemType": kind,
            "startTime": iso(when), "callDuration": duration if kind == "ANSWERED" else 0,
            "queueDuration": queued, "diversionNumber": g.number, "callerNumber": caller,
            "callbackToNumber": caller,
            "handledStatus": {"state": "HANDLED" if kind == "ANSWERED" else "UNHANDLED",
                              "timeStamp": iso(when), "note": ""},
            "noteIncluded": False,
        }
        if agent is not None:
            item["agent"] = {"name": agent.name, "number": agent.number, "userId": agent.user_id}
            item["handledStatus"]["agent"] = dict(item["agent"])
        if kind == "FORWARDED":
            item["forwardReason"] = "NO_AGENTS"
            item["forwardedTo"] = {"name": "Voicemail", "number": "+46850019999"}
        return item

    # -- renderers -------------------------------------------------------------------------------

    def user_contact(self, u: User, viewer: User, in_call: bool) -> dict:
        status = viewer.contacts.get(u.user_id)
        return {
            "firstname": u.firstname, "lastname": u.lastname, "company": "Demo Example AB",
            "presence": u.presence.to_json(own=False), "incall": in_call, "inlist": status is not None,
            "diversionAccess": "NONE", "type": "DIRECTORY", "contactStatus": status or "CONTACT",
            "preferredNumber": u.number, "email": u.address, "contactEntryId": u.user_id,
            "collaboration": True, "extension": u.extension,
            # The reference's ContactDTO carries further numbers as "phonenumbers": [{number, type}].
            "phonenumbers": phone_numbers(("work", u.number), ("mobile", u.mobile)),
        }

    def entry_contact(self, cid: str, viewer: User) -> dict | None:
        e = self.directory.by_cid.get(cid)
        if e is None:
            return None
        status = viewer.contacts.get(cid)
        c = {
            "firstname": e.firstname, "lastname": e.lastname, "company": e.company,
            "incall": False, "inlist": status is not None, "type": "SHORTCUT",
            "contactStatus": status or "CONTACT", "preferredNumber": e.number, "email": e.email,
            "contactEntryId": e.cid, "collaboration": False,
            "phonenumbers": phone_numbers((number_type(e.number), e.number), ("mobile", e.mobile)),
        }
        return c

    def colleague_search(self, query: str) -> list[User]:
        words = [w for w in query.lower().split() if w]
        digits = "".join(ch for ch in query if ch.isdigit())
        out = []
        for u in sorted(self.users.values(), key=lambda x: (x.lastname, x.firstname)):
            keys = (u.firstname.lower(), u.lastname.lower(), u.user_id, u.extension)
            if words and all(any(k.startswith(w) for k in keys) for w in words):
                out.append(u)
            elif digits and len(digits) >= 3 and (digits in u.number or digits in u.mobile):
                out.append(u)
        return out
