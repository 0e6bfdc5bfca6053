"""Runtime: under a pseudo-locale every word on screen is marked, so none was built outside translate().

A translator that wraps every text in ``⟦…⟧`` is installed before the signed-in main window (a
supervisor, against the simulator) is built; then the menus, the settings dialog, the wallboard, the
shortcuts help and a screen pop are opened, and every widget's text, tooltip, placeholder, window
title, accessible name, tab text, header label, combo entry and menu action is read. Once the
marked parts are taken out, what is left may hold only the simulator's own data (names, numbers,
queue names: every word of the simulator's state), key names and the product's name.
"""

from __future__ import annotations

import asyncio
import dataclasses
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QTableView,
    QTabBar,
    QTreeView,
    QWidget,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))
from main_window_fixture import _window  # noqa: E402  (tests/ui's window, built as the app builds it)
from support import sim_post, until  # noqa: E402

from cti_desktop import i18n  # noqa: E402

OPEN, CLOSE = "⟦", "⟧"
#: Words that are neither ours to translate nor the simulator's: key names (Qt's own words), the product.
NOT_OURS = {"Ctrl", "Shift", "Alt", "Meta", "Esc", "Enter", "Return", "Tab", "Del", "Delete", "Backspace",
            "Space", "PgUp", "PgDown", "Home", "End", "Ins", "Up", "Down", "Left", "Right", "CTI", "Desktop",
            "none",
            # the letters on a phone's keys (ITU-T E.161), not words
            "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"}
#: Qt's own widgets (their words come with qtbase's translations): by object name.
QT_OWN = {"ScrollLeftButton", "ScrollRightButton"}
_MARKED = re.compile(re.escape(OPEN) + "[^" + OPEN + CLOSE + "]*" + re.escape(CLOSE))
_MARKUP = re.compile(r"<[^>]*>|&[a-zA-Z]+;|https?://\S+")
_WORD = re.compile(r"[^\W\d_]+")


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    text = source.replace("%n", str(n)) if n >= 0 else source
    return OPEN + text + CLOSE


def unmarked_words(text: str) -> list[str]:
    """The words of ``text`` outside every ``⟦…⟧`` (innermost first: a marked text may hold marked values)."""
    while True:
        stripped = _MARKED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    # One letter alone is a key (Ctrl+Shift+A, F1) or a unit, not a word to translate.
    text = re.sub(r"&(?=\w)", "", _MARKUP.sub(" ", text))  # a mnemonic's ampersand joins its word
    return [w for w in _WORD.findall(text) if len(w) > 1]


def data_words(root: object) -> set[str]:
    """Every word of every string reachable from the simulator's state, and of its seed tables (the
    string constants of its organisation and directory modules: names, activities, queues)."""
    import ast

    import cti_desktop.simulator.dstny as simulator

    words: set[str] = set()
    for module in (Path(simulator.__file__).parent / name for name in ("org.py", "directory.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words.update(_WORD.findall(node.value))
    seen: set[int] = set()
    stack = [root]
    while stack:
        item = stack.pop()
        if id(item) in seen or len(seen) > 500_000:
            continue
        seen.add(id(item))
        if isinstance(item, str):
            words.update(_WORD.findall(item))
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set, frozenset)):
            stack.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name, None) for f in dataclasses.fields(item))
        elif hasattr(item, "__dict__") and type(item).__module__.startswith("cti_desktop.simulator"):
            stack.extend(vars(item).values())
    return words


def not_ours(widget: QWidget) -> bool:
    """A widget whose words are a library's: Qt's own (standard dialog buttons, tab scrollers) or
    pyqtgraph's (the trend chart's context menus, which the library builds in English)."""
    if widget.objectName() in QT_OWN:
        return True
    parent = widget.parentWidget()
    if isinstance(widget, QAbstractButton) and isinstance(parent, QDialogButtonBox) \
            and parent.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
        return True
    while widget is not None:
        if type(widget).__module__.startswith("pyqtgraph"):
            return True
        widget = widget.parentWidget()
    return False


