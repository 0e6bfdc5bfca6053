"""The composition root: the vendor registry + an account (or a saved profile) + its secrets → one
connected backend.

Importing this module installs the registry (:data:`cti_desktop.providers.registry.VENDORS`) as the
catalog the layers above the providers read (:func:`cti_desktop.core.vendors.catalog`). Everything
per phone system — which fields an account has, how it is validated, how it signs in, which secrets
are kept, the words for what it cannot do — comes from its
:class:`~cti_desktop.core.vendors.VendorSpec`; nothing here names a phone system.

A profile has ONE telephony backend and any number of extra directory sources (any registered phone
system's directory), each with its own server and its own secret. :func:`connect_account` signs in
to all of them and hands the session one :class:`AccountBackend`: the telephony backend's features,
plus ``directories`` (every source, named, for the screen-pop and the contact search, which ask them
all at once through :mod:`cti_desktop.core.directory_merge`), ``contact_store`` (where unknown
callers can be added) and ``webhooks`` (the call-notification subscriptions of the settings).

Secrets never leave the keyring (:class:`~cti_desktop.core.secrets.SecretStore`), under the keys of
:mod:`cti_desktop.core.credentials` for each source's own account; a per-install webhook secret is
kept there too (:func:`webhook_secret`).

The command line's account options (``--backend``, ``--server``, ``--option KEY=VALUE``, …) are
parsed here too (:func:`add_account_options`, :func:`account_from_args`): the desktop app and the
headless commands share them without importing each other.

An extra source that cannot be reached does not stop the sign-in: the telephony backend works, and
:attr:`AccountBackend.source_errors` says in words which source is missing and why.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cti_desktop.core.account import Account
from cti_desktop.core.credentials import (
    Credentials,
    api_key_key,
    keyring_credentials,
    password_key,
    ticket_key,
)
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.sources import DirectorySource
from cti_desktop.core.vendors import install, validate_account
from cti_desktop.providers.registry import VENDORS
from cti_desktop.providers.voxloud.spec import webhook_secret, webhook_secret_key

if TYPE_CHECKING:
    from cti_desktop.core.capabilities import Capabilities
    from cti_desktop.core.models import Contact

log = logging.getLogger(__name__)

#: The phone systems, in the registry's order (the first is the default).
BACKENDS = VENDORS.keys
#: Every phone system can be an extra directory source too.
DIRECTORY_KINDS = VENDORS.keys
VENDOR_NAMES = {spec.key: spec.label for spec in VENDORS.specs}
#: How each kind's contacts are called, as a source of the merged search.
SOURCE_NAMES = {spec.key: spec.source_name for spec in VENDORS.specs}
#: How long an extra directory source may take to sign in before the account goes on without it.
SOURCE_CONNECT_TIMEOUT = 15.0


def vendor_name(backend: str) -> str:
    return VENDORS.label(backend)


def missing_reason(backend: str, feature: str, *, what: str = "") -> str:
    """"<System> has no hold: its API can only dial and hang up; …" — the words for an absent feature."""
    return VENDORS.missing_reason(backend, feature, what=what)


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
async def store_credentials(account: Account, credentials: Credentials, secrets: SecretStore,
                            *, new_ticket: str | None = None) -> None:
    """Keep what signs ``account`` in again (what that is, the phone system's spec says)."""
    if credentials.source == "environment":
        return
    spec = VENDORS.get(account.backend)
    if spec is not None and spec.store_secrets is not None:
        await spec.store_secrets(account, credentials, secrets, new_ticket)


async def forget_credentials(account: Account, secrets: SecretStore) -> None:
    for key in (ticket_key(account), password_key(account), api_key_key(account)):
        await secrets.delete(key)


# -------------------------------------------------------------------------------------- backend
class AccountBackend:
    """The session's ``Backend``: the telephony backend's features, plus every directory source.

    This is all the panels see: the core protocols (``call_control``, ``queues``, ``presence``,
    ``history``, ``messaging``, ``directory`` and ``directories``, ``contact_store``, ``webhooks``,
    ``queue_stats_stream``, ``forwarding``, ``colleagues``, ``changes``, ``answer_places``), the
    capabilities and :meth:`missing_reason` — every attribute of the core ``Backend``, each set here
    from the telephony backend (which declares each, ``None`` where it has none). ``primary`` is the
    telephony backend itself (for the composition root and the tests, never for the panels).
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
        self.queue_stats_stream = primary.queue_stats_stream
        #: Call forwarding (core.capabilities.Forwarding), where the phone system offers it.
        self.forwarding = primary.forwarding
        #: Colleagues' busy lamps and pickup (core.colleagues.Colleagues), where the phone system has them.
        self.colleagues = primary.colleagues
        #: Changes the phone system announces (core.capabilities.Changes), or None.
        self.changes = primary.changes
        #: Where calls set up for the person ring first (core.presence_config.AnswerPlaces), or None.
        self.answer_places = primary.answer_places
        directories: list[NamedDirectory] = []
        if primary.directory is not None:
            directories.append(NamedDirectory(primary.directory, SOURCE_NAMES.get(primary.name, primary.name)))
        for source, backend in self.extra:
            directories.append(NamedDirectory(_directory_of(source.kind, backend),
                                              SOURCE_NAMES.get(source.kind, source.kind)))
        if self.directory is None and directories:
            self.directory = directories[0]
        #: Every source, telephony backend first, for the merged search and the screen-pop.
        self.directories = directories
        #: Words for each extra source that could not be signed in to.
        self.source_errors = list(source_errors)
        backends = [primary, *(backend for _source, backend in self.extra)]
        #: Where "add contact" creates contacts: the telephony backend's store, else a source's.
        self.contact_store = next((b.contact_store for b in backends if b.contact_store is not None), None)
        #: The webhook subscriptions (the telephony backend's, else a source's: without a receiver).
        self.webhooks = next((b.webhooks for b in backends if b.webhooks is not None), None)
        self._closed = False

    @property
    def connected_sources(self) -> list[DirectorySource]:
        """The extra directory sources that signed in."""
        return [source for source, _backend in self.extra]

    def __repr__(self) -> str:
        return f"AccountBackend({self.primary!r}, sources={[d.name for d in self.directories]})"

    @property
    def label(self) -> str:
        """The phone system's name ("the account's phone system" in words)."""
        return VENDORS.label(self.name)

    def missing_reason(self, feature: str, *, what: str = "") -> str:
        """Why ``feature`` is missing, in the phone system's words."""
        return VENDORS.missing_reason(self.name, feature, what=what)

    # The telephony backend's own parts, for the composition root, the demo and the tests.
    @property
    def client(self) -> Any:
        return self.primary.client

    @property
    def sync(self) -> Any:
        return self.primary.sync

    @property
    def receiver(self) -> Any:
        return self.primary.receiver

    @property
    def voxloud(self) -> Any:
        """The API client behind the contact store (a demo places calls from its contacts), or None."""
        return self.contact_store.client if self.contact_store is not None else None

    def reconnect_now(self, reason: str) -> None:
        self.primary.reconnect_now(reason)

    async def follow_calls(self, store: Any, on_status: Callable) -> None:
        await self.primary.follow_calls(store, on_status)

    async def aclose(self) -> None:
        import asyncio

        if self._closed:
            return
        self._closed = True
        for source, backend in self.extra:
            try:
                await asyncio.wait_for(backend.aclose(), 5.0)
            except (TimeoutError, UserFacingError, OSError) as exc:
                log.info("closing the %s source: %s", source.kind, type(exc).__name__)
        await self.primary.aclose()


def _directory_of(kind: str, backend: Any) -> Any:
    spec = VENDORS.get(kind)
    if spec is not None and spec.directory_of is not None:
        return spec.directory_of(backend)
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
    spec = VENDORS.spec(account.backend)
    try:
        return await spec.connect(account, credentials, secrets=secrets, on_ticket=on_ticket,
                                  extra_ca_file=extra_ca_file, heartbeat_interval=heartbeat_interval,
                                  backoff_initial=backoff_initial)
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
    import asyncio  # (not at import: the command line is read before the first window, without it)

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
        if isinstance(result, TimeoutError):
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


# --------------------------------------------------------------------------- command-line options
def add_account_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("account")
    default = VENDORS.default.key
    group.add_argument("--backend", choices=BACKENDS, default=os.environ.get("CTI_DESKTOP_BACKEND") or default,
                       help=f"the phone system (default {default})")
    group.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                       help="an account option of the backend (repeatable), e.g. api=capi or webhook_port=0")
    group.add_argument("--server", default=os.environ.get("CTI_DESKTOP_SERVER"), help="server base URL, e.g. https://pbx.example")
    group.add_argument("--domain", default=os.environ.get("CTI_DESKTOP_DOMAIN"), help="the organisation's domain")
    group.add_argument("--user", default=os.environ.get("CTI_DESKTOP_USER"), help="user id")
    group.add_argument("--ca-file", default=None, help="an extra CA certificate file (PEM) to trust")
    group.add_argument("--heartbeat", type=float, default=15.0, help=argparse.SUPPRESS)


