"""File › Settings… in the real main window against the simulator: the dialog writes the one file,
its changes reach the running window (pops, keys, an open wallboard, the theme, after-call work),
refusals are shown next to the field, and an unreadable file is replaced only
after the question is answered."""

from __future__ import annotations

import tomllib

from main_window_fixture import quiet, window  # noqa: F401  (the fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from support import sim_post, sim_state, until

from cti_desktop.core.settings import MAX_FILE_BYTES, SettingsStore
from cti_desktop.ui.settings_dialog import SettingsDialog
from cti_desktop.viewmodels.settings_dialog import SettingsDialogViewModel

PORTABLE = QKeySequence.SequenceFormat.PortableText


def _open(win, qtbot) -> SettingsDialog:
    win.actions["settings"].trigger()
    dialog = win.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitExposed(dialog)
    assert not dialog.isModal() and dialog.windowModality() == Qt.WindowModality.NonModal
    return dialog


def _button(dialog, which):
    return dialog.buttons.button(which)


def _file(win) -> dict:
    return tomllib.loads(win.store.path.read_text(encoding="utf-8"))


def test_the_menu_entry_has_its_key_and_opens_one_dialog(window, qtbot):
    action = window.actions["settings"]
    assert action.shortcut().toString(PORTABLE) == "Ctrl+,"
    dialog = _open(window, qtbot)
    assert _open(window, qtbot) is dialog  # brought forward, not a second one
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert titles == ["Pops", "Appearance", "Language", "Links", "Wallboard", "After-call work", "Shortcuts",
                      "Answer from anywhere"]
    dialog.reject()
    assert window.settings_dialog is None


def test_pops_changed_in_the_dialog_apply_to_the_running_pops(window, qtbot, sim, arun):
    controller = window.workspace.screen_pop
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701118870", "fromName": "Ivar",
                                            "via": 101})["callId"]
    arun(until(lambda: controller.window(call_id) is not None, what="the pop"))
    dialog = _open(window, qtbot)
    dialog.editors["pops.corner"].setCurrentIndex(dialog.editors["pops.corner"].findData("bottom-left"))
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert controller.settings.corner == "bottom-left"
    assert _file(window)["pops"] == {"enabled": True, "corner": "bottom-left"}
    dialog.editors["pops.enabled"].setChecked(False)
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    assert controller.windows() == [] and not controller.settings.enabled
    assert not dialog.isVisible()
    assert SettingsStore(window.store.directory).load().pops.enabled is False


def _presence(sim) -> dict:
    return next(u for u in sim_state(sim)["users"] if u["userId"] == "agent1")["presence"]


def test_after_call_work_is_saved_and_applies_to_this_session_at_once(window, qtbot, sim, arun):
    ws = window.workspace
    bar, vm = ws.after_call, ws.after_call_vm
    assert not vm.enabled and bar is not None and bar.isHidden()
    dialog = _open(window, qtbot)
    dialog.editors["after_call.enabled"].setChecked(True)
    dialog.editors["after_call.seconds"].setValue(45)
    dialog.editors["after_call.extend_seconds"].setValue(20)
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert "After-call work changes apply from your next call" in dialog.message.text()
    assert _file(window)["after_call"] == {"enabled": True, "seconds": 45, "extend_seconds": 20}
    assert window.settings.after_call == {"enabled": True, "seconds": 45, "extend_seconds": 20}
    assert vm.enabled and vm.state().settings.seconds == 45  # no sign-in again
    assert bar.extend_button.text() == "+20 s"
    arun(until(lambda: vm.state().current is not None, what="the presence read once turned on"))
    dialog.editors["after_call.scope"].setCurrentIndex(dialog.editors["after_call.scope"].findData("all"))
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Alice"})["callId"]
    store = ws.bridge.session.store
    arun(until(lambda: store.get(call_id) is not None, what="the ringing call"))
    sim_post(sim, f"/_sim/calls/{call_id}/answer", {})
    arun(until(lambda: (c := store.get(call_id)) is not None and c.status == "ACTIVE", what="answered"))
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup", {})
    arun(until(lambda: vm.phase == "wrapping", what="wrap-up after the call"))
    assert bar.isVisible() and _presence(sim)["activity"]["id"] == "busy"
    dialog.editors["after_call.enabled"].setChecked(False)  # turned off during wrap-up: it ends
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    arun(until(lambda: vm.phase == "idle", what="wrap-up to end"))
    assert (_presence(sim)["activity"]["id"], _presence(sim)["available"]) == ("available", True)
    assert not vm.enabled and bar.isHidden()


