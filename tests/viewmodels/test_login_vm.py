"""Sign-in view-model against the real simulator: passwords, tickets, refusals in words, keyring."""

from __future__ import annotations

import socket

import keyring
import keyring.backend
import pytest

from support import until

from cti_desktop.core.credentials import Credentials, ticket_key
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.session import Account
from cti_desktop.core.settings import Profile, Settings, SettingsStore
from cti_desktop.viewmodels.login import MODE_TICKET, LoginViewModel


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend that keeps secrets in a dict (the test's stand-in for the OS store)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.items.get((service, username))

    def set_password(self, service, username, password):
        self.items[(service, username)] = password

    def delete_password(self, service, username):
        self.items.pop((service, username), None)


@pytest.fixture
def memory_keyring(qloop):
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    # keyring calls run in the session loop's default executor (shut down with the loop at the end)
    yield backend
    keyring.set_keyring(previous)


def make_vm(sim, secrets=None):
    store = SettingsStore()
    settings = store.load()
    vm = LoginViewModel(store, settings, secrets or SecretStore(), heartbeat_interval=1.0, backoff_initial=0.1)
    vm.server, vm.domain, vm.user = sim.base_url, "demo.example", "agent1"
    sessions = []
    vm.signedIn.connect(sessions.append)
    return vm, store, settings, sessions


def test_good_password_gives_a_live_session_a_stored_ticket_and_a_profile_without_secrets(sim, arun, memory_keyring):
    vm, store, settings, sessions = make_vm(sim)
    vm.signIn("demo")
    arun(until(lambda: vm.busy, timeout=5))
    assert vm.statusText.startswith("Signing in as agent1@demo.example")
    arun(until(lambda: sessions or vm.error, timeout=10))
    assert vm.error == "" and len(sessions) == 1
    session = sessions[0]
    try:
        assert arun(session.wait_live(10))
        account = Account("dstny", sim.base_url, "demo.example", "agent1")
        ticket = memory_keyring.items[("cti-desktop", ticket_key(account).username)]
        assert ticket and vm.notice == ""
        assert not vm.busy and vm.statusText == ""
        # the profile is saved, the secrets are not
        saved = SettingsStore().load()
        assert saved.last_profile == "agent1@demo.example"
        assert saved.profile().server == sim.base_url
        text = store.path.read_text()
        assert ticket not in text and "demo\"" not in text and "password" not in text.lower()
    finally:
        arun(session.aclose())


def test_without_a_keyring_the_ticket_is_kept_for_the_session_and_the_vm_says_so(sim, arun):
    secrets = SecretStore(use_keyring=False)
    vm, _store, _settings, sessions = make_vm(sim, secrets)
    assert "this session only" in vm.notice
    vm.signIn("demo")
    arun(until(lambda: sessions or vm.error, timeout=10))
    assert sessions, vm.error
    account = sessions[0].account
    assert arun(secrets.get(ticket_key(account)))
    arun(sessions[0].aclose())


def test_wrong_password_is_refused_in_words_and_nothing_is_stored(sim, arun, memory_keyring):
    vm, store, _settings, sessions = make_vm(sim)
    vm.signIn("not-the-password")
    arun(until(lambda: vm.error, timeout=10))
    assert "refused the user name or password" in vm.error
    assert not sessions and not vm.busy
    assert memory_keyring.items == {}
    assert not store.path.exists()


def test_unreachable_server_is_explained(arun, qloop, tmp_path):
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = SettingsStore()
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False))
    vm.server, vm.domain, vm.user = f"http://127.0.0.1:{port}", "demo.example", "agent1"
    vm.signIn("demo")
    arun(until(lambda: vm.error, timeout=10))
    assert "could not connect to the server" in vm.error.lower()


