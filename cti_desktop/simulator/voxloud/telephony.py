"""The simulator's telephony events (CDRs): built in the reference's own payload shapes, kept for the API.

Written from the vendor's reference (``shared/seeds/voxloud-api-reference.txt``, "Telephony events"
and "Telephony events API"), never from the client's parsers:

* a **phone call** record has the keys of the reference's PHONE_CALL example (``id, type,
  accountId, direction, timestamp, originatorName/Number, destinationName/Number,
  answererName/Number, maskCallerNumber, lastEvent, duration`` (ring time included)``, ringTime,
  archived, callId, recorded, recordingUrl, voicemail, voicemail_url, labels, ruleNames, contactCrm,
  contactCrmUrl, crmLogo``);
* a **click-to-call** record those of its CLICK_TO_CALL example (``clickToCallType``,
  ``queueCallId``…, no voicemail);
* a **fax** webhook is the fax example's flat shape (``id, timestamp, direction`` in lower case,
  ``sender, recipient, attachment_url, total_pages``, and no ``type``), while the API lists a fax
  as its query example does (``type: FAX_CALL``, ``direction: INBOUND``, originator/destination).

Webhooks carry ``timestamp`` as epoch milliseconds (the webhook examples); the query API answers with
ISO text such as ``2018-05-15T15:47:03.000+0000`` (its example). :class:`TelephonyLog` keeps the
records, newest last, and answers the query (``date_time_from``/``date_time_to``/``number``, sorted by
``timestamp``, paged by ``size``/``page``) in the reference's page shape.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

ACCOUNT_ID = "faffd4879c2b686fe9c5fb1673ce2800"
MEDIA = "https://vmedia.simulator.example/213/call_recordings"
FAX_MEDIA = "https://fax.simulator.example/1/1"


def iso(ms: int) -> str:
    """Epoch milliseconds as the query API writes them: ``2018-05-15T15:47:03.000+0000``."""
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{ms % 1000:03d}+0000"


def parse_iso(text: Any) -> int | None:
    """``date_time_from``/``date_time_to`` (ISO 8601 with a zone) as epoch ms; None when unreadable."""
    if not isinstance(text, str) or not text.strip():
        return None
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return int(moment.timestamp() * 1000)


def phone_call_record(*, rid: int, call_id: str, direction: str, timestamp_ms: int, originator: tuple[str, str],
                      destination: tuple[str, str], answerer: tuple[str, str] | None, last_event: str,
                      duration: int, ring_time: int, recorded: bool, voicemail: bool,
                      crm_url: str = "") -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": rid, "type": "PHONE_CALL", "accountId": ACCOUNT_ID, "direction": direction,
        "timestamp": timestamp_ms,
        "originatorName": originator[1], "originatorNumber": originator[0],
        "destinationName": destination[1], "destinationNumber": destination[0],
    }
    if answerer is not None:
        record.update(answererName=answerer[1], answererNumber=answerer[0])
    record.update({
        "maskCallerNumber": False, "lastEvent": last_event, "duration": duration, "ringTime": ring_time,
        "archived": False, "callId": call_id, "recorded": recorded,
        "recordingUrl": f"{MEDIA}/call_recording_{call_id}.mp3" if recorded else None,
        "voicemail": voicemail,
        "voicemail_url": f"{MEDIA}/vm_{call_id}.mp3" if voicemail else None,
        "labels": [], "ruleNames": [],
        "contactCrm": "DemoCRM" if crm_url else None, "contactCrmUrl": crm_url or None, "crmLogo": None,
    })
    return record


def click_to_call_record(*, rid: int, call_id: str, timestamp_ms: int, originator: tuple[str, str],
                         destination: tuple[str, str], duration: int, ring_time: int,
                         recorded: bool) -> dict[str, Any]:
    return {
        "id": rid, "type": "CLICK_TO_CALL", "accountId": ACCOUNT_ID, "direction": "OUTBOUND",
        "timestamp": timestamp_ms, "originatorName": originator[1], "originatorNumber": originator[0],
        "destinationName": destination[1] or destination[0], "destinationNumber": destination[0],
        "duration": duration, "ringTime": ring_time, "queueCallId": call_id, "clickToCallType": "EXTENSION",
        "archived": False, "callId": call_id, "recorded": recorded,
        "recordingUrl": f"{MEDIA}/call_recording_{call_id}.mp3" if recorded else None,
        "labels": [], "ruleNames": [], "contactCrm": None, "contactCrmUrl": None, "crmLogo": None,
    }


def fax_webhook(*, rid: int, timestamp_ms: int, direction: str, sender: str, recipient: str,
                pages: int) -> dict[str, Any]:
    """The reference's fax payload (flat, no ``type``)."""
    body: dict[str, Any] = {"id": rid, "timestamp": timestamp_ms, "direction": direction.lower(),
                            "sender": sender, "recipient": recipient,
                            "attachment_url": f"{FAX_MEDIA}/fax_{rid}.pdf", "total_pages": pages}
    if direction.lower() == "outbound":
        body["description"] = "A fax description"
    return body


def fax_record(fax: dict[str, Any], call_id: str, duration: int) -> dict[str, Any]:
    """The fax as the query API lists it (its example's keys), keeping the document link."""
    return {"id": fax["id"], "type": "FAX_CALL", "accountId": ACCOUNT_ID, "direction": fax["direction"].upper(),
            "timestamp": fax["timestamp"], "originatorName": fax["sender"], "originatorNumber": fax["sender"],
            "destinationName": fax["recipient"], "destinationNumber": fax["recipient"], "callId": call_id,
            "duration": duration, "archived": False, "attachment_url": fax["attachment_url"],
            "total_pages": fax["total_pages"]}


class TelephonyLog:
    """Every telephony event of the company, for the query API."""

    def __init__(self) -> None:
        self.records: list[dict[str, Any]] = []
        self.next_id = 8000

    def new_id(self) -> int:
        self.next_id += 1
        return self.next_id

    def add(self, record: dict[str, Any]) -> dict[str, Any]:
        self.records.append(record)
        return record

    @staticmethod
    def for_api(record: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in record.items() if v is not None}
        out["timestamp"] = iso(int(record["timestamp"]))
        return out

    def get(self, rid: str) -> dict[str, Any] | None:
        return next((r for r in self.records if str(r["id"]) == rid), None)

    def by_call(self, call_id: str) -> dict[str, Any] | None:
        return next((r for r in reversed(self.records) if r.get("callId") == call_id), None)

    def query(self, *, date_from: int | None, date_to: int | None, number: str, descending: bool, size: int,
              page: int) -> dict[str, Any]:
        found = [r for r in self.records
                 if (date_from is None or r["timestamp"] >= date_from) and (date_to is None or r["timestamp"] <= date_to)
                 and (not number or any(number in str(r.get(k) or "")
                                        for k in ("originatorNumber", "destinationNumber", "answererNumber")))]
        found.sort(key=lambda r: (r["timestamp"], r["id"]), reverse=descending)
        total = len(found)
        chunk = found[page * size: (page + 1) * size]
        pages = (total + size - 1) // size
        return {
            "content": [self.for_api(r) for r in chunk],
            "last": (page + 1) * size >= total, "totalElements": total, "totalPages": pages,
            "sort": [{"direction": "DESC" if descending else "ASC", "property": "timestamp", "ignoreCase": False,
                      "nullHandling": "NATIVE", "ascending": not descending, "descending": descending}],
            "first": page == 0, "numberOfElements": len(chunk), "size": size, "number": page,
        }
