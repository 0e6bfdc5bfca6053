"""Telavox as one entry of the vendor registry: its account fields, secrets, words and demo."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Callable

from cti_desktop.core.credentials import Credentials, password_key, ticket_key
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.account import Account
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.core.vendors import (
    MODE_PASSWORD,
    MODE_TICKET,
    AccountField,
    DemoAccount,
    SecretWords,
    VendorSpec,
)
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

APIS = ("v1", "capi")
DEMO_USER = "agent1"
DEMO_PASSWORD = "demo"


def validate(account: Account, what: str = "The account") -> None:
    from .backend import urls_for

    urls_for(account)
    api = str(account.options.get("api", "v1")).lower()
    if api not in APIS:
        raise InvalidInput(translate("Vendors", "{what}: the Telavox API must be v1 or capi, not {api!r}").format(what=what, api=api))


def check_sign_in(account: Account, mode: str) -> None:
    api = str(account.options.get("api", "v1")).lower()
    if api == "v1" and mode == MODE_PASSWORD and not account.user:
        raise InvalidInput(translate("Vendors", "Enter your Telavox user name (or sign in with a token)"))
    if api == "capi" and mode != MODE_TICKET:
        raise InvalidInput(translate("Vendors", 'The Telavox CAPI accepts only a token: choose "Token" and paste it'))


def profile_problem(server: str, domain: str, user: str) -> str:
    return translate("Vendors", "The profile has no user name") if not user.strip() and not server.strip() else ""


def source_problem(server: str, domain: str, user: str) -> str:
    if not user.strip() and not server.strip():
        return translate("Vendors", "A Telavox colleagues source needs its user name (or a token and server)")
    return ""


def source_sign_in_problem(server: str, domain: str, user: str) -> str:
    return "" if user else translate("Vendors", "Enter the Telavox user name for the colleagues source")


async def connect(account: Account, credentials: Credentials, *, secrets: SecretStore | None = None,
                  on_ticket: Callable[[str], None] | None = None, extra_ca_file: Path | None = None,
                  heartbeat_interval: float = 15.0, backoff_initial: float = 1.0) -> Any:
    from .backend import connect_telavox

    return await connect_telavox(account, credentials, extra_ca_file=extra_ca_file, backoff_initial=backoff_initial)


async def store_secrets(account: Account, credentials: Credentials, secrets: SecretStore,
                        new_ticket: str | None = None) -> None:
    if credentials.password:
        await secrets.set(password_key(account), credentials.password)
    token = credentials.ticket or credentials.api_key
    if token:
        await secrets.set(ticket_key(account), token)


def source_credentials(secret: str) -> Credentials:
    if secret.count(".") == 2 and len(secret) > 40:  # a JWT
        return Credentials(ticket=secret, source="prompt")
    return Credentials(password=secret, source="prompt")


def account_from_options(server: str | None, domain: str | None, user: str | None, options: dict) -> Account:
    if not user and not (os.environ.get("CTI_DESKTOP_TICKET") or os.environ.get("CTI_DESKTOP_API_KEY")):
        raise InvalidInput(translate("Vendors", "Missing account option: --user (or a token in CTI_DESKTOP_TICKET)"))
    return Account(backend="telavox", server=server or "", domain="", user=user or "", options=options)


def demo_account(base_url: str, supervisor: bool) -> tuple[Account, Credentials]:
    return (Account("telavox", base_url, "", DEMO_USER, options={"api": "v1"}),
            Credentials(password=DEMO_PASSWORD, source="environment"))


SPEC = VendorSpec(
    key="telavox",
    client_modules=(f"{__package__}.backend",),
    label="Telavox",
    source_name=QT_TRANSLATE_NOOP("Vendors", "Telavox colleagues"),
    fields=(
        AccountField("server", QT_TRANSLATE_NOOP("Vendors", "&Server:"), QT_TRANSLATE_NOOP("Vendors", "https://api.telavox.se (leave empty for it)"),
                     QT_TRANSLATE_NOOP("Vendors", "The API address; leave empty for the public API")),
        AccountField("user", QT_TRANSLATE_NOOP("Vendors", "&User:"), QT_TRANSLATE_NOOP("Vendors", "anna"), QT_TRANSLATE_NOOP("Vendors", "Your user name (without the domain)"), required=True),
        AccountField("api", QT_TRANSLATE_NOOP("Vendors", "A&PI:"), tip=QT_TRANSLATE_NOOP("Vendors", "v1: user name and password, or a token. CAPI (the current API): a token only"),
                     accessible=QT_TRANSLATE_NOOP("Vendors", "Telavox API"), kind="choice", default="v1", widget="api_box",
                     choices=(("v1", QT_TRANSLATE_NOOP("Vendors", "v1 (user and password, or a token)")), ("capi", QT_TRANSLATE_NOOP("Vendors", "CAPI (token only)")))),
    ),
    modes=(MODE_PASSWORD, MODE_TICKET),
    words=SecretWords(
        subtitle=QT_TRANSLATE_NOOP("Vendors", "Your password or token is kept in the system keyring only, to sign in again when the "
                 "Telavox session ends."),
        ticket_choice=QT_TRANSLATE_NOOP("Vendors", "&Token"),
        ticket_tip=QT_TRANSLATE_NOOP("Vendors", "Paste a token made in the Telavox portal (My Account → Manage tokens)"),
        ticket_label=QT_TRANSLATE_NOOP("Vendors", "&Token:"),
        paste_ticket=QT_TRANSLATE_NOOP("Vendors", "Paste the token"),
        source_secret=QT_TRANSLATE_NOOP("Vendors", "password or token"),
        source_placeholder=QT_TRANSLATE_NOOP("Vendors", "Password or token"),
        stored_as=QT_TRANSLATE_NOOP("Vendors", "password"),
    ),
    connect=connect,
    validate=validate,
    check_sign_in=check_sign_in,
    profile_problem=profile_problem,
    source_problem=source_problem,
    source_sign_in_problem=source_sign_in_problem,
    store_secrets=store_secrets,
    source_credentials=source_credentials,
    account_from_options=account_from_options,
    directory_of=lambda backend: backend.directory,
    missing=TranslatedWords("Vendors", {
        "call_control": QT_TRANSLATE_NOOP("Vendors", "its API can only dial and hang up; answer and everything else on your phone"),
        "queues": QT_TRANSLATE_NOOP("Vendors", "its API has no queues to log in to"),
        "presence_write": QT_TRANSLATE_NOOP("Vendors", "its API can only read presence; change it in the Telavox app"),
        "history_seen": QT_TRANSLATE_NOOP("Vendors", "it keeps no seen/unseen mark on calls"),
    }),
    dial_note=QT_TRANSLATE_NOOP("Vendors", "Telavox rings your phone first; answer it there and the number is called."),
    directory_title=QT_TRANSLATE_NOOP("Vendors", "Colleagues"),
    demo=DemoAccount(simulator="cti_desktop.simulator.telavox.server:TelavoxSimulatorThread",
                     account=demo_account, agent=DEMO_USER),
)
