"""Every call action at the keyboard, in the real main window against the simulator: one key per
operation from the operation table, shown in the Calls menu and in F1, no key bound twice where both
could fire, none taken from the platform's standard keys, none that an input method or the desktop keeps
for itself, and the keys doing on the server what the card's buttons do."""

from __future__ import annotations

from main_window_fixture import quiet, window  # noqa: F401  (the fixture)
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from support import sim_post, sim_state, until

from cti_desktop.core.call_operations import MENU_GROUPS, SHORTCUT_OPERATIONS
from cti_desktop.core.global_keys import DEFAULT_KEYS
from cti_desktop.ui.colleagues import PICK_UP_SHORTCUT
from cti_desktop.ui.menus import GO_TO_TABS, SETTINGS_KEY, SHORTCUTS

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NATIVE = QKeySequence.SequenceFormat.NativeText
WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


def bindings(win: QWidget) -> list[tuple[str, str, QWidget, Qt.ShortcutContext]]:
    """Every key sequence bound in the window: (keys, who, the widget it belongs to, its context)."""
    found = []
    actions = {id(a): a for a in [*QWidget.actions(win), *win.findChildren(QAction)]}.values()
    for action in actions:
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget) and not isinstance(o, QMenu)]
        for keys in action.shortcuts():
            for owner in owners or [win]:
                found.append((keys.toString(), f"action {action.text()!r}", owner, action.shortcutContext()))
    for shortcut in win.findChildren(QShortcut):
        for keys in shortcut.keys():
            owner = shortcut.parent()
            found.append((keys.toString(), f"shortcut on {owner.accessibleName() or type(owner).__name__!r}",
                          owner, shortcut.context()))
    return found


def _reach(owner: QWidget, context: Qt.ShortcutContext, win: QWidget) -> QWidget:
    return win if context in WIDE else owner


def overlap(a, b, win) -> bool:
    """Whether two bindings could both fire for one key press (one's reach holds the other's)."""
    (_ka, _wa, owner_a, ctx_a), (_kb, _wb, owner_b, ctx_b) = a, b
    reach_a, reach_b = _reach(owner_a, ctx_a, win), _reach(owner_b, ctx_b, win)
    if ctx_a == Qt.ShortcutContext.WidgetShortcut and ctx_b == Qt.ShortcutContext.WidgetShortcut:
        return owner_a is owner_b
    if ctx_a == Qt.ShortcutContext.WidgetShortcut:
        return reach_b is owner_a or reach_b.isAncestorOf(owner_a)
    if ctx_b == Qt.ShortcutContext.WidgetShortcut:
        return reach_a is owner_b or reach_a.isAncestorOf(owner_b)
    return reach_a is reach_b or reach_a.isAncestorOf(reach_b) or reach_b.isAncestorOf(reach_a)


def clashes(win) -> list[str]:
    found = bindings(win)
    out = []
    for i, a in enumerate(found):
        for b in found[i + 1:]:
            if a[0] == b[0] and a[1:] != b[1:] and overlap(a, b, win):
                out.append(f"{a[0]}: {a[1]} and {b[1]}")
    return out


def test_no_key_sequence_is_bound_twice_in_the_main_window(window):
    found = bindings(window)
    assert len(found) > len(SHORTCUT_OPERATIONS)  # it sees the menus' keys and the panels' own
    assert clashes(window) == []


