"""Readable in both schemes: the main window (signed in against the simulator, with a ringing call and
its pop), the pop and the wallboard (normal and TV mode) are rendered light and dark, and the contrast
of every visible text is measured (tests/ui/contrast.py): ≥ 4.5:1 body text, ≥ 3:1 large text.
Also: the ``theme`` setting is checked in words, and "system" follows the system's scheme live."""

from __future__ import annotations

import asyncio

import pytest
from contrast import contrast, measure_window, too_faint
from main_window_fixture import window  # noqa: F401 - the fixture
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from support import end_all_calls, settle_live, sim_post, until

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.settings import SettingsStore
from cti_desktop.core.settings.schema import THEMES, Settings, check_theme
from cti_desktop.ui.screen_pop import ScreenPopController
from cti_desktop.ui.theme import DARK, LIGHT, ThemeController, colours, is_dark
from cti_desktop.ui.wallboard import WallboardWindow, level_style
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge
from cti_desktop.viewmodels.wallboard import WallboardViewModel

pytestmark = pytest.mark.timeout(90)


@pytest.fixture
def restore_look(qapp):
    """Whatever a test does to the application's style and palette is undone after it."""
    style, palette = qapp.style().name(), QPalette(qapp.palette())
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp, restore_look):
    """The ``theme`` setting applied as the app applies it at start, before any window is built."""
    controller = ThemeController(qapp, request.param)
    assert controller.scheme == request.param
    assert is_dark() == (request.param == "dark")
    yield request.param
    controller.close()


@pytest.fixture
def popper(agent_session, sim, arun):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE", record_url_template="https://crm.example/search?phone={number}")
    controller = ScreenPopController(vm, None, url_opener=lambda url: True)
    yield controller
    end_all_calls(sim, arun, agent_session, pause=0.5)
    controller.close_all()
    vm.shutdown()
    bridge.detach()


def report(faint) -> str:
    return "\n".join(str(m) for m in faint)


def test_main_window_and_pop_are_readable(scheme, sim, arun, window, popper):  # noqa: F811 - fixture
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701118888", "fromName": "Greta Garbo",
                                            "via": 101})["callId"]
    arun(until(lambda: popper.window(call_id) is not None, what="the pop"))
    pop = popper.window(call_id)
    arun(until(lambda: not pop.item.lookupPending, what="the lookup"))
    window.notices.post("The queue list may be old", "warning")
    window.notices.post("Could not reach the phone system", "error")
    window.notices.post("Signed in", "info")
    arun(asyncio.sleep(0.3))
    QApplication.processEvents()
    measured = measure_window(window)
    texts = " | ".join(m.text for m in measured)
    # The measure covers the header, the call's card and the panels, not just a few labels.
    assert "Greta Garbo" in texts and "Could not reach the phone system" in texts and len(measured) > 25, texts
    assert not too_faint(window), report(too_faint(window))
    popped = measure_window(pop)
    assert any("Greta Garbo" in m.text for m in popped) and len(popped) >= 4, popped
    assert not too_faint(pop), report(too_faint(pop))
    # The account name and the window itself are dark in the dark scheme (not a light window left over).
    background = QColor(window.grab().toImage().pixel(window.width() - 5, window.height() - 5))
    assert (background.lightness() < 100) == (scheme == "dark"), background.name()


@pytest.mark.parametrize("tv", [False, True], ids=["normal", "tv"])
def test_wallboard_is_readable(scheme, sim, arun, qtbot, super_session, tv):
    sim_post(sim, "/_sim/queues/102", {"callsWaiting": 6})  # critical
    sim_post(sim, "/_sim/queues/103", {"callsWaiting": 3})  # warning
    bridge = SessionBridge(super_session)
    vm = WallboardViewModel(bridge, thresholds={"default": {"waiting_warning": 2, "waiting_critical": 5}},
                            flush_hz=20, order_every=0.05, heartbeat_interval=1.0, backoff_initial=0.1)
    board = WallboardWindow(vm)
    qtbot.addWidget(board)
    try:
        board.show()
        vm.start()
        arun(until(lambda: vm.live and len(vm.model.order) == 4 and vm.criticalCount == 1 and vm.warningCount == 1,
                   10, what="four tiles, one critical, one warning"))
        if tv:
            vm.tvMode = True
            arun(until(lambda: board.isFullScreen() and board.tv_grid is not None, 5, what="full screen"))
            board.resize(QSize(1778, 1000))
            arun(until(lambda: board.delegate.tv_tile == board.tv_grid.tile, 5, what="the TV grid"))
        arun(asyncio.sleep(0.3))
        QApplication.processEvents()
        assert not too_faint(board), report(too_faint(board))
        # The tiles: painted text on each level's colour, measured in the middle of each tile.
        rows = [m for m in measure_window(board) if " row " in m.what]
        assert len(rows) == 4, rows
        assert not [m for m in rows if m.ratio < 4.5], report(rows)
        backgrounds = {m.background.upper() for m in rows}
        expected = {bg.upper() for bg, _, _ in level_style(scheme == "dark").values()}
        assert backgrounds == expected, (backgrounds, expected)
        settle_live(arun, super_session)
    finally:
        arun(vm.aclose())
        bridge.detach()


