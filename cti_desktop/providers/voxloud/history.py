"""My Voxloud call history: the telephony events (CDRs) as the core ``History``.

Voxloud writes a call detail record a few seconds after each call, fax and click-to-call ("Telephony
events" in the reference). :class:`VoxloudHistory` reads them from the telephony-events API
(``POST /v1/telephony-events``, the last ``days`` days, newest first) and adds the records the
PHONE_CALL / CLICK_TO_CALL / FAX_CALL webhooks delivered meanwhile (:meth:`add_record`), so a call
shows up as soon as its CDR webhook arrives even when the API answers later.

Whose record it is: a CDR names numbers, not users. With an extension configured, a record is mine
when my extension is its originator, destination or answerer, or when a real-time webhook about me
(``userExtension``/``userEmail``) told of the same ``callId`` (``was_mine``). A call to a company
number that rang me while this desktop was not running carries neither, so it is not shown — the
API cannot tell. A fax is sent to a number, not a user: it is mine when it went to or came from one
of my outbound numbers (``fax_numbers``, compared by digits). Without an extension every record of
the company is shown.

What each record becomes (a :class:`~cti_desktop.core.capabilities.CallRecord`):

* OUTGOING_CALL — an OUTBOUND call, a click-to-call, an INTERNAL call I made, an outbound fax;
* INCOMING_CALL — an inbound (or internal, to me) call somebody answered (``answererNumber``/
  ``answererName`` given, or ``lastEvent`` CALL_ANSWERED / CALL_TRANSFERRED, or CALL_TERMINATED after
  talk time), an inbound fax;
* MISSED_CALL — an inbound call nobody answered (cancelled, rejected, lost, busy, no answer).

A fax is named "Fax" (its sender's name after it, when given). Its duration is the talk time (``duration`` counts the ring time too); its links are the voicemail,
the recording, the fax document and the CRM record — each only as a safe http(s) URL.

Voxloud keeps no seen mark: :meth:`mark_seen` marks a missed call seen on this desktop for as long
as it runs (what the unseen-missed count and the title use).
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from ...core.capabilities import CallRecord, HistoryLink
from ...core.errors import NotFound
from ...core.models import CommLogItem, Party
from .client import VoxloudClient
from .wire import TelephonyEvent

__all__ = ["VoxloudHistory", "item_from_record"]

log = logging.getLogger("cti_desktop.providers.voxloud.history")

MISSED, INCOMING, OUTGOING = "MISSED_CALL", "INCOMING_CALL", "OUTGOING_CALL"
_ANSWERED_EVENTS = ("CALL_ANSWERED", "CALL_TRANSFERRED")
#: At most this many pages of the API are read for one history (100 records each).
MAX_PAGES = 5
#: Records delivered by webhook that are kept (newest).
MAX_RECEIVED = 1000


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isascii() and ch.isdigit())


def answered(record: TelephonyEvent) -> bool:
    """Somebody took the call (see the module's rules)."""
    if record.answerer_number or record.answerer_name or record.last_event in _ANSWERED_EVENTS:
        return True
    return record.last_event == "CALL_TERMINATED" and record.duration > record.ring_time


def item_type(record: TelephonyEvent, extension: str = "") -> str:
    """MISSED_CALL, INCOMING_CALL or OUTGOING_CALL from my side (``extension``, when known)."""
    direction = record.direction
    if record.kind == "CLICK_TO_CALL":
        return OUTGOING
    if record.kind == "FAX_CALL":
        return INCOMING if direction == "INBOUND" else OUTGOING
    if direction == "OUTBOUND":
        return OUTGOING
    if direction == "INTERNAL" and extension and record.originator_number == extension:
        return OUTGOING
    return INCOMING if answered(record) else MISSED


def _links(record: TelephonyEvent) -> tuple[HistoryLink, ...]:
    links = []
    if record.voicemail_url:
        links.append(HistoryLink("voicemail", "Voicemail", record.voicemail_url))
    if record.recording_url:
        links.append(HistoryLink("recording", "Recording", record.recording_url))
    if record.fax_url:
        pages = f" ({record.fax_pages} page{'s' if record.fax_pages != 1 else ''})" if record.fax_pages else ""
        links.append(HistoryLink("fax", "Fax document" + pages, record.fax_url))
    if record.crm_url:
        links.append(HistoryLink("crm", "Contact in the CRM", record.crm_url))
    return tuple(links)


def item_from_record(record: TelephonyEvent, extension: str = "", *, seen: bool = False) -> CallRecord:
    """The history entry of one CDR (pure)."""
    kind = item_type(record, extension)
    if kind == OUTGOING:
        remote = Party(number=record.destination_number, name=record.destination_name)
    elif record.masked:
        remote = Party(name="Withheld number")
    else:
        remote = Party(number=record.originator_number, name=record.originator_name)
    if remote.name and remote.name == remote.number:
        remote = Party(number=remote.number)
    if record.kind == "FAX_CALL":  # said in the name, so a fax is told from a call in the list
        remote = Party(number=remote.number, name=f"Fax: {remote.name}" if remote.name else "Fax")
    talk = max(0, record.duration - record.ring_time) if kind != MISSED else 0
    return CallRecord(item_id=record.key, item_type=kind, remote=remote, start_time=record.timestamp,
                      duration=talk, seen=seen or kind != MISSED, links=_links(record))


class VoxloudHistory:
    """The core ``History`` of one Voxloud user (or of the whole company without an extension)."""

    def __init__(self, client: VoxloudClient, *, extension: str = "", days: int = 30,
                 was_mine: Callable[[str], bool] | None = None, fax_numbers: Sequence[str] = (),
                 now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> None:
        self.client = client
        self.extension = str(extension or "").strip()
        self.days = max(1, int(days))
        self.was_mine = was_mine
        self.fax_numbers = frozenset(d for d in (_digits(n) for n in fax_numbers) if d)
        self._now = now
        self._received: OrderedDict[str, TelephonyEvent] = OrderedDict()
        self._seen: set[str] = set()
        self._last: dict[str, CommLogItem] = {}
        #: ``time.monotonic()`` of the last record delivered by webhook (for a status display).
        self.last_record_at: float | None = None

    def is_mine(self, record: TelephonyEvent) -> bool:
        if not self.extension:
            return True
        if self.extension in (record.originator_number, record.destination_number, record.answerer_number):
            return True
        if record.kind == "FAX_CALL":
            return bool({_digits(record.originator_number), _digits(record.destination_number)} & self.fax_numbers)
        return bool(record.call_id and self.was_mine is not None and self.was_mine(record.call_id))

    def add_record(self, record: TelephonyEvent) -> None:
        """A CDR delivered by webhook (PHONE_CALL, CLICK_TO_CALL, FAX_CALL)."""
        self.last_record_at = time.monotonic()
        self._received[record.key] = record
        self._received.move_to_end(record.key)
        while len(self._received) > MAX_RECEIVED:
            self._received.popitem(last=False)

    async def _read(self, date_from: datetime, date_to: datetime, want: int) -> dict[str, TelephonyEvent]:
        records: dict[str, TelephonyEvent] = {}
        mine = 0
        for page in range(MAX_PAGES):
            answer = await self.client.telephony_events(date_from=date_from, date_to=date_to, page=page, size=100)
            for record in answer.events:
                if record.key not in records:
                    records[record.key] = record
                    mine += self.is_mine(record)
            if answer.last or not answer.events or mine >= want:
                break
        return records

    async def history(self, *, max_items: int = 100, types: Sequence[str] = ()) -> list[CommLogItem]:
        """My calls of the last ``days`` days, newest first (at most ``max_items``)."""
        want = max(0, int(max_items))
        date_to = self._now()
        date_from = date_to - timedelta(days=self.days)
        records = await self._read(date_from, date_to, want)
        for key, record in self._received.items():  # delivered by webhook, not (yet) in the API's answer
            if key not in records and (record.timestamp is None or record.timestamp >= date_from):
                records[key] = record
        items = [item_from_record(r, self.extension, seen=r.key in self._seen)
                 for r in records.values() if self.is_mine(r)]
        if types:
            items = [i for i in items if i.item_type in types]
        oldest = datetime.min.replace(tzinfo=UTC)
        items.sort(key=lambda i: i.start_time or oldest, reverse=True)
        items = items[:want]
        self._last = {i.item_id: i for i in items}
        return list(items)

    async def mark_seen(self, item_id: str) -> None:
        """Mark a missed call seen on this desktop (Voxloud keeps no seen mark of its own)."""
        if item_id not in self._last and not any(r.key == item_id for r in self._received.values()):
            raise NotFound("That call is no longer in your history")
        self._seen.add(item_id)