def test_the_clash_finder_sees_a_clash():
    """The finder itself: a window-wide key and a panel's key on the same sequence clash; the same
    key on two sibling panels (each for its own children) does not."""
    win = QWidget()
    left, right = QWidget(win), QWidget(win)
    QShortcut(QKeySequence("F5"), left, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    QShortcut(QKeySequence("F5"), right, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
    assert clashes(win) == []
    action = QAction("Refresh all", win)
    action.setShortcut(QKeySequence("F5"))
    win.addAction(action)
    assert len(clashes(win)) == 2
    win.deleteLater()


def test_no_call_key_is_one_of_the_platforms_standard_keys():
    standard = {}
    for key in QKeySequence.StandardKey:
        for seq in QKeySequence.keyBindings(key):
            standard[seq.toString()] = key.name
    taken = {op.shortcut: standard[op.shortcut] for op in SHORTCUT_OPERATIONS if op.shortcut in standard}
    assert taken == {}


PORTABLE = QKeySequence.SequenceFormat.PortableText

#: Keys an input method or the desktop takes before any program sees them (their defaults), so an app
#: shortcut on one of them never works there. Qt's portable text; on macOS Qt's Ctrl is ⌘.
DESKTOP_KEYS: dict[str, str] = {
    # IBus (org.freedesktop.ibus gschema; GNOME's and Ubuntu's default input method framework)
    "Ctrl+Shift+U": "IBus: Unicode code-point entry (GTK's own input method has it too)",
    "Ctrl+.": "IBus 1.5.25 and 1.5.26: emoji typing (Super+. since)",
    "Ctrl+;": "IBus 1.5.26: emoji typing",
    "Ctrl+Space": "IBus before 1.5 and fcitx/fcitx5: input method on/off; macOS: Spotlight (⌘Space)",
    "Ctrl+Alt+Shift+U": "fcitx5: Unicode entry",
    # (IBus up to 1.5.24 — Ubuntu 20.04, Debian 11 — had emoji typing on Ctrl+Shift+E, the app's Move
    # to another device; it is not listed because today's IBus no longer takes it.)
    # GNOME Shell and mutter (org.gnome.desktop.wm.keybindings, org.gnome.shell.keybindings,
    # org.gnome.settings-daemon.plugins.media-keys)
    "Alt+F1": "GNOME: activities / applications", "Alt+F2": "GNOME: run a command; KDE: KRunner",
    "Alt+F4": "every desktop: close the window", "Alt+F7": "GNOME: move the window",
    "Alt+F8": "GNOME: resize the window", "Alt+F10": "GNOME: maximise the window",
    "Alt+Tab": "every desktop: switch windows", "Alt+Shift+Tab": "every desktop: switch windows back",
    "Alt+`": "GNOME: switch windows of one app", "Alt+Esc": "GNOME, Windows: cycle windows",
    "Alt+Space": "GNOME, Windows: the window menu; KDE: KRunner",
    "Ctrl+Alt+Tab": "GNOME: switch system controls", "Ctrl+Alt+Del": "GNOME, KDE: log out; Windows: security screen",
    "Ctrl+Alt+Up": "GNOME: workspace above", "Ctrl+Alt+Down": "GNOME: workspace below",
    "Ctrl+Alt+Left": "GNOME: workspace left", "Ctrl+Alt+Right": "GNOME: workspace right",
    "Ctrl+Alt+Shift+R": "GNOME: screencast", "Print": "every desktop: screenshot",
    "Ctrl+Alt+T": "Ubuntu: terminal", "Ctrl+Alt+L": "Xfce, KDE Plasma 5: lock the screen",
    # The X server and logind: kill the X session (when the option is on), switch to a text console
    "Ctrl+Alt+Backspace": "X server: end the session",
    **{f"Ctrl+Alt+F{n}": "Linux: switch to a virtual console" for n in range(1, 13)},
    # KDE Plasma (kglobalaccel defaults of kwin and plasmashell; Plasma 6 moved the first to Meta+Ctrl+A)
    "Ctrl+Alt+A": "KDE Plasma 5: activate the window demanding attention",
    "Ctrl+Esc": "KDE: system monitor; Windows: Start menu", "Ctrl+Alt+Esc": "KDE: kill a window; macOS: force quit",
    **{f"Ctrl+F{n}": f"KDE: switch to desktop {n}" for n in range(1, 5)},
    "Ctrl+F7": "KDE: present windows of the app", "Ctrl+F8": "KDE: desktop grid",
    "Ctrl+F9": "KDE: present windows", "Ctrl+F10": "KDE: present all windows",
    # Windows
    "Ctrl+Shift+Esc": "Windows: Task Manager",
    # macOS (Qt's Ctrl is ⌘): app switcher, hide, minimise, screenshots
    "Ctrl+Tab": "macOS: switch apps (⌘Tab)", "Ctrl+H": "macOS: hide the app (⌘H)",
    "Ctrl+M": "macOS: minimise (⌘M)", "Ctrl+Shift+3": "macOS: screenshot", "Ctrl+Shift+4": "macOS: screenshot",
    "Ctrl+Shift+5": "macOS: screenshot",
}
#: Super (the Windows key; Qt's Meta on Linux and Windows) with anything: GNOME (Super+Space switches
#: input sources, IBus's next input method too), KDE and Windows keep all of them for themselves.
SUPER = Qt.KeyboardModifier.MetaModifier


def desktop_clashes(keys) -> dict[str, str]:
    """The keys (portable text) that an input method or the desktop takes: key → whose it is."""
    reserved = {QKeySequence.fromString(k, PORTABLE).toString(PORTABLE): why for k, why in DESKTOP_KEYS.items()}
    found = {}
    for text in keys:
        sequence = QKeySequence.fromString(text, PORTABLE)
        for i in range(sequence.count()):
            combo = sequence[i]
            one = QKeySequence(combo).toString(PORTABLE)
            if combo.keyboardModifiers() & SUPER:
                found[text] = "Super+…: the desktop's"
            elif one in reserved:
                found[text] = reserved[one]
    return found


def test_the_desktop_key_finder_sees_a_clash():
    """The finder itself: IBus's Unicode entry, a Super key and a workspace switch are found; the
    app's own Ctrl+Shift letters and Ctrl+, are not."""
    assert desktop_clashes(["Ctrl+Shift+U", "Meta+Space", "Meta+Ctrl+A", "Ctrl+Alt+Left", "Ctrl+Shift+A", "Ctrl+,",
                            "Ctrl+Shift+G"]) == {
        "Ctrl+Shift+U": DESKTOP_KEYS["Ctrl+Shift+U"], "Meta+Space": "Super+…: the desktop's",
        "Meta+Ctrl+A": "Super+…: the desktop's", "Ctrl+Alt+Left": DESKTOP_KEYS["Ctrl+Alt+Left"]}


def test_no_key_of_the_app_is_one_the_desktop_or_an_input_method_takes(window):
    """Every key bound in the main window (menus, call actions, the panels' own: pick-up, refresh,
    delete…), the tables they come from, and the global keys' defaults."""
    bound = [keys for keys, _who, _owner, _ctx in bindings(window)]
    assert PICK_UP_SHORTCUT in bound  # it sees the colleagues panel's pick-up
    tables = [*(key for _text, key, _tip in SHORTCUTS.values()), *(key for _text, key in GO_TO_TABS.values()),
              SETTINGS_KEY, PICK_UP_SHORTCUT, "F1"]
    assert desktop_clashes([*bound, *tables]) == {}


def test_the_global_keys_meet_the_desktops_only_where_known():
    """The global keys' defaults (heard in every program): only Ctrl+Alt+A meets a desktop's, KDE
    Plasma 5's, which listens beside them (the X11 listener hears the key too), so both act."""
    assert desktop_clashes(DEFAULT_KEYS.values()) == {"Ctrl+Alt+A": DESKTOP_KEYS["Ctrl+Alt+A"]}


def test_every_call_action_is_in_the_calls_menu_with_its_key(window):
    calls = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Calls")
    entries = {}
    for action in calls.actions():
        if action.menu() is not None:
            assert action.text() in MENU_GROUPS.values()
            entries.update({a: action.text() for a in action.menu().actions()})
        else:
            entries[action] = ""
    for op in SHORTCUT_OPERATIONS:
        action = window.actions[op.name]
        assert action in entries, op.name
        assert entries[action] == (MENU_GROUPS[op.menu_group] if op.menu_group else ""), op.name
        assert action.shortcut() == QKeySequence(op.shortcut)
        assert action.toolTip().endswith(f"({QKeySequence(op.shortcut).toString(NATIVE)})")


def test_f1_lists_every_shortcut(window, arun):
    window.actions["shortcuts"].trigger()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    text = box.text()
    for name, (menu_text, key, _tip) in SHORTCUTS.items():
        assert menu_text.replace("&", "").rstrip("…") in text, name
        assert f"<b>{QKeySequence(key).toString(NATIVE)}</b>" in text, name
    for title in MENU_GROUPS.values():
        assert f"Calls › {title.replace('&', '')}" in text
    assert f"Pick up a colleague's ringing call</td><td><b>{QKeySequence(PICK_UP_SHORTCUT).toString(NATIVE)}</b>" in text
    box.close()


# ------------------------------------------------------------------------------------ the keys at work
def press(window, qtbot, key):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, CTRL_SHIFT)


def sim_call(sim, call_id):
    return next(c for c in sim_state(sim)["calls"] if c["callId"] == call_id)


def in_step(window, sim) -> bool:
    """The panel shows every call of agent1 in the state the server has now (same state token)."""
    server = {c["callId"]: c["stateToken"] for c in sim_state(sim)["calls"]
              if c["user"] == "agent1" and c["status"] != "TERMINATED"}
    shown = {it.callId: it.call.state_token for it in window.workspace.calls_vm.calls}
    return server == shown


def answered(window, sim, arun, qtbot):
    actions = window.actions
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234567", "fromName": "Ada"})["callId"]
    arun(until(lambda: actions["answer"].isEnabled(), timeout=5, what="answer enabled"))
    window.activateWindow()
    arun(until(lambda: window.isActiveWindow(), timeout=5, what="window active"))
    press(window, qtbot, Qt.Key.Key_A)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "ACTIVE", timeout=5, what="answered"))
    arun(until(lambda: actions["park"].isEnabled(), timeout=5, what="the answered call's actions"))
    return call_id