def _option_value(text: str) -> Any:
    lowered = text.strip().lower()
    if lowered in ("true", "yes", "on"):
        return True
    if lowered in ("false", "no", "off"):
        return False
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text.strip()


def parse_options(items: Sequence[str]) -> dict[str, Any]:
    options: dict[str, Any] = {}
    for item in items or ():
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InvalidInput(f"An account option is KEY=VALUE, not {item!r}")
        key = key.strip()
        if any(word in key.lower() for word in ("password", "secret", "token", "key", "ticket")):
            raise InvalidInput(f"{key} looks like a secret: give secrets through the environment or the keyring")
        options[key] = _option_value(value)
    return options


def account_from_args(args: argparse.Namespace) -> Account:
    """The account the command-line options describe; :class:`InvalidInput` in words when incomplete."""
    spec = VENDORS.spec(getattr(args, "backend", None) or VENDORS.default.key)
    options = parse_options(getattr(args, "option", None) or [])
    assert spec.account_from_options is not None
    return spec.account_from_options(getattr(args, "server", None), getattr(args, "domain", None),
                                     getattr(args, "user", None), options)


def names_an_account(args: argparse.Namespace) -> bool:
    """The command line points at an account (rather than leaving it to the saved profile)."""
    return bool(getattr(args, "server", None) or getattr(args, "domain", None) or getattr(args, "user", None)
                or getattr(args, "backend", None) not in (None, VENDORS.default.key))


