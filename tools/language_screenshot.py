"""The settings dialog's Language page, with the app started under a Swedish system locale.

    LANG=sv_SE.UTF-8 /work/shared/tools/xvfb-shot /tmp/x.png 60 -- python tools/language_screenshot.py

Signs in as agent1 against the embedded simulator (``tools/screenshots.py``), opens the settings dialog
with Ctrl+, and saves its Language page as ``docs/screenshots/settings-language.png``: the choices
(as the system, English, Svenska, Italiano) and, under the Swedish locale, Qt's own words (the
dialog's standard buttons) in Swedish. The config folder is a temporary one.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import run_app, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(1280, 800)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.presence_vm.loaded, 20, "the panels")
    window.activateWindow()
    await asyncio.sleep(0.5)
    QTest.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    await until(lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(), 10,
                "the settings dialog")
    dialog = window.settings_dialog
    dialog.move(60, 60)
    page = next(i for i in range(dialog.tabs.count()) if dialog.tabs.widget(i).isAncestorOf(dialog.editors["language"]))
    dialog.tabs.setCurrentIndex(page)
    await asyncio.sleep(0.5)
    dialog.editors["language"].showPopup()
    await asyncio.sleep(0.8)
    screen = dialog.screen().grabWindow(0)
    frame = dialog.frameGeometry()
    save(screen.copy(frame), out / "settings-language.png")
    dialog.editors["language"].hidePopup()
    dialog.reject()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"),
                   name="language screenshot")


if __name__ == "__main__":
    sys.exit(main())
