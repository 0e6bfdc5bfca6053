"""The Voxloud simulator's state: contacts, users, webhook subscriptions, click-to-calls, calls.

Everything random comes from one seeded ``random.Random``, so ``--seed`` gives the same company every
time and ``reset()`` returns to it. Webhook deliveries are real HTTP POSTs (``httpx``) to each enabled
subscription's ``callback_url``. The simulator keeps ``enabled``/``failed_count``/``last_error`` as
Voxloud does: a failed delivery (no answer, or a non-2xx status) adds one to ``failed_count`` and sets
``last_error``; ``MAX_FAILURES`` failures in a row disable the subscription; a delivered one resets
``failed_count`` to 0.

Payloads the simulator sends (``style="flat"``, the default)::

    {"event_type": "CALL_INCOMING", "call_id": "sim-…", "caller": "+39…", "caller_name": "…",
     "called": "+39…", "called_name": "…", "extension": "101", "user_id": "…",
     "user_email": "anna.agent@…", "timestamp": 1712345678901}

``timestamp`` is epoch milliseconds. ``style="envelope"`` sends the shape of the vendor's reference
instead: ``{"timestamp", "type": "CALL_INCOMING", "data": {"callId", "originatorNumber",
"originatorName", "destinationNumber", "destinationName", "type": "INCOMING", "userExtension",
"userEmail", "sipUsername"}, "pbx_id"}``.

When a call ends, its telephony event (CDR, :mod:`.telephony`) is stored for the telephony-events
API and delivered to the PHONE_CALL (or CLICK_TO_CALL) subscriptions in the reference's flat CDR shape
(``style="envelope"``: wrapped in ``{"timestamp", "type", "data", "pbx_id"}``), after ``cdr_delay``
seconds (0: before the control request answers). A few records are seeded for extension 101 at
``reset()`` (an internal missed call with a voicemail, an answered inbound call with a recording, an
outbound call), relative to the time of the reset.
"""

from __future__ import annotations

import asyncio
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import httpx

from .telephony import TelephonyLog, click_to_call_record, fax_record, fax_webhook, phone_call_record

API_KEY = "demo-key"
COMPANY = {"name": "Demo Telecomunicazioni Srl", "email": "admin" + "@" + "demo-voxloud.example"}
MAX_FAILURES = 5
E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
EVENT_TYPES = ("FAX_CALL", "PHONE_CALL", "CLICK_TO_CALL", "CALL_STARTED", "CALL_INCOMING", "CALL_ANSWERED", "CALL_HANGUP")
SHORT = {"CALL_INCOMING": "INCOMING", "CALL_STARTED": "STARTED", "CALL_ANSWERED": "ANSWERED", "CALL_HANGUP": "HANGUP"}

FIRST_NAMES = ("Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Sara", "Matteo", "Elena", "Davide",
               "Martina", "Andrea", "Valentina", "Simone", "Federica", "Lorenzo", "Anna", "Riccardo", "Paola",
               "Stefano", "Ilaria", "Giorgio", "Laura", "Fabio", "Silvia", "Roberto", "Monica", "Paolo")
LAST_NAMES = ("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco",
              "Bruno", "Gallo", "Conti", "De Luca", "Mancini", "Costa", "Giordano", "Rizzo", "Lombardi", "Moretti",
              "Barbieri", "Fontana", "Santoro", "Mariani", "Rinaldi", "Caruso", "Ferrara", "Galli")
COMPANIES = ("Acme Italia", "Tessuti Lombardi", "Officine Rinaldi", "Studio Legale Costa", "Pasticceria Greco",
             "Logistica Nord", "Banca del Lago", "Farmacia Centrale", "Hotel Belvedere", "Edilizia Moretti", "")
JOBS = ("CEO", "Buyer", "Office manager", "CTO", "Accountant", "Sales", "")
# Prefixes of valid Italian numbers, with the count of digits that follow.
PREFIXES = (("+3902", 8), ("+3906", 8), ("+39031", 6), ("+39011", 7), ("+39347", 7), ("+39333", 7),
            ("+39328", 7), ("+39340", 7))


