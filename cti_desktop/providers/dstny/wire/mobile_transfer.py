"""The Calls API's transfer of the mobile call: its answers, read into a core :class:`MobileTransfer`.

The reference's "Get the status of an ongoing call transfer" answers
``{"transferId": {"transferStartTime": 1741673212357, "type": "BLIND_TRANSFER", "id": "5",
"destination": "+9633996603"}}`` and "Transfer a mobile call to the specified number"
``{"transferId": {"transferStartTime": 0, "id": "5"}}``: the transfer sits under a key named
``transferId``, its start time is epoch milliseconds (``0`` when not given) and its ``type`` is one of
``BLIND_TRANSFER`` and ``ATTENDED_TRANSFER`` (kept open: another value reads as "not said"). The
reference gives no other status values: a transfer is either ongoing (this body) or not (no body,
no ``transferId``, or a 404).

Part of :mod:`cti_desktop.providers.dstny.wire`, which re-exports it. Each ``parse_*`` returns a
value or raises :class:`~.base.MalformedResponse`.
"""

from __future__ import annotations

from typing import Any

from ....core.mobile_transfer import MobileTransfer
from ...wire_common import datetime_from_epoch
from ...wire_common import to_str as _str
from .base import MalformedResponse, _dict

__all__ = ["ATTENDED_TRANSFER", "BLIND_TRANSFER", "parse_mobile_transfer", "parse_mobile_transfer_started"]

BLIND_TRANSFER = "BLIND_TRANSFER"
ATTENDED_TRANSFER = "ATTENDED_TRANSFER"
_KINDS = {BLIND_TRANSFER: False, ATTENDED_TRANSFER: True}
_MAX_TEXT = 200


def _transfer_object(value: Any, what: str) -> dict[str, Any] | None:
    """The transfer's own object: under ``transferId``, or the body itself when it is flat."""
    if value is None:
        return None
    body = _dict(value, what)
    inner = body.get("transferId")
    if isinstance(inner, dict):
        return inner
    if inner is None and "id" in body:
        return body
    if inner is None:
        return None
    raise MalformedResponse(f"{what}: transferId is {type(inner).__name__}, not an object")


def _read(d: dict[str, Any]) -> MobileTransfer | None:
    transfer_id = _str(d.get("id"))[:_MAX_TEXT]
    if not transfer_id:
        return None
    return MobileTransfer(
        transfer_id=transfer_id,
        attended=_KINDS.get(_str(d.get("type")).upper()),
        destination=_str(d.get("destination"))[:_MAX_TEXT],
        started_at=datetime_from_epoch(d.get("transferStartTime")),
    )


def parse_mobile_transfer(value: Any) -> MobileTransfer | None:
    """The status answer → the ongoing transfer, or ``None`` when there is none (empty answer, no
    ``transferId``, or one without an id)."""
    d = _transfer_object(value, "transfer status")
    return None if d is None else _read(d)


def parse_mobile_transfer_started(value: Any) -> MobileTransfer:
    """The transfer answer → the transfer it started (it must carry the transfer's id)."""
    d = _transfer_object(value, "transfer")
    transfer = None if d is None else _read(d)
    if transfer is None:
        raise MalformedResponse("transfer: the answer names no transfer id")
    return transfer
