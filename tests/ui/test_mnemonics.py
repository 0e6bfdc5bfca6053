"""No two owners for one mnemonic: in the real main window, whichever tabs are in front, every
Alt+letter that is live at one time (menu bar titles, the titles of the tabs in sight, the labels of
visible buttons and of labels that lead to a field) belongs to one control only. Qt makes all of
them window-wide shortcuts, so two visible owners make Alt+letter alternate between them."""

from __future__ import annotations

import itertools

import pytest
from main_window_fixture import quiet, super_window, window  # noqa: F401  (the fixtures)
from PySide6.QtGui import QKeySequence
from support import until
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QTabBar, QWidget


def mnemonic(text: str) -> str:
    keys = QKeySequence.mnemonic(text)
    return keys.toString() if not keys.isEmpty() else ""


def live_mnemonics(win: QWidget) -> list[tuple[str, str]]:
    """(Alt+letter, whose) for every mnemonic live in the window as it stands now."""
    found = []
    bar = win.menuBar()
    for action in bar.actions():
        if action.isVisible() and mnemonic(action.text()):
            found.append((mnemonic(action.text()), f"menu {action.text()!r}"))
    for tabs in win.findChildren(QTabBar):
        if tabs.isVisible():
            for i in range(tabs.count()):
                if tabs.isTabVisible(i) and tabs.isTabEnabled(i) and mnemonic(tabs.tabText(i)):
                    found.append((mnemonic(tabs.tabText(i)), f"tab {tabs.tabText(i)!r}"))
    for button in win.findChildren(QAbstractButton):
        # a disabled button counts: it is enabled as soon as there is something to do
        if button.isVisible() and mnemonic(button.text()) and not isinstance(button.parent(), QTabBar):
            found.append((mnemonic(button.text()), f"button {button.text()!r}"))
    for label in win.findChildren(QLabel):
        if label.isVisible() and label.buddy() is not None and mnemonic(label.text()):
            found.append((mnemonic(label.text()), f"label {label.text()!r}"))
    return found


def duplicates(found):
    owners = {}
    for keys, who in found:
        owners.setdefault(keys, []).append(who)
    return {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize("who", ["window", "super_window"])
def test_no_mnemonic_has_two_owners_whichever_tabs_are_in_front(who, request, arun):
    window = request.getfixturevalue(who)
    ws = window.workspace
    if who == "super_window":
        arun(until(lambda: ws.supervision_vm.available, timeout=10, what="the supervisor's agents"))
    arun(quiet(ws))
    left, follow = window.left_tabs, window.follow_tabs
    problems = {}
    for i, j in itertools.product(range(left.count()), range(follow.count())):
        if not (left.isTabVisible(i) and follow.isTabVisible(j)):
            continue
        left.setCurrentIndex(i)
        follow.setCurrentIndex(j)
        QApplication.processEvents()
        states = [live_mnemonics(window)]
        book = ws.book
        if follow.widget(j) is book and book is not None:  # and with its form open
            book.add_button.click()
            QApplication.processEvents()
            assert book.form.isVisible()
            states.append(live_mnemonics(window))
            book.cancel_button.click()
        for found in states:
            assert any(who.startswith("menu") for _k, who in found)
            clash = duplicates(found)
            if clash:
                problems[f"{left.tabText(i)} + {follow.tabText(j)}"] = clash
    assert any(who.startswith("button") for _k, who in found)  # it sees the pages' buttons
    assert problems == {}, "\n".join(f"{k}: {v}" for k, v in problems.items())


def test_no_mnemonic_has_two_owners_in_a_menu(window):
    """Within one menu (and each submenu) every entry has its own letter."""
    def walk(menu: QMenu, where: str):
        entries = [(mnemonic(a.text()), a.text()) for a in menu.actions() if a.isVisible() and mnemonic(a.text())]
        clash = duplicates(entries)
        assert clash == {}, where
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{where} › {action.text()}")

    for action in window.menuBar().actions():
        walk(action.menu(), action.text())


def test_the_finder_sees_a_clash():
    found = [("Alt+H", "menu '&Help'"), ("Alt+H", "tab 'Call &history'"), ("Alt+C", "menu '&Calls'")]
    assert duplicates(found) == {"Alt+H": ["menu '&Help'", "tab 'Call &history'"]}


def test_view_go_to_brings_each_tab_to_the_front(window, qtbot):
    """The tabs lost their window-wide Alt+letters; View › Go to (with Ctrl+1…8) reaches each."""
    from PySide6.QtCore import Qt

    from cti_desktop.ui.menus import GO_TO_TABS

    tabs = window.follow_tabs
    assert all(not mnemonic(tabs.tabText(i)) for i in range(tabs.count()))
    window.activateWindow()
    for name, tab_widget, page in window.tab_pages():
        if not tab_widget.isTabVisible(tab_widget.indexOf(page)):
            continue
        key = QKeySequence(GO_TO_TABS[name][1])[0]
        qtbot.keyClick(QApplication.focusWidget() or window, key.key(), key.keyboardModifiers())
        assert tab_widget.currentWidget() is page, name
