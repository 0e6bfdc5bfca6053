"""The composition root: an account (or a saved profile) + its secrets → one connected backend.

A profile has ONE telephony backend — ``dstny``, ``telavox`` or ``voxloud`` — and any number of extra
directory sources (a Dstny directory, Voxloud contacts, Telavox colleagues), each with its own server
and its own secret. :func:`connect_account` signs in to all of them and hands the session one
:class:`AccountBackend`: the telephony backend's features, plus ``directories`` (every source,
named, for the screen-pop and the contact search, which ask them all at once through
:mod:`cti_desktop.core.directory_merge`) and ``voxloud`` (a Voxloud API client when a Voxloud source
exists: unknown callers can be added there; webhook subscriptions are managed there).

Secrets never leave the keyring (:class:`~cti_desktop.core.secrets.SecretStore`), under the keys of
:mod:`cti_desktop.core.credentials` for each source's own account; the Voxloud webhook secret is made
once per account with :func:`~cti_desktop.providers.voxloud.webhooks.new_webhook_secret` and kept
there too (:func:`webhook_secret`).

An extra source that cannot be reached does not stop the sign-in: the telephony backend works, and
:attr:`AccountBackend.source_errors` says in words which source is missing and why.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cti_desktop.core.capabilities import Capabilities
from cti_desktop.core.credentials import (
    Credentials,
    api_key_key,
    keyring_credentials,
    password_key,
    ticket_key,
)
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.models import Contact
from cti_desktop.core.secrets import SecretKey, SecretStore
from cti_desktop.core.session import Account

log = logging.getLogger(__name__)

BACKENDS = ("dstny", "telavox", "voxloud")
DIRECTORY_KINDS = ("dstny", "telavox", "voxloud")
VENDOR_NAMES = {"dstny": "Dstny", "telavox": "Telavox", "voxloud": "Voxloud"}
#: How each kind's contacts are called, as a source of the merged search.
SOURCE_NAMES = {"dstny": "Dstny directory", "telavox": "Telavox colleagues", "voxloud": "Voxloud contacts"}
#: How long an extra directory source may take to sign in before the account goes on without it.
SOURCE_CONNECT_TIMEOUT = 15.0

#: Why a feature is missing, in words, per backend (tooltips and notes of the panels).
_MISSING: dict[str, dict[str, str]] = {
    "telavox": {
        "call_control": "its API can only dial and hang up; answer and everything else on your phone",
        "queues": "its API has no queues to log in to",
        "presence_write": "its API can only read presence; change it in the Telavox app",
        "history_seen": "it keeps no seen/unseen mark on calls",
    },
    "voxloud": {
        "call_control": "its API can only start calls (by click-to-call); answer, hang up and the rest on your phone",
        "queues": "its API has no queues to log in to",
        "presence_read": "its API has no presence",
        "presence_write": "its API has no presence",
        "history": "its API has no call history",
        "sms": "its API cannot send SMS",
    },
}


def vendor_name(backend: str) -> str:
    return VENDOR_NAMES.get(backend, backend.title() or "This account")


def missing_reason(backend: str, feature: str, *, what: str = "") -> str:
    """"Telavox has no hold: its API can only dial and hang up; …" — the words for an absent feature."""
    vendor = vendor_name(backend)
    why = _MISSING.get(backend, {}).get(feature, "")
    if not why and feature.startswith("presence"):
        why = _MISSING.get(backend, {}).get("presence_read", "")
    head = f"{vendor} has no {what}" if what else f"{vendor} does not offer this"
    return f"{head}: {why}" if why else f"{head} for this account"


# ------------------------------------------------------------------------------------------ sources
@dataclass(frozen=True, slots=True)
class DirectorySource:
    """An extra place to look people up, with its own server and sign-in. Holds no secret."""

    kind: str  # "dstny", "telavox", "voxloud"
    server: str = ""
    domain: str = ""
    user: str = ""
    options: dict = field(default_factory=dict, compare=False, hash=False)

    def account(self) -> Account:
        return Account(self.kind, self.server, self.domain, self.user, options=dict(self.options))

    @property
    def label(self) -> str:
        where = self.server or "the public API"
        who = f"{self.user}@{self.domain}" if self.domain else self.user
        return f"{SOURCE_NAMES.get(self.kind, self.kind)} ({who + ', ' if who else ''}{where})"

    def validate(self) -> None:
        if self.kind not in DIRECTORY_KINDS:
            raise InvalidInput(f"Unknown directory kind {self.kind!r}; use one of {', '.join(DIRECTORY_KINDS)}")
        validate_account(self.account(), what=f"The {SOURCE_NAMES[self.kind]} source")


def validate_account(account: Account, *, what: str = "The account") -> None:
    """Refuse an incomplete account in words, before anything is sent."""
    kind = account.backend
    if kind not in BACKENDS:
        raise InvalidInput(f"Unknown phone system {kind!r}; this version supports: {', '.join(BACKENDS)}")
    if kind == "dstny":
        if not account.server.strip():
            raise InvalidInput(f"{what} needs the server address, e.g. https://pbx.example.com")
        if not account.domain.strip():
            raise InvalidInput(f"{what} needs the domain of your organisation, e.g. example.com")
        if not account.user.strip():
            raise InvalidInput(f"{what} needs your user name")
        from cti_desktop.providers.dstny.backend import api_url_for

        api_url_for(account.server)
    elif kind == "telavox":
        from cti_desktop.providers.telavox.backend import urls_for

        urls_for(account)
        api = str(account.options.get("api", "v1")).lower()
        if api not in ("v1", "capi"):
            raise InvalidInput(f"{what}: the Telavox API must be v1 or capi, not {api!r}")
    elif kind == "voxloud":
        from cti_desktop.providers.voxloud.backend import api_url_for

        api_url_for(account.server)


class NamedDirectory:
    """A directory under the name the merged results and messages use ("Voxloud contacts")."""

    def __init__(self, directory: Any, name: str) -> None:
        self.inner = directory
        self.name = name

    def __repr__(self) -> str:
        return f"NamedDirectory({self.name!r})"

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        return await self.inner.search(query, limit)

    async def favourites(self) -> list[Contact]:
        return await self.inner.favourites()


# -------------------------------------------------------------------------------------- secrets
def webhook_secret_key(account: Account) -> SecretKey:
    return SecretKey(account.key, "webhook-secret")


async def webhook_secret(account: Account, secrets: SecretStore) -> str:
    """The account's per-install webhook secret: read from the keyring, or made once and stored."""
    from cti_desktop.providers.voxloud.webhooks import new_webhook_secret

    key = webhook_secret_key(account)
    secret = await secrets.get(key)
    if secret and len(secret) >= 16:
        return secret
    secret = new_webhook_secret()
    await secrets.set(key, secret)
    log.info("made a new webhook secret for %s", account.label)
    return secret


