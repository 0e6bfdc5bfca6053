"""The call forwarding screenshots from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/forwarding_screenshot.py
    (or: xvfb-run -s "-screen 0 1600x1000x24" python tools/forwarding_screenshot.py)

Signs in as agent1 (as ``tools/screenshots.py`` does), then uses the app's own controls: opens
"Forward my calls to…" from the header, types a national number, presses Forward, and sets "Lunch →
1002" as an activity forwarding. Saves ``docs/screenshots/forwarding-header.png`` (the main window's
header with "Forwarded to …") and ``docs/screenshots/forwarding.png`` (the forwarding window).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, run_app, save, settle, until  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    from PySide6.QtCore import QRect

    window, ws = await open_window(controller, (1280, 800), lambda ws: ws.presence_vm.loaded and ws.forwarding_vm.loaded)
    button = ws.forwarding
    dialog = button.open_dialog()
    dialog.move(700, 120)
    panel = dialog.panel
    panel.number_edit.setText("070-111 22 33")
    panel.forward_button.click()
    await until(lambda: ws.forwarding_vm.forwarded, 10, "the forwarding")
    lunch = panel.activity_combo.findData("lunch")
    panel.activity_combo.setCurrentIndex(lunch)
    panel.activity_number.setText("1002")
    panel.activity_button.click()
    await until(lambda: ws.forwarding_vm.activityForwarding, 10, "the activity forwarding")
    dialog.adjustSize()
    await settle(window)
    header = window.account_label.parentWidget()
    while header is not None and header.objectName() != "header":
        header = header.parentWidget()
    grab = window.grab(QRect(header.mapTo(window, header.rect().topLeft()), header.size()))
    save(grab, out / "forwarding-header.png")
    save(dialog.grab(), out / "forwarding.png")
    dialog.close()


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"), name="forwarding screenshots")


if __name__ == "__main__":
    sys.exit(main())
