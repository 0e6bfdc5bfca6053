"""The call panel's transfer of the call on the person's mobile ("Transfer from my mobile…").

One transfer at a time: started attended (the caller holds while it rings; cancel gives the call
back) or blind (handed over at once), and read again each second while it is ongoing, so the card
says how it goes and when it is over. Offered only where the account's call control can do it
(:class:`~cti_desktop.core.mobile_transfer.MobileCallTransfer`) and on a call on the mobile.

:class:`MobileTransferCommands` is a mixin of
:class:`~cti_desktop.viewmodels.call_panel.CallPanelViewModel`; it runs its commands through the
panel's :class:`~cti_desktop.viewmodels.call_commands.CallCommands`.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import Property, QTimer, Slot

from cti_desktop.core.call_card import mobile_values
from cti_desktop.core.dialing import normalise_dial_string
from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.core.mobile_transfer import MobileCallTransfer, MobileTransfer, on_mobile
from cti_desktop.core.models import Call
from cti_desktop.i18n import translate

log = logging.getLogger(__name__)


class MobileTransferCommands:
    """Transfer the call on the mobile, see how it goes, cancel it (a mixin of the panel's view-model)."""

    def _init_mobile_transfer(self) -> None:
        self._mobile_transfer: MobileTransfer | None = None
        self._mobile_transfer_call = ""
        self._mobile_poll = QTimer(self)
        self._mobile_poll.setInterval(1000)
        self._mobile_poll.timeout.connect(self._poll_mobile_transfer)
        self._mobile_poll_task: asyncio.Task | None = None

    def _mobile_control(self) -> MobileCallTransfer | None:
        control = self._session.backend.call_control
        return control if isinstance(control, MobileCallTransfer) else None

    #: The account can transfer the call on the person's mobile ("Transfer from my mobile…").
    mobileTransferSupported = Property(bool, lambda self: self._mobile_control() is not None, constant=True)

    def _mobile_values(self, call: Call, block: str) -> dict[str, Any]:
        mobile = self._mobile_control() is not None and on_mobile(call, self._devices)
        t = self._mobile_transfer if self._mobile_transfer_call == call.call_id else None
        return mobile_values(mobile, t, block, any_transfer=self._mobile_transfer is not None)

    def _set_mobile_transfer(self, transfer: MobileTransfer | None, call_id: str = "") -> None:
        if transfer is not None and not call_id:
            # Found by a status read (not started here): it is the call on the mobile's.
            call_id = self._mobile_transfer_call or next(
                (cid for cid in self._order if self._items[cid].value("onMobile")), "")
        self._mobile_transfer = transfer
        self._mobile_transfer_call = call_id if transfer is not None else ""
        if transfer is not None and not self._mobile_poll.isActive():
            self._mobile_poll.start()
        elif transfer is None:
            self._mobile_poll.stop()
        self._recompute()

    def _poll_mobile_transfer(self) -> None:
        if self._mobile_poll_task is not None and not self._mobile_poll_task.done():
            return
        self._mobile_poll_task = self._session.spawn(self.read_mobile_transfer(), name="mobile-transfer-status")

    async def read_mobile_transfer(self) -> MobileTransfer | None:
        """Read the ongoing transfer of the mobile call and show it (or that it is over)."""
        control = self._mobile_control()
        if control is None:
            return None
        try:
            transfer = await control.mobile_transfer_status()
        except UserFacingError as exc:
            log.info("could not read the mobile transfer's status: %s", exc)
            return self._mobile_transfer
        self._set_mobile_transfer(transfer, self._mobile_transfer_call if transfer is not None else "")
        return transfer

    @Slot(str, str, bool)
    def transferFromMobile(self, callId: str, destination: str, attended: bool = True) -> asyncio.Task | None:
        """Transfer the call on the person's mobile to ``destination``: attended (the caller holds while
        it rings; cancel gives the call back) or blind (handed over at once)."""
        what = translate("CallMobileTransfer", "Transfer from your mobile")
        item = self._live_item(callId, what)
        control = self._mobile_control()
        if item is None:
            return None
        if control is None or not item.value("canTransferFromMobile"):
            item.set_error(translate("CallMobileTransfer", "{what} is not possible on this call right now").format(what=what))
            return None
        try:
            dial = normalise_dial_string(destination, self._region).dial
        except InvalidInput as exc:
            item.set_error(f"{what}: {exc}")
            return None

        async def run() -> MobileTransfer:
            transfer = await control.transfer_mobile_call(dial, attended=bool(attended))
            self._set_mobile_transfer(transfer, callId)
            await self._refresh_quietly(callId)
            return transfer

        return self._start(item, what, run)

    @Slot(str)
    def cancelMobileTransfer(self, callId: str) -> asyncio.Task | None:
        """Cancel the ongoing attended transfer of the call on the mobile: the call comes back."""
        what = translate("CallMobileTransfer", "Cancel transfer")
        item = self._live_item(callId, what)
        control = self._mobile_control()
        transfer = self._mobile_transfer
        if item is None:
            return None
        if control is None or transfer is None or not item.value("canCancelMobileTransfer"):
            item.set_error(translate("CallMobileTransfer", "{what}: no transfer of this call is ongoing").format(what=what))
            return None

        async def run() -> None:
            try:
                await control.cancel_mobile_transfer(transfer.transfer_id)
            except NotFound:
                await self.read_mobile_transfer()  # it ended meanwhile: show what is true now
                raise
            self._set_mobile_transfer(None)
            await self._refresh_quietly(callId)

        return self._start(item, what, run)