async def store_credentials(account: Account, credentials: Credentials, secrets: SecretStore,
                            *, new_ticket: str | None = None) -> None:
    """Keep what signs ``account`` in again: a Dstny ticket, a Telavox password or token, a Voxloud key."""
    if credentials.source == "environment":
        return
    if account.backend == "dstny":
        secret = new_ticket or credentials.ticket
        if secret:
            await secrets.set(ticket_key(account), secret)
    elif account.backend == "telavox":
        if credentials.password:
            await secrets.set(password_key(account), credentials.password)
        token = credentials.ticket or credentials.api_key
        if token:
            await secrets.set(ticket_key(account), token)
    elif account.backend == "voxloud" and credentials.api_key:
        await secrets.set(api_key_key(account), credentials.api_key)


async def forget_credentials(account: Account, secrets: SecretStore) -> None:
    for key in (ticket_key(account), password_key(account), api_key_key(account)):
        await secrets.delete(key)


# -------------------------------------------------------------------------------------- backend
class AccountBackend:
    """The session's ``Backend``: the telephony backend, plus every directory source.

    Attributes not defined here (``client``, ``sync``, ``poller``, ``receiver``, …) are the telephony
    backend's own.
    """

    def __init__(self, primary: Any, extra: Sequence[tuple[DirectorySource, Any]] = (),
                 *, source_errors: Sequence[str] = ()) -> None:
        self.primary = primary
        self.name = primary.name
        self.extra = list(extra)
        caps: Capabilities = primary.capabilities
        if self.extra and not caps.directory:
            caps = dataclasses.replace(caps, directory=True)
        self.capabilities = caps
        self.call_control = primary.call_control
        self.queues = primary.queues
        self.presence = primary.presence
        self.history = primary.history
        self.messaging = primary.messaging
        self.directory = primary.directory
        directories: list[NamedDirectory] = []
        if primary.directory is not None:
            directories.append(NamedDirectory(primary.directory, SOURCE_NAMES.get(primary.name, primary.name)))
        for source, backend in self.extra:
            directories.append(NamedDirectory(_directory_of(backend), SOURCE_NAMES.get(source.kind, source.kind)))
        if self.directory is None and directories:
            self.directory = directories[0]
        #: Every source, telephony backend first, for the merged search and the screen-pop.
        self.directories = directories
        #: Words for each extra source that could not be signed in to.
        self.source_errors = list(source_errors)
        #: A Voxloud API client (the telephony backend's, else an extra source's), or None.
        self.voxloud = None
        if primary.name == "voxloud":
            self.voxloud = primary.client
        else:
            for source, backend in self.extra:
                if source.kind == "voxloud":
                    self.voxloud = backend.client
                    break
        self._closed = False

    def __getattr__(self, name: str) -> Any:
        if name == "primary":  # not yet set (during __init__)
            raise AttributeError(name)
        return getattr(self.primary, name)

    def __repr__(self) -> str:
        return f"AccountBackend({self.primary!r}, sources={[d.name for d in self.directories]})"

    @property
    def webhook_receiver(self) -> Any:
        """The running Voxloud webhook receiver (Voxloud telephony only), or None."""
        return getattr(self.primary, "receiver", None) if self.name == "voxloud" else None

    async def follow_calls(self, store: Any, on_status: Callable) -> None:
        await self.primary.follow_calls(store, on_status)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        for source, backend in self.extra:
            try:
                await asyncio.wait_for(backend.aclose(), 5.0)
            except (TimeoutError, UserFacingError, OSError) as exc:
                log.info("closing the %s source: %s", source.kind, type(exc).__name__)
        await self.primary.aclose()


