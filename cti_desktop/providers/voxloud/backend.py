"""The Voxloud backend: the API client, click-to-call as call control, and the webhook receiver.

What Voxloud offers a desktop, and so what :class:`VoxloudBackend` declares:

* **directory** — the company contacts (search by phone for the screen-pop, by name for the search box);
* **call control** — only ``make_call``, through a click-to-call resource of the person's extension
  (Voxloud rings the extension, then the number). There is no answer/hold/transfer API;
* **call events** — through the local webhook receiver (:mod:`.webhooks`): ``follow_calls`` listens
  and reports LIVE while it does, FAILED with the reason when the port cannot be bound;
* no presence, no queues, no history, no SMS.

Account options (``Account.options``, all optional):

``region`` (default ``IT``) · ``routes`` (route overrides) · ``webhook_host`` (default ``127.0.0.1``) ·
``webhook_port`` (default 48765; 0 = any free port) · ``public_url`` (the tunnel/reverse-proxy base
Voxloud can reach, e.g. ``https://abc.example-tunnel.net``) · ``public_hosts`` (further accepted Host
names) · ``subscribe`` (create/re-enable the CALL_* webhook subscriptions for the callback URL at
start; default: when ``public_url`` is set or the API is on this computer, e.g. the simulator) · ``notification_email`` · ``click_to_call_id`` (the
click-to-call resource to use; default: the first one for the person's extension, created when there is
none and the user has an outbound number) · ``ring_timeout`` (seconds, default 120) · ``email`` (the
person's Voxloud e-mail address: webhooks whose ``userEmail`` is it are theirs too) · ``history_days``
(default 30).

``Account.user`` is the person's extension number or Voxloud user id (or their e-mail address, which
then identifies their webhooks only): webhook events whose ``userExtension``/``userEmail`` name
another user are ignored, the history shows their calls, and click-to-call rings that extension.
Empty: every call of the company is shown, and calling needs ``click_to_call_id``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import random
import uuid
from pathlib import Path
from typing import Any

import httpx

from ...core.calls import CallStore
from ...core.capabilities import Capabilities
from ...core.connection import ConnectionState, ConnectionStatus
from ...core.credentials import Credentials
from ...core.errors import InvalidInput, NotSupported, ServerUnavailable, UserFacingError
from ...core.models import Call, CallStatus, Contact, Device, Line, Party
from ...core.models import ContactDraft as CoreContactDraft
from ...core.session import Account, StatusListener
from ...core.transport import command_client
from ...core.vendors import catalog
from .client import DEFAULT_API_URL, VoxloudClient
from .history import VoxloudHistory
from .routes import RouteTable
from .webhooks import (
    DEFAULT_PORT,
    WebhookCallTracker,
    WebhookReceiver,
    WebhookReceiverError,
    new_webhook_secret,
)
from .wire import (
    CALL_EVENT_TYPES,
    CDR_EVENT_TYPES,
    ClickToCall,
    CompanyInfo,
    ContactDraft,
    VoxloudUser,
    WebhookEvent,
    mask_callback_url,
)

#: Every webhook the desktop subscribes to: the real-time call events, then the call records.
SUBSCRIBED_EVENT_TYPES = CALL_EVENT_TYPES + CDR_EVENT_TYPES

__all__ = ["VOXLOUD_CAPABILITIES", "VoxloudBackend", "VoxloudCallControl", "api_url_for", "connect_voxloud"]

log = logging.getLogger("cti_desktop.providers.voxloud")

VOXLOUD_CAPABILITIES = Capabilities(
    call_control=frozenset({"make_call"}), call_events=True, directory=True, history=True,
    answer_elsewhere="Answer on your phone: Voxloud cannot answer or reject calls from the desktop",
)


def api_url_for(server: str) -> str:
    """The API base: ``""`` → the public Voxloud API; a bare ``http://host:port`` gets ``/api``."""
    text = (server or "").strip()
    if not text:
        return DEFAULT_API_URL
    try:
        url = httpx.URL(text)
    except httpx.InvalidURL:
        raise InvalidInput("The Voxloud API address is not a valid URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidInput("The Voxloud API address must be an http(s) URL (https://developer.voxloud.com/api)")
    if url.userinfo:
        raise InvalidInput("The Voxloud API address must not contain a user name or password")
    path = url.path.rstrip("/") or "/api"
    return str(url.copy_with(path=path, query=None, fragment=None))


def _is_loopback(url: str) -> bool:
    host = httpx.URL(url).host
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _not_supported(what: str) -> NotSupported:
    return NotSupported(f"{what} is not available with Voxloud (it only starts calls, by click-to-call)")


class VoxloudCallControl:
    """``CallControl`` for Voxloud: calls are started by click-to-call; everything else is refused in words."""

    def __init__(self, client: VoxloudClient, *, user: VoxloudUser | None, click_to_call_id: str = "") -> None:
        self.client = client
        self.user = user
        self._ctc_id = click_to_call_id.strip()
        self._ctc_lock = asyncio.Lock()
        self.tracker: WebhookCallTracker | None = None

    async def click_to_call(self) -> ClickToCall | str:
        """The click-to-call resource (or its configured id) used to place calls."""
        if self._ctc_id:
            return self._ctc_id
        if self.user is None:
            raise InvalidInput("To call from Voxloud, set your extension as the account's user "
                               "(or a click-to-call id in the account options)")
        async with self._ctc_lock:
            if self._ctc_id:
                return self._ctc_id
            for ctc in await self.client.click_to_calls():
                if ctc.extension == self.user.extension:
                    self._ctc_id = ctc.id
                    return ctc
            outbound = self.user.outbound_did.number if self.user.outbound_did else ""
            if not outbound:
                raise InvalidInput(f"Extension {self.user.extension} has no outbound number in Voxloud, "
                                   "so no click-to-call can be set up for it")
            ctc = await self.client.create_click_to_call(name=f"cti-desktop-{self.user.extension}",
                                                         extension=self.user.extension, outbound_number=outbound,
                                                         dial_first="extension")
            log.info("created click-to-call %s for extension %s", ctc.id, self.user.extension)
            self._ctc_id = ctc.id
            return ctc

    async def make_call(self, destination: str, *, device_id: str | None = None, line: Line | None = None) -> Call:
        """Ask Voxloud to ring the person's extension and then ``destination`` (E.164).

        Voxloud answers without a call id, so the result is a placeholder call (INITIATED) that the
        first webhook about that number — or a timeout — replaces.
        """
        if line is not None and line.number and self.user is not None and self.user.outbound_did is not None \
                and line.number != self.user.outbound_did.number:
            raise NotSupported("Voxloud calls from the extension's selected outbound number; "
                               "change it in the Voxloud portal")
        ctc = await self.click_to_call()
        ctc_id = ctc if isinstance(ctc, str) else ctc.id
        dialled = await self.client.connect_click_to_call(ctc_id, destination)
        call = Call(call_id=f"click-to-call-{uuid.uuid4().hex[:12]}", state_token=None,
                    status=CallStatus.INITIATED.value, remote=Party(number=dialled), inbound=False,
                    event="CLICK_TO_CALL")
        if self.tracker is not None:
            self.tracker.add_placeholder(call)
        return call

    async def get_calls(self) -> list[Call]:
        return self.tracker.store.calls() if self.tracker is not None else []

    async def get_call(self, call_id: str) -> Call | None:
        return self.tracker.store.get(call_id) if self.tracker is not None else None

    async def devices(self) -> list[Device]:
        return []

    async def lines(self) -> list[Line]:
        return self.user.lines() if self.user is not None else []

    async def answer(self, call: Call, device_id: str) -> Call:
        raise _not_supported("Answering from the desktop")

    async def hangup(self, call: Call) -> None:
        raise _not_supported("Hanging up from the desktop")

    async def hold(self, call: Call) -> Call:
        raise _not_supported("Hold")

    async def resume(self, call: Call) -> Call:
        raise _not_supported("Resume")

    async def mute(self, call: Call) -> Call:
        raise _not_supported("Mute")

    async def unmute(self, call: Call) -> Call:
        raise _not_supported("Unmute")

    async def park(self, call: Call) -> Call:
        raise _not_supported("Park")

    async def dtmf(self, call: Call, digits: str) -> Call:
        raise _not_supported("Keypad tones")

    async def transfer(self, call: Call, destination: str) -> Call:
        raise _not_supported("Transfer")

    async def transfer_to_call(self, call: Call, target: Call) -> Call:
        raise _not_supported("Attended transfer")

    async def consultation(self, call: Call, destination: str) -> Call:
        raise _not_supported("Consultation calls")

    async def alternate(self, call: Call, target: Call) -> Call:
        raise _not_supported("Switching calls")

    async def conference(self, call: Call, target: Call) -> Call:
        raise _not_supported("Conference")

    async def remove_participant(self, call: Call, participant_id: str) -> Call:
        raise _not_supported("Conference")

    async def leave_conference(self, call: Call) -> Call:
        raise _not_supported("Conference")

    async def move(self, call: Call, device_id: str) -> Call:
        raise _not_supported("Moving a call")

    async def pickup(self, call_id: str, device_id: str) -> Call:
        raise _not_supported("Call pickup")

    async def recording(self, call: Call, op: str) -> Call:
        raise _not_supported("Call recording control")


#: The longest wait between two tries at setting up the webhook subscriptions (seconds).
SUBSCRIBE_BACKOFF_MAX = 5.0


class VoxloudContactStore:
    """The core ``ContactStore``: the company's Voxloud contacts."""

    name = "Voxloud contacts"

    def __init__(self, client: VoxloudClient) -> None:
        self.client = client

    async def create_contact(self, draft: CoreContactDraft) -> Contact:
        return await self.client.create_contact(ContactDraft(first_name=draft.first_name, last_name=draft.last_name,
                                                             primary_phone=draft.primary_phone))


class VoxloudWebhooks:
    """The core ``Webhooks``: the company's subscriptions and this backend's running receiver."""

    vendor = "Voxloud"

    def __init__(self, client: VoxloudClient, backend: "VoxloudBackend") -> None:
        self.subscriptions = client
        self._backend = backend

    @property
    def callback_url(self) -> str:
        receiver = self._backend.receiver
        return receiver.callback_url if receiver is not None else ""

    def mask(self, url: str) -> str:
        return mask_callback_url(url)


class VoxloudBackend:
    """The core ``Backend`` for a Voxloud company API key."""

    name = "voxloud"

    def __init__(
        self,
        client: VoxloudClient,
        http: httpx.AsyncClient,
        *,
        company: CompanyInfo | None = None,
        user: VoxloudUser | None = None,
        webhook_secret: str,
        options: dict[str, Any] | None = None,
    ) -> None:
        options = dict(options or {})
        self.client = client
        self.company = company
        self.user = user
        self.capabilities = VOXLOUD_CAPABILITIES
        self.call_control = VoxloudCallControl(client, user=user,
                                               click_to_call_id=str(options.get("click_to_call_id") or ""))
        self.directory = client
        self.directories = [client]
        self.queues = self.presence = self.messaging = None
        self.forwarding = self.colleagues = self.changes = self.answer_places = None
        self.email = str(options.get("email") or "").strip()
        self.history = VoxloudHistory(client, extension=user.extension if user else "",
                                      days=int(options.get("history_days") or 30), was_mine=self._was_mine,
                                      fax_numbers=[line.number for line in user.lines()] if user else ())
        self._http = http
        self._secret = webhook_secret
        self._options = options
        self.receiver: WebhookReceiver | None = None
        self.tracker: WebhookCallTracker | None = None
        self._wake = asyncio.Event()
        self.subscriptions: list = []
        self.contact_store = VoxloudContactStore(client)
        self.webhooks = VoxloudWebhooks(client, self)
        self.queue_stats_stream = None

    def __repr__(self) -> str:
        return f"VoxloudBackend(company={self.company.name if self.company else ''!r}, user={self.user.extension if self.user else ''!r})"

    def _was_mine(self, call_id: str) -> bool:
        return self.tracker is not None and self.tracker.was_mine(call_id)

    def on_webhook(self, event: WebhookEvent) -> None:
        """A webhook event: a call record to the history, a real-time call event to the call tracker."""
        if event.record is not None:
            self.history.add_record(event.record)
            log.info("call record %s of call %s received", event.record.kind, event.record.call_id or "?")
        elif self.tracker is not None:
            self.tracker(event)

    def make_receiver(self, on_event) -> WebhookReceiver:
        o = self._options
        hosts = o.get("public_hosts") or ()
        if isinstance(hosts, str):
            hosts = [h for h in hosts.replace(",", " ").split()]
        return WebhookReceiver(
            self._secret,
            on_event,
            host=str(o.get("webhook_host") or "127.0.0.1"),
            port=int(o.get("webhook_port", DEFAULT_PORT)),
            public_url=o.get("public_url") or None,
            public_hosts=hosts,
        )

    async def follow_calls(self, store: CallStore, on_status: StatusListener) -> None:
        """Listen for webhooks and feed ``store`` until cancelled; FAILED when the port cannot be used."""
        o = self._options
        self.tracker = WebhookCallTracker(
            store,
            extension=self.user.extension if self.user else "",
            user_id="",
            email=self.email,
            region=self.client.region,
            ring_timeout=float(o.get("ring_timeout", 120.0)),
        )
        self.call_control.tracker = self.tracker
        receiver = self.make_receiver(self.on_webhook)
        try:
            await receiver.start()
        except WebhookReceiverError as exc:
            on_status(ConnectionStatus(ConnectionState.FAILED, reason=str(exc)))
            return
        self.receiver = receiver
        try:
            subscribe = o.get("subscribe")
            if subscribe is None:  # only where the API can reach us: a public URL, or a local simulator
                subscribe = bool(o.get("public_url")) or _is_loopback(self.client.api_url)
            if subscribe and not await self._subscribe(receiver, on_status):
                return
            on_status(ConnectionStatus(ConnectionState.LIVE))
            while True:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=5.0)
                except TimeoutError:
                    pass
                else:
                    # Woken up or back on a network: webhooks may have failed meanwhile, and Voxloud
                    # disables a subscription after failures. Make sure ours are there and enabled.
                    if subscribe and not await self._subscribe(receiver, on_status):
                        return
                    on_status(ConnectionStatus(ConnectionState.LIVE))
                self.tracker.expire_stale()
        finally:
            self.receiver = None
            await receiver.aclose()

    async def _subscribe(self, receiver: WebhookReceiver, on_status: StatusListener) -> bool:
        """Set up the webhook subscriptions; a server error or an unreachable server is retried with
        backoff (at most :data:`SUBSCRIBE_BACKOFF_MAX` s between tries); False when refused for good."""
        failures = 0
        while True:
            try:
                self.subscriptions = await self.client.ensure_subscriptions(
                    receiver.callback_url, SUBSCRIBED_EVENT_TYPES, notification_email=self._options.get("notification_email"))
                return True
            except ServerUnavailable as exc:
                failures += 1
                delay = min(SUBSCRIBE_BACKOFF_MAX, 2 ** min(failures - 1, 8)) * (0.5 + random.random() / 2)
                if exc.retry_after is not None:
                    delay = max(delay, min(exc.retry_after, SUBSCRIBE_BACKOFF_MAX))
                log.warning("setting up the webhook subscriptions failed: %s; retrying in %.1f s", exc, delay)
                on_status(ConnectionStatus(ConnectionState.RECONNECTING,
                                           reason=f"setting up the webhook subscriptions: {exc}", retry_in=delay))
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=delay)
                except TimeoutError:
                    pass
            except UserFacingError as exc:
                on_status(ConnectionStatus(ConnectionState.FAILED,
                                           reason=f"the webhook subscriptions could not be set up: {exc}"))
                return False

    def missing_reason(self, feature: str, *, what: str = "") -> str:
        """Why ``feature`` is missing, in this phone system's words (the installed catalog's)."""
        return catalog().missing_reason(self.name, feature, what=what)

    def reconnect_now(self, reason: str) -> None:
        """Check the webhook subscriptions at once (the machine woke up, the network changed)."""
        log.info("checking the webhook subscriptions at once: %s", reason)
        self._wake.set()

    async def aclose(self) -> None:
        if self.receiver is not None:
            await self.receiver.aclose()
        await self._http.aclose()


