"""The settings file is outside input: odd files, deep nesting, bad bytes and junk values are refused
in words (SettingsError) or fall back to defaults; nothing hangs, crashes or reads without end."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
import tomli_w
from hypothesis import given, settings as hsettings, strategies as st

from cti_desktop.core.settings import (
    MAX_FILE_BYTES,
    MAX_NESTING,
    Profile,
    Settings,
    SettingsError,
    SettingsStore,
    parse_settings_bytes,
    parse_settings_text,
    read_settings_file,
    settings_to_dict,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


# ------------------------------------------------------------------------------- the pure parser
@pytest.mark.parametrize("text", [
    "a = " + "[" * 5000,                       # tomllib would recurse until RecursionError
    "a = " + "[" * 40 + "]" * 40,              # valid TOML, too deep
    "a = " + "{b = " * 40 + "1" + "}" * 40,    # inline tables
    "a" + ".a" * 3000 + " = 1",                # dotted keys nest without a bracket
    "[" + ".".join(["t"] * 100) + "]\nx = 1",  # so do table headers
])
def test_deep_nesting_is_refused_in_words(text):
    with pytest.raises(SettingsError, match=f"more than {MAX_NESTING} levels deep"):
        parse_settings_text(text)


def test_nesting_inside_strings_and_comments_does_not_count():
    text = ('a = "' + "[" * 100 + '"\nb = \'' + "{" * 100 + "'\n# " + "[" * 100 + "\n"
            'c = """' + "[" * 100 + '"""""\nd = \'\'\'' + "[" * 100 + "'''\ne = \"\\\"" + "[" * 100 + '"\n'
            "f = [[1, 2], [3]]\n")
    settings = parse_settings_text(text)
    assert settings == Settings()


@pytest.mark.parametrize("raw,words", [
    (b"last_profile = \"\xff\xfe\"", "not UTF-8"),
    (b"this is [not toml", "not valid TOML"),
    (b"x = 1" + b"1" * 5000, "too many digits"),
    (b"x = 1\n" + b"#" * (MAX_FILE_BYTES + 1), "larger than"),
])
def test_bad_bytes_are_refused_in_words(raw, words):
    with pytest.raises(SettingsError, match=words):
        parse_settings_bytes(raw, source="The settings file /x/settings.toml")


def test_values_of_the_wrong_type_or_size_fall_back_with_a_warning(caplog):
    text = (
        'profiles = "not a table"\nwindow = 5\nwallboard_thresholds = [1]\n'
    )
    assert parse_settings_text(text) == Settings()
    text = (
        '[profiles.P]\nserver = "https://p.example"\nuser = "u"\nroutes = "x"\ndirectories = "y"\n'
        '[profiles.P.options]\npoll_interval = 1e400\nwebhook_port = 99999999999999999999\napi = "capi"\n'
        'nested = { a = 1 }\n'
        '[wallboard_thresholds.default]\nwaiting_warning = 123456789012345678901234567890\n'
        'longest_warning = nan\nwaiting_critical = 6\n'
    )
    settings = parse_settings_text(text)
    profile = settings.profiles["P"]
    assert profile.options == {"api": "capi"} and profile.routes == {} and profile.directories == []
    assert settings.wallboard_thresholds == {"default": {"waiting_critical": 6}}
    assert "sensible size" in caplog.text


# Any bytes at all: Settings or SettingsError, never anything else.
@hsettings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_any_bytes_give_settings_or_a_settings_error(raw):
    try:
        assert isinstance(parse_settings_bytes(raw), Settings)
    except SettingsError as exc:
        assert str(exc)


_toml_atoms = st.sampled_from(["[", "]", "{", "}", "=", " ", "\n", "a", "b", ".", ",", '"', "'", "#", "1",
                               "true", "[[", "]]", '"""', "'''", "\\", "nan", "inf", "-", "x = ", "[profiles.p]",
                               "server = ", "options", "wallboard_thresholds", "99999999999999999999999"])


@hsettings(max_examples=300, deadline=None)
@given(st.lists(_toml_atoms, max_size=200).map("".join))
def test_toml_like_text_gives_settings_or_a_settings_error(text):
    try:
        assert isinstance(parse_settings_text(text), Settings)
    except SettingsError:
        pass


_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=30,
)
_documents = st.fixed_dictionaries({}, optional={
    "profiles": st.dictionaries(st.text(max_size=8), st.dictionaries(
        st.sampled_from(["server", "user", "domain", "backend", "options", "directories", "routes", "login_at_start"]),
        _values, max_size=8), max_size=3) | _values,
    "window": _values, "wallboard_thresholds": _values, "last_profile": _values,
    "presence_shortcuts_visible": _values,
})