def profile_sources(profile: Any) -> list[tuple[DirectorySource, Credentials | None]]:
    """A saved profile's directory sources, each with its secret to come from the keyring."""
    return [(DirectorySource(d.kind, d.server, d.domain, d.user, dict(d.options)), None) for d in profile.directories]


def can_resume(account: Account, credentials: Credentials | None) -> bool:
    """The stored credentials sign ``account`` in again without asking."""
    if credentials is None:
        return False
    spec = VENDORS.get(account.backend)
    return not (spec is not None and spec.resumes_with_ticket_only and not credentials.ticket)


class _AccountService:
    """The sign-in service the sign-in view-model uses (core ``AccountService``)."""

    async def connect_account(self, account: Account, credentials: Credentials, **options: Any) -> AccountBackend:
        return await connect_account(account, credentials, **options)

    async def store_credentials(self, account: Account, credentials: Credentials, secrets: SecretStore, *,
                                new_ticket: str | None = None) -> None:
        await store_credentials(account, credentials, secrets, new_ticket=new_ticket)


install(VENDORS, _AccountService())

__all__ = [
    "BACKENDS",
    "VENDORS",
    "account_from_args",
    "add_account_options",
    "can_resume",
    "names_an_account",
    "parse_options",
    "profile_sources",
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
