"""Screenshot the pops beside the real main window, and the combined pop, on a real X11 desktop.

    /work/shared/tools/desktop-session -- python tools/pops_screenshot.py      (Xvfb + openbox)
    xvfb-run -s "-screen 0 1600x1000x24" python tools/pops_screenshot.py      (no window manager)

Signs in as ``agent1`` exactly as ``tools/screenshots.py`` does, puts the main window on the left of
the screen with the keyboard in the contact search box, then:

* a known caller rings through "Customer Service" → ``docs/screenshots/pops-beside-main.png`` (the
  whole screen: one compact pop in the corner away from the main window);
* two more callers ring → ``docs/screenshots/pops-combined.png`` (the whole screen: one combined
  pop listing the three calls).

It also prints what the window manager was told and did (``xprop`` on the pop's window, when
``xprop`` is installed): its ``_NET_WM_STATE`` (``SKIP_TASKBAR``, ``SKIP_PAGER``, ``ABOVE``) and
window type, whether the keyboard stayed in the search box, and — with a full-screen window focused —
whether the pop stays above it in ``_NET_CLIENT_LIST_STACKING``.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import KNOWN_CALLER, QUEUE, run_app, save, until  # noqa: E402

OTHERS = (("+46701118888", "Greta Nilsson"), ("+46701118877", ""))


def xprop(*args: str) -> str:
    """``xprop`` with fixed arguments (window ids and atom names only: never caller text)."""
    if shutil.which("xprop") is None:
        return "(xprop is not installed)"
    return subprocess.run(["xprop", *args], capture_output=True, text=True, timeout=5).stdout.strip()


def stacking() -> list[int]:
    line = xprop("-root", "_NET_CLIENT_LIST_STACKING")
    if "#" not in line:
        return []
    return [int(part.strip(), 16) for part in line.split("#", 1)[1].split(",") if part.strip()]


async def scenario(controller, sim, out: Path) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:

        async def ring(number: str, name: str = "") -> str:
            r = await http.post("/_sim/calls", json={"to": "agent1", "from": number, "fromName": name, "via": QUEUE})
            r.raise_for_status()
            return r.json()["callId"]

        await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
        window, ws = controller.window, controller.workspace
        area = QGuiApplication.primaryScreen().availableGeometry()
        window.showNormal()
        window.resize(min(1040, area.width() * 2 // 3), area.height() - 80)
        window.move(area.x(), area.y())
        await until(lambda: window.vm.live and ws.queues_vm.loaded and ws.presence_vm.loaded, 20, "the panels")
        window.notice_area.clear()
        window.activateWindow()
        search = next((w for w in ws.contacts.findChildren(QLineEdit) if w.isVisible()), None)
        if search is not None:
            search.setFocus()
        await asyncio.sleep(1.0)
        focus_before = QApplication.focusWidget()

        first = await ring(KNOWN_CALLER)
        await until(lambda: ws.screen_pop.window(first) is not None, 10, "the pop")
        pop = ws.screen_pop.window(first)
        await until(lambda: pop.isVisible() and not pop.item.lookupPending, 10, "the caller lookup")
        await asyncio.sleep(1.0)
        pop_id = int(pop.winId())
        print("pop window:", hex(pop_id), "placed", ws.screen_pop.placement)
        print(xprop("-id", str(pop_id), "_NET_WM_STATE", "_NET_WM_WINDOW_TYPE", "WM_TRANSIENT_FOR"))
        print("keyboard stayed in the search box:", QApplication.focusWidget() is focus_before and focus_before is not None,
              "| active window is the main window:", QApplication.activeWindow() is window)
        print(xprop("-root", "_NET_ACTIVE_WINDOW"), "| main window:", hex(int(window.winId())))
        save(QGuiApplication.primaryScreen().grabWindow(0), out / "pops-beside-main.png")

        others = [await ring(number, name) for number, name in OTHERS]
        await until(lambda: ws.screen_pop.combined is not None and ws.screen_pop.combined.isVisible()
                    and len(ws.screen_pop.combined.rows()) == 3, 10, "the combined pop")
        await asyncio.sleep(1.2)
        combined = ws.screen_pop.combined
        print("combined pop:", hex(int(combined.winId())), xprop("-id", str(int(combined.winId())), "_NET_WM_STATE"))
        save(QGuiApplication.primaryScreen().grabWindow(0), out / "pops-combined.png")

        # A full-screen window that has the focus (a video call, a presentation): is the pop above it?
        cover = QWidget()
        cover.setWindowTitle("full screen")
        cover.setStyleSheet("background: #333;")
        cover.showFullScreen()
        cover.activateWindow()
        await asyncio.sleep(1.5)
        order = stacking()
        cid, fid = int(combined.winId()), int(cover.winId())
        if cid in order and fid in order:
            print("with a focused full-screen window the combined pop is",
                  "ABOVE" if order.index(cid) > order.index(fid) else "BELOW", "it (_NET_CLIENT_LIST_STACKING)")
        else:
            print("stacking order unknown (no window manager?)", order)
        cover.close()
        for call_id in (first, *others):
            try:
                (await http.post(f"/_sim/calls/{call_id}/remote-hangup")).raise_for_status()
            except httpx.HTTPStatusError:
                pass
        await until(lambda: not controller.session.store.calls(), 10, "the calls to end")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts.out), name="pops", timeout=90)


if __name__ == "__main__":
    sys.exit(main())
