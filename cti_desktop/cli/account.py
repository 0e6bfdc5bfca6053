"""The account commands: ``login`` (ask for the secret, sign in, store it in the keyring) and
``logout`` (the server revokes the ticket, the keyring forgets it), and the session every other
command opens with the stored secret."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import os
import sys

from cti_desktop.accounts import VENDORS, account_from_args, connect_account, forget_credentials, store_credentials
from cti_desktop.core.credentials import ENV_PASSWORD, ENV_TICKET, Credentials, NoSecret, resolve_credentials
from cti_desktop.core.errors import InvalidInput, UserFacingError
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account, Session
from cti_desktop.core.sign_out import REVOKE_TIMEOUT, revoke_sign_in
from cti_desktop.core.vendors import MODE_API_KEY

from .output import EXIT_ERROR

__all__ = ["cmd_login", "cmd_logout", "login_credentials", "open_session"]

log = logging.getLogger("cti_desktop.cli")


async def open_session(args: argparse.Namespace, secrets: SecretStore, credentials: Credentials | None = None,
                       *, announce: bool = True) -> Session:
    from pathlib import Path

    account = account_from_args(args)
    if credentials is None:
        credentials = await resolve_credentials(account, secrets)
    if announce and secrets.warning and credentials.source != "environment":
        print(secrets.warning, file=sys.stderr)
    new_tickets: list[str] = []
    backend = await connect_account(
        account,
        credentials,
        secrets=secrets,
        on_ticket=new_tickets.append,
        extra_ca_file=Path(args.ca_file) if args.ca_file else None,
        heartbeat_interval=args.heartbeat,
    )
    try:
        await store_credentials(account, credentials, secrets, new_ticket=new_tickets[-1] if new_tickets else None)
    except BaseException:
        await backend.aclose()
        raise
    return Session(account, backend)


def login_credentials(args: argparse.Namespace) -> tuple[Account, Credentials, str]:
    """The account and the secret to sign in with, asked for before any event loop runs (so a
    signal during the prompt ends the process at once)."""
    account = account_from_args(args)
    spec = VENDORS.spec(account.backend)
    if spec.modes[0] == MODE_API_KEY:
        key = os.environ.get("CTI_DESKTOP_API_KEY") or getpass.getpass(f"{spec.label} API key for {account.label}: ")
        if not key.strip():
            raise InvalidInput("No API key given")
        return account, Credentials(api_key=key.strip(), source="prompt"), spec.words.stored_as
    password = os.environ.get("CTI_DESKTOP_PASSWORD") or getpass.getpass(f"Password for {account.label}: ")
    if not password:
        raise InvalidInput("No password given")
    return account, Credentials(password=password, source="prompt"), spec.words.stored_as


async def cmd_login(args: argparse.Namespace, secrets: SecretStore, account: Account, credentials: Credentials,
                    what: str) -> int:
    session = await open_session(args, secrets, credentials, announce=False)
    await session.aclose()
    if secrets.persistent:  # every keyring call answered: the secret is in the keyring
        print(f"Signed in as {account.label}; the {what} is stored in the system keyring.", file=sys.stderr)
        return 0
    env = ("CTI_DESKTOP_API_KEY" if VENDORS.spec(account.backend).modes[0] == MODE_API_KEY
           else f"{ENV_PASSWORD} or {ENV_TICKET}")
    print(f"error: the sign-in as {account.label} worked, but the {what} was not stored: "
          f"{secrets.reason[:1].lower()}{secrets.reason[1:]}. Give it to the other commands with {env}.",
          file=sys.stderr)
    return EXIT_ERROR


async def cmd_logout(args: argparse.Namespace, secrets: SecretStore) -> int:
    """Sign out as the app's File → Sign out does: the server revokes the session's ticket (bounded;
    a failure is one warning line), then the stored secrets are removed from the keyring."""
    from pathlib import Path

    account = account_from_args(args)
    what = VENDORS.spec(account.backend).words.stored_as
    try:
        credentials = await resolve_credentials(account, secrets)
    except NoSecret:
        credentials = None
    revoked = False
    if credentials is not None:
        backend = None
        try:  # with a ticket no request is made here; with a password, the ticket to revoke is made
            backend = await asyncio.wait_for(
                connect_account(account, credentials, extra_ca_file=Path(args.ca_file) if args.ca_file else None),
                REVOKE_TIMEOUT)
        except TimeoutError:
            log.warning("sign-out: the server did not answer within %.0f s; the %s is forgotten here only",
                        REVOKE_TIMEOUT, what)
        except UserFacingError as exc:
            log.warning("sign-out: could not reach the server to revoke the %s (%s); it is forgotten here only",
                        what, exc)
        if backend is not None:
            try:
                revoked = await revoke_sign_in(backend)
            finally:
                await backend.aclose()
    await forget_credentials(account, secrets)
    where = "the system keyring" if secrets.persistent else "this session"
    if credentials is None:
        print(f"Signed out of {account.label}: nothing was stored for it.", file=sys.stderr)
    elif revoked:
        print(f"Signed out of {account.label}: the server revoked the {what}, and it is removed from {where}.",
              file=sys.stderr)
    else:
        print(f"Signed out of {account.label}: the {what} is removed from {where} (the server did not revoke it).",
              file=sys.stderr)
    return 0