def test_record_keypad_consult_and_connect_from_the_keyboard(window, sim, arun, qtbot):
    actions = window.actions
    call_id = answered(window, sim, arun, qtbot)
    card = window.workspace.calls.card(call_id)
    assert not actions["save_recording"].isEnabled() and not actions["leave_conference"].isEnabled()

    press(window, qtbot, Qt.Key.Key_R)  # start recording …
    arun(until(lambda: sim_call(sim, call_id)["recording"] == "RECORDING", timeout=5, what="recording"))
    arun(until(lambda: actions["start_recording"].text() == "S&top recording", timeout=5))
    press(window, qtbot, Qt.Key.Key_I)  # … pause it, resume it …
    arun(until(lambda: sim_call(sim, call_id)["recording"] == "PAUSED", timeout=5, what="paused"))
    arun(until(lambda: actions["pause_recording"].text() == "&Resume recording", timeout=5))
    press(window, qtbot, Qt.Key.Key_I)
    arun(until(lambda: sim_call(sim, call_id)["recording"] == "RECORDING", timeout=5, what="resumed"))
    arun(until(lambda: actions["start_recording"].text() == "S&top recording", timeout=5))
    press(window, qtbot, Qt.Key.Key_R)  # … stop and discard it
    arun(until(lambda: actions["discard_recording"].isEnabled(), timeout=5, what="discard offered"))
    press(window, qtbot, Qt.Key.Key_D)
    arun(until(lambda: sim_call(sim, call_id)["recording"] == "NONE", timeout=5, what="discarded"))

    press(window, qtbot, Qt.Key.Key_K)  # the keypad opens; typing sends tones
    arun(until(lambda: card.dtmf.isVisible(), timeout=5, what="the keypad"))
    qtbot.keyClicks(card.dtmf, "42")
    arun(until(lambda: sim_call(sim, call_id)["dtmf"] == "42", timeout=5, what="the tones"))
    card.dtmf.hide()

    press(window, qtbot, Qt.Key.Key_C)  # consult: the box takes the focus and says so; Enter calls
    assert QApplication.focusWidget() is card.destination
    assert "Consult" in card.destination.placeholderText()
    qtbot.keyClicks(card.destination, "1002")
    qtbot.keyClick(card.destination, Qt.Key.Key_Return)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "HELD", timeout=5, what="the caller on hold"))
    arun(until(lambda: any(c["user"] == "agent2" and c["status"] == "RINGING" for c in sim_state(sim)["calls"]),
               timeout=5, what="the colleague to ring"))
    assert card.destination.placeholderText() == "Number or contact…"  # Enter transfers again

    arun(until(lambda: actions["transfer_to_call"].isEnabled(), timeout=5, what="connect offered"))
    arun(until(lambda: in_step(window, sim), timeout=5, what="the panel to show the calls as they are"))
    press(window, qtbot, Qt.Key.Key_N)  # connect the caller with the colleague (the only other call)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "TERMINATED", timeout=5, what="connected"))
    arun(until(lambda: not window.workspace.calls_vm.calls, timeout=5, what="the panel to empty"))
    assert window.workspace.calls_vm.error == ""
    for c in sim_state(sim)["calls"]:
        if c["status"] != "TERMINATED":
            sim_post(sim, f"/_sim/calls/{c['callId']}/remote-hangup")
    arun(quiet(window.workspace))


def test_park_from_the_keyboard(window, sim, arun, qtbot):
    call_id = answered(window, sim, arun, qtbot)
    press(window, qtbot, Qt.Key.Key_P)
    arun(until(lambda: sim_call(sim, call_id)["status"] == "TERMINATED", timeout=5, what="parked"))
    assert sim_state(sim)["parked"], "the caller waits in a park slot"
    for c in sim_state(sim)["calls"]:
        if c["status"] != "TERMINATED":
            sim_post(sim, f"/_sim/calls/{c['callId']}/remote-hangup")
    arun(quiet(window.workspace))


def test_a_key_with_no_call_to_act_on_says_so(window, qtbot):
    assert not window.actions["park"].isEnabled()
    window.call_shortcut("park")
    assert window.statusBar().currentMessage() == "There is no call to do that to right now"


