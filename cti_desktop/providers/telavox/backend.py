"""The Telavox backend: one HTTP client, the :class:`TelavoxClient`, and the call poller.

Telavox has no event stream (``shared/api/telavox.md``): the person's calls are learnt by polling
``GET /extensions/me`` — politely, about once a second (``poll_interval``), one request at a time.
Each answer becomes a :class:`~cti_desktop.core.calls.Snapshot` for the store, so a new ringing call
is an "added" change and the app's screen-pop fires; answered → ACTIVE; gone → ended.

The poller reports the connection like the Dstny stream sync: CONNECTING → LIVE after the first
good read; RECONNECTING (reason, retry_in) after a failure, backing off with jitter (``Retry-After``
of a 429/503 is honoured as a minimum); STALE while a read takes longer than ``stale_after``;
FAILED — and it stops — when the sign-in is refused for good (a session is logged in again once per
401 by the client, which then carries on) or the server refuses the request itself (403/404/400:
polling again would not help).

Account options (``Account.options``): ``api`` = ``"v1"`` (default) or ``"capi"``; ``auth`` =
``"session"`` (default with a password), ``"basic"`` or ``"bearer"`` (default with a ticket/token);
``capi_url``; ``routes`` (route overrides, see :mod:`.routes`); ``poll_interval`` (seconds, 0.5–60,
default 1); ``autoanswer`` (dial with auto-answer, default false).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from cti_desktop.core.calls import CallStore, Snapshot
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import (
    AuthExpired,
    InvalidInput,
    ServerUnavailable,
    UserFacingError,
)
from cti_desktop.core.session import Account, StatusListener
from cti_desktop.core.transport import command_client
from cti_desktop.core.vendors import catalog

from .client import API_KINDS, AUTH_KINDS, TelavoxClient
from .routes import RouteTable

__all__ = ["TelavoxBackend", "TelavoxCallPoller", "connect_telavox", "urls_for"]

log = logging.getLogger(__name__)

PUBLIC_API = "https://api.telavox.se"
PUBLIC_CAPI = "https://home.telavox.se/api/capi"
#: Longest wait a ``Retry-After`` may impose on the poller (seconds).
RETRY_AFTER_CAP = 300.0
#: The longest wait between two reads of the agent's own calls while the server answers (seconds).
AGENT_BACKOFF_MAX = 5.0


def _checked_url(text: str, what: str) -> httpx.URL:
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, TypeError, ValueError):
        raise InvalidInput(f"The {what} is not a valid address: {text!r}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InvalidInput(f"The {what} must be an http(s) URL, not {text!r}")
    if url.userinfo:
        raise InvalidInput(f"The {what} must not contain a user name or password")
    return url.copy_with(query=None, fragment=None)


def urls_for(account: Account) -> tuple[str, str]:
    """The v1 and CAPI base URLs of an account.

    ``server`` is the v1 base (empty: ``https://api.telavox.se``). The CAPI base is the option
    ``capi_url``, else ``https://home.telavox.se/api/capi`` for the public v1 host, else
    ``{server}/api/capi`` (a simulator or a proxy serving both).
    """
    v1 = _checked_url(account.server or PUBLIC_API, "Telavox server address")
    v1_text = str(v1).rstrip("/")
    capi_opt = account.options.get("capi_url")
    if capi_opt:
        capi_text = str(_checked_url(str(capi_opt), "Telavox CAPI address")).rstrip("/")
    elif v1.host == "api.telavox.se":
        capi_text = PUBLIC_CAPI
    else:
        capi_text = v1_text + "/api/capi"
    return v1_text, capi_text


class TelavoxCallPoller:
    """Keeps a :class:`CallStore` equal to what ``GET /extensions/me`` says, one read at a time."""

    def __init__(
        self,
        client: TelavoxClient,
        store: CallStore,
        *,
        on_status: Callable[[ConnectionStatus], None] | None = None,
        interval: float = 1.0,
        backoff_initial: float = 1.0,
        backoff_max: float = AGENT_BACKOFF_MAX,
        stale_after: float | None = None,
        rng: random.Random | None = None,
    ) -> None:
        if interval <= 0 or backoff_initial <= 0 or backoff_max < backoff_initial:
            raise ValueError("interval and back-off times must be positive, initial ≤ max")
        self._client = client
        self._store = store
        self._on_status = on_status
        self._interval = float(interval)
        self._backoff = (float(backoff_initial), float(backoff_max))
        self._stale_after = float(stale_after) if stale_after is not None else max(5.0, 3 * self._interval)
        self._rng = rng or random.Random()
        self._last_seen: float | None = None
        self._wake = asyncio.Event()
        self.status = ConnectionStatus(ConnectionState.CONNECTING)
        #: Reads made so far (for diagnostics).
        self.polls = 0

    def _set(self, state: ConnectionState, *, reason: str = "", retry_in: float | None = None,
             force: bool = False) -> None:
        if not force and self.status.state is state and self.status.reason == reason and retry_in is None:
            return
        self.status = ConnectionStatus(state, reason=reason, last_seen=self._last_seen, retry_in=retry_in)
        if self._on_status is not None:
            try:
                self._on_status(self.status)
            except Exception:
                log.exception("connection status listener failed")

    def next_delay(self, failures: int, retry_after: float | None) -> float:
        """Back-off after ``failures`` failures in a row: equal jitter, at least ``Retry-After``."""
        initial, maximum = self._backoff
        cap = min(maximum, initial * (2 ** min(max(0, failures - 1), 32)))
        delay = cap / 2 + self._rng.uniform(0.0, cap / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, RETRY_AFTER_CAP, maximum))
        return max(delay, self._interval)

    def poll_now(self, reason: str) -> None:
        """Read the calls at once, skipping the wait (the machine woke up, the network changed)."""
        log.info("reading the calls at once: %s", reason)
        self._wake.set()

    async def _wait(self, delay: float) -> None:
        self._wake.clear()
        try:
            await asyncio.wait_for(self._wake.wait(), timeout=delay)
        except TimeoutError:
            pass

    async def _read(self):
        task = asyncio.ensure_future(self._client.get_calls())
        try:
            done, _ = await asyncio.wait({task}, timeout=self._stale_after)
            if not done:
                self._set(ConnectionState.STALE, force=True)
                await asyncio.wait({task})
        except asyncio.CancelledError:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            raise
        return task.result()

    async def run(self) -> None:
        """Poll until cancelled, or until the sign-in or the request is refused for good (FAILED)."""
        self._set(ConnectionState.CONNECTING, force=True)
        failures = 0
        while True:
            self.polls += 1
            since = self._store.mark()
            try:
                calls = await self._read()
            except AuthExpired as exc:
                log.warning("call polling stopped: %s", exc)
                self._set(ConnectionState.FAILED, reason=str(exc))
                return
            except ServerUnavailable as exc:
                failures += 1
                delay = self.next_delay(failures, exc.retry_after)
                log.info("reading the calls failed (%d in a row): %s; next try in %.1f s", failures, exc, delay)
                self._set(ConnectionState.RECONNECTING, reason=str(exc), retry_in=delay)
                await self._wait(delay)
                continue
            except UserFacingError as exc:  # 403, 404, 400: asking again would not help
                log.warning("call polling stopped: %s", exc)
                self._set(ConnectionState.FAILED, reason=str(exc))
                return
            failures = 0
            self._last_seen = time.monotonic()
            self._store.apply(Snapshot(tuple(calls), since=since))
            self._set(ConnectionState.LIVE)
            await self._wait(self._interval)


class TelavoxBackend:
    """What the session gets for a Telavox account. No queues; presence is read-only."""

    name = "telavox"

    def __init__(
        self,
        client: TelavoxClient,
        http: httpx.AsyncClient,
        *,
        poll_interval: float = 1.0,
        backoff_initial: float = 1.0,
        backoff_max: float = AGENT_BACKOFF_MAX,
        stale_after: float | None = None,
    ) -> None:
        self.client = client
        self.capabilities = client.capabilities
        self.call_control = client
        self.queues = None
        self.presence = client
        self.directory = client
        self.directories = [client]
        self.history = client
        self.messaging = client
        self.contact_store = None
        self.webhooks = None
        self.queue_stats_stream = None
        self.forwarding = self.colleagues = self.changes = self.answer_places = None
        self._http = http
        self._poll_interval = poll_interval
        self._backoff = (backoff_initial, backoff_max)
        self._stale_after = stale_after
        self.poller: TelavoxCallPoller | None = None

    async def follow_calls(self, store: CallStore, on_status: StatusListener) -> None:
        self.poller = TelavoxCallPoller(
            self.client,
            store,
            on_status=on_status,
            interval=self._poll_interval,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            stale_after=self._stale_after,
        )
        await self.poller.run()

    def missing_reason(self, feature: str, *, what: str = "") -> str:
        """Why ``feature`` is missing, in this phone system's words (the installed catalog's)."""
        return catalog().missing_reason(self.name, feature, what=what)

    def reconnect_now(self, reason: str) -> None:
        """Read the calls at once (the machine woke up, the network changed)."""
        if self.poller is not None:
            self.poller.poll_now(reason)

    async def aclose(self) -> None:
        try:
            await asyncio.wait_for(self.client.logout(), timeout=3.0)
        except (TimeoutError, UserFacingError):
            log.info("could not end the Telavox session on the server")
        finally:
            await self._http.aclose()


def _option_float(options: dict, name: str, default: float, low: float, high: float) -> float:
    value = options.get(name, default)
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InvalidInput(f"The Telavox option {name} must be a number of seconds, not {value!r}") from None
    if not low <= number <= high:
        raise InvalidInput(f"The Telavox option {name} must be between {low:g} and {high:g} seconds")
    return number


async def connect_telavox(
    account: Account,
    credentials: Credentials,
    *,
    extra_ca_file: Path | None = None,
    http: httpx.AsyncClient | None = None,
    poll_interval: float | None = None,
    backoff_initial: float = 1.0,
    backoff_max: float = AGENT_BACKOFF_MAX,
    stale_after: float | None = None,
) -> TelavoxBackend:
    """Sign in (session login, Basic or token, by the account's options), check it, build the backend.

    ``http`` may be given (tests); otherwise a command client with the system trust store is made,
    and closed again if the sign-in fails.
    """
    options = account.options or {}
    api = str(options.get("api", "v1")).strip().lower()
    if api not in API_KINDS:
        raise InvalidInput(f"The Telavox option api must be v1 or capi, not {api!r}")
    token = credentials.ticket or credentials.api_key
    if api == "capi" and not token:
        raise InvalidInput("The Telavox CAPI accepts only a token: create one under My Account → Manage tokens")
    default_auth = "bearer" if token and not credentials.password else ("session" if api == "v1" else "bearer")
    auth = str(options.get("auth", default_auth)).strip().lower()
    if auth not in AUTH_KINDS:
        raise InvalidInput(f"The Telavox option auth must be one of {', '.join(AUTH_KINDS)}, not {auth!r}")
    try:
        routes = RouteTable().with_overrides(options.get("routes"))
    except ValueError as exc:
        raise InvalidInput(f"Telavox settings: {exc}") from None
    interval = poll_interval if poll_interval is not None else _option_float(options, "poll_interval", 1.0, 0.5, 60.0)
    api_url, capi_url = urls_for(account)
    own_http = http is None
    http = http if http is not None else command_client(extra_ca_file=extra_ca_file)
    try:
        client = TelavoxClient(
            http,
            api_url=api_url,
            capi_url=capi_url,
            user=account.user,
            password=credentials.password if auth != "bearer" else None,
            token=token if auth == "bearer" else None,
            auth=auth,
            api=api,
            routes=routes,
            autoanswer=bool(options.get("autoanswer", False)),
        )
        await client.check()
    except BaseException:
        if own_http:
            await http.aclose()
        raise
    return TelavoxBackend(
        client, http, poll_interval=interval, backoff_initial=backoff_initial, backoff_max=backoff_max,
        stale_after=stale_after,
    )
