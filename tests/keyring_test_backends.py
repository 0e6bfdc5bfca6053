"""Keyring backends that misbehave the way real ones do, for tests (also for subprocesses:
``PYTHON_KEYRING_BACKEND=keyring_test_backends.HangingKeyring`` with ``tests/`` on ``PYTHONPATH``).

``KEYRING_TEST_MARK``: a file path a backend touches when it is first called (so a test knows the
process is inside the keyring call).
"""

from __future__ import annotations

import os
import threading

import keyring.backend
import keyring.errors


class _Misbehaving(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _fail(self) -> None:
        raise NotImplementedError

    def _enter(self) -> None:
        mark = os.environ.get("KEYRING_TEST_MARK")
        if mark:
            with open(mark, "a", encoding="utf-8") as handle:
                handle.write("called\n")
        self._fail()

    def get_password(self, service, username):
        self._enter()

    def set_password(self, service, username, password):
        self._enter()

    def delete_password(self, service, username):
        self._enter()


class OSErrorKeyring(_Misbehaving):
    """Like a Secret Service whose D-Bus went away."""

    def _fail(self) -> None:
        raise OSError(5, "Input/output error talking to the keyring daemon")


class ValueErrorKeyring(_Misbehaving):
    """Like the Windows backend refusing a secret over its size limit."""

    def _fail(self) -> None:
        raise ValueError("the secret is too long for this credential store")


class RuntimeErrorKeyring(_Misbehaving):
    def _fail(self) -> None:
        raise RuntimeError("backend internal failure")


class LockedKeyring(_Misbehaving):
    def _fail(self) -> None:
        raise keyring.errors.KeyringLocked("the collection is locked")


class HangingKeyring(_Misbehaving):
    """Like a locked Secret Service waiting for a prompt nobody answers: never returns."""

    def _fail(self) -> None:
        threading.Event().wait()


class SetFailsKeyring(keyring.backend.KeyringBackend):
    """Reads answer (nothing stored), writes fail: the secret cannot be kept."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service, username):
        return None

    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError("the keyring refused to store it")

    def delete_password(self, service, username):
        raise keyring.errors.PasswordDeleteError("nothing there")


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A working keyring for one process (a dict)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.data.get((service, username))

    def set_password(self, service, username, password):
        self.data[(service, username)] = password

    def delete_password(self, service, username):
        if (service, username) not in self.data:
            raise keyring.errors.PasswordDeleteError("missing")
        del self.data[(service, username)]