def test_every_semantic_text_colour_reads_on_its_background():
    """The colour table itself: each text colour on each background it is used on, both schemes."""
    for c, window_bg, base in ((LIGHT, "#efefef", "#ffffff"), (DARK, "#202326", "#2a2e33")):
        on_plain = {"secondary": c.secondary, "critical": c.critical, "success": c.success, "warning": c.warning,
                    "accent": c.accent}
        for name, ink in on_plain.items():
            for bg in (window_bg, base):
                assert contrast(QColor(ink), QColor(bg)) >= 4.5, (name, ink, bg)
        pairs = [(c.info_text, c.info_bg), (c.warning_text, c.warning_bg), (c.critical_text, c.critical_bg),
                 (c.ok_text, c.ok_bg), (c.tag_text, c.tag_bg), (c.on_solid, c.go_bg), (c.on_solid, c.stop_bg),
                 (c.on_solid, c.badge_alert_bg), (c.on_solid, c.badge_night_bg), (c.on_solid, c.photo_placeholder),
                 (c.secondary, c.border), (c.tile_normal_text, c.tile_normal_bg),
                 (c.tile_warning_text, c.tile_warning_bg), (c.tile_critical_text, c.tile_critical_bg)]
        for ink, bg in pairs:
            assert contrast(QColor(ink), QColor(bg)) >= 4.5, (ink, bg)


def test_system_scheme_is_followed_live(qapp, restore_look, window):  # noqa: F811 - fixture
    controller = ThemeController(qapp, "system")
    try:
        hints = qapp.styleHints()
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        QApplication.processEvents()
        assert controller.scheme == "dark" and is_dark() and colours() is DARK
        assert not too_faint(window), report(too_faint(window))
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        QApplication.processEvents()
        assert controller.scheme == "light" and not is_dark()
        assert not too_faint(window), report(too_faint(window))
        # A chosen scheme is kept whatever the system says.
        controller.apply("dark")
        hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
        QApplication.processEvents()
        assert controller.scheme == "dark" and is_dark()
        # A bad value counts as "system", with a warning (never an exception at start).
        controller.apply("purple")
        assert controller.choice == "system"
    finally:
        controller.close()


def test_theme_setting_defaults_to_system_is_saved_and_checked_in_words(tmp_path):
    assert Settings().theme == "system" and THEMES == ("system", "light", "dark")
    store = SettingsStore(tmp_path)
    settings = store.load()
    settings.theme = "dark"
    store.save(settings)
    assert SettingsStore(tmp_path).load().theme == "dark"
    for value in THEMES:
        assert check_theme(value) == value
    with pytest.raises(InvalidInput, match="use one of system, light, dark"):
        check_theme("Dark")


def test_sign_in_dialog_is_readable_after_a_refusal(scheme, qtbot, sim, arun, keep_running):
    """The sign-in dialog (its notice and its refusal banner included) in both schemes."""
    from cti_desktop.core.secrets import SecretStore
    from cti_desktop.ui.login_dialog import LoginDialog
    from cti_desktop.viewmodels.login import LoginViewModel

    store = SettingsStore()
    vm = LoginViewModel(store, store.load(), SecretStore(use_keyring=False), heartbeat_interval=1.0,
                        backoff_initial=0.1)
    dialog = LoginDialog(vm)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.keyClicks(dialog.server_edit, sim.base_url)
    qtbot.keyClicks(dialog.domain_edit, "demo.example")
    qtbot.keyClicks(dialog.user_edit, "agent1")
    qtbot.keyClicks(dialog.password_edit, "wrong")
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    arun(until(lambda: vm.busy, timeout=5))
    arun(until(lambda: not vm.busy and "refused" in dialog.error_label.text(), timeout=10, what="the refusal"))
    QApplication.processEvents()
    measured = measure_window(dialog)
    assert any(m.text == dialog.error_label.text() for m in measured), measured
    assert any(m.text == dialog.notice_label.text() for m in measured), measured
    assert not too_faint(dialog), report(too_faint(dialog))
    dialog.close()
