"""The Telavox client's call history, recordings and SMS.

A mixin of :class:`~cti_desktop.providers.telavox.client.TelavoxClient` (it uses the client's
``self._json``, ``self._send`` and ``self._history_days``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from ...core.errors import InvalidInput, NotSupported, ServerUnavailable
from ...core.models import CommLogItem
from . import wire
from .wire import Recording
from .numbers import clean_number

__all__ = ["MAX_SMS_LENGTH", "TelavoxHistoryOps"]

#: Longest SMS text accepted (ten concatenated parts of 160 characters).
MAX_SMS_LENGTH = 1600


class TelavoxHistoryOps:
    """History, recordings and SMS of :class:`~.client.TelavoxClient`."""

    # ------------------------------------------------------------------ history, recordings, SMS

    async def history(self, *, max_items: int = 100, types: Sequence[str] = (), from_date: date | None = None,
                      to_date: date | None = None, call_type: str | None = None) -> list[CommLogItem]:
        """Call history, newest first (the last ``history_days`` days unless dates are given).

        ``types`` are the core's item types to keep (``MISSED_CALL``, ``INCOMING_CALL``, …; empty:
        all), as :class:`~cti_desktop.core.capabilities.History` asks; Telavox has no such filter,
        so they are picked here, before ``max_items`` is applied."""
        end = to_date or date.today()
        start = from_date or (end - timedelta(days=self._history_days))
        if start > end:
            raise InvalidInput("Call history: the start date is after the end date")
        if self.api == "capi":
            params = {"fromDate": start.isoformat(), "toDate": end.isoformat()}
            if call_type:
                params["callType"] = call_type
            items = wire.parse_history(await self._json("capi.history", params=params))
        else:
            params = {"fromDate": start.isoformat(), "toDate": end.isoformat(), "withRecordings": "true"}
            items = wire.parse_history(await self._json("v1.calls", params=params))
            if call_type:
                wanted = {"incoming": "INCOMING_CALL", "outgoing": "OUTGOING_CALL", "missed": "MISSED_CALL"}
                items = [i for i in items if i.item_type == wanted.get(call_type.lower(), call_type.upper())]
        if types:
            keep = {str(t).upper() for t in types}
            items = [i for i in items if i.item_type in keep]
        return items[: max(0, int(max_items))]

    async def history_recordings(self, *, from_date: date | None = None, to_date: date | None = None) -> dict[str, str]:
        """v1: ``callId`` → ``recordingId`` for the calls of the period that were recorded."""
        end = to_date or date.today()
        start = from_date or (end - timedelta(days=self._history_days))
        params = {"fromDate": start.isoformat(), "toDate": end.isoformat(), "withRecordings": "true"}
        return wire.history_recording_ids(await self._json("v1.calls", params=params))

    async def mark_seen(self, item_id: str) -> None:
        raise NotSupported("Telavox keeps no seen/unseen mark on call-history items")

    async def recordings(self) -> list[Recording]:
        """My recordings (CAPI)."""
        return wire.parse_recordings(await self._json("capi.recordings"))

    async def recording_audio(self, recording_id: str, *, max_bytes: int = 50_000_000) -> bytes:
        """The audio of a recording (``audio/mpeg``)."""
        if not recording_id or recording_id == "0":
            raise InvalidInput("This call has no recording")
        response = await self._send("v1.recording", fields={"recording": recording_id}, accept="audio/mpeg, */*")
        content = response.content
        if len(content) > max_bytes:
            raise ServerUnavailable("Recording: the file is larger than the app accepts")
        return content

    async def send_sms(self, to: str, text: str) -> None:
        number = clean_number(to, what="mobile number")
        message = (text or "").strip()
        if not message:
            raise InvalidInput("Write the text of the SMS")
        if len(message) > MAX_SMS_LENGTH:
            raise InvalidInput(f"The SMS is {len(message)} characters long; Telavox takes at most {MAX_SMS_LENGTH}")
        await self._send("v1.sms", fields={"number": number}, params={"message": message}, command=True)
