"""The after-call work (wrap-up) screenshot from the real app against the embedded Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/after_call_screenshot.py

Writes ``[after_call] enabled = true`` (queue calls, 30 s) into the throw-away settings file, signs in
as agent1 (as ``tools/screenshots.py`` does), then a Customer Service queue call rings agent1, is
answered on the phone and hung up by the caller (the simulator's control API); once the header shows
the wrap-up countdown, "+30 s" is pressed once. Saves ``docs/screenshots/after-call-work.png`` (the
main window) and ``docs/screenshots/after-call-work-header.png`` (the header alone).
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import run_app, save, until  # noqa: E402  (the same helpers and seed)

CUSTOMER_SERVICE = "101"


def prepare(sim) -> None:
    folder = Path(os.environ["CTI_DESKTOP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.toml").write_text('[after_call]\nenabled = true\nscope = "queue"\nseconds = 30\n',
                                          encoding="utf-8")


async def scenario(controller, sim, out: Path) -> None:
    await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
    window, ws = controller.window, controller.workspace
    window.showNormal()
    window.resize(1280, 860)
    window.move(0, 0)
    await until(lambda: window.vm.live and ws.presence_vm.loaded, 20, "the panels")
    await until(lambda: ws.after_call_vm.state().current is not None, 10, "after-call work to read the presence")
    store = ws.bridge.session.store
    async with httpx.AsyncClient(base_url=sim.base_url, trust_env=False, timeout=10) as control:
        answer = await control.post("/_sim/calls", json={"to": "agent1", "via": CUSTOMER_SERVICE,
                                                         "from": "+46701234567", "fromName": "Alice Andersson"})
        call_id = answer.json()["callId"]
        await until(lambda: store.get(call_id) is not None, 10, "the ringing call")
        await control.post(f"/_sim/calls/{call_id}/answer", json={})
        await until(lambda: (c := store.get(call_id)) is not None and c.status == "ACTIVE", 10, "the answer")
        await asyncio.sleep(1.5)
        await control.post(f"/_sim/calls/{call_id}/remote-hangup", json={})
    await until(lambda: ws.after_call_vm.phase == "wrapping", 10, "the wrap-up")
    ws.after_call.extend_button.click()
    await until(lambda: ws.presence_vm.activityId == "busy", 10, "the presence panel to show busy")
    await asyncio.sleep(1.2)
    window.notice_area.clear()
    await asyncio.sleep(0.3)
    save(window.grab(), out / "after-call-work.png")
    header = ws.after_call.parentWidget()
    save(header.grab(), out / "after-call-work-header.png")
    ws.after_call_vm.ready()
    await until(lambda: ws.after_call_vm.phase == "idle", 10, "Ready")


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, sim, ROOT / "docs" / "screenshots"),
                   name="after-call work screenshots", prepare=prepare)


if __name__ == "__main__":
    sys.exit(main())
