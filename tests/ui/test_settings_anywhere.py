"""File › Settings… › Answer from anywhere, in the real main window: global keys refused in words
next to the key and nothing written; a good key saved to the file and listened for at once; start
at login writes and removes the XDG autostart entry; Wayland and Windows say what to do instead."""

from __future__ import annotations

import tomllib

import pytest
from main_window_fixture import window  # noqa: F401  (the fixture)
from PySide6.QtGui import QKeySequence

from cti_desktop.core.settings import SettingsStore
from cti_desktop.ui.settings_dialog import SettingsDialog
from cti_desktop.viewmodels.anywhere_settings import AnywhereSettingsViewModel

PORTABLE = QKeySequence.SequenceFormat.PortableText


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")  # the test's own keyboard is never listened to
    return tmp_path / "xdg"


def _open(win, qtbot) -> SettingsDialog:
    win.actions["settings"].trigger()
    dialog = win.settings_dialog
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.anywhere_page)
    return dialog


def _file(win) -> dict:
    return tomllib.loads(win.store.path.read_text(encoding="utf-8")) if win.store.path.exists() else {}


def test_a_refused_key_is_explained_and_nothing_is_written(config_home, window, qtbot):  # noqa: F811
    dialog = _open(window, qtbot)
    edit = dialog.global_key_edits["answer"]
    assert edit.keySequence().toString(PORTABLE) == "Ctrl+Alt+A"
    before = _file(window)
    edit.setKeySequence(QKeySequence.fromString("Ctrl+A", PORTABLE))
    error = dialog.global_key_errors["answer"]
    assert not error.isHidden() and "two modifiers" in error.text()
    assert dialog.save(close=False) == "invalid"
    assert "global shortcut" in dialog.message.text()
    assert _file(window) == before
    dialog.global_key_edits["hangup"].setKeySequence(QKeySequence.fromString("Ctrl+Alt+A", PORTABLE))
    dialog.findChild(type(dialog.buttons.buttons()[0]), "globalreset:answer").click()  # answer back to its default
    assert "already the key for" in dialog.global_key_errors["hangup"].text()
    assert error.isHidden()
    dialog.reject()


def test_keys_and_start_at_login_are_saved_and_applied(config_home, window, qtbot):  # noqa: F811
    dialog = _open(window, qtbot)
    heard = []
    dialog.anywhere.globalKeysChanged.connect(heard.append)
    dialog.global_key_edits["dial_selection"].setKeySequence(QKeySequence.fromString("Ctrl+Alt+F7", PORTABLE))
    dialog.global_key_edits["hangup"].clear()  # off
    dialog.autostart_box.setChecked(True)
    assert dialog.save(close=False) == "saved"
    saved = _file(window)
    assert saved["global_keys"] == {"dial_selection": "Ctrl+Alt+F7", "hangup": "off"} and saved["autostart"] is True
    assert heard == [{"dial_selection": "Ctrl+Alt+F7", "hangup": "off"}]
    entry = config_home / "autostart" / "cti-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "X-GNOME-Autostart-enabled=true" in text and "\nExec=/" in text  # an absolute path
    assert window.settings.global_keys == {"dial_selection": "Ctrl+Alt+F7", "hangup": "off"}
    again = SettingsStore(window.store.directory).load()
    assert again.autostart is True and again.global_keys == saved["global_keys"]
    dialog.autostart_box.setChecked(False)
    assert dialog.save(close=False) == "saved"
    assert not entry.exists() and _file(window)["autostart"] is False
    dialog.reject()


def test_wayland_says_once_what_to_bind_instead(config_home, window, qtbot):  # noqa: F811
    dialog = _open(window, qtbot)
    notes = dialog.anywhere_page.findChildren(type(dialog.message), "note:anywhere")
    assert len(notes) == 1 and "cti-desktop dial --selection" in notes[0].text()
    dialog.reject()


def test_windows_leaves_start_at_login_to_the_installer(config_home, tmp_path, qapp, qtbot):
    store = SettingsStore(tmp_path / "cfg")
    vm = AnywhereSettingsViewModel(store.load(), store, platform="win32")
    from cti_desktop.viewmodels.settings_dialog import SettingsDialogViewModel

    dialog = SettingsDialog(SettingsDialogViewModel(vm._settings, store), anywhere=vm)
    qtbot.addWidget(dialog)
    assert not dialog.autostart_box.isEnabled()
    [note] = dialog.anywhere_page.findChildren(type(dialog.message), "note:autostart")
    assert "installer" in note.text()
    assert not dialog.anywhere_page.findChildren(type(dialog.message), "note:anywhere")  # Windows can listen