def _directory_of(backend: Any) -> Any:
    if backend.name == "voxloud":
        return backend.client
    return backend.directory


async def connect_backend(
    account: Account,
    credentials: Credentials,
    *,
    secrets: SecretStore | None = None,
    on_ticket: Callable[[str], None] | None = None,
    extra_ca_file: Path | None = None,
    heartbeat_interval: float = 15.0,
    backoff_initial: float = 1.0,
) -> Any:
    """Sign in to one backend of ``account.backend``; :class:`UserFacingError` in words."""
    validate_account(account)
    kind = account.backend
    try:
        if kind == "dstny":
            from cti_desktop.providers.dstny.backend import connect_dstny

            if not (credentials.password or credentials.ticket):
                raise InvalidInput("Dstny needs your password or a ticket")
            return await connect_dstny(account, credentials, on_ticket=on_ticket, extra_ca_file=extra_ca_file,
                                       heartbeat_interval=heartbeat_interval, backoff_initial=backoff_initial)
        if kind == "telavox":
            from cti_desktop.providers.telavox.backend import connect_telavox

            return await connect_telavox(account, credentials, extra_ca_file=extra_ca_file,
                                         backoff_initial=backoff_initial)
        from cti_desktop.providers.voxloud.backend import connect_voxloud

        secret = await webhook_secret(account, secrets) if secrets is not None else None
        return await connect_voxloud(account, credentials, webhook_secret=secret, extra_ca_file=extra_ca_file)
    except ValueError as exc:  # a route override in the settings that does not fit
        raise InvalidInput(f"The account's route settings cannot be used: {exc}") from None
    except OSError as exc:  # the extra CA file
        raise InvalidInput(f"The certificate file could not be read: {exc.strerror or exc}") from None


