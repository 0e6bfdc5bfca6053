"""Start at login: the XDG autostart entry written and removed on temporary folders.

The ``Exec`` line is read back by a reader of the Desktop Entry specification's rules written here
from the specification ("The Exec key": the string escapes first, then double-quoted arguments with
``\\"``, ``\\```, ``\\$``, ``\\\\`` escaped, ``%%`` for a percent sign), so a path with spaces, quotes,
dollars or backslashes must come back exactly as it was.
"""

from __future__ import annotations

import string

import pytest
from hypothesis import given, settings, strategies as st

from cti_desktop.core import autostart
from cti_desktop.core.autostart import AutostartError


def string_value(raw: str) -> str:
    """The general escapes of a desktop entry string value: \\s \\n \\t \\r \\\\."""
    out, i = [], 0
    while i < len(raw):
        if raw[i] == "\\" and i + 1 < len(raw):
            out.append({"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}.get(raw[i + 1], "\\" + raw[i + 1]))
            i += 2
        else:
            out.append(raw[i])
            i += 1
    return "".join(out)


def exec_arguments(value: str) -> list[str]:
    """Split an Exec value into arguments as a launcher does."""
    text, args, i = string_value(value), [], 0
    while i < len(text):
        if text[i] == " ":
            i += 1
            continue
        arg = []
        if text[i] == '"':
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                arg.append(text[i])
                i += 1
            i += 1
        else:
            while i < len(text) and text[i] != " ":
                arg.append(text[i])
                i += 1
        args.append("".join(arg).replace("%%", "%"))
    return args


def entry_keys(text: str) -> dict[str, str]:
    lines = text.splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_on_writes_the_entry_off_removes_it(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    path = autostart.autostart_file(env)
    assert path == tmp_path / "cfg" / "autostart" / "cti-desktop.desktop"
    script = tmp_path / "bin" / "cti-desktop"
    assert autostart.enable([str(script)], path) == path
    keys = entry_keys(path.read_text(encoding="utf-8"))
    assert keys["Type"] == "Application" and keys["X-GNOME-Autostart-enabled"] == "true"
    assert exec_arguments(keys["Exec"]) == [str(script)]
    assert autostart.is_enabled(path)
    other = path.parent / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    assert autostart.disable(path) is True
    assert not path.exists() and other.exists()  # only our own file goes
    assert autostart.disable(path) is False  # already off: nothing to do, no error
    assert [p.name for p in path.parent.iterdir()] == ["someone-else.desktop"]  # no temporary left behind


def test_a_relative_or_missing_xdg_config_home_means_dot_config(tmp_path):
    assert autostart.autostart_file({"XDG_CONFIG_HOME": "relative/cfg"}, home=tmp_path) == \
        tmp_path / ".config" / "autostart" / "cti-desktop.desktop"
    assert autostart.autostart_file({}, home=tmp_path) == tmp_path / ".config" / "autostart" / "cti-desktop.desktop"


def test_the_running_entry_point_by_its_absolute_path(tmp_path, monkeypatch):
    script = tmp_path / "venv" / "bin" / "cti-desktop"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    python = str(tmp_path / "venv" / "bin" / "python3")
    assert autostart.entry_command(str(script), python, frozen=False) == [str(script)]
    monkeypatch.chdir(tmp_path / "venv")
    assert autostart.entry_command("bin/cti-desktop", python, frozen=False) == [str(script)]  # made absolute
    monkeypatch.setenv("PATH", str(script.parent))
    assert autostart.entry_command("cti-desktop", python, frozen=False) == [str(script)]  # found on PATH
    # python -m cti_desktop from a source tree: the interpreter, by its absolute path
    assert autostart.entry_command("/src/cti_desktop/__main__.py", python, frozen=False) == [python, "-m", "cti_desktop"]
    # a frozen bundle: its executable
    assert autostart.entry_command("whatever", "/opt/cti-desktop/cti-desktop", frozen=True) == ["/opt/cti-desktop/cti-desktop"]


def test_a_path_with_a_line_break_is_refused_and_nothing_is_written(tmp_path):
    path = tmp_path / "autostart" / "cti-desktop.desktop"
    with pytest.raises(AutostartError, match="control character"):
        autostart.enable(["/home/a\nExec=/bin/evil"], path)
    assert not path.exists()


def test_a_folder_that_cannot_be_written_is_refused_in_words(tmp_path):
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AutostartError, match="Could not write"):
        autostart.enable(["/usr/bin/cti-desktop"], blocker / "cti-desktop.desktop")


def test_windows_and_macos_leave_it_to_the_installer():
    assert autostart.supported("linux") and autostart.supported("freebsd14")
    assert not autostart.supported("win32") and not autostart.supported("darwin")


PATH_TEXT = st.text(alphabet=string.ascii_letters + string.digits + " \"'`$\\%#&;()*?~|<>=-_./äé", min_size=1,
                    max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(PATH_TEXT, min_size=1, max_size=4))
def test_any_command_comes_back_exactly_from_the_exec_line(parts):
    command = ["/" + parts[0], *parts[1:]]
    keys = entry_keys(autostart.desktop_entry(command))
    assert exec_arguments(keys["Exec"]) == command
    assert "\n" not in keys["Exec"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=30))
def test_any_text_gives_an_entry_or_the_refusal(text):
    try:
        line = autostart.exec_line(["/bin/" + text])
    except AutostartError:
        assert any(ord(ch) < 32 or ord(ch) == 127 for ch in text)
    else:
        assert "\n" not in line and "\r" not in line