@hsettings(max_examples=200, deadline=None)
@given(_documents)
def test_any_well_formed_document_loads_and_saves_again(data):
    def plain(value):  # TOML has no null; drop it the way a person's file could not hold it
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items() if v is not None}
        if isinstance(value, list):
            return [plain(v) for v in value if v is not None]
        return value

    try:
        text = tomli_w.dumps(plain(data))
    except (TypeError, ValueError):  # not expressible in TOML (mixed arrays are fine; nan keys…)
        return
    try:
        settings = parse_settings_text(text)
    except SettingsError:
        return
    written = tomli_w.dumps(settings_to_dict(settings))  # what loaded can always be written back
    assert parse_settings_text(written) == settings  # and reads back as the same settings


# ------------------------------------------------------------------------------------ the file
def test_a_symbolic_link_to_a_regular_file_is_read(tmp_path):
    real = tmp_path / "real.toml"
    store = SettingsStore(tmp_path / "config")
    store.directory.mkdir()
    settings = Settings()
    settings.put_profile(Profile("P", "https://p.example", user="u"))
    real.write_text(tomli_w.dumps(settings_to_dict(settings)), encoding="utf-8")
    try:
        os.symlink(real, store.path)
    except (OSError, NotImplementedError):
        pytest.skip("no symbolic links here")
    assert store.load() == settings and store.notice == ""


def _unreadable_is_refused_and_left_alone(store: SettingsStore, words: str) -> None:
    started = time.monotonic()
    settings = store.load()
    assert time.monotonic() - started < 2
    assert settings == Settings()
    assert words in store.notice and str(store.path) in store.notice
    assert "left as it is" in store.notice
    assert isinstance(store.error, SettingsError)
    assert not store.writable
    settings.put_profile(Profile("P", "https://p.example", user="u"))
    assert store.save(settings) is False  # nothing is written over it
    assert not store.backup_path.exists()


@posix_only
def test_a_fifo_in_place_of_the_file_is_refused_without_hanging(tmp_path):
    store = SettingsStore(tmp_path)
    os.mkfifo(store.path)
    _unreadable_is_refused_and_left_alone(store, "a pipe (FIFO)")
    assert os.path.exists(store.path) and not os.path.isfile(store.path)


@posix_only
def test_a_link_to_dev_zero_is_refused_without_reading(tmp_path):
    store = SettingsStore(tmp_path)
    os.symlink("/dev/zero", store.path)
    _unreadable_is_refused_and_left_alone(store, "a device")
    assert os.readlink(store.path) == "/dev/zero"


def test_a_folder_in_place_of_the_file_is_refused(tmp_path):
    store = SettingsStore(tmp_path)
    store.path.mkdir()
    _unreadable_is_refused_and_left_alone(store, "folder")


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path):
    store = SettingsStore(tmp_path)
    with open(store.path, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES * 64)  # sparse: 64 MiB of NULs
    _unreadable_is_refused_and_left_alone(store, "larger than 1024 KiB")
    assert store.path.stat().st_size == MAX_FILE_BYTES * 64


def test_a_deeply_nested_file_gives_defaults_a_notice_and_is_kept_as_bak(tmp_path):
    store = SettingsStore(tmp_path)
    text = "a = " + "[" * 100000
    store.path.write_text(text, encoding="utf-8")
    assert store.load() == Settings()
    assert "levels deep" in store.notice and str(store.backup_path) in store.notice
    assert store.backup_path.read_text(encoding="utf-8") == text
    assert store.writable and store.save(Settings()) is True


def test_read_settings_file_without_a_file_is_none(tmp_path):
    assert read_settings_file(tmp_path / "nothing.toml") is None


@posix_only
def test_a_fresh_process_loads_past_a_fifo_and_a_deep_file(tmp_path):
    """Start-up reads settings before any window, in a fresh process: no hang, no traceback."""
    code = ("import sys; from cti_desktop.core.settings import SettingsStore; s = SettingsStore(); "
            "s.load(); print(s.notice)")
    for make in ("fifo", "deep"):
        folder = tmp_path / make
        folder.mkdir()
        if make == "fifo":
            os.mkfifo(folder / "settings.toml")
        else:
            (folder / "settings.toml").write_text("a=" + "[" * 50000, encoding="utf-8")
        env = dict(os.environ, CTI_DESKTOP_CONFIG_DIR=str(folder))
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=20)
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
        assert "settings.toml" in result.stdout
