"""The sign-in dialog against a real view-model and the simulator."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from support import until

from cti_desktop.core.secrets import SecretStore
from cti_desktop.core.settings import Profile, Settings, SettingsStore
from cti_desktop.ui.login_dialog import NEW_ACCOUNT, LoginDialog
from cti_desktop.viewmodels.login import MODE_TICKET, LoginViewModel


@pytest.fixture(autouse=True)
def _keep_running(qapp):
    """Closing the dialog must not stop the test's loop (the app decides that, not a dialog)."""
    previous = qapp.quitOnLastWindowClosed()
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(previous)


def make(qtbot, settings: Settings | None = None):
    store = SettingsStore()
    if settings is not None:
        store.save(settings)
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False), heartbeat_interval=1.0, backoff_initial=0.1)
    dialog = LoginDialog(vm)
    qtbot.addWidget(dialog)
    dialog.open()
    return vm, dialog


def test_wrong_then_right_password(qtbot, sim, arun):
    vm, dialog = make(qtbot)
    assert not dialog.profile_box.isVisible()  # no saved profiles yet
    assert dialog.notice_label.isVisible() and "this session only" in dialog.notice_label.text()
    qtbot.keyClicks(dialog.server_edit, sim.base_url)
    qtbot.keyClicks(dialog.domain_edit, "demo.example")
    qtbot.keyClicks(dialog.user_edit, "agent1")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert dialog.password_edit.text() == ""  # never kept
    arun(until(lambda: vm.busy, timeout=5))
    assert not dialog.sign_in_button.isEnabled() and not dialog.server_edit.isEnabled()
    assert dialog.cancel_button.text() == "Stop"
    arun(until(lambda: not vm.busy, timeout=10))
    assert dialog.error_label.isVisible()
    assert "refused the user name or password" in dialog.error_label.text()
    assert dialog.sign_in_button.isEnabled()

    sessions = []
    vm.signedIn.connect(sessions.append)
    qtbot.keyClicks(dialog.password_edit, "demo")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: sessions, timeout=10))
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert not dialog.error_label.isVisible()
    arun(sessions[0].aclose())


def test_profiles_and_ticket_mode(qtbot, qloop):
    settings = Settings()
    settings.put_profile(Profile("Office", "https://pbx.example", "example.com", "anna"))
    settings.put_profile(Profile("Lab", "http://127.0.0.1:9", "demo.example", "agent2"))
    vm, dialog = make(qtbot, settings)
    assert [dialog.profile_box.itemText(i) for i in range(dialog.profile_box.count())] == ["Lab", "Office", NEW_ACCOUNT]
    assert dialog.user_edit.text() == "agent2"
    dialog.profile_box.setCurrentIndex(1)
    dialog.profile_box.activated.emit(1)
    assert (dialog.server_edit.text(), dialog.user_edit.text()) == ("https://pbx.example", "anna")
    dialog.profile_box.setCurrentIndex(2)
    dialog.profile_box.activated.emit(2)
    assert dialog.server_edit.text() == "" and vm.server == ""
    assert not dialog.forget_button.isEnabled()

    dialog.ticket_mode.click()
    assert vm.mode == MODE_TICKET
    assert dialog.secret_stack.currentWidget() is dialog.ticket_edit
    assert dialog.secret_label.text() == "&Ticket:"
    for widget in (dialog.server_edit, dialog.domain_edit, dialog.user_edit, dialog.password_edit, dialog.ticket_edit,
                   dialog.sign_in_button, dialog.cancel_button, dialog.profile_box, dialog.remember_box):
        assert widget.accessibleName() and widget.toolTip()


def test_bad_address_is_refused_in_words(qtbot, qloop, arun):
    vm, dialog = make(qtbot)
    qtbot.keyClicks(dialog.server_edit, "pbx example")
    qtbot.keyClicks(dialog.domain_edit, "example.com")
    qtbot.keyClicks(dialog.user_edit, "anna")
    qtbot.keyClicks(dialog.password_edit, "secret")
    dialog.submit()
    arun(until(lambda: vm.error, timeout=5))
    assert "http(s)" in dialog.error_label.text()
    assert dialog.isVisible()


def test_cancel_quits_when_idle(qtbot, qloop):
    vm, dialog = make(qtbot)
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="FIFOs are POSIX")
def test_an_unreadable_settings_file_is_shown_in_words_and_signing_in_still_works(qtbot, sim, arun, tmp_path):
    import os

    store = SettingsStore()
    store.directory.mkdir(parents=True)
    os.mkfifo(store.path)  # a FIFO in place of settings.toml used to hang start-up with no window
    vm, dialog = make(qtbot)
    assert dialog.settings_label.isVisible()
    assert "a pipe (FIFO)" in dialog.settings_label.text() and "defaults" in dialog.settings_label.text()
    qtbot.keyClicks(dialog.server_edit, sim.base_url)
    qtbot.keyClicks(dialog.domain_edit, "demo.example")
    qtbot.keyClicks(dialog.user_edit, "agent1")
    qtbot.keyClicks(dialog.password_edit, "demo")
    assert dialog.remember_box.isChecked()
    sessions = []
    vm.signedIn.connect(sessions.append)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    arun(until(lambda: sessions, timeout=10))
    try:
        assert "session only" in vm.notice and "nothing is saved over it" in vm.notice
        assert os.path.exists(store.path) and not os.path.isfile(store.path)  # still the FIFO, not written over
    finally:
        arun(sessions[0].aclose())


def test_a_deeply_nested_settings_file_is_shown_in_words(qtbot, qloop):
    store = SettingsStore()
    store.directory.mkdir(parents=True)
    store.path.write_text("a = " + "[" * 100000, encoding="utf-8")  # used to crash start-up: RecursionError
    vm, dialog = make(qtbot)
    assert "levels deep" in vm.settingsProblem and "settings.toml.bak" in vm.settingsProblem
    assert dialog.settings_label.isVisible() and dialog.settings_label.text() == vm.settingsProblem
    assert dialog.settings_label.accessibleName()


def test_a_good_settings_file_shows_no_settings_problem(qtbot, qloop):
    vm, dialog = make(qtbot, Settings())
    assert vm.settingsProblem == "" and not dialog.settings_label.isVisible()
