"""The settings dialog's view-model, headless: each page round-trips through the real file, what the
dialog does not show is kept, refusals are in words and save nothing."""

from __future__ import annotations

import tomllib

import pytest

from cti_desktop.core.settings import MAX_FILE_BYTES, PopSettings, Profile, SettingsStore
from cti_desktop.viewmodels.settings_dialog import CALL_ACTIONS, SettingsDialogViewModel, effective_shortcuts

RESERVED = {"Ctrl+D": "Dial a number", "F1": "Keyboard shortcuts", "Ctrl+,": "Settings"}


def _file(tmp_path) -> dict:
    return tomllib.loads((tmp_path / "settings.toml").read_text(encoding="utf-8"))


@pytest.fixture
def store(tmp_path):
    (tmp_path / "settings.toml").write_text(
        'version = 1\nlast_profile = "work"\n[window]\ngeometry = "AAAA"\n'
        '[profiles.work]\nserver = "https://pbx.example"\nuser = "anna"\nbackend = "dstny"\n'
        '[crm]\nurl = "https://crm.example/{number}"\n'
        '[wallboard_thresholds.queues.101]\nwaiting_warning = 1\nwaiting_critical = 50\n'
        '[after_call]\nactivity = "wrapup"\n', encoding="utf-8")
    return SettingsStore(tmp_path)


def _vm(store, qapp):
    settings = store.load()
    return settings, SettingsDialogViewModel(settings, store, reserved_keys=RESERVED)


# Each page's change, and what the file must then say (read back with a fresh store).
PAGES = [
    ({"pops.enabled": False, "pops.corner": "bottom-left"},
     lambda s: s.pops == PopSettings(enabled=False, corner="bottom-left")),
    ({"theme": "dark"}, lambda s: s.theme == "dark"),
    ({"language": "en"}, lambda s: s.language == "en"),
    ({"wallboard.waiting_warning": 4, "wallboard.waiting_critical": 9, "wallboard.longest_warning": 45,
      "wallboard.longest_critical": 120},
     lambda s: s.wallboard_thresholds["default"] == {"waiting_warning": 4, "waiting_critical": 9,
                                                     "longest_warning": 45, "longest_critical": 120}
     and s.wallboard_thresholds["queues"] == {"101": {"waiting_warning": 1, "waiting_critical": 50}}),
    ({"after_call.enabled": True, "after_call.scope": "all", "after_call.seconds": 45,
      "after_call.extend_seconds": 20},
     lambda s: s.after_call == {"activity": "wrapup", "enabled": True, "scope": "all", "seconds": 45,
                                "extend_seconds": 20}),
]


@pytest.mark.parametrize("changes,check", PAGES, ids=["pops", "theme", "language", "wallboard", "after_call"])
def test_each_page_round_trips_through_the_file(store, qapp, tmp_path, changes, check):
    settings, vm = _vm(store, qapp)
    for key, value in changes.items():
        assert vm.setValue(key, value), vm.fieldError(key)
    assert vm.dirty
    assert vm.apply() == "saved", vm.message
    assert not vm.dirty
    again = SettingsStore(tmp_path).load()
    assert check(again) and check(settings)  # on disk, and in the running app's settings object
    assert again == settings
    # what the dialog does not show is kept
    data = _file(tmp_path)
    assert data["crm"] == {"url": "https://crm.example/{number}"}
    assert data["window"]["geometry"] == "AAAA" and again.profiles["work"].user == "anna"
    fresh = SettingsDialogViewModel(again, SettingsStore(tmp_path), reserved_keys=RESERVED)
    assert {k: fresh.value(k) for k in changes} == changes


def test_shortcuts_round_trip_only_the_changed_keys(store, qapp, tmp_path):
    settings, vm = _vm(store, qapp)
    assert vm.setShortcut("park", "Ctrl+Alt+P")
    assert vm.setShortcut("hangup", "")  # no key at all
    assert vm.apply() == "saved"
    assert _file(tmp_path)["shortcuts"] == {"park": "Ctrl+Alt+P", "hangup": ""}
    keys = effective_shortcuts(SettingsStore(tmp_path).load().shortcuts)
    assert keys["park"] == "Ctrl+Alt+P" and keys["hangup"] == "" and keys["answer"] == CALL_ACTIONS["answer"][1]
    assert vm.resetShortcut("park") and vm.resetShortcut("hangup")
    assert vm.apply() == "saved"
    assert "shortcuts" not in _file(tmp_path)


