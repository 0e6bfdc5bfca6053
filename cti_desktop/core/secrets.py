"""Secrets (passwords, tickets, API keys, cookies) in the OS keyring — or, without one, in memory.

Every keyring call runs in a daemon thread of its own under a timeout: a locked Secret Service can
block forever (PITFALLS 18), and a thread stuck in it must never hold up the event loop, a signal or
the end of the process (an executor's threads are joined at exit; a daemon thread is not).

Any failure of the keyring — no backend, a timeout, or any exception a third-party backend raises
(``KeyringError``, ``OSError``, ``ValueError``, …) — turns the store into memory for this session:
:attr:`SecretStore.persistent` becomes False and :attr:`SecretStore.warning` says why in words, one
warning line goes to the log (the exception's type, never its text: it could carry a secret).
Nothing is ever written to a file.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    import asyncio

# keyring (and its backends' entry points) is imported in the threads that call it, never at
# start-up on the event loop: the first call pays for the import, off the GUI thread.

log = logging.getLogger(__name__)

SERVICE = "cti-desktop"
#: How long one keyring call may take before the keyring counts as not answering.
DEFAULT_TIMEOUT = 5.0

_SESSION_ONLY = QT_TRANSLATE_NOOP("Secrets", "secrets are kept in memory for this session only.")
_NO_KEYRING = QT_TRANSLATE_NOOP("Secrets", "No system keyring is available")


@dataclass(frozen=True, slots=True)
class SecretKey:
    """Names one secret: which account it belongs to and what it is."""

    account: str  # e.g. "<system>:https://pbx.example/api|demo.example|agent1"
    kind: str  # "ticket", "password", "api-key", "cookie", "token"

    @property
    def username(self) -> str:
        return f"{self.account}#{self.kind}"


def _in_daemon_thread(func: Callable[..., Any], *args: Any) -> asyncio.Future:
    """Run ``func(*args)`` in a new daemon thread; its outcome resolves the returned future."""
    import asyncio  # (not at import: the command line and the first window get by without it)

    loop = asyncio.get_running_loop()
    future: asyncio.Future = loop.create_future()

    def settle(outcome: Callable[[], None]) -> None:
        if not future.done():  # cancelled by a timeout or a signal: nobody waits any more
            outcome()

    def work() -> None:
        try:
            result = func(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting coroutine as it is
            error = exc
            callback = lambda: settle(lambda: future.set_exception(error))  # noqa: E731
        else:
            callback = lambda: settle(lambda: future.set_result(result))  # noqa: E731
        try:
            loop.call_soon_threadsafe(callback)
        except RuntimeError:  # the loop is closed: the process is ending
            pass

    threading.Thread(target=work, name="keyring-call", daemon=True).start()
    return future


def _describe(exc: BaseException, timeout: float) -> str:
    """Why the keyring cannot be used, in words (never the exception's text)."""
    if isinstance(exc, TimeoutError):  # asyncio's timeouts are TimeoutError too
        return translate("Secrets", "The system keyring did not answer in {timeout:g} s").format(timeout=timeout)
    errors = sys.modules.get("keyring.errors")  # not imported: the error is not keyring's
    if errors is not None and isinstance(exc, errors.NoKeyringError):
        return translate("Secrets", _NO_KEYRING)
    if errors is not None and isinstance(exc, errors.KeyringLocked):
        return translate("Secrets", "The system keyring is locked")
    return translate("Secrets", "The system keyring failed with {error}").format(error=type(exc).__name__)


class _BackendProbe:
    """Finds the keyring's backend once, in a daemon thread of its own.

    Importing keyring reads the entry points of every installed package (about 0.1 s, more with a
    Secret Service that is slow to answer), so the app starts the probe when it is first needed or
    once its window is on the screen (:meth:`SecretStore.prepare`), never before the window."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._deadline: float | None = None
        self._found: list[Any] = []

    def start(self) -> None:
        with self._lock:
            if self._deadline is not None:
                return
            self._deadline = time.monotonic() + self._timeout
        threading.Thread(target=self._run, name="keyring-probe", daemon=True).start()

    def _run(self) -> None:
        try:
            import keyring

            self._found.append(_judge_backend(keyring.get_keyring()))
        except BaseException:  # noqa: BLE001 - a broken keyring configuration is "no keyring"
            self._found.append((False, _NO_KEYRING))
        self._done.set()

    def finished(self) -> bool:
        """Whether the probe has run to its end (it answers :meth:`outcome` at once)."""
        return self._done.is_set()

    def _left(self) -> float:
        assert self._deadline is not None
        return max(0.0, self._deadline - time.monotonic())

    def outcome(self) -> tuple[bool, str]:
        """(usable, reason), waiting for the probe at most until its deadline (it must have started)."""
        self._done.wait(self._left())
        return self._judge()

    async def outcome_async(self) -> tuple[bool, str]:
        """The same without blocking the event loop while the probe runs."""
        import asyncio

        self.start()
        while not self._done.is_set() and self._left() > 0:
            await asyncio.sleep(0.01)
        return self._judge()

    def _judge(self) -> tuple[bool, str]:
        if not self._found:
            return False, translate("Secrets", "The system keyring did not answer in {timeout:g} s").format(
                timeout=self._timeout)
        usable, reason = self._found[0]
        return usable, translate("Secrets", reason) if reason else ""


def _judge_backend(backend: Any) -> tuple[bool, str]:
    """(usable, untranslated reason) for the keyring's backend (in the probe's thread: a backend's
    ``priority`` may itself ask the system)."""
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    try:
        priority = getattr(backend, "priority", 1)
        usable = float(priority) > 0
    except Exception:  # noqa: BLE001 - a backend whose priority cannot be read is not usable
        usable = False
    if name.startswith(("keyring.backends.fail", "keyring.backends.null")) or not usable:
        return False, _NO_KEYRING
    return True, ""


def _get_password(username: str) -> str | None:
    import keyring

    return keyring.get_password(SERVICE, username)


def _set_password(username: str, value: str) -> None:
    import keyring

    keyring.set_password(SERVICE, username, value)


def _delete_password(username: str) -> None:
    """Delete the secret; one that is not there is no failure."""
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(SERVICE, username)
    except keyring.errors.PasswordDeleteError:
        pass


class SecretStore:
    """Get, set and delete secrets without ever blocking the event loop."""

    def __init__(self, *, timeout: float = DEFAULT_TIMEOUT, use_keyring: bool | None = None) -> None:
        """``use_keyring``: None finds out whether a system keyring is there (in the background, see
        :meth:`prepare`); False keeps secrets in memory; True uses the keyring without asking."""
        self._timeout = timeout
        self._memory: dict[str, str] = {}
        self._probe: _BackendProbe | None = None
        self._persistent = False
        self._reason = ""
        self._warning = ""
        if use_keyring is None:
            self._probe = _BackendProbe(timeout)
        else:
            self._settle(use_keyring, translate("Secrets", _NO_KEYRING))

    def _settle(self, persistent: bool, reason: str) -> None:
        self._persistent = persistent
        self._reason = "" if persistent else reason
        self._warning = "" if persistent else f"{reason}: {translate('Secrets', _SESSION_ONLY)}"

    def prepare(self) -> None:
        """Start finding the keyring now, in the background (the first use then need not wait)."""
        if self._probe is not None:
            self._probe.start()

    def _known(self) -> None:
        """Settle whether the keyring is used, waiting for the probe if it is still running (at most
        the timeout; the async methods wait without blocking)."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.start()
            self._settle(*probe.outcome())

    async def _known_async(self) -> None:
        probe = self._probe
        if probe is not None:
            outcome = await probe.outcome_async()
            if self._probe is probe:
                self._probe = None
                self._settle(*outcome)

    @property
    def persistent(self) -> bool:
        """Whether secrets go to the system keyring (False: memory for this session only)."""
        self._known()
        return self._persistent

    @property
    def reason(self) -> str:
        """Why the keyring is not used, e.g. "The system keyring did not answer in 5 s" (empty while it is)."""
        self._known()
        return self._reason

    @property
    def warning(self) -> str:
        """The reason and that secrets last for this session only (empty while the keyring is used)."""
        self._known()
        return self._warning

    @property
    def warning_so_far(self) -> str:
        """:attr:`warning` if the keyring has been looked for already, else empty — without
        starting or waiting for the search (for a sign-in that kept no secret and asked no keyring)."""
        probe = self._probe
        if probe is not None and probe.finished():
            self._known()
        return self._warning if self._probe is None else ""

    async def _call(self, func: Callable[..., Any], *args: Any) -> Any:
        import asyncio

        return await asyncio.wait_for(_in_daemon_thread(func, *args), self._timeout)

    def _fall_back(self, exc: BaseException) -> None:
        reason = _describe(exc, self._timeout)
        if self._persistent:
            log.warning("%s; keeping secrets for this session only", reason)
        self._settle(False, reason)

    async def get(self, key: SecretKey) -> str | None:
        if key.username in self._memory:
            return self._memory[key.username]
        await self._known_async()
        if not self._persistent:
            return None
        try:
            value = await self._call(_get_password, key.username)
        except Exception as exc:  # noqa: BLE001 - any backend failure means "no keyring" (CancelledError passes)
            self._fall_back(exc)
            return None
        if value is not None and not isinstance(value, str):
            self._fall_back(TypeError("the keyring returned something that is not text"))
            return None
        return value

    async def set(self, key: SecretKey, value: str) -> bool:
        """Keep ``value``; True when the system keyring stored it, False when it is in memory only."""
        self._memory[key.username] = value
        await self._known_async()
        if not self._persistent:
            return False
        try:
            await self._call(_set_password, key.username, value)
        except Exception as exc:  # noqa: BLE001 - see get()
            self._fall_back(exc)
            return False
        return True

    async def delete(self, key: SecretKey) -> None:
        self._memory.pop(key.username, None)
        await self._known_async()
        if not self._persistent:
            return
        try:
            await self._call(_delete_password, key.username)
        except Exception as exc:  # noqa: BLE001 - see get()
            self._fall_back(exc)
