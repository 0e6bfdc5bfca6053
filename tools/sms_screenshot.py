"""Screenshot the SMS compose dialog of the real app against the embedded Dstny simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/sms_screenshot.py

Signs in as ``agent1`` exactly as ``tools/screenshots.py`` does (a throw-away settings folder, no
keyring), rings a call from a known caller, answers it, presses the call card's "SMS…" button, types
a message with a curly apostrophe (so the dialog says why it goes as UCS-2) and saves the dialog to
``docs/screenshots/sms.png``; then sends it and checks that the simulator received it.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from screenshots import KNOWN_CALLER, open_window, run_app, save, until  # noqa: E402

TEXT = ("Hi Jonas, thanks for your call! Your replacement router ships today; you’ll get the "
        "tracking link by e-mail. Call us back on 08-500 1001 if anything is unclear.")


async def scenario(controller, sim, out: Path) -> None:
    import httpx
    from PySide6.QtWidgets import QApplication

    from cti_desktop.ui.sms import SmsDialog

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:
        window, ws = await open_window(controller, (1280, 800), lambda ws: True, "the sign-in")
        call_id = (await http.post("/_sim/calls", json={"to": "agent1", "from": KNOWN_CALLER,
                                                   "fromName": "Jonas Ali"})).json()["callId"]
        await until(lambda: ws.calls.card(call_id) is not None, 10, "the call card")
        await http.post(f"/_sim/calls/{call_id}/answer")
        card = ws.calls.card(call_id)
        await until(lambda: card.sms.isVisible(), 10, "the SMS button")
        card.sms.click()
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, SmsDialog) and w.isVisible()]
        (dialog,) = dialogs
        dialog.resize(560, 380)
        dialog.text_edit.setPlainText(TEXT)
        await asyncio.sleep(0.8)
        save(dialog.grab(), out / "sms.png")
        dialog.send_button.click()
        await until(lambda: dialog.vm.sentMessage, 10, "the confirmation")
        sent = (await http.get("/_sim/sms")).json()["sent"]
        assert sent and sent[-1]["smsText"] == TEXT, sent
        print(f"{dialog.vm.sentMessage}: {dialog.vm.lengthText}")
        await asyncio.sleep(0.3)
        save(dialog.grab(), out / "sms-sent.png")
        await http.post(f"/_sim/calls/{call_id}/remote-hangup")
        await until(lambda: not controller.session.store.calls(), 10, "the call to end")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    opts = p.parse_args(argv)
    return run_app(lambda controller, sim: scenario(controller, sim, opts.out), name="sms_screenshot")


if __name__ == "__main__":
    sys.exit(main())
