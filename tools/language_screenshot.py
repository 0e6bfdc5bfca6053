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

from screenshots import open_settings, open_window, run_app, save  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    window, _ = await open_window(controller, ready=lambda ws: ws.presence_vm.loaded)
    dialog = await open_settings(window)
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