@pytest.mark.parametrize("key,words", [
    ("Ctrl+Shift+H", "already the key of “Hang up”"),  # two actions, one key
    ("Ctrl+C", "standard key for copy"),
    ("Ctrl+Z", "standard key for undo"),
    ("Ctrl+D", "window's key for “Dial a number”"),
    ("F1", "window's key for “Keyboard shortcuts”"),
    ("P", "typed into text boxes"),
    ("Ctrl+Banana", "not one key"),
    ("Ctrl+A, Ctrl+B", "not one key"),
])
def test_a_clashing_key_is_refused_in_words_and_the_old_one_stays(store, qapp, key, words):
    _settings, vm = _vm(store, qapp)
    before = vm.shortcut("park")
    assert not vm.setShortcut("park", key)
    assert words in vm.fieldError("park")
    assert vm.shortcut("park") == before and not vm.dirty
    assert vm.setShortcut("park", "Ctrl+Alt+P") and vm.fieldError("park") == ""


def test_the_default_keys_pass_their_own_checks(store, qapp):
    _settings, vm = _vm(store, qapp)
    for name, _words, default in vm.actions():
        assert vm.setShortcut(name, default), vm.fieldError(name)


def test_invalid_values_are_refused_next_to_the_field_and_nothing_is_written(store, qapp, tmp_path):
    settings, vm = _vm(store, qapp)
    before = (tmp_path / "settings.toml").read_bytes()
    assert not vm.setValue("pops.corner", "middle") and "not one of the choices" in vm.fieldError("pops.corner")
    assert not vm.setValue("theme", "purple") and vm.fieldError("theme")
    assert not vm.setValue("after_call.seconds", 0) and "from 1 to 3600" in vm.fieldError("after_call.seconds")
    assert vm.setValue("wallboard.waiting_warning", 8) and vm.setValue("wallboard.waiting_critical", 5)
    assert vm.setValue("after_call.seconds", 900)  # longer than the longest wrap-up (600 s)
    assert vm.apply() == "invalid"
    assert "Critical must be at least the warning level (8)" in vm.fieldError("wallboard.waiting_critical")
    assert "the longest wrap-up" in vm.fieldError("after_call.seconds")
    assert (tmp_path / "settings.toml").read_bytes() == before
    assert settings.wallboard_thresholds["queues"] and "default" not in settings.wallboard_thresholds
    assert vm.value("wallboard.waiting_warning") == 8  # what the person typed is still there
    assert vm.setValue("wallboard.waiting_critical", 12) and vm.setValue("after_call.seconds", 60)
    assert vm.apply() == "saved" and vm.errors() == {}


def test_an_unreadable_file_is_replaced_only_once_the_person_agrees(tmp_path, qapp):
    big = b"#" * (MAX_FILE_BYTES + 1)
    (tmp_path / "settings.toml").write_bytes(big)
    store = SettingsStore(tmp_path)
    settings, vm = _vm(store, qapp)
    asked = []
    vm.confirmationNeeded.connect(asked.append)
    vm.setValue("theme", "light")
    assert vm.apply() == "confirm"
    assert asked and "could not be read" in asked[0] and "settings.toml.bak" in asked[0]
    assert (tmp_path / "settings.toml").read_bytes() == big and settings.theme == "system"
    assert vm.apply(replace_unreadable=True) == "saved"
    assert store.backup_path.read_bytes() == big
    assert SettingsStore(tmp_path).load().theme == "light"


def test_signals_say_what_changed_theme_included(store, qapp):
    settings, vm = _vm(store, qapp)
    seen: dict[str, object] = {}
    vm.themeChosen.connect(lambda t: seen.setdefault("theme", t))
    vm.popsChanged.connect(lambda p: seen.setdefault("pops", p))
    vm.shortcutsChanged.connect(lambda k: seen.setdefault("keys", k))
    vm.afterCallChanged.connect(lambda t: seen.setdefault("after", t))
    vm.setValue("theme", "dark")
    assert vm.apply() == "saved" and seen == {"theme": "dark"}
    vm.setValue("pops.corner", "top-left")
    vm.setShortcut("swap" if "swap" in CALL_ACTIONS else "alternate", "Ctrl+Alt+S")
    vm.setValue("after_call.enabled", True)
    vm.setValue("language", "en")
    assert vm.apply() == "saved"
    assert seen["pops"] == PopSettings(corner="top-left") and seen["keys"]["alternate"] == "Ctrl+Alt+S"
    assert seen["after"]["enabled"] is True
    assert "apply from your next call" in vm.message and "next start" in vm.message


def test_a_save_that_fails_keeps_the_draft_and_the_running_settings(store, qapp, tmp_path):
    settings, vm = _vm(store, qapp)
    settings.profiles["bad"] = Profile(name="bad", server="x", options={"password": "p"})  # refused on write
    vm.setValue("theme", "dark")
    assert vm.apply() == "failed"
    assert "secrets belong in the keyring" in vm.message and "p\"" not in vm.message
    assert settings.theme == "system" and vm.value("theme") == "dark" and vm.dirty
