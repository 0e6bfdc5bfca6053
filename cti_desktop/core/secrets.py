"""Secrets (passwords, tickets, API keys, cookies) in the OS keyring — or, without one, in memory.

Keyring calls run in an executor under a timeout: a locked Secret Service can block forever
(PITFALLS 18). When no usable keyring exists (headless Linux, CI), secrets are kept for this session
only and :attr:`SecretStore.warning` says so in words; nothing is ever written to a file.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "cti-desktop"


@dataclass(frozen=True, slots=True)
class SecretKey:
    """Names one secret: which account it belongs to and what it is."""

    account: str  # e.g. "dstny:https://pbx.example/api|demo.example|agent1"
    kind: str  # "ticket", "password", "api-key", "cookie", "token"

    @property
    def username(self) -> str:
        return f"{self.account}#{self.kind}"


def _backend_is_usable() -> bool:
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken keyring configuration is "no keyring"
        return False
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    return not (name.startswith("keyring.backends.fail") or name.startswith("keyring.backends.null")) and getattr(
        backend, "priority", 1
    ) > 0


class SecretStore:
    """Get, set and delete secrets without ever blocking the event loop."""

    def __init__(self, *, timeout: float = 5.0, use_keyring: bool | None = None) -> None:
        self._timeout = timeout
        self._memory: dict[str, str] = {}
        self._persistent = _backend_is_usable() if use_keyring is None else use_keyring
        self.warning = "" if self._persistent else (
            "No system keyring is available: secrets are kept in memory for this session only."
        )

    @property
    def persistent(self) -> bool:
        return self._persistent

    async def _call(self, func, *args):
        loop = asyncio.get_running_loop()
        return await asyncio.wait_for(loop.run_in_executor(None, func, *args), self._timeout)

    def _fall_back(self, exc: BaseException) -> None:
        if self._persistent:
            log.warning("the system keyring failed (%s); keeping secrets for this session only", type(exc).__name__)
        self._persistent = False
        self.warning = (
            "The system keyring did not answer: secrets are kept in memory for this session only."
            if isinstance(exc, (asyncio.TimeoutError, TimeoutError))
            else "No system keyring is available: secrets are kept in memory for this session only."
        )

    async def get(self, key: SecretKey) -> str | None:
        if key.username in self._memory:
            return self._memory[key.username]
        if not self._persistent:
            return None
        try:
            return await self._call(keyring.get_password, SERVICE, key.username)
        except (keyring.errors.KeyringError, asyncio.TimeoutError, TimeoutError, RuntimeError) as exc:
            self._fall_back(exc)
            return None

    async def set(self, key: SecretKey, value: str) -> None:
        self._memory[key.username] = value
        if not self._persistent:
            return
        try:
            await self._call(keyring.set_password, SERVICE, key.username, value)
        except (keyring.errors.KeyringError, asyncio.TimeoutError, TimeoutError, RuntimeError) as exc:
            self._fall_back(exc)

    async def delete(self, key: SecretKey) -> None:
        self._memory.pop(key.username, None)
        if not self._persistent:
            return
        try:
            await self._call(keyring.delete_password, SERVICE, key.username)
        except keyring.errors.PasswordDeleteError:
            pass
        except (keyring.errors.KeyringError, asyncio.TimeoutError, TimeoutError, RuntimeError) as exc:
            self._fall_back(exc)
