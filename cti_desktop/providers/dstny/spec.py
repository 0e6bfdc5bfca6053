"""Dstny Core as one entry of the vendor registry: its account fields, secrets, words and demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from cti_desktop.core.credentials import Credentials, ticket_key
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.account import Account
from cti_desktop.core.vendors import (
    MODE_PASSWORD,
    MODE_TICKET,
    AccountField,
    DemoAccount,
    SecretWords,
    VendorSpec,
)
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

DEMO_DOMAIN = "demo.example"
DEMO_USER = "agent1"
DEMO_SUPERVISOR = "super1"
DEMO_PASSWORD = "demo"


def validate(account: Account, what: str = "The account") -> None:
    if not account.server.strip():
        raise InvalidInput(translate("Vendors", "{what} needs the server address, e.g. https://pbx.example.com").format(what=what))
    if not account.domain.strip():
        raise InvalidInput(translate("Vendors", "{what} needs the domain of your organisation, e.g. example.com").format(what=what))
    if not account.user.strip():
        raise InvalidInput(translate("Vendors", "{what} needs your user name").format(what=what))
    from .backend import api_url_for
    from .ticket import BadScopes, scopes_from_setting

    api_url_for(account.server)
    try:
        scopes_from_setting(account.options.get("scopes"))
    except BadScopes as exc:
        raise InvalidInput(translate("Vendors", "{what}'s scopes setting: {exc}").format(what=what, exc=exc)) from None


def check_sign_in(account: Account, mode: str) -> None:
    if not account.server:
        raise InvalidInput(translate("Vendors", "Enter the server address, e.g. https://pbx.example.com"))
    if not account.domain:
        raise InvalidInput(translate("Vendors", "Enter the domain of your organisation, e.g. example.com"))
    if not account.user:
        raise InvalidInput(translate("Vendors", "Enter your user name"))


def profile_problem(server: str, domain: str, user: str) -> str:
    if not server.strip():
        return translate("Vendors", "The profile has no server address")
    if not user.strip():
        return translate("Vendors", "The profile has no user name")
    return ""


def source_problem(server: str, domain: str, user: str) -> str:
    if not (server.strip() and domain.strip() and user.strip()):
        return translate("Vendors", "A Dstny directory source needs its server, domain and user")
    return ""


async def connect(account: Account, credentials: Credentials, *, secrets: SecretStore | None = None,
                  on_ticket: Callable[[str], None] | None = None, extra_ca_file: Path | None = None,
                  heartbeat_interval: float = 15.0, backoff_initial: float = 1.0) -> Any:
    from .backend import connect_dstny

    if not (credentials.password or credentials.ticket):
        raise InvalidInput(translate("Vendors", "Dstny needs your password or a ticket"))
    return await connect_dstny(account, credentials, on_ticket=on_ticket, extra_ca_file=extra_ca_file,
                               heartbeat_interval=heartbeat_interval, backoff_initial=backoff_initial)


async def store_secrets(account: Account, credentials: Credentials, secrets: SecretStore,
                        new_ticket: str | None = None) -> None:
    secret = new_ticket or credentials.ticket
    if secret:
        await secrets.set(ticket_key(account), secret)


def source_credentials(secret: str) -> Credentials:
    return Credentials(password=secret, source="prompt")


def account_from_options(server: str | None, domain: str | None, user: str | None, options: dict) -> Account:
    missing = [name for name, value in (("server", server), ("domain", domain), ("user", user)) if not value]
    if missing:
        raise InvalidInput(translate("Vendors", "Missing account options: ") + ", ".join("--" + m for m in missing))
    return Account(backend="dstny", server=server or "", domain=domain or "", user=user or "", options=options)


def demo_account(base_url: str, supervisor: bool) -> tuple[Account, Credentials]:
    return (Account("dstny", base_url, DEMO_DOMAIN, DEMO_SUPERVISOR if supervisor else DEMO_USER),
            Credentials(password=DEMO_PASSWORD, source="environment"))


SPEC = VendorSpec(
    key="dstny",
    client_modules=(f"{__package__}.backend",),
    label="Dstny",
    source_name=QT_TRANSLATE_NOOP("Vendors", "Dstny directory"),
    fields=(
        AccountField("server", QT_TRANSLATE_NOOP("Vendors", "&Server:"), QT_TRANSLATE_NOOP("Vendors", "https://pbx.example.com"), QT_TRANSLATE_NOOP("Vendors", "The address of your phone system"), required=True),
        AccountField("domain", QT_TRANSLATE_NOOP("Vendors", "&Domain:"), QT_TRANSLATE_NOOP("Vendors", "example.com"), QT_TRANSLATE_NOOP("Vendors", "Your organisation's domain"), required=True),
        AccountField("user", QT_TRANSLATE_NOOP("Vendors", "&User:"), QT_TRANSLATE_NOOP("Vendors", "anna"), QT_TRANSLATE_NOOP("Vendors", "Your user name (without the domain)"), required=True),
    ),
    modes=(MODE_PASSWORD, MODE_TICKET),
    words=SecretWords(
        subtitle=QT_TRANSLATE_NOOP("Vendors", "Your password is used once to create a sign-in ticket; it is never saved."),
        source_secret=QT_TRANSLATE_NOOP("Vendors", "password"),
        source_placeholder=QT_TRANSLATE_NOOP("Vendors", "Password"),
        stored_as=QT_TRANSLATE_NOOP("Vendors", "ticket"),
    ),
    source_fields=("server", "domain", "user"),
    connect=connect,
    validate=validate,
    check_sign_in=check_sign_in,
    profile_problem=profile_problem,
    source_problem=source_problem,
    store_secrets=store_secrets,
    source_credentials=source_credentials,
    account_from_options=account_from_options,
    directory_of=lambda backend: backend.directory,
    missing={},
    proves_ticket=True,
    dials_from_device=True,
    resumes_with_ticket_only=True,
    profile_name_has_label=False,
    demo=DemoAccount(simulator="cti_desktop.simulator.dstny.server:SimulatorThread", account=demo_account,
                     agent=DEMO_USER),
)
