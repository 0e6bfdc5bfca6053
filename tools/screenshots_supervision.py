"""Screenshots of the supervisor's features, from the real app against the embedded PBX simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/screenshots_supervision.py

Signs in as the supervisor ``super1`` (as ``cti-desktop --server URL --domain demo.example --user
super1`` with ``CTI_DESKTOP_PASSWORD=demo``, a throw-away settings folder, no keyring), then:

* agent1 takes a call; the Supervise tab lists agent1 on a call; Whisper is clicked →
  ``docs/screenshots/supervision.png`` (the supervisor's call in the call panel, the notice);
* a caller rings super1, who answers; "1002" is typed and the card's "Transfer as…" menu opened →
  ``docs/screenshots/transfer-variants.png``;
* a number is typed in the dial pad and "Call via my mobile" clicked → ``docs/screenshots/call-via-mobile.png``;
* Customer Service is put in night mode → ``docs/screenshots/queue-night-mode.png`` (the queues).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
from screenshots import open_window, run_app, save, sim_post, until  # noqa: E402  (the README screenshots' own helpers)


async def scenario(controller, sim, out: Path) -> None:
    import httpx
    from PySide6.QtGui import QGuiApplication

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:

        async def post(path: str, body: dict | None = None) -> dict:
            return await sim_post(http, path, body)

        window, ws = await open_window(controller, (1400, 900), lambda ws: ws.queues_vm.loaded and ws.supervision_vm.available)

        # (1) agent1 on a call; the supervisor whispers.
        agent_call = (await post("/_sim/calls", {"to": "agent1", "from": "+4684057060", "via": None}))["callId"]
        await post(f"/_sim/calls/{agent_call}/answer")
        window.follow_tabs.setCurrentWidget(ws.supervision)
        await ws.supervision_vm.refresh_now()
        panel = ws.supervision
        row = next(panel.agents.item(i) for i in range(panel.agents.count())
                   if panel.agents.item(i).data(0x0100) == "agent1")
        panel.agents.setCurrentItem(row)
        await until(lambda: panel.buttons["whisper"].isEnabled(), 10, "the Whisper button")
        panel.buttons["whisper"].click()
        await until(lambda: panel.notice.isVisible() and ws.calls_vm.count == 1, 10, "the supervisor's call")
        await until(lambda: ws.calls_vm.calls[0].status == "ACTIVE", 10, "the supervisor's call to connect")
        await asyncio.sleep(1.0)
        window.notice_area.clear()
        save(window.grab(), out / "supervision.png")
        for call in list(controller.session.store.calls()):
            await controller.session.commands.run("hangup", call)
        await post(f"/_sim/calls/{agent_call}/remote-hangup")
        await until(lambda: not controller.session.store.calls(), 10, "the calls to end")

        # (2) a call to the supervisor; the transfer variants.
        mine = (await post("/_sim/calls", {"to": "super1", "from": "+46701118888", "fromName": "Greta Nilsson"}))["callId"]
        await until(lambda: ws.calls.card(mine) is not None, 10, "the card")
        await post(f"/_sim/calls/{mine}/answer")
        card = ws.calls.card(mine)
        await until(lambda: card.transfer_as.isEnabled(), 10, "the transfer variants")
        card.destination.setText("1002")
        await asyncio.sleep(0.5)
        menu = card.transfer_as.menu()
        menu.popup(card.transfer_as.mapToGlobal(card.transfer_as.rect().bottomLeft()))
        await asyncio.sleep(0.8)
        screen = QGuiApplication.primaryScreen()
        top_left = card.mapToGlobal(card.rect().topLeft())
        save(screen.grabWindow(0, top_left.x(), top_left.y(), card.width(), card.height() + menu.height() + 10),
             out / "transfer-variants.png")
        menu.hide()
        await controller.session.commands.run("hangup", controller.session.store.get(mine))
        await until(lambda: not controller.session.store.calls(), 10, "the call to end")

        # (3) call via my mobile.
        window.show_left_tab("dial")
        ws.dial.number.setText("08-123 456 78")
        ws.dial_vm.number = "08-123 456 78"
        ws.dial.via_mobile.click()
        await until(lambda: ws.dial.notice.isVisible(), 10, "the call-via-mobile notice")
        await until(lambda: ws.calls_vm.count == 1, 10, "the call-back in the call panel")
        await asyncio.sleep(1.0)
        window.notice_area.clear()
        save(window.grab(), out / "call-via-mobile.png")
        for call in list(controller.session.store.calls()):
            await controller.session.commands.run("hangup", call)
        await until(lambda: not controller.session.store.calls(), 10, "the calls to end")

        # (4) night mode per group.
        await post("/_sim/queues/101", {"nightMode": True})
        ws.queues_vm.setActive(True)
        await until(lambda: ws.queues_vm.group("101")["nightMode"], 10, "night mode")
        await asyncio.sleep(0.8)
        save(window.queues_section.grab(), out / "queue-night-mode.png")
        await post("/_sim/queues/101", {"nightMode": False})


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts.out), name="screenshots", user="super1",
                   timeout=90)


if __name__ == "__main__":
    sys.exit(main())
