"""Voxloud as one entry of the vendor registry: its account fields, secrets, words and demo.

The per-install webhook secret is made once per account with
:func:`~cti_desktop.providers.voxloud.webhooks.new_webhook_secret` and kept in the keyring
(:func:`webhook_secret`).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from cti_desktop.core.credentials import Credentials, api_key_key
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.secrets import SecretKey, SecretStore
from cti_desktop.core.account import Account
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.core.vendors import MODE_API_KEY, AccountField, DemoAccount, SecretWords, VendorSpec
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

#: The simulator's API key and the extension the demo signs in as.
DEMO_KEY = "demo-key"
DEMO_EXTENSION = "101"


def webhook_secret_key(account: Account) -> SecretKey:
    return SecretKey(account.key, "webhook-secret")


async def webhook_secret(account: Account, secrets: SecretStore) -> str:
    """The account's per-install webhook secret: read from the keyring, or made once and stored."""
    from .webhooks import new_webhook_secret

    key = webhook_secret_key(account)
    secret = await secrets.get(key)
    if secret and len(secret) >= 16:
        return secret
    secret = new_webhook_secret()
    await secrets.set(key, secret)
    log.info("made a new webhook secret for %s", account.label)
    return secret


def validate(account: Account, what: str = "The account") -> None:
    from .backend import api_url_for

    api_url_for(account.server)


def check_sign_in(account: Account, mode: str) -> None:
    port = account.options.get("webhook_port", 0)
    if not isinstance(port, int) or not 0 <= port <= 65535:
        raise InvalidInput(translate("Vendors", "The webhook port must be between 0 and 65535 (0: any free port)"))
    public_url = account.options.get("public_url", "")
    if public_url:
        from cti_desktop.core.links import safe_url

        try:
            safe_url(public_url)
        except InvalidInput as exc:
            raise InvalidInput(translate("Vendors", "The public URL cannot be used: {exc}").format(exc=exc)) from None


async def connect(account: Account, credentials: Credentials, *, secrets: SecretStore | None = None,
                  on_ticket: Callable[[str], None] | None = None, extra_ca_file: Path | None = None,
                  heartbeat_interval: float = 15.0, backoff_initial: float = 1.0) -> Any:
    from .backend import connect_voxloud

    secret = await webhook_secret(account, secrets) if secrets is not None else None
    return await connect_voxloud(account, credentials, webhook_secret=secret, extra_ca_file=extra_ca_file)


async def store_secrets(account: Account, credentials: Credentials, secrets: SecretStore,
                        new_ticket: str | None = None) -> None:
    if credentials.api_key:
        await secrets.set(api_key_key(account), credentials.api_key)


def source_credentials(secret: str) -> Credentials:
    return Credentials(api_key=secret, source="prompt")


def account_from_options(server: str | None, domain: str | None, user: str | None, options: dict) -> Account:
    return Account(backend="voxloud", server=server or "", domain="", user=user or "", options=options)


def demo_account(base_url: str, supervisor: bool) -> tuple[Account, Credentials]:
    return (Account("voxloud", base_url, "", DEMO_EXTENSION, options={"webhook_port": 0}),
            Credentials(api_key=DEMO_KEY, source="environment"))


SPEC = VendorSpec(
    key="voxloud",
    client_modules=(f"{__package__}.backend",),
    label="Voxloud",
    source_name=QT_TRANSLATE_NOOP("Vendors", "Voxloud contacts"),
    fields=(
        AccountField("server", QT_TRANSLATE_NOOP("Vendors", "&Server:"), QT_TRANSLATE_NOOP("Vendors", "https://developer.voxloud.com/api (leave empty for it)"),
                     QT_TRANSLATE_NOOP("Vendors", "The API address; leave empty for the public API")),
        AccountField("user", QT_TRANSLATE_NOOP("Vendors", "&Extension:"), QT_TRANSLATE_NOOP("Vendors", "101"),
                     QT_TRANSLATE_NOOP("Vendors", "Your extension number in Voxloud (calls of other extensions are not shown)")),
        AccountField("webhook_port", QT_TRANSLATE_NOOP("Vendors", "Webhook p&ort:"), accessible=QT_TRANSLATE_NOOP("Vendors", "Webhook port"), kind="port", default=48765,
                     tip=QT_TRANSLATE_NOOP("Vendors", "The local port Voxloud's call notifications arrive at (0: any free port)"),
                     widget="port_spin"),
        AccountField("public_url", QT_TRANSLATE_NOOP("Vendors", "P&ublic URL:"), QT_TRANSLATE_NOOP("Vendors", "https://my-tunnel.example (optional)"),
                     QT_TRANSLATE_NOOP("Vendors", "The address Voxloud reaches this computer at (a tunnel or reverse proxy)"),
                     accessible=QT_TRANSLATE_NOOP("Vendors", "Public URL"), widget="public_url_edit"),
    ),
    modes=(MODE_API_KEY,),
    words=SecretWords(
        subtitle=QT_TRANSLATE_NOOP("Vendors", "The API key is checked with Voxloud first, then kept in the system keyring only."),
        api_key_placeholder=QT_TRANSLATE_NOOP("Vendors", "Paste the Voxloud API key"),
        api_key_tip=QT_TRANSLATE_NOOP("Vendors", "The company API key (Voxloud admin portal → API); checked, then kept in the keyring"),
        paste_api_key=QT_TRANSLATE_NOOP("Vendors", "Paste the Voxloud API key"),
        api_key_only=QT_TRANSLATE_NOOP("Vendors", "Voxloud signs in with the company API key (Voxloud admin portal → API)"),
        source_secret=QT_TRANSLATE_NOOP("Vendors", "API key"),
        source_placeholder=QT_TRANSLATE_NOOP("Vendors", "API key"),
        stored_as=QT_TRANSLATE_NOOP("Vendors", "API key"),
    ),
    source_fields=("server",),
    connect=connect,
    validate=validate,
    check_sign_in=check_sign_in,
    store_secrets=store_secrets,
    source_credentials=source_credentials,
    account_from_options=account_from_options,
    directory_of=lambda backend: backend.client,
    missing=TranslatedWords("Vendors", {
        "call_control": QT_TRANSLATE_NOOP("Vendors", "its API can only start calls (by click-to-call); answer, hang up and the rest on your phone"),
        "queues": QT_TRANSLATE_NOOP("Vendors", "its API has no queues to log in to"),
        "presence_read": QT_TRANSLATE_NOOP("Vendors", "its API has no presence"),
        "presence_write": QT_TRANSLATE_NOOP("Vendors", "its API has no presence"),
        "sms": QT_TRANSLATE_NOOP("Vendors", "its API cannot send SMS"),
    }),
    dial_note=QT_TRANSLATE_NOOP("Vendors", "Voxloud rings your extension first (click-to-call); answer it there and the number is called."),
    demo=DemoAccount(simulator="cti_desktop.simulator.voxloud.server:VoxloudSimulatorThread",
                     account=demo_account, source_credentials=Credentials(api_key=DEMO_KEY, source="environment"),
                     agent=DEMO_EXTENSION),
)