def test_a_new_key_is_used_by_the_window_and_a_clash_is_refused_next_to_it(window, qtbot):
    dialog = _open(window, qtbot)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    park = dialog.key_edits["park"]
    park.setKeySequence(QKeySequence("Ctrl+Shift+H"))  # hang up's key
    park.editingFinished.emit()
    error = dialog.error_labels["park"]
    assert error.isVisible() and "already the key of “Hang up”" in error.text()
    assert park.keySequence().toString(PORTABLE) == "Ctrl+Shift+P"  # the old key is back in the box
    assert park.accessibleDescription() == error.text()
    park.setKeySequence(QKeySequence("Ctrl+Alt+P"))
    park.editingFinished.emit()
    assert not error.isVisible()
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    action = window.actions["park"]
    assert action.shortcut().toString(PORTABLE) == "Ctrl+Alt+P"
    assert action.toolTip().endswith(f"({QKeySequence('Ctrl+Alt+P').toString(QKeySequence.SequenceFormat.NativeText)})")
    assert _file(window)["shortcuts"] == {"park": "Ctrl+Alt+P"}
    dialog.reset_buttons["park"].click()
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert action.shortcut().toString(PORTABLE) == "Ctrl+Shift+P" and "shortcuts" not in _file(window)


def test_invalid_thresholds_are_refused_next_to_the_field_and_an_open_wallboard_takes_good_ones(window, qtbot):
    wallboard = window.open_wallboard()
    dialog = _open(window, qtbot)
    dialog.editors["wallboard.waiting_warning"].setValue(9)
    dialog.editors["wallboard.waiting_critical"].setValue(4)
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # not closed, nothing lost
    error = dialog.error_labels["wallboard.waiting_critical"]
    assert error.isVisible() and "at least the warning level (9)" in error.text()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Wallboard"
    assert not window.store.path.exists() or "wallboard_thresholds" not in _file(window)
    dialog.editors["wallboard.waiting_critical"].setValue(12)
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    assert wallboard.vm.thresholds.default.waiting_warning == 9
    assert wallboard.vm.thresholds.default.waiting_critical == 12
    assert _file(window)["wallboard_thresholds"]["default"] == {"waiting_warning": 9, "waiting_critical": 12}
    wallboard.close()


def test_the_theme_goes_to_the_apps_callback(window, qtbot):
    chosen = []
    window.theme_chosen = chosen.append
    dialog = _open(window, qtbot)
    dialog.editors["theme"].setCurrentIndex(dialog.editors["theme"].findData("dark"))
    assert chosen == []  # only once saved
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert chosen == ["dark"] and window.settings.theme == "dark" and _file(window)["theme"] == "dark"


def test_an_unreadable_file_is_replaced_only_after_the_question(tmp_path, qtbot, qapp):
    path = tmp_path / "settings.toml"
    big = b"#" * (MAX_FILE_BYTES + 1)
    path.write_bytes(big)
    store = SettingsStore(tmp_path)
    settings = store.load()
    dialog = SettingsDialog(SettingsDialogViewModel(settings, store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["language"].setCurrentIndex(dialog.editors["language"].findData("en"))
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    box = dialog.question
    assert isinstance(box, QMessageBox) and box.isVisible() and "could not be read" in box.text()
    assert path.read_bytes() == big and dialog.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert path.read_bytes() == big and dialog.isVisible()
    _button(dialog, QDialogButtonBox.StandardButton.Ok).click()
    dialog.question.button(QMessageBox.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert store.backup_path.read_bytes() == big
    assert SettingsStore(tmp_path).load().language == "en"


def test_asking_before_calling_a_link_is_a_row_that_is_saved(window, qtbot):
    assert window.settings.confirm_dial_links is True  # on until the person turns it off
    dialog = _open(window, qtbot)
    box = dialog.editors["confirm_dial_links"]
    assert box.isChecked()
    box.setChecked(False)
    _button(dialog, QDialogButtonBox.StandardButton.Apply).click()
    assert _file(window)["confirm_dial_links"] is False
    assert window.settings.confirm_dial_links is False
