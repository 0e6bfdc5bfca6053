"""Secrets stay in the keyring (or memory) and never reach a log line."""

from __future__ import annotations

import asyncio
import io
import logging
import threading
import time

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring_test_backends import MemoryKeyring  # tests/ is on sys.path (its conftest's folder)

from cti_desktop.core.credentials import ENV_PASSWORD, ENV_TICKET, resolve_credentials, ticket_key
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.logsetup import configure_logging, redact
from cti_desktop.core.secrets import SecretKey, SecretStore
from cti_desktop.core.session import Account


class HangingKeyring(MemoryKeyring):
    """Like a locked Secret Service: never answers."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(10)
        return None


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


ACCOUNT = Account("dstny", "http://127.0.0.1:1", "demo.example", "agent1")


async def test_secret_store_uses_the_keyring(memory_keyring):
    store = SecretStore()
    assert store.persistent and store.warning == ""
    key = SecretKey(ACCOUNT.key, "ticket")
    await store.set(key, "T-123")
    assert memory_keyring.data[("cti-desktop", key.username)] == "T-123"
    assert await SecretStore().get(key) == "T-123"  # a new process would find it
    await store.delete(key)
    assert await SecretStore().get(key) is None
    await store.delete(key)  # deleting twice is fine


async def test_without_a_keyring_secrets_live_in_memory_and_it_says_so():
    keyring.set_keyring(keyring.backends.null.Keyring())  # what CI has
    store = SecretStore()
    assert not store.persistent
    assert "this session only" in store.warning
    key = SecretKey(ACCOUNT.key, "password")
    await store.set(key, "pw")
    assert await store.get(key) == "pw"
    assert await SecretStore().get(key) is None


async def test_a_hanging_keyring_times_out_and_falls_back(memory_keyring):
    hanging = HangingKeyring()
    keyring.set_keyring(hanging)
    try:
        store = SecretStore(timeout=0.2)
        assert await store.get(SecretKey(ACCOUNT.key, "ticket")) is None
        assert not store.persistent and "did not answer" in store.warning
    finally:
        hanging.release.set()


async def test_credentials_from_environment_win(memory_keyring):
    creds = await resolve_credentials(ACCOUNT, SecretStore(), env={ENV_TICKET: "Zq-77-secret"})
    assert creds.ticket == "Zq-77-secret" and creds.source == "environment"
    assert "Zq-77-secret" not in repr(creds)
    creds = await resolve_credentials(ACCOUNT, SecretStore(), env={ENV_PASSWORD: "pw"})
    assert creds.password == "pw" and creds.ticket is None


async def test_credentials_from_keyring_and_a_clear_message_without(memory_keyring):
    store = SecretStore()
    with pytest.raises(InvalidInput, match="cti-desktop login"):
        await resolve_credentials(ACCOUNT, store, env={})
    await store.set(ticket_key(ACCOUNT), "kept")
    creds = await resolve_credentials(ACCOUNT, SecretStore(), env={})
    assert creds.ticket == "kept" and creds.source == "keyring"


@pytest.mark.parametrize(
    "text,secret",
    [
        ("GET /api/x Authorization: Bearer 2343.ZSDabc", "2343.ZSDabc"),
        ("POST /api/tickets/demo.example/agent1?platform=other&t=DZGVtby5leGFtcGxl.UDoz&name=x", "DZGVtby5leGFtcGxl.UDoz"),
        ("Cookie: JSESSIONID=abcdef123", "abcdef123"),
        ("Voverc-Auth: key-123456", "key-123456"),
        ('{"password": "hunter2", "user": "agent1"}', "hunter2"),
        ('{"token":"2343.XYZ"}', "2343.XYZ"),
        ("https://agent1:s3cret@pbx.example/api", "s3cret"),
        ("x-api-key=ABCDEF", "ABCDEF"),
        ("{'Voverc-Auth': 'key-abc'}", "key-abc"),
        ('{"Voverc-Auth": "key-abc"}', "key-abc"),
        ("{'Cookie': 'JSESSIONID=zz99'}", "zz99"),
        ("X-Webhook-Secret: hook-s3cret", "hook-s3cret"),
    ],
)
def test_redact_masks_secrets(text, secret):
    assert secret not in redact(text)


def test_logged_secrets_are_masked_in_messages_args_and_tracebacks():
    out = io.StringIO()
    configure_logging(logging.DEBUG, stream=out)
    log = logging.getLogger("cti_desktop.test")
    log.info("sending Authorization: Bearer %s", "SECRET-TICKET-1")
    try:
        raise RuntimeError("failed with ?t=SECRET-T-2&x=1")
    except RuntimeError:
        log.exception("boom")
    text = out.getvalue()
    assert "SECRET-TICKET-1" not in text and "SECRET-T-2" not in text
    assert "Authorization: ***" in text and "boom" in text
    configure_logging(logging.WARNING)


# ------------------------------------------------------------------------- misbehaving keyrings
import keyring_test_backends as backends  # noqa: E402  (tests/ is on sys.path)


@pytest.mark.parametrize("backend,words", [
    (backends.OSErrorKeyring, "failed with OSError"),
    (backends.ValueErrorKeyring, "failed with ValueError"),
    (backends.RuntimeErrorKeyring, "failed with RuntimeError"),
    (backends.LockedKeyring, "is locked"),
])
async def test_any_keyring_failure_falls_back_to_memory_with_clear_words(memory_keyring, backend, words, caplog):
    keyring.set_keyring(backend())
    store = SecretStore(timeout=2)
    assert store.persistent
    key = SecretKey(ACCOUNT.key, "ticket")
    assert await store.get(key) is None
    assert not store.persistent and words in store.reason and "this session only" in store.warning
    assert await store.set(key, "T-1") is False and await store.get(key) == "T-1"
    await store.delete(key)
    assert await store.get(key) is None
    # one warning line with the type, never the backend's own text
    lines = [r for r in caplog.records if r.name == "cti_desktop.core.secrets"]
    assert len(lines) == 1 and lines[0].levelno == logging.WARNING and lines[0].exc_info is None
    assert "Input/output" not in caplog.text and "too long" not in caplog.text


async def test_set_says_whether_the_keyring_stored_it(memory_keyring):
    store = SecretStore()
    key = SecretKey(ACCOUNT.key, "ticket")
    assert await store.set(key, "T-9") is True
    keyring.set_keyring(backends.SetFailsKeyring())
    assert await store.set(key, "T-10") is False and not store.persistent


def test_the_warning_so_far_neither_starts_nor_waits_for_the_keyring_search():
    """After a sign-in that needed no keyring, the window asks what there is to say so far: nothing,
    at once, and the search is not started by asking; once it has run, the same words as warning."""
    previous = keyring.get_keyring()
    hanging = HangingKeyring()  # the search would take 10 s
    keyring.set_keyring(hanging)
    try:
        store = SecretStore(timeout=5)
        started = time.monotonic()
        assert store.warning_so_far == ""
        assert time.monotonic() - started < 0.5
        assert store._probe is not None and store._probe._deadline is None  # not started
    finally:
        hanging.release.set()
        keyring.set_keyring(previous)


def test_the_warning_so_far_is_the_warning_once_the_search_has_run():
    import keyring.backends.null

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.null.Keyring())
    try:
        store = SecretStore(timeout=5)
        store.prepare()
        deadline = time.monotonic() + 5
        while not store._probe.finished() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert store.warning_so_far == store.warning != ""
        assert "this session" in store.warning_so_far
    finally:
        keyring.set_keyring(previous)


def test_a_hung_keyring_never_holds_up_the_end_of_the_loop():
    """The thread stuck in the keyring is not joined: the loop (and the process) can end at once."""
    previous = keyring.get_keyring()
    hanging = HangingKeyring()  # answers only after 10 s
    keyring.set_keyring(hanging)
    try:
        store = SecretStore(timeout=0.2)
        started = time.monotonic()
        assert asyncio.run(store.get(SecretKey(ACCOUNT.key, "ticket"))) is None
        assert time.monotonic() - started < 2
        assert "did not answer in 0.2 s" in store.warning
    finally:
        hanging.release.set()
        keyring.set_keyring(previous)


def test_the_one_line_log_format_sums_up_exceptions_and_masks_them():
    out = io.StringIO()
    configure_logging(logging.WARNING, stream=out, tracebacks=False)
    log = logging.getLogger("cti_desktop.test")
    try:
        raise ConnectionError("503 from https://agent1:pw-SECRET@pbx.example/api?t=SECRET-T\nsecond line")
    except ConnectionError:
        log.exception("the stream\nwas lost")
    configure_logging(logging.WARNING)
    text = out.getvalue()
    assert text.count("\n") == 1 and "Traceback" not in text
    assert "the stream was lost (ConnectionError: 503 from" in text and "second line" in text
    assert "SECRET" not in text


class SlowBackend(MemoryKeyring):
    """A keyring whose backend takes its time to say whether it is there (a Secret Service that is
    slow to start): reading ``priority`` waits until the test lets it go."""

    def __init__(self):
        super().__init__()
        self.asked = threading.Event()
        self.release = threading.Event()

    @property
    def priority(self):
        self.asked.set()
        self.release.wait(10)
        return 1


async def test_finding_the_keyring_never_holds_up_the_start_or_the_loop():
    previous = keyring.get_keyring()
    slow = SlowBackend()
    keyring.set_keyring(slow)
    try:
        store = SecretStore()  # the app makes its store before its window: nothing is asked yet
        assert not slow.asked.is_set()
        store.prepare()  # once the window is on the screen: the question goes out in the background
        assert slow.asked.wait(5)
        key = SecretKey(ACCOUNT.key, "ticket")
        storing = asyncio.ensure_future(store.set(key, "T-1"))  # the keyring write waits for the answer
        ticks = 0
        while not storing.done() and ticks < 5:  # the loop keeps turning while the keyring is asked
            await asyncio.sleep(0)
            ticks += 1
        assert ticks == 5 and not storing.done()
        assert await store.get(key) == "T-1"  # what the session has is there at once
        slow.release.set()
        assert await storing is True and store.persistent and store.warning == ""
        assert slow.data[("cti-desktop", key.username)] == "T-1"
        assert await SecretStore().get(key) == "T-1"
    finally:
        slow.release.set()
        keyring.set_keyring(previous)
