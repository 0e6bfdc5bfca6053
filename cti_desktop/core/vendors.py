"""What a phone system is, as data: the :class:`VendorSpec` each provider package declares.

Every phone system declares one :class:`VendorSpec` in its own ``providers/<vendor>/spec.py``; the
registry (``providers/registry.py``) collects them into one :class:`VendorCatalog`, and the
composition root (``cti_desktop.accounts``) installs that catalog here with :func:`install` when it
is imported. The layers above (settings validation, the sign-in dialog and its view-model, the
panels' words for what a system cannot do) read the installed catalog through :func:`catalog` —
so they never name a phone system and never import a provider.

A spec holds words and plain functions only: the fields of its account (as the dialog shows them),
how it signs in (the secret kinds), how to connect, what it cannot do in words, and its demo.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from cti_desktop.core.translated_words import TranslatedFields
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .errors import InvalidInput

#: The ways to give a secret in the sign-in dialog.
MODE_PASSWORD = "password"
MODE_TICKET = "ticket"
MODE_API_KEY = "api-key"

#: The fields every account has (anything else is an account option).
ACCOUNT_FIELDS = ("server", "domain", "user")


@dataclass(frozen=True, slots=True)
class AccountField(TranslatedFields):
    """One field of an account as the sign-in dialog shows it.

    ``name`` is ``server``, ``domain``, ``user`` or the key of an account option. ``kind`` says
    which widget edits it: ``text``, ``choice`` (``choices`` of value and words) or ``port``
    (0–65535). ``widget`` names the widget (its attribute and object name in the dialog).
    """

    name: str
    label: str
    placeholder: str = ""
    tip: str = ""
    accessible: str = ""
    kind: str = "text"
    choices: tuple[tuple[str, str], ...] = ()
    default: Any = ""
    widget: str = ""
    #: The dialog puts the focus here first while it is empty.
    required: bool = False

    _WORDS_CONTEXT = "Vendors"
    _WORD_FIELDS = frozenset({"label", "placeholder", "tip", "accessible", "choices"})

    @property
    def is_option(self) -> bool:
        return self.name not in ACCOUNT_FIELDS


@dataclass(frozen=True, slots=True)
class SecretWords(TranslatedFields):
    """How the dialog and the messages speak about a phone system's secrets."""

    _WORDS_CONTEXT = "Vendors"
    _WORD_FIELDS = frozenset({"subtitle", "ticket_choice", "ticket_tip", "ticket_label", "paste_ticket",
                              "api_key_placeholder", "api_key_tip", "paste_api_key", "api_key_only",
                              "source_secret", "source_placeholder", "stored_as"})

    #: The line under the dialog's title.
    subtitle: str
    #: The ticket choice: its radio button text and tooltip, the field label, the empty-field words.
    ticket_choice: str = QT_TRANSLATE_NOOP("Vendors", "Existing &ticket")
    ticket_tip: str = QT_TRANSLATE_NOOP("Vendors", "Paste a ticket created elsewhere, e.g. in the portal")
    ticket_label: str = QT_TRANSLATE_NOOP("Vendors", "&Ticket:")
    paste_ticket: str = QT_TRANSLATE_NOOP("Vendors", "Paste the ticket")
    #: The API key field: placeholder, tooltip, the empty-field words, and why a password is refused.
    api_key_placeholder: str = ""
    api_key_tip: str = ""
    paste_api_key: str = ""
    api_key_only: str = ""
    #: What a directory source of this kind asks for ("password", "API key").
    source_secret: str = QT_TRANSLATE_NOOP("Vendors", "password")
    source_placeholder: str = QT_TRANSLATE_NOOP("Vendors", "Password")
    #: What ``cti-desktop login`` keeps ("ticket", "password", "API key") and the environment hint.
    stored_as: str = QT_TRANSLATE_NOOP("Vendors", "password")


@dataclass(frozen=True, slots=True)
class DemoAccount:
    """An embedded simulator for ``--demo`` and how to sign in to it.

    ``simulator`` names the simulator thread class as ``"module:Class"`` (made with ``demo=`` and
    ``seed=``; loaded only when a demo starts); ``account(base_url, supervisor)`` gives the account
    and its credentials; ``source_credentials`` signs it in as a second directory source;
    ``agent``/``call_path`` say how the demo rings the signed-in person.
    """

    simulator: str
    account: Callable[[str, bool], tuple[Any, Any]]
    source_credentials: Any = None
    agent: str = ""
    call_path: str = "/_sim/calls"


