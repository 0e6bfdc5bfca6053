"""Transferring the call on the person's mobile phone to another number, blind or attended.

A backend that can do it offers :class:`MobileCallTransfer` on its call control. The phone system
knows which call is "the mobile call" (the person's call on their mobile: one placed with "Call via
my mobile", or one that rang there and was answered there); the desktop names only the destination
and the kind:

* **attended** — the caller waits on hold while the destination rings; the transfer is ongoing until
  the destination answers (then the call is theirs), and may be cancelled meanwhile (the call comes
  back to the person);
* **blind** — the call is handed over at once and released from the person.

:func:`on_mobile` tells whether a call is on one of the person's mobile devices;
:func:`describe_transfer` puts an ongoing transfer in words for the call card.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Protocol, runtime_checkable
from cti_desktop.i18n import translate

from .models import Call, CallStatus, Device

__all__ = ["MOBILE_KIND", "MobileCallTransfer", "MobileTransfer", "describe_transfer", "on_mobile"]

#: The device kind of a mobile phone (the ``deviceType`` the phone systems report).
MOBILE_KIND = "MOBILE"

#: The call states in which the call on the mobile may be transferred: connected or held (a call
#: still ringing there, or a call-back still calling the mobile, has nobody to hand on yet).
_TRANSFERABLE = frozenset({CallStatus.ACTIVE, CallStatus.HELD})


@dataclass(frozen=True, slots=True)
class MobileTransfer:
    """One transfer of the mobile call as the phone system reports it."""

    transfer_id: str
    #: ``True`` attended, ``False`` blind, ``None`` when the phone system did not say.
    attended: bool | None = None
    destination: str = ""
    started_at: datetime | None = None


@runtime_checkable
class MobileCallTransfer(Protocol):
    async def transfer_mobile_call(self, destination: str, *, attended: bool) -> MobileTransfer:
        """Transfer the person's mobile call to ``destination`` (a number as dialled)."""
        ...

    async def mobile_transfer_status(self) -> MobileTransfer | None:
        """The ongoing transfer of the mobile call; ``None`` when there is none."""
        ...

    async def cancel_mobile_transfer(self, transfer_id: str) -> None:
        """Cancel an ongoing attended transfer: the call comes back to the person."""
        ...


def on_mobile(call: Call, devices: Iterable[Device]) -> bool:
    """Whether ``call`` is connected (or held) on one of the person's mobile devices, so may be transferred."""
    if call.status not in _TRANSFERABLE:
        return False
    mobiles = {d.device_id for d in devices if (d.kind or "").upper() == MOBILE_KIND}
    return any(device in mobiles for device in call.device_ids)


def describe_transfer(transfer: MobileTransfer) -> str:
    """The ongoing transfer in words: "Transferring to +46701234567 (attended; the caller is on hold)"."""
    where = translate("MobileTransfer", " to {destination}").format(destination=transfer.destination) if transfer.destination else ""
    since = translate("MobileTransfer", ", since {strftime}").format(strftime=transfer.started_at.astimezone().strftime('%H:%M:%S')) if transfer.started_at else ""
    if transfer.attended is True:
        how = translate("MobileTransfer", " (attended; the caller is on hold until it is answered") + since + ")"
    elif transfer.attended is False:
        how = translate("MobileTransfer", " (blind; the call has left your mobile") + since + ")"
    else:
        how = f" ({since[2:]})" if since else ""
    return translate("MobileTransfer", "Transferring{where}{how}").format(where=where, how=how)
