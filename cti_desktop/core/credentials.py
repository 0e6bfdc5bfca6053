"""Where an account's secret comes from: the environment (automation), else the keyring.

``CTI_DESKTOP_TICKET`` / ``CTI_DESKTOP_PASSWORD`` (and ``CTI_DESKTOP_API_KEY`` for key-based
backends) win, so scripts and CI never need a keyring. Otherwise the keyring is asked, in a
thread of its own with a timeout (:mod:`cti_desktop.core.secrets`); a keyring that fails or does not
answer counts as holding nothing, and :class:`NoSecret` says why in words.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

from cti_desktop.i18n import translate

from .errors import InvalidInput
from .secrets import SecretKey, SecretStore
from .account import Account

ENV_TICKET = "CTI_DESKTOP_TICKET"
ENV_PASSWORD = "CTI_DESKTOP_PASSWORD"
ENV_API_KEY = "CTI_DESKTOP_API_KEY"


@dataclass(frozen=True, slots=True)
class Credentials:
    password: str | None = None
    ticket: str | None = None
    api_key: str | None = None
    source: str = ""  # "environment", "keyring", "session", "prompt"

    def __repr__(self) -> str:  # never show a secret, even in a traceback
        have = [n for n in ("password", "ticket", "api_key") if getattr(self, n)]
        return f"Credentials(has={have}, source={self.source!r})"


def ticket_key(account: Account) -> SecretKey:
    return SecretKey(account.key, "ticket")


def password_key(account: Account) -> SecretKey:
    return SecretKey(account.key, "password")


def api_key_key(account: Account) -> SecretKey:
    return SecretKey(account.key, "api-key")


def environment_credentials(env: Mapping[str, str] | None = None) -> Credentials | None:
    """The secrets given in the environment (automation), or None."""
    env = os.environ if env is None else env
    ticket, password, api_key = env.get(ENV_TICKET), env.get(ENV_PASSWORD), env.get(ENV_API_KEY)
    if ticket or password or api_key:
        return Credentials(password=password or None, ticket=ticket or None, api_key=api_key or None, source="environment")
    return None


async def keyring_credentials(account: Account, secrets: SecretStore) -> Credentials | None:
    """The secrets the keyring (or this session's memory) holds for ``account``, or None."""
    ticket = await secrets.get(ticket_key(account))
    password = await secrets.get(password_key(account))
    api_key = await secrets.get(api_key_key(account))
    if ticket or password or api_key:
        return Credentials(password=password, ticket=ticket, api_key=api_key, source="keyring" if secrets.persistent else "session")
    return None


class NoSecret(InvalidInput):
    """Neither the environment nor the keyring holds a secret for the account."""


async def resolve_credentials(
    account: Account, secrets: SecretStore, env: Mapping[str, str] | None = None
) -> Credentials:
    found = environment_credentials(env) or await keyring_credentials(account, secrets)
    if found is not None:
        return found
    if secrets.persistent:
        where = translate("Credentials", "in the system keyring")
    else:
        reason = secrets.reason or translate("Credentials", "No system keyring is available")
        where = translate("Credentials", "in this session ({reason})").format(reason=reason[:1].lower() + reason[1:])
    raise NoSecret(
        translate("Credentials", "No secret for {label} {where}. Run `cti-desktop login` with the same account options, or set {ENV_PASSWORD} or {ENV_TICKET}.").format(label=account.label, where=where, ENV_PASSWORD=ENV_PASSWORD, ENV_TICKET=ENV_TICKET)
    )
