"""The keyboard shortcuts (F1) screenshot from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/shortcuts_screenshot.py

Signs in as agent1 (as ``tools/screenshots.py`` does), presses F1 in the main window and saves the
shortcuts list it opens as ``docs/screenshots/keyboard-shortcuts.png``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, press, run_app, save, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    window, _ = await open_window(controller, ready=lambda ws: ws.presence_vm.loaded)
    await press(window, Qt.Key.Key_F1)

    def box():
        return next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)

    await until(lambda: box() is not None, 10, "the shortcuts list")
    await asyncio.sleep(0.8)
    save(box().grab(), out / "keyboard-shortcuts.png")
    box().close()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"),
                   name="keyboard shortcuts screenshot")


if __name__ == "__main__":
    sys.exit(main())