@dataclass(frozen=True, slots=True)
class VendorSpec(TranslatedFields):
    """One phone system: everything the layers above the providers need to know about it."""

    _WORDS_CONTEXT = "Vendors"
    _WORD_FIELDS = frozenset({"source_name", "dial_note", "directory_title"})

    key: str
    label: str
    #: How its contacts are called as a source of the merged search ("… contacts").
    source_name: str
    #: The sign-in dialog's fields, in order (server, domain, user, then its account options).
    fields: tuple[AccountField, ...]
    #: The ways to give the secret (``MODE_*``); the first is the default.
    modes: tuple[str, ...]
    words: SecretWords
    #: ``connect(account, credentials, *, secrets, on_ticket, extra_ca_file, heartbeat_interval,
    #: backoff_initial)`` → a connected backend; :class:`UserFacingError` in words.
    connect: Callable[..., Awaitable[Any]]
    #: ``validate(account, what)``: refuse an incomplete account in words before anything is sent.
    validate: Callable[[Any, str], None]
    #: The fields a directory source of this kind asks for (of ``server``, ``domain``, ``user``).
    source_fields: tuple[str, ...] = ("server", "user")
    #: ``check_sign_in(account, mode)``: the dialog's own checks of the fields (words), or None.
    check_sign_in: Callable[[Any, str], None] | None = None
    #: ``profile_problem(server, domain, user)`` → words when a saved profile is incomplete, else "".
    profile_problem: Callable[[str, str, str], str] | None = None
    #: ``source_problem(server, domain, user)`` → words when a directory source is incomplete, else "".
    source_problem: Callable[[str, str, str], str] | None = None
    #: ``source_sign_in_problem(server, domain, user)`` → what the dialog refuses on "Add source".
    source_sign_in_problem: Callable[[str, str, str], str] | None = None
    #: ``store_secrets(account, credentials, secrets, new_ticket)`` keeps what signs it in again.
    store_secrets: Callable[..., Awaitable[None]] | None = None
    #: ``source_credentials(secret)`` → the credentials a typed directory-source secret stands for.
    source_credentials: Callable[[str], Any] | None = None
    #: ``account_from_options(server, domain, user, options)`` → the account of ``--backend``.
    account_from_options: Callable[..., Any] | None = None
    #: ``directory_of(backend)`` → what to search when this system is an extra directory source.
    directory_of: Callable[[Any], Any] | None = None
    #: Why a feature is missing, in words ("its API has no queues to log in to").
    missing: Mapping[str, str] = field(default_factory=dict)
    #: A ticket is only proven by using it (the sign-in reads the calls with it once).
    proves_ticket: bool = False
    #: A saved sign-in needs a stored ticket (a password alone is not used again).
    resumes_with_ticket_only: bool = False
    #: Saved profiles are named "<label> <user>" (False: the plain "user@domain").
    profile_name_has_label: bool = True
    #: Calls start from one of the person's devices (the command line picks the softphone by default).
    dials_from_device: bool = False
    #: The dial pad's note on how a call starts, or "".
    dial_note: str = ""
    #: The contact search's title ("Contacts", "Colleagues").
    directory_title: str = QT_TRANSLATE_NOOP("Vendors", "Contacts")
    demo: DemoAccount | None = None
    #: The modules ``connect`` imports (its client): start-up imports them in the background while
    #: the first window paints.
    client_modules: tuple[str, ...] = ()


