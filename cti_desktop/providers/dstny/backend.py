"""The Dstny Core backend: one client for commands, one for streams, and the call sync."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Callable

import httpx

from cti_desktop.core.calls import CallStore
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.models import Call
from cti_desktop.core.presence_config import AnswerPlace
from cti_desktop.core.session import Account, StatusListener
from cti_desktop.core.transport import command_client, stream_client
from cti_desktop.core.vendors import catalog

from .callsync import DstnyCallSync
from .changes import DstnyChanges
from .client import DstnyClient
from .presence_watch import DstnyColleagues
from .queuestats import DstnyQueueStatsStream
from .routes import RouteTable
from .ticket import BadScopes, scopes_from_setting


def api_url_for(server: str) -> str:
    """``https://pbx.example`` → ``https://pbx.example/api`` (an ``/api`` already there is kept)."""
    url = httpx.URL(server.strip())
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidInput(f"The server address must be an http(s) URL, not {server!r}")
    if url.userinfo:
        raise InvalidInput("The server address must not contain a user name or password")
    path = url.path.rstrip("/")
    if not path.endswith("/api"):
        path += "/api"
    return str(url.copy_with(path=path, query=None, fragment=None))


class DstnyAnswerPlaces:
    """The places calls can be set up from (``cfg.answerplaces``) and a call set up from one of them
    (the call-back: the place rings first, then the number), as :class:`~cti_desktop.core.presence_config.AnswerPlaces`."""

    def __init__(self, client: DstnyClient) -> None:
        self._client = client

    async def places(self) -> list[AnswerPlace]:
        return await self._client.answer_places()

    async def call_from(self, place_id: str, number: str) -> Call | None:
        place = (place_id or "").strip()
        if not place:
            raise InvalidInput("Choose where the call should ring first")
        # a mobile answer place prefers a GSM call, as "Call via my mobile" does
        return await self._client.callback(place, number, callback_via_gsm=True if place == "mobile" else None)


class DstnyBackend:
    name = "dstny"

    def __init__(
        self,
        client: DstnyClient,
        http: httpx.AsyncClient,
        stream_http: httpx.AsyncClient,
        *,
        heartbeat_interval: float = 15.0,
        backoff_initial: float = 1.0,
    ) -> None:
        self.client = client
        self.capabilities = client.capabilities
        self.call_control = self.queues = self.presence = self.directory = client
        self.directories = [client]
        self.history = self.messaging = client
        self.forwarding = client  # call forwarding (core.capabilities.Forwarding)
        #: Where calls set up for the person ring first (core.presence_config.AnswerPlaces).
        self.answer_places = DstnyAnswerPlaces(client)
        self.contact_store = None
        self.webhooks = None
        self.queue_stats_stream = DstnyQueueStatsStream(client)
        #: The buddy list's busy lamps and the pickup of a colleague's ringing call.
        self.colleagues = DstnyColleagues(client, stream_http, heartbeat_interval=heartbeat_interval,
                                          backoff_initial=backoff_initial)
        #: Configuration and device-set changes (core.capabilities.Changes), followed with the calls.
        self.changes = DstnyChanges(client, stream_http, heartbeat_interval=heartbeat_interval,
                                    backoff_initial=backoff_initial)
        self._http = http
        self._stream_http = stream_http
        self._heartbeat = heartbeat_interval
        self._backoff_initial = backoff_initial
        self.sync: DstnyCallSync | None = None

    async def follow_calls(self, store: CallStore, on_status: StatusListener) -> None:
        self.sync = DstnyCallSync(
            self.client,
            store,
            stream_http=self._stream_http,
            heartbeat_interval=self._heartbeat,
            on_status=on_status,
            backoff_initial=self._backoff_initial,
        )
        # The change streams live exactly as long as the call sync (the session's task).
        changes = asyncio.get_running_loop().create_task(self.changes.run(), name="dstny-changes")
        try:
            await self.sync.run()
        finally:
            changes.cancel()
            await asyncio.gather(changes, return_exceptions=True)

    def missing_reason(self, feature: str, *, what: str = "") -> str:
        """Why ``feature`` is missing, in this phone system's words (the installed catalog's)."""
        return catalog().missing_reason(self.name, feature, what=what)

    def reconnect_now(self, reason: str) -> None:
        """Reconnect the call streams at once (the machine woke up, the network changed)."""
        if self.sync is not None:
            self.sync.reconnect_now(reason)
        self.changes.reconnect_now(reason)
        self.colleagues.reconnect_now(reason)

    async def revoke_sign_in(self) -> None:
        """End the sign-in on the server: its ticket is deleted (core.sign_out.SignInRevocation)."""
        await self.client.revoke_ticket(sign_in_again=False)

    async def aclose(self) -> None:
        await self._stream_http.aclose()
        await self._http.aclose()


async def connect_dstny(
    account: Account,
    credentials: Credentials,
    *,
    on_ticket: Callable[[str], None] | None = None,
    extra_ca_file: Path | None = None,
    heartbeat_interval: float = 15.0,
    backoff_initial: float = 1.0,
) -> DstnyBackend:
    """Build the backend; with a password and no ticket, create a ticket first."""
    routes = RouteTable().with_overrides(account.options.get("routes"))
    try:
        scopes = scopes_from_setting(account.options.get("scopes"))
    except BadScopes as exc:
        raise InvalidInput(f"The Dstny scopes setting: {exc}") from None
    http = command_client(extra_ca_file=extra_ca_file)
    stream_http = stream_client(extra_ca_file=extra_ca_file)
    try:
        client = DstnyClient(
            http,
            api_url=api_url_for(account.server),
            domain=account.domain,
            user=account.user,
            ticket=credentials.ticket,
            password=credentials.password,
            routes=routes,
            scopes=scopes,
            on_ticket=on_ticket,
        )
        if not credentials.ticket:
            await client.create_ticket()
    except BaseException:
        await stream_http.aclose()
        await http.aclose()
        raise
    return DstnyBackend(
        client, http, stream_http, heartbeat_interval=heartbeat_interval, backoff_initial=backoff_initial
    )
