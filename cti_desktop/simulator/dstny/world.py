"""The :class:`Simulator` object: one simulated Dstny Core with everything it knows.

It ties together the organisation (:mod:`.org`), the PBX (:mod:`.pbx`), the stream hub and faults
(:mod:`.streams`) and the ticket store, and knows how to go back to its seeded initial state.
All of it is touched only from the server's event loop.

Decisions: ``reset`` keeps issued tickets (they are credentials a running app holds, not PBX state)
and keeps demo traffic on or off as it was; it closes open streams cleanly, ends every call, clears
faults and restores ``heartbeat`` / ``autoAnswerMs`` to the values the simulator was started with.
"""

from __future__ import annotations

import random
import secrets
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from .deployment import Deployment
from .org import DOMAIN, Organisation
from .pbx import Pbx
from .streams import Faults, Hub

MAX_TICKET_SECONDS = 365 * 24 * 3600


@dataclass
class Ticket:
    token: str
    user: str
    domain: str
    scopes: tuple[str, ...]
    name: str
    expires_at: float

    def expires_iso(self) -> str:
        dt = datetime.fromtimestamp(self.expires_at, timezone.utc)
        return dt.isoformat(timespec="milliseconds")


class Simulator:
    def __init__(self, *, seed: int | None = None, contacts: int = 300, heartbeat: float = 15.0,
                 auto_answer_ms: float | None = 1500.0, demo: bool = False) -> None:
        self.seed = seed
        self.contacts = contacts
        self.initial_heartbeat = heartbeat
        self.initial_auto_answer_ms = auto_answer_ms
        self.demo = demo
        self.hub = Hub()
        self.tickets: dict[str, Ticket] = {}
        self._ticket_no = 1000
        self.org: Organisation | None = None
        self.pbx: Pbx | None = None
        self.started = time.time()
        self._build(None)

    def _build(self, directory) -> None:
        self.heartbeat = self.initial_heartbeat
        self.faults = Faults()
        self.deployment = Deployment()
        self.fault_rng = random.Random(f"faults:{self.seed}")
        self.rng = random.Random(f"sim:{self.seed}")
        org = Organisation(self.seed, self.contacts, directory=directory)
        self.org = org
        self.pbx = Pbx(org, self.hub.publish, self.initial_auto_answer_ms)
        self.sms: list[dict] = []
        self.sms_failures: list[dict] = []  # pending injected SMS failures (see api_sms)

    def publish_presence(self, uid: str) -> None:
        """Tell the user's config stream and the queue statistics that a presence changed."""
        self.hub.publish("config", {"user": uid, "changedField": "PRESENCE"})
        self.hub.publish("presence", {"user": uid})
        self.pbx.refresh_queues()

    def reset(self) -> None:
        if self.pbx is not None:
            self.pbx.shutdown()
        self.hub.close_all()
        self._build(self.org.directory if self.org else None)

    @property
    def domain(self) -> str:
        return DOMAIN

    # -- tickets ---------------------------------------------------------------------------------

    def issue_ticket(self, user: str, domain: str, scopes: tuple[str, ...], name: str, expires_s: int) -> Ticket:
        self._ticket_no += 1
        expires_s = max(60, min(int(expires_s), MAX_TICKET_SECONDS))
        t = Ticket(f"{self._ticket_no}.{secrets.token_urlsafe(24)}", user, domain, scopes, name,
                   time.time() + expires_s)
        self.tickets[t.token] = t
        return t

    def ticket(self, token: str) -> Ticket | None:
        t = self.tickets.get(token)
        if t is not None and t.expires_at < time.time():
            del self.tickets[token]
            return None
        return t

    def expire_tickets(self, user: str | None = None) -> int:
        """The tickets of ``user`` (everyone's when None) run out now: unknown from their next use."""
        gone = [k for k, t in self.tickets.items() if user is None or t.user == user]
        for k in gone:
            del self.tickets[k]
        return len(gone)

    def revoke(self, user: str, domain: str, name: str) -> int:
        gone = [k for k, t in self.tickets.items() if t.user == user and t.domain == domain and t.name == name]
        for k in gone:
            del self.tickets[k]
        return len(gone)

    def uptime(self) -> timedelta:
        return timedelta(seconds=time.time() - self.started)
