"""Webhook subscriptions of a phone system, managed from the settings: list, create, update, disable, delete.

Some phone systems tell the desktop about calls only through webhook subscriptions whose
``callback_url`` is the local receiver's (or its public URL's); the account's backend offers them as
a core :class:`~cti_desktop.core.capabilities.Webhooks` (``backend.webhooks``). This view-model shows
every subscription of the company with ``enabled``, ``failed_count`` and ``last_error`` (the phone
system may disable one after repeated failed deliveries), creates the call subscriptions (CALL_INCOMING, CALL_ANSWERED, CALL_HANGUP) for the
receiver's callback URL, points an existing one at it, enables or disables one, and deletes one.
Every change is followed by a fresh read (the server's list is the truth); every failure is the
``error`` property in words. Callback URLs hold the receiver's secret: only masked forms are shown.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Callable

from PySide6.QtCore import Property, QObject, Signal

from cti_desktop.core.errors import InvalidInput, NotFound, UserFacingError
from cti_desktop.i18n import translate

from .base import ViewModel, command

log = logging.getLogger(__name__)

#: The subscriptions a desktop needs for its screen-pop and call list.
CALL_SUBSCRIPTIONS = ("CALL_INCOMING", "CALL_ANSWERED", "CALL_HANGUP")


class WebhookSettingsViewModel(ViewModel):
    """``client``: the subscriptions (a core ``WebhookSubscriptions``); ``callback_url``: the running
    receiver's callback URL (with its secret), "" when no receiver runs for this account; ``vendor``:
    the phone system's name for the words; ``mask``: how a callback URL is shown (its secret hidden)."""

    subscriptionsChanged = Signal()
    loadedChanged = Signal()

    def __init__(self, client: Any, callback_url: str = "", parent: QObject | None = None, *,
                 notification_email: str = "", vendor: str = "",
                 mask: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self._client = client
        self._vendor = vendor or translate("WebhookSettings", "the phone system")
        self._mask = mask or _mask_last_segment
        self._callback = (callback_url or "").strip()
        self._email = notification_email
        self._subscriptions: list[Any] = []
        self._loaded = False

    @classmethod
    def for_session(cls, session: Any, parent: QObject | None = None) -> WebhookSettingsViewModel | None:
        """The view-model for a session's webhooks, or None when the account has none."""
        webhooks = session.backend.webhooks
        if webhooks is None:
            return None
        return cls(webhooks.subscriptions, webhooks.callback_url, parent, vendor=webhooks.vendor, mask=webhooks.mask)

    # ------------------------------------------------------------------------------ properties
    def _get_subscriptions(self) -> list:
        return [self._row(s) for s in self._subscriptions]

    #: Each ``{"id","eventType","enabled","failedCount","lastError","url","mine","status"}``.
    subscriptions = Property(list, _get_subscriptions, notify=subscriptionsChanged)
    loaded = Property(bool, lambda self: self._loaded, notify=loadedChanged)
    #: The receiver's callback URL with the secret masked ("" when no receiver runs).
    callbackUrl = Property(str, lambda self: self._mask(self._callback) if self._callback else "", constant=True)
    #: The phone system's name, for the window's words ("the phone system" when not known).
    vendor = Property(str, lambda self: self._vendor, constant=True)
    canCreate = Property(bool, lambda self: bool(self._callback), constant=True)
    #: Why subscriptions cannot be created here, in words ("" when they can).
    createBlockedReason = Property(
        str,
        lambda self: "" if self._callback else (
            translate("WebhookSettings", "No call-notification receiver runs for this account (it uses {vendor} for contacts only), so there is no address to subscribe").format(vendor=self._vendor)),
        constant=True,
    )
    eventTypes = Property(list, lambda self: list(CALL_SUBSCRIPTIONS), constant=True)

    def _row(self, sub: Any) -> dict[str, Any]:
        mine = bool(self._callback) and sub.callback_url == self._callback
        if not sub.enabled:
            status = translate("WebhookSettings", "Disabled after {failed_count} failed deliveries").format(failed_count=sub.failed_count) if sub.failed_count else translate("WebhookSettings", "Disabled")
        elif sub.failed_count:
            status = translate("WebhookSettings", "Enabled, {failed_count} failed deliveries").format(failed_count=sub.failed_count)
        else:
            status = translate("WebhookSettings", "Enabled")
        return {
            "id": sub.id,
            "eventType": sub.event_type,
            "enabled": sub.enabled,
            "failedCount": sub.failed_count,
            "lastError": sub.last_error,
            "url": sub.display_url,
            "mine": mine,
            "status": status,
        }

    def subscription(self, subscription_id: str) -> Any:
        for sub in self._subscriptions:
            if sub.id == subscription_id:
                return sub
        raise NotFound(translate("WebhookSettings", "That webhook subscription is no longer there; the list was read again"))

    # -------------------------------------------------------------------------------- commands
    async def _read(self) -> bool:
        subs = await self._client.webhook_subscriptions()
        self._subscriptions = sorted(subs, key=lambda s: (s.event_type, s.id))
        self.subscriptionsChanged.emit()
        self._update("_loaded", True, self.loadedChanged)
        return True

    async def refresh_async(self) -> bool:
        return bool(await self.guarded(self._read()))

    @command()
    async def refresh(self) -> None:
        await self.refresh_async()

    def _need_callback(self) -> str:
        if not self._callback:
            raise InvalidInput(self.createBlockedReason)
        return self._callback

    async def create_async(self, event_type: str) -> bool:
        async def work() -> bool:
            kind = (event_type or "").strip().upper()
            if kind not in CALL_SUBSCRIPTIONS:
                raise InvalidInput(translate("WebhookSettings", "Choose one of {join}").format(join=', '.join(CALL_SUBSCRIPTIONS)))
            await self._client.create_webhook_subscription(self._need_callback(), kind,
                                                           notification_email=self._email or None)
            await self._read()
            return True

        return bool(await self.guarded(work()))

    @command(str)
    async def create(self, event_type: str) -> None:
        await self.create_async(event_type)

    async def create_missing_async(self) -> bool:
        """One enabled subscription per call event for this receiver (missing ones made, disabled enabled)."""
        async def work() -> bool:
            await self._client.ensure_subscriptions(self._need_callback(), CALL_SUBSCRIPTIONS,
                                                    notification_email=self._email or None)
            await self._read()
            return True

        return bool(await self.guarded(work()))

    @command()
    async def createMissing(self) -> None:
        await self.create_missing_async()

    async def set_enabled_async(self, subscription_id: str, enabled: bool) -> bool:
        async def work() -> bool:
            sub = self.subscription(subscription_id)
            await self._client.update_webhook_subscription(sub.id, callback_url=sub.callback_url,
                                                           event_type=sub.event_type, enabled=bool(enabled),
                                                           notification_email=sub.notification_email or None)
            await self._read()
            return True

        return bool(await self.guarded(self._reread_on_failure(work())))

    @command(str, bool)
    async def setEnabled(self, subscription_id: str, enabled: bool) -> None:
        await self.set_enabled_async(subscription_id, enabled)

    async def point_here_async(self, subscription_id: str) -> bool:
        """Update a subscription to deliver to this receiver (and enable it)."""
        async def work() -> bool:
            sub = self.subscription(subscription_id)
            await self._client.update_webhook_subscription(sub.id, callback_url=self._need_callback(),
                                                           event_type=sub.event_type, enabled=True,
                                                           notification_email=sub.notification_email or None)
            await self._read()
            return True

        return bool(await self.guarded(self._reread_on_failure(work())))

    @command(str)
    async def pointHere(self, subscription_id: str) -> None:
        await self.point_here_async(subscription_id)

    async def delete_async(self, subscription_id: str) -> bool:
        async def work() -> bool:
            sub = self.subscription(subscription_id)
            await self._client.delete_webhook_subscription(sub.id)
            await self._read()
            return True

        return bool(await self.guarded(self._reread_on_failure(work())))

    @command(str)
    async def delete(self, subscription_id: str) -> None:
        await self.delete_async(subscription_id)

    async def _reread_on_failure(self, work):
        """A refused change (gone, stale) shows its words, and the list is read again to show the truth."""
        try:
            return await work
        except NotFound:
            try:
                await self._read()
            except UserFacingError:  # the first error is the one to show
                log.info("re-reading the webhook subscriptions failed too")
            raise


_LAST_SEGMENT = re.compile(r"/[^/?#\s]+(?=[?#]|$)")


def _mask_last_segment(url: str) -> str:
    """A callback URL fit to show when the phone system gave no way: its last path segment masked."""
    return _LAST_SEGMENT.sub("/***", url or "", count=1)


__all__ = ["CALL_SUBSCRIPTIONS", "WebhookSettingsViewModel"]
