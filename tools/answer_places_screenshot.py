"""The dial pad's "Call via…" with the account's answer places, from the real app against the Dstny simulator.

    /work/shared/tools/xvfb-shot /tmp/x.png 40 -- python tools/answer_places_screenshot.py
    (or: xvfb-run -s "-screen 0 1600x1000x24" python tools/answer_places_screenshot.py)

Signs in as agent1 through the composition root (as ``tools/screenshots.py`` does), types a number
and saves the dial pad with its "Ring first at" chooser (the server's answer places) as
``docs/screenshots/call-via-answer-place.png``.
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import open_window, run_app, save  # noqa: E402  (the same helpers and seed)


async def scenario(controller, out: Path) -> None:
    window, ws = await open_window(controller, ready=lambda ws: ws.dial_vm.answerPlaces, what="the answer places")
    from PySide6.QtTest import QTest

    QTest.keyClicks(ws.dial.number, "08-123 456 78")  # typed, as a person does
    window.notice_area.clear()
    await asyncio.sleep(0.8)
    save(ws.dial.grab(), out / "call-via-answer-place.png")


def main() -> int:
    return run_app(lambda controller, sim: scenario(controller, ROOT / "docs" / "screenshots"),
                   name="answer place screenshot")


if __name__ == "__main__":
    sys.exit(main())