def now_iso() -> str:
    return datetime.now(UTC).astimezone().isoformat(timespec="seconds")


def now_ms() -> int:
    return int(time.time() * 1000)


@dataclass
class SimCall:
    call_id: str
    caller: str
    caller_name: str
    called: str
    called_name: str
    extension: str
    user_id: str
    state: str = "RINGING"  # RINGING, ACTIVE, ENDED
    started_at: float = field(default_factory=time.time)
    direction: str = "INBOUND"  # INBOUND, INTERNAL, OUTBOUND
    kind: str = "PHONE_CALL"  # PHONE_CALL, or CLICK_TO_CALL for a click-to-call connect
    answered_at: float | None = None
    answered_by: tuple[str, str] | None = None  # (extension, name)


class VoxloudWorld:
    def __init__(self, seed: int | None = None, contacts: int = 300) -> None:
        self.seed = seed if seed is not None else random.randrange(1 << 30)
        self.contact_count = contacts
        self.http: httpx.AsyncClient | None = None
        self.deliveries: list[dict[str, Any]] = []
        #: Deliveries started by API requests (click-to-call), held until done.
        self.background: set[asyncio.Task] = set()
        self.reset()

    # ------------------------------------------------------------------ set-up
    def reset(self) -> None:
        self.rng = random.Random(self.seed)
        self.contacts: dict[str, dict[str, Any]] = {}
        self.users: list[dict[str, Any]] = []
        self.subscriptions: dict[str, dict[str, Any]] = {}
        self.click_to_calls: dict[str, dict[str, Any]] = {}
        self.connects: list[dict[str, Any]] = []
        self.calls: dict[str, SimCall] = {}
        self.deliveries = []
        self.call_counter = 0
        self.telephony = TelephonyLog()
        #: Seconds between a call's end and its CDR webhook (Voxloud: "a delay of some seconds").
        self.cdr_delay = 0.0
        self._build_users()
        self._build_contacts()
        self._seed_history()

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def _number(self) -> str:
        prefix, n = PREFIXES[self.rng.randrange(len(PREFIXES))]
        first = str(self.rng.randint(1, 9))
        return prefix + first + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))

    def _build_users(self) -> None:
        dids = [{"number": "+390212121212", "label": "Main office"},
                {"number": "+390687654320", "label": "Customer support"},
                {"number": "+390113456780", "label": "Torino office"}]
        people = [("Anna", "Agent"), ("Marco", "Support"), ("Sara", "Sales"), ("Luca", "Rossi"), ("Elena", "Bruno")]
        for i, (first, last) in enumerate(people):
            outbound = dids[i % len(dids)]
            self.users.append({
                "id": self._uuid(), "first_name": first, "last_name": last, "extension_number": 101 + i,
                "outbound_cli": {"outbound_did": dict(outbound),
                                 "available_dids": [dict(d) for d in dids[: 1 + (i % len(dids))]] if i else [dict(d) for d in dids]},
            })

    def _contact(self, first: str, last: str, primary: str, phones: list[str], company: str, url: str | None,
                 cid: str | None = None) -> dict[str, Any]:
        cid = cid or self._uuid()
        email = f"{first}.{last}".lower().replace(" ", "") + "@example.it"
        stamp = "2024-03-01T09:00:00+01:00"
        return {"id": cid, "first_name": first, "last_name": last, "primary_phone": primary, "phones": phones,
                "primary_email": email, "emails": [], "company_name": company,
                "job_title": self.rng.choice(JOBS), "website": "", "crm_name": "DemoCRM" if url else "Voxloud",
                "crm_contact_url": url if url is not None else "",
                "created_at": stamp, "updated_at": stamp}

    def _build_contacts(self) -> None:
        fixed = [
            # Well-known entries the tests and the demo rely on.
            ("Giulia", "Bianchi", "+390212345678", ["+393471234567"], "Acme Italia", "https://crm.example/contacts/{id}"),
            ("Mario", "Verdi", "+390612345670", [], "Banca del Lago", "javascript:alert(document.cookie)"),
            ("Paola", "Neri", "+390311234567", [], "", None),
        ]
        for first, last, primary, phones, company, url in fixed:
            cid = self._uuid()
            c = self._contact(first, last, primary, phones, company, url.format(id=cid) if url else url, cid)
            self.contacts[cid] = c
        used = {c["primary_phone"] for c in self.contacts.values()}
        while len(self.contacts) < self.contact_count:
            number = self._number()
            if number in used:
                continue
            used.add(number)
            extra = [self._number()] if self.rng.random() < 0.3 else []
            cid = self._uuid()
            url = f"https://crm.example/contacts/{cid}" if self.rng.random() < 0.8 else None
            c = self._contact(self.rng.choice(FIRST_NAMES), self.rng.choice(LAST_NAMES), number, extra,
                              self.rng.choice(COMPANIES), url, cid)
            self.contacts[cid] = c

    def email_of(self, extension: str) -> str:
        """The user's e-mail address, as the webhooks' ``userEmail`` names it (the users API has none)."""
        user = self.user_for(extension)
        if user is None:
            return ""
        return f"{user['first_name']}.{user['last_name']}".lower() + "@" + "demo-voxloud.example"

    def _seed_history(self) -> None:
        now = now_ms()
        anna = ("101", "Anna Agent")
        marco = ("102", "Marco Support")
        giulia = next(c for c in self.contacts.values() if c["first_name"] == "Giulia")
        caller = (giulia["primary_phone"], f"{giulia['first_name']} {giulia['last_name']}")
        main = ("+390212121212", "+390212121212")
        log = self.telephony
        log.add(phone_call_record(rid=log.new_id(), call_id=f"seed-{self.seed}-1", direction="INBOUND",
                                  timestamp_ms=now - 26 * 3600_000, originator=caller, destination=main,
                                  answerer=anna, last_event="CALL_TERMINATED", duration=190, ring_time=6,
                                  recorded=True, voicemail=False, crm_url=giulia["crm_contact_url"]))
        log.add(phone_call_record(rid=log.new_id(), call_id=f"seed-{self.seed}-2", direction="OUTBOUND",
                                  timestamp_ms=now - 5 * 3600_000, originator=anna,
                                  destination=("+390612345670", "+390612345670"), answerer=None,
                                  last_event="CALL_TERMINATED", duration=75, ring_time=9, recorded=False,
                                  voicemail=False))
        log.add(phone_call_record(rid=log.new_id(), call_id=f"seed-{self.seed}-3", direction="INTERNAL",
                                  timestamp_ms=now - 40 * 60_000, originator=marco, destination=anna,
                                  answerer=None, last_event="CALL_LOST_NO_ANSWER", duration=31, ring_time=31,
                                  recorded=False, voicemail=True))

    # ------------------------------------------------------------------ contacts
    def search(self, *, first_name: str, last_name: str, email: str, phone: str) -> list[dict[str, Any]]:
        out = []
        for c in self.contacts.values():
            if first_name and first_name.casefold() not in c["first_name"].casefold():
                continue
            if last_name and last_name.casefold() not in c["last_name"].casefold():
                continue
            if email and not any(email.casefold() in e.casefold() for e in [c["primary_email"], *c["emails"]] if e):
                continue
            if phone and not any(phone in p for p in [c["primary_phone"], *c["phones"]] if p):
                continue
            out.append(c)
        out.sort(key=lambda c: (c["last_name"].casefold(), c["first_name"].casefold(), c["id"]))
        return out

    @staticmethod
    def check_contact(body: Any) -> tuple[dict[str, Any] | None, str]:
        """(the stored fields, "") or (None, the problem)."""
        if not isinstance(body, dict):
            return None, "the body must be a JSON object"
        first = body.get("first_name")
        if not isinstance(first, str) or not first.strip():
            return None, "first_name is required"
        primary = body.get("primary_phone")
        if not isinstance(primary, str) or not E164.match(primary):
            return None, "primary_phone is required and must be in e164 format"
        phones = body.get("phones") or []
        if not isinstance(phones, list) or not all(isinstance(p, str) and E164.match(p) for p in phones):
            return None, "phones must be a list of numbers in e164 format"
        emails = body.get("emails") or []
        if not isinstance(emails, list) or not all(isinstance(e, str) for e in emails):
            return None, "emails must be a list of strings"
        fields = {"first_name": first.strip(), "primary_phone": primary, "phones": list(phones), "emails": list(emails)}
        for key in ("last_name", "primary_email", "company_name", "job_title", "website", "crm_name", "crm_contact_url"):
            value = body.get(key)
            if value is not None and not isinstance(value, str):
                return None, f"{key} must be a string"
            fields[key] = value or ""
        fields["crm_name"] = fields["crm_name"] or "Voxloud"
        return fields, ""

    # ------------------------------------------------------------------ users
    def user_for(self, who: str) -> dict[str, Any] | None:
        for u in self.users:
            if who in (str(u["extension_number"]), u["id"]):
                return u
        return None

    # ------------------------------------------------------------------ state
    def state(self) -> dict[str, Any]:
        return {
            "seed": self.seed,
            "contacts": len(self.contacts),
            "users": [{"id": u["id"], "extension": str(u["extension_number"]),
                       "name": f"{u['first_name']} {u['last_name']}"} for u in self.users],
            "subscriptions": list(self.subscriptions.values()),
            "click_to_calls": list(self.click_to_calls.values()),
            "connects": self.connects[-50:],
            "calls": [vars(c) for c in self.calls.values()],
            "deliveries": self.deliveries[-100:],
            "telephony_events": len(self.telephony.records),
        }

    # ------------------------------------------------------------------ calls and deliveries
    def new_call(self, *, to: str, caller: str, caller_name: str = "") -> SimCall:
        user = self.user_for(to)
        if user is None:
            raise KeyError(to)
        self.call_counter += 1
        cid = f"sim-{self.seed}-{self.call_counter}-{uuid.uuid4().hex[:8]}"
        if not caller_name:
            for c in self.contacts.values():
                if caller in (c["primary_phone"], *c["phones"]):
                    caller_name = f"{c['first_name']} {c['last_name']}".strip()
                    break
        call = SimCall(cid, caller, caller_name, user["outbound_cli"]["outbound_did"]["number"],
                       f"{user['first_name']} {user['last_name']}", str(user["extension_number"]), user["id"])
        if self.user_for(caller) is not None:  # from another extension: an internal call to the extension
            call.direction = "INTERNAL"
            call.called = call.extension
            call.caller_name = call.caller_name or self._name_of(caller)
        self.calls[cid] = call
        return call

    def _name_of(self, extension: str) -> str:
        user = self.user_for(extension)
        return f"{user['first_name']} {user['last_name']}" if user else ""

    def answer(self, call: SimCall, extension: str = "") -> None:
        call.state = "ACTIVE"
        call.answered_at = time.time()
        if extension:
            call.extension = str(extension)  # answered by another extension
        who = call.caller if call.direction == "OUTBOUND" else call.extension
        call.answered_by = (who, self._name_of(who) or call.called_name)

    def record_of(self, call: SimCall, *, voicemail: bool = False, recorded: bool = False) -> tuple[str, dict[str, Any]]:
        """The ended call's telephony event (stored): ``(event_type, webhook body)``."""
        ended = time.time()
        ring = int(round(((call.answered_at or ended) - call.started_at)))
        duration = int(round(ended - call.started_at))
        stamp = int(call.started_at * 1000)
        log = self.telephony
        if call.kind == "CLICK_TO_CALL":
            record = click_to_call_record(rid=log.new_id(), call_id=call.call_id, timestamp_ms=stamp,
                                          originator=(call.caller, call.caller_name),
                                          destination=(call.called, call.called_name),
                                          duration=duration, ring_time=ring, recorded=recorded)
            return "CLICK_TO_CALL", log.add(record)
        answered = call.answered_by is not None
        last = "CALL_TERMINATED" if answered else ("CALL_LOST_NO_ANSWER" if voicemail or call.direction != "OUTBOUND"
                                                   else "CALL_CANCELED_BY_ORIGINATOR")
        crm = next((c["crm_contact_url"] for c in self.contacts.values()
                    if call.caller in (c["primary_phone"], *c["phones"]) and c["crm_contact_url"]), "")
        record = phone_call_record(rid=log.new_id(), call_id=call.call_id, direction=call.direction, timestamp_ms=stamp,
                                   originator=(call.caller, call.caller_name),
                                   destination=(call.called, call.called_name), answerer=call.answered_by,
                                   last_event=last, duration=duration, ring_time=ring, recorded=recorded and answered,
                                   voicemail=voicemail and not answered, crm_url=crm)
        return "PHONE_CALL", log.add(record)

    def fax(self, *, to: str, sender: str, pages: int) -> dict[str, Any]:
        """An inbound fax to the extension's number: its webhook body (the reference's fax shape)."""
        user = self.user_for(to)
        if user is None:
            raise KeyError(to)
        log = self.telephony
        body = fax_webhook(rid=log.new_id(), timestamp_ms=now_ms(), direction="inbound", sender=sender,
                           recipient=user["outbound_cli"]["outbound_did"]["number"], pages=pages)
        log.add(fax_record(body, call_id=str(uuid.UUID(int=self.rng.getrandbits(128), version=4)), duration=20 + pages))
        return body

    @staticmethod
    def wrap(event_type: str, record: dict[str, Any], style: str) -> dict[str, Any]:
        """A CDR webhook body: the record itself (the reference's examples), or in the envelope."""
        if style == "envelope":
            return {"timestamp": record["timestamp"], "type": event_type, "data": record, "pbx_id": 117}
        return record

    def payload(self, event_type: str, call: SimCall, style: str = "flat") -> dict[str, Any]:
        stamp = now_ms()
        if style == "envelope":
            return {"timestamp": stamp, "type": event_type, "pbx_id": 117, "data": {
                "timestamp": stamp, "callId": call.call_id, "originatorNumber": call.caller,
                "originatorName": call.caller_name, "destinationNumber": call.called,
                "destinationName": call.called_name, "type": SHORT.get(event_type, event_type),
                "userExtension": int(call.extension) if call.extension.isdigit() else call.extension,
                "userEmail": self.email_of(call.extension), "sipUsername": f"sip_{call.extension}"}}
        return {"event_type": event_type, "call_id": call.call_id, "caller": call.caller,
                "caller_name": call.caller_name, "called": call.called, "called_name": call.called_name,
                "extension": call.extension, "user_id": call.user_id, "user_email": self.email_of(call.extension),
                "timestamp": stamp}

    async def deliver(self, event_type: str, payload: dict[str, Any]) -> list[dict[str, Any]]:
        """POST ``payload`` to every enabled subscription for ``event_type``; the outcomes."""
        targets = [s for s in self.subscriptions.values() if s["enabled"] and s["event_type"] == event_type]
        return list(await asyncio.gather(*(self._deliver_one(s, payload) for s in targets)))

    async def _deliver_one(self, sub: dict[str, Any], payload: dict[str, Any]) -> dict[str, Any]:
        assert self.http is not None
        outcome: dict[str, Any] = {"subscription": sub["id"], "event_type": sub["event_type"], "at": now_iso()}
        try:
            response = await self.http.post(sub["callback_url"], json=payload, timeout=5.0)
        except httpx.HTTPError as exc:
            error = f"delivery failed: {type(exc).__name__}"
            status = None
        else:
            status = response.status_code
            error = "" if response.is_success else f"HTTP {status}"
        outcome["status"] = status
        if error:
            sub["failed_count"] += 1
            sub["last_error"] = error
            if sub["failed_count"] >= MAX_FAILURES:
                sub["enabled"] = False
            outcome["error"] = error
        else:
            sub["failed_count"] = 0
        self.deliveries.append(outcome)
        del self.deliveries[:-500]
        return outcome