def shown_texts(widget: QWidget):
    """``(where, text)`` for every text a person may see or hear of ``widget``."""
    name = f"{type(widget).__name__}({widget.objectName()})"
    yield name + ".toolTip", widget.toolTip()
    yield name + ".accessibleName", widget.accessibleName()
    yield name + ".accessibleDescription", widget.accessibleDescription()
    if widget.isWindow():
        yield name + ".windowTitle", widget.windowTitle()
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield name + ".text", widget.text()
    if isinstance(widget, QMessageBox):
        yield name + ".informativeText", widget.informativeText()
    if isinstance(widget, QLineEdit):
        yield name + ".placeholderText", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield name + ".title", widget.title()
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield f"{name}.tab[{i}]", widget.tabText(i)
            yield f"{name}.tabToolTip[{i}]", widget.tabToolTip(i)
    if isinstance(widget, QComboBox) and not widget.isEditable():
        for i in range(widget.count()):
            yield f"{name}.item[{i}]", widget.itemText(i)
    header = widget.horizontalHeader() if isinstance(widget, QTableView) else (
        widget.header() if isinstance(widget, QTreeView) else None)
    if header is not None and widget.model() is not None:
        for column in range(header.count()):
            yield f"{name}.header[{column}]", str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")
    if isinstance(widget, QMenu):
        yield name + ".title", widget.title()
    if isinstance(widget, QAbstractButton) and getattr(widget, "menu", None) and widget.menu() is not None:
        yield from shown_texts(widget.menu())
    for action in QWidget.actions(widget):  # (the main window keeps a dict named actions)
        yield f"{name}.action", action.text()
        yield f"{name}.action.toolTip", action.toolTip()
        yield f"{name}.action.statusTip", action.statusTip()
        if action.menu() is not None:
            yield from shown_texts(action.menu())


@pytest.fixture
def pseudo_locale():
    i18n.install(pseudo)
    yield
    i18n.uninstall()


@pytest.fixture
def pseudo_window(pseudo_locale, super_session, qtbot, arun, qapp):
    yield from _window(super_session, qtbot, arun, qapp)


def test_every_shown_word_is_translated_or_data(sim, pseudo_window, arun, qapp):
    win = pseudo_window
    known = data_words(sim.sim) | NOT_OURS
    win.open_settings()
    wallboard = win.open_wallboard()
    arun(until(lambda: wallboard.vm.loaded if hasattr(wallboard.vm, "loaded") else True, timeout=10))
    win.show_shortcuts()
    call_id = sim_post(sim, "/_sim/calls", {"to": "super1", "from": "+46701118888", "fromName": "Greta Garbo"})["callId"]
    arun(until(lambda: win.workspace.screen_pop.window(call_id) is not None, what="the pop"))
    arun(asyncio.sleep(0.5))
    known |= {"Greta", "Garbo"}
    offenders = {}
    widgets = [w for w in QApplication.allWidgets() if w.isVisible() and not not_ours(w)]
    assert len(widgets) > 100
    for widget in widgets:
        for where, text in shown_texts(widget):
            left = [word for word in unmarked_words(text) if word not in known]
            if left:
                offenders.setdefault(text, where)
    sim_post(sim, f"/_sim/calls/{call_id}/remote-hangup")
    win.workspace.screen_pop.close_all()
    wallboard.close()
    assert not offenders, f"{len(offenders)} texts built outside translate():\n" + "\n".join(
        f"  {where}: {text!r}" for text, where in sorted(offenders.items(), key=lambda kv: kv[1]))


@pytest.mark.parametrize(("text", "left"), [
    ("⟦Answer⟧", []),
    ("⟦Call {name}⟧".replace("{name}", "Greta"), []),
    ("⟦Queue ⟦Sales⟧ waiting⟧ 3", []),
    ("Answer ⟦now⟧", ["Answer"]),
    ("<b>⟦Muted⟧</b> &amp; ⟦on hold⟧", []),
    ("S&ettings", ["Settings"]),
    ("⟦Answer the call⟧ (Ctrl+Shift+A)", ["Ctrl", "Shift"]),
    ("CTI Desktop · http://127.0.0.1:41461", ["CTI", "Desktop"]),
])
def test_the_marker_check_reads_nested_marks_and_markup(text, left):
    assert unmarked_words(text) == left