@pytest.mark.parametrize(
    ("server", "domain", "user", "password", "words"),
    [
        ("", "d", "u", "p", "Enter the server address"),
        ("ftp://pbx.example", "d", "u", "p", "http(s) URL"),
        ("https://me:pw@pbx.example", "d", "u", "p", "must not contain a user name"),
        ("https://pbx.example", "", "u", "p", "Enter the domain"),
        ("https://pbx.example", "d", "", "p", "Enter your user name"),
        ("https://pbx.example", "d", "u", "", "Enter your password"),
    ],
)
def test_bad_input_is_refused_before_anything_is_sent(arun, qloop, server, domain, user, password, words):
    store = SettingsStore()
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False))
    vm.server, vm.domain, vm.user = server, domain, user
    vm.signIn(password)
    arun(until(lambda: vm.error, timeout=5))
    assert words in vm.error


def test_pasted_ticket_works_and_a_bad_one_is_refused(sim, arun, memory_keyring):
    # make a real ticket the way the portal would, outside the view-model
    from cti_desktop.providers.dstny.backend import connect_dstny

    account = Account("dstny", sim.base_url, "demo.example", "agent1")

    async def portal_ticket():
        backend = await connect_dstny(account, Credentials(password="demo"))
        ticket = backend.client.ticket_info.token
        await backend.aclose()
        return ticket

    ticket = arun(portal_ticket())
    vm, _store, _settings, sessions = make_vm(sim)
    vm.mode = MODE_TICKET
    vm.signInWithTicket("  not-a-valid-ticket ")
    arun(until(lambda: vm.error, timeout=10))
    assert "refused this ticket" in vm.error and not sessions

    vm.signInWithTicket(f"Bearer {ticket}\n")
    arun(until(lambda: sessions, timeout=10))
    assert vm.error == ""
    assert memory_keyring.items[("cti-desktop", ticket_key(account).username)] == ticket
    assert arun(sessions[0].wait_live(10))
    arun(sessions[0].aclose())


def test_profiles_fill_the_fields_and_can_be_forgotten(qloop):
    store = SettingsStore()
    settings = Settings()
    settings.put_profile(Profile("Office", "https://pbx.example", "example.com", "anna"))
    settings.put_profile(Profile("Lab", "http://127.0.0.1:9", "demo.example", "agent2"))
    store.save(settings)
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False))
    assert vm.profiles == ["Lab", "Office"]
    assert (vm.profileName, vm.user) == ("Lab", "agent2")
    vm.selectProfile("Office")
    assert (vm.server, vm.domain, vm.user) == ("https://pbx.example", "example.com", "anna")
    vm.forgetProfile("Office")
    assert vm.profiles == ["Lab"]
    assert list(SettingsStore().load().profiles) == ["Lab"]


def test_cancel_stops_a_sign_in_without_leaking(sim, arun):
    sim_post = __import__("support").sim_post
    sim_post(sim, "/_sim/faults", {"latencyMs": 3000})
    vm, _store, _settings, sessions = make_vm(sim, SecretStore(use_keyring=False))
    vm.signIn("demo")
    arun(until(lambda: vm.busy, timeout=5))
    vm.cancel()
    arun(until(lambda: not vm.busy, timeout=5))
    assert not sessions and vm.statusText == ""


@pytest.mark.parametrize("backend_name,words", [("OSErrorKeyring", "failed with OSError"),
                                                ("ValueErrorKeyring", "failed with ValueError")])
def test_a_failing_keyring_still_signs_in_and_says_so_in_words(sim, arun, qloop, backend_name, words):
    import keyring_test_backends

    previous = keyring.get_keyring()
    keyring.set_keyring(getattr(keyring_test_backends, backend_name)())
    try:
        secrets = SecretStore(timeout=2)
        vm, _store, _settings, sessions = make_vm(sim, secrets)
        vm.signIn("demo")
        arun(until(lambda: sessions or vm.error, timeout=10))
        assert sessions and vm.error == ""
        assert words in vm.notice and "this session only" in vm.notice
        assert arun(secrets.get(ticket_key(sessions[0].account)))  # kept in memory for this session
        arun(sessions[0].aclose())
    finally:
        keyring.set_keyring(previous)