class VendorCatalog:
    """The installed phone systems, in the order the dialog offers them (the first is the default)."""

    def __init__(self, specs: tuple[VendorSpec, ...], *, demo_combinations: tuple[str, ...] = ()) -> None:
        if not specs:
            raise ValueError("a catalog needs at least one phone system")
        keys = [s.key for s in specs]
        if len(set(keys)) != len(keys):
            raise ValueError(f"phone systems declared twice: {keys}")
        self.specs = tuple(specs)
        self._by_key = {s.key: s for s in specs}
        for combination in demo_combinations:
            primary, *sources = combination.split("+")
            if primary not in self._by_key or not sources or any(
                    self._by_key.get(k) is None or self._by_key[k].demo is None
                    or self._by_key[k].demo.source_credentials is None for k in sources):
                raise ValueError(f"the demo {combination!r} does not name demos of this catalog")
        #: ``--demo`` values: every system with a demo, then "<system>+<source>…" combinations
        #: (the first system signs in, the others are extra directory sources).
        self.demos = tuple(s.key for s in specs if s.demo is not None) + tuple(demo_combinations)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(self._by_key)

    @property
    def default(self) -> VendorSpec:
        return self.specs[0]

    def get(self, key: str) -> VendorSpec | None:
        return self._by_key.get(key)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def spec(self, key: str, *, what: str = "phone system") -> VendorSpec:
        """The spec of ``key``; :class:`InvalidInput` in words when there is none."""
        spec = self._by_key.get(key)
        if spec is None:
            raise InvalidInput(translate("Vendors", "Unknown {what} {key!r}; this version supports: {join}").format(what=what, key=key, join=', '.join(self.keys)))
        return spec

    def label(self, key: str) -> str:
        spec = self._by_key.get(key)
        return spec.label if spec is not None else (key.title() or translate("Vendors", "This account"))

    def source_name(self, key: str) -> str:
        spec = self._by_key.get(key)
        return spec.source_name if spec is not None else key

    def validate_account(self, account: Any, *, what: str = "The account") -> None:
        """Refuse an incomplete account in words, before anything is sent."""
        spec = self._by_key.get(account.backend)
        if spec is None:
            raise InvalidInput(translate("Vendors", "Unknown phone system {backend!r}; this version supports: {join}").format(backend=account.backend, join=', '.join(self.keys)))
        spec.validate(account, what)

    def missing_reason(self, key: str, feature: str, *, what: str = "") -> str:
        """"<System> has no hold: its API can only dial and hang up; …" — the words for an absent feature."""
        spec = self._by_key.get(key)
        missing = spec.missing if spec is not None else {}
        why = missing.get(feature, "")
        if not why and feature.startswith("presence"):
            why = missing.get("presence_read", "")
        vendor = self.label(key)
        head = translate("Vendors", "{vendor} has no {what}").format(vendor=vendor, what=what) if what else translate("Vendors", "{vendor} does not offer this").format(vendor=vendor)
        return f"{head}: {why}" if why else translate("Vendors", "{head} for this account").format(head=head)


class AccountService(Protocol):
    """Signing in, as the sign-in view-model needs it (the composition root implements it)."""

    async def connect_account(self, account: Any, credentials: Any, *, sources: Any = (), secrets: Any = None,
                              on_ticket: Callable[[str], None] | None = None, extra_ca_file: Any = None,
                              heartbeat_interval: float = 15.0, backoff_initial: float = 1.0) -> Any:
        """The telephony backend and every directory source, signed in: a session ``Backend`` that
        also says which sources signed in (``connected_sources``) and, in words, which did not
        (``source_errors``)."""
        ...

    async def store_credentials(self, account: Any, credentials: Any, secrets: Any, *,
                                new_ticket: str | None = None) -> None:
        """Keep what signs ``account`` in again."""
        ...


_installed: VendorCatalog | None = None
_service: AccountService | None = None


def install(vendors: VendorCatalog, service: AccountService | None = None) -> None:
    """Make ``vendors`` (and the sign-in ``service``) what the layers above the providers use
    (the composition root does, when it is imported)."""
    global _installed, _service
    _installed = vendors
    if service is not None:
        _service = service


def catalog() -> VendorCatalog:
    """The installed catalog; importing ``cti_desktop.accounts`` installs the registry's."""
    if _installed is None:
        raise RuntimeError("no phone systems are installed: import cti_desktop.accounts first")
    return _installed


def account_service() -> AccountService:
    """The installed sign-in service; importing ``cti_desktop.accounts`` installs it."""
    if _service is None:
        raise RuntimeError("no account service is installed: import cti_desktop.accounts first")
    return _service


def validate_account(account: Any, *, what: str = "The account") -> None:
    """Refuse an incomplete account in words, before anything is sent (by the installed catalog)."""
    catalog().validate_account(account, what=what)


__all__ = [
    "ACCOUNT_FIELDS",
    "AccountService",
    "account_service",
    "validate_account",
    "MODE_API_KEY",
    "MODE_PASSWORD",
    "MODE_TICKET",
    "AccountField",
    "DemoAccount",
    "SecretWords",
    "VendorCatalog",
    "VendorSpec",
    "catalog",
    "install",
]
