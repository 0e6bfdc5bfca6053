"""The presence shortcuts editor screenshot from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/presence_shortcuts_screenshot.py
    (or: xvfb-run -s "-screen 0 1600x1000x24" python tools/presence_shortcuts_screenshot.py)

Signs in as agent1 (as ``tools/screenshots.py`` does), then uses the app's own controls: "Edit
shortcuts…" in the presence panel, "New…", a shortcut "Off site" (away, until the next working day,
diverting to a number) saved, and "Short lunch break" opened for editing (read afresh from the server).
Saves ``docs/screenshots/presence-shortcuts.png`` (the editor) and
``docs/screenshots/presence-shortcuts-panel.png`` (the presence panel with the new button).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, run_app, save, settle, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    window, ws = await open_window(controller, (1280, 860), lambda ws: ws.presence_vm.loaded)
    panel = ws.presence
    panel.edit_shortcuts_button.click()
    dialog = panel.shortcuts_dialog
    dialog.move(640, 80)
    await until(lambda: dialog.list.count() > 0, 10, "the shortcuts")
    vm = dialog.vm
    dialog.new_button.click()
    dialog.name_edit.setText("Off site")
    vm.update_draft(name="Off site", activityId="away", durationType="UNTIL_NEXT_WORKING_DAY",
                    imageId="ic_shortcut_car", applyDiversion=True, diversionNumber="+46 8 500 100 00")
    dialog.save_button.click()
    await until(lambda: not vm.editing and any(s["name"] == "Off site" for s in vm.shortcuts), 10, "the new shortcut")
    dialog.list.setCurrentRow(0)
    dialog.edit_button.click()
    await until(lambda: vm.editing, 10, "the edit")
    await settle(window)
    save(dialog.grab(), out / "presence-shortcuts.png")
    save(panel.grab(), out / "presence-shortcuts-panel.png")
    dialog.close()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"),
                   name="presence shortcuts screenshots")


if __name__ == "__main__":
    sys.exit(main())