async def connect_source(source: DirectorySource, credentials: Credentials, *,
                         extra_ca_file: Path | None = None) -> Any:
    """Sign in to a directory source (the backend of its kind, used for its directory only)."""
    source.validate()
    return await connect_backend(source.account(), credentials, extra_ca_file=extra_ca_file)


async def source_credentials(source: DirectorySource, secrets: SecretStore) -> Credentials:
    creds = await keyring_credentials(source.account(), secrets)
    if creds is None:
        raise InvalidInput(f"No secret is stored for {source.label}: add it again in the sign-in dialog")
    return creds


async def connect_account(
    account: Account,
    credentials: Credentials,
    *,
    sources: Sequence[tuple[DirectorySource, Credentials | None]] = (),
    secrets: SecretStore | None = None,
    on_ticket: Callable[[str], None] | None = None,
    extra_ca_file: Path | None = None,
    heartbeat_interval: float = 15.0,
    backoff_initial: float = 1.0,
    source_timeout: float = SOURCE_CONNECT_TIMEOUT,
) -> AccountBackend:
    """The telephony backend and every extra source, signed in concurrently.

    A source given without credentials takes them from ``secrets``. A source that fails is left out
    (``source_errors`` says why); the telephony backend failing fails the whole sign-in.
    """

    async def one_source(source: DirectorySource, creds: Credentials | None) -> Any:
        if creds is None:
            if secrets is None:
                raise InvalidInput(f"No secret for {source.label}")
            creds = await source_credentials(source, secrets)
        return await asyncio.wait_for(connect_source(source, creds, extra_ca_file=extra_ca_file), source_timeout)

    source_tasks = [asyncio.ensure_future(one_source(s, c)) for s, c in sources]
    try:
        primary = await connect_backend(account, credentials, secrets=secrets, on_ticket=on_ticket,
                                        extra_ca_file=extra_ca_file, heartbeat_interval=heartbeat_interval,
                                        backoff_initial=backoff_initial)
    except BaseException:
        for task in source_tasks:
            task.cancel()
        results = await asyncio.gather(*source_tasks, return_exceptions=True)
        for result in results:
            if not isinstance(result, BaseException):
                await result.aclose()
        raise
    extra: list[tuple[DirectorySource, Any]] = []
    errors: list[str] = []
    results = await asyncio.gather(*source_tasks, return_exceptions=True) if source_tasks else []
    for (source, _creds), result in zip(sources, results):
        if isinstance(result, (TimeoutError, asyncio.TimeoutError)):
            errors.append(f"{source.label} did not answer in time; it is left out of the lookups")
        elif isinstance(result, UserFacingError):
            errors.append(f"{source.label} is left out of the lookups: {result}")
        elif isinstance(result, BaseException):
            if isinstance(result, asyncio.CancelledError):
                await primary.aclose()
                raise result
            log.error("directory source %s failed", source.kind, exc_info=result)
            errors.append(f"{source.label} is left out of the lookups (internal error {type(result).__name__})")
        else:
            extra.append((source, result))
    for text in errors:
        log.warning("%s", text)
    return AccountBackend(primary, extra, source_errors=errors)


__all__ = [
    "BACKENDS",
    "DIRECTORY_KINDS",
    "SOURCE_NAMES",
    "VENDOR_NAMES",
    "AccountBackend",
    "DirectorySource",
    "NamedDirectory",
    "connect_account",
    "connect_backend",
    "connect_source",
    "forget_credentials",
    "missing_reason",
    "source_credentials",
    "store_credentials",
    "validate_account",
    "vendor_name",
    "webhook_secret",
    "webhook_secret_key",
]
