"""Line state: mark the user busy ("in a call") for work outside the phone system (``ls.*`` routes).

A mixin of :class:`~cti_desktop.providers.dstny.client.DstnyClient`; it is also the core
:class:`~cti_desktop.core.line_state.BusyElsewhere`. The reference keys a line state by the user and
an external id (the outside system's name for it); the desktop uses one id of its own,
:attr:`LineStateOps.line_state_external_id`, so it reads and clears only its own mark. "Removes a
specific line state" ignores an agent's resting time, which is what "clear" means here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any, Mapping

from ...core.errors import InvalidInput, NotFound
from ...core.line_state import MAX_MINUTES
from . import wire

__all__ = ["LINE_STATE_FEATURES", "LineStateOps"]

LINE_STATE_FEATURES: Mapping[str, str] = {
    "ls.get": "Busy elsewhere",
    "ls.set": "Busy elsewhere",
    "ls.clear": "Busy elsewhere",
}


class LineStateOps:
    """Needs the client's ``_json``/``_send``."""

    _json: Any
    _send: Any

    line_state_external_id = "cti-desktop"

    def _ls_fields(self) -> dict[str, str]:
        return {"ext": self.line_state_external_id}

    async def busy_until(self) -> datetime | None:
        try:
            data = await self._json("ls.get", fields=self._ls_fields())
        except NotFound:
            return None
        until = wire.parse_line_state_mark(data)
        if until is None or until <= datetime.now(timezone.utc):
            return None
        return until

    async def set_busy_until(self, until: datetime) -> datetime | None:
        if until.tzinfo is None:
            raise InvalidInput("Give the end time with its time zone")
        now = datetime.now(timezone.utc)
        if until <= now:
            raise InvalidInput("The end time has passed already")
        if until - now > timedelta(minutes=MAX_MINUTES):
            raise InvalidInput(f"Busy elsewhere lasts at most {MAX_MINUTES // 60} hours")
        data = await self._json("ls.set", fields=self._ls_fields(), body=wire.line_state_body(until), command=True)
        kept = wire.parse_line_state_mark(data) if isinstance(data, dict) else None
        return kept or until.astimezone(timezone.utc).replace(microsecond=0)

    async def clear_busy(self) -> None:
        try:
            await self._send("ls.clear", fields=self._ls_fields(), command=True)
        except NotFound:
            pass  # nothing to clear: it ended or was cleared elsewhere
