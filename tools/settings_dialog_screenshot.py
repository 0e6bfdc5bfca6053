"""The settings dialog screenshots from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 60 -- python tools/settings_dialog_screenshot.py

Signs in as agent1 (as ``tools/screenshots.py`` does), presses Ctrl+, in the main window, and saves
the Pops page as ``docs/screenshots/settings-dialog.png`` and the Shortcuts page — with one key
refused because another action has it — as ``docs/screenshots/settings-shortcuts.png``. The config
folder is a temporary one (``tools/screenshots.py``), so nothing of the person's is touched.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_settings, open_window, run_app, save  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    from PySide6.QtGui import QKeySequence

    window, _ = await open_window(controller, ready=lambda ws: ws.presence_vm.loaded)
    dialog = await open_settings(window)
    await asyncio.sleep(0.8)
    save(dialog.grab(), out / "settings-dialog.png")
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    edit = dialog.key_edits["park"]
    edit.setKeySequence(QKeySequence("Ctrl+Shift+H"))
    edit.editingFinished.emit()
    await asyncio.sleep(0.8)
    save(dialog.grab(), out / "settings-shortcuts.png")
    dialog.reject()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"),
                   name="settings dialog screenshot")


if __name__ == "__main__":
    sys.exit(main())