async def connect_voxloud(
    account: Account,
    credentials: Credentials,
    *,
    webhook_secret: str | None = None,
    extra_ca_file: Path | None = None,
    http: httpx.AsyncClient | None = None,
) -> VoxloudBackend:
    """Check the API key (validate-auth), find the person's extension, and build the backend.

    ``webhook_secret`` is the per-install secret the caller keeps in the keyring; without one a
    fresh secret is used for this session only (the subscriptions then need updating next time).
    """
    if not credentials.api_key:
        raise InvalidInput("Voxloud needs an API key (Voxloud admin portal → API); none was given")
    options = dict(account.options or {})
    try:
        routes = RouteTable().with_overrides(options.get("routes"))
    except ValueError as exc:
        raise InvalidInput(f"The Voxloud routes in the settings cannot be used: {exc}") from None
    own_http = http is None
    http = http or command_client(extra_ca_file=extra_ca_file)
    try:
        client = VoxloudClient(http, api_key=credentials.api_key, api_url=api_url_for(account.server),
                               routes=routes, region=str(options.get("region") or "IT"))
        company = await client.validate_auth()
        who = (account.user or "").strip()
        if "@" in who:  # an e-mail address: it identifies the person's webhooks (the users API has no e-mail)
            options.setdefault("email", who)
            who = ""
        user = await client.find_user(who) if who else None
        if webhook_secret is None:
            log.info("no stored webhook secret: using a new one for this session")
            webhook_secret = new_webhook_secret()
        return VoxloudBackend(client, http, company=company, user=user, webhook_secret=webhook_secret,
                              options=options)
    except BaseException:
        if own_http:
            await http.aclose()
        raise
