"""The sign-in dialog and its view-model for Telavox and Voxloud, against the simulators."""

from __future__ import annotations

from support import until

from cti_desktop.accounts import webhook_secret_key
from cti_desktop.core.credentials import api_key_key, password_key
from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.login_dialog import LoginDialog
from cti_desktop.viewmodels.login import MODE_API_KEY, LoginViewModel


def make(qtbot):
    store = SettingsStore()
    settings = store.load()
    secrets = SecretStore(use_keyring=False)
    vm = LoginViewModel(store, settings, secrets, heartbeat_interval=1.0, backoff_initial=0.1)
    dialog = LoginDialog(vm)
    qtbot.addWidget(dialog)
    sessions = []
    vm.signedIn.connect(sessions.append)
    return vm, dialog, store, secrets, sessions


def test_telavox_through_the_dialog_keeps_the_password_in_the_keyring_and_the_profile_without_it(tvx, arun, qtbot):
    vm, dialog, store, secrets, sessions = make(qtbot)
    dialog.backend_box.setCurrentIndex(dialog.backend_box.findData("telavox"))
    dialog.backend_box.activated.emit(dialog.backend_box.currentIndex())
    assert vm.backend == "telavox"
    assert not dialog.domain_edit.isVisibleTo(dialog) and dialog.api_box.isVisibleTo(dialog)
    dialog.server_edit.setText(tvx.base_url)
    dialog.server_edit.textEdited.emit(tvx.base_url)
    dialog.user_edit.textEdited.emit("agent2")
    dialog.password_edit.setText("wrong")
    dialog.submit()
    arun(until(lambda: vm.error, timeout=10))
    assert "refused" in vm.error.lower() or "password" in vm.error.lower()
    dialog.password_edit.setText("demo")
    dialog.submit()
    arun(until(lambda: sessions, timeout=10))
    session = sessions[0]
    try:
        assert session.backend.name == "telavox" and arun(session.wait_live(10))
        assert arun(secrets.get(password_key(session.account))) == "demo"
        assert "profile was not saved" not in vm.notice
        text = store.path.read_text()
        assert 'backend = "telavox"' in text and "demo" not in text.replace("demo.example", "")
        profile = store.load().profile()
        assert profile.backend == "telavox" and profile.options.get("api") == "v1"
    finally:
        arun(session.aclose())


def test_voxloud_key_is_checked_before_saving_and_the_webhook_secret_is_made_once(vox, arun, qtbot):
    vm, dialog, store, secrets, sessions = make(qtbot)
    vm.backend = "voxloud"
    assert vm.mode == MODE_API_KEY and dialog.port_spin.isVisibleTo(dialog)
    vm.server, vm.user, vm.webhookPort = vox.base_url, "101", 0
    dialog.api_key_edit.setText("not-the-key")
    dialog.submit()
    arun(until(lambda: vm.error, timeout=10))
    assert "API key was refused" in vm.error
    assert not store.path.exists()
    dialog.api_key_edit.setText("demo-key")
    dialog.submit()
    arun(until(lambda: sessions, timeout=10))
    session = sessions[0]
    try:
        assert arun(session.wait_live(10))
        account = session.account
        assert arun(secrets.get(api_key_key(account))) == "demo-key"
        secret = arun(secrets.get(webhook_secret_key(account)))
        assert secret and len(secret) >= 16 and secret in session.backend.receiver.callback_url
        profile = store.load().profile()
        assert profile.backend == "voxloud" and profile.options["webhook_port"] == 0
        assert "demo-key" not in store.path.read_text() and secret not in store.path.read_text()
    finally:
        arun(session.aclose())


def test_extra_sources_are_refused_in_words_and_saved_with_the_profile(sim, vox, arun, qtbot):
    vm, dialog, store, secrets, sessions = make(qtbot)
    vm.addSource("voxloud", vox.base_url, "", "", "")
    assert "API key" in vm.error and vm.sources == []
    vm.addSource("voxloud", vox.base_url, "", "", "demo-key")
    assert vm.error == "" and [s["name"] for s in vm.sources] == ["Voxloud contacts"]
    assert dialog.sources_list.count() == 1
    vm.server, vm.domain, vm.user = sim.base_url, "demo.example", "agent1"
    vm.signIn("demo")
    arun(until(lambda: sessions or vm.error, timeout=10))
    session = sessions[0]
    try:
        assert [d.name for d in session.backend.directories] == ["Dstny directory", "Voxloud contacts"]
        profile = store.load().profile()
        assert [(d.kind, d.server) for d in profile.directories] == [("voxloud", vox.base_url)]
        source_account = profile.directories[0].account()
        assert arun(secrets.get(api_key_key(source_account))) == "demo-key"
    finally:
        arun(session.aclose())
