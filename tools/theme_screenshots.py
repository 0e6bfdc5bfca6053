"""The main window in the light and the dark scheme, from the real app against the embedded simulator.

    xvfb-run -s "-screen 0 1600x1000x24" python tools/theme_screenshots.py

Once per scheme, signs in as ``tools/screenshots.py`` does (fixed seed, no keyring, a throw-away
settings folder whose ``theme`` is "light", then "dark"), answers a known caller's call through the
queue, lets a second caller ring, and saves ``docs/screenshots/main-window-<scheme>.png``.
``--theme light`` (or dark) makes only that one.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import KNOWN_CALLER, QUEUE, ROOT, SECOND_CALLER, run_app, save, until  # noqa: E402


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    p.add_argument("--size", default="1280x800", help="the main window's size, e.g. 1920x1080")
    p.add_argument("--theme", choices=("light", "dark"), action="append", help="default: both, one process each")
    p.add_argument("--timeout", type=float, default=60.0)
    return p.parse_args(argv)


def theme_at_start(theme: str):
    def prepare(_sim) -> None:
        from cti_desktop.core.settings import ENV_CONFIG_DIR

        folder = Path(os.environ[ENV_CONFIG_DIR])
        (folder / "settings.toml").write_text(f'theme = "{theme}"\n', encoding="utf-8")

    return prepare


async def scenario(controller, sim, opts: argparse.Namespace) -> None:
    import httpx

    async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as http:

        async def post(path: str, body: dict | None = None) -> dict:
            r = await http.post(path, json=body or {})
            r.raise_for_status()
            return r.json()

        await until(lambda: controller.window is not None and controller.window.isVisible(), 30, "the main window")
        window, ws = controller.window, controller.workspace
        assert controller.theme.scheme == opts.theme[0], controller.theme.scheme
        width, height = (int(v) for v in opts.size.lower().split("x"))
        window.showNormal()
        window.resize(width, height)
        window.move(0, 0)
        await until(lambda: window.vm.live and ws.queues_vm.loaded and ws.presence_vm.loaded, 20, "the panels")
        window.notice_area.clear()
        first = (await post("/_sim/calls", {"to": "agent1", "from": KNOWN_CALLER, "via": QUEUE}))["callId"]
        await until(lambda: ws.screen_pop.window(first) is not None, 10, "the screen-pop")
        pop = ws.screen_pop.window(first)
        await until(lambda: pop.isVisible() and not pop.item.lookupPending, 10, "the caller lookup")
        pop.answer_button.click()
        await until(lambda: any(c.call_id == first and c.status == "ACTIVE"
                                for c in controller.session.store.calls()), 10, "the answered call")
        second = (await post("/_sim/calls", {"to": "agent1", "from": SECOND_CALLER, "fromName": "Greta Nilsson"}))["callId"]
        await until(lambda: ws.calls.card(second) is not None, 10, "the second call")
        ws.calls_vm.selectedCallId = first
        window.show_left_tab("dial")
        await asyncio.sleep(1.0)
        window.notice_area.clear()
        await asyncio.sleep(0.2)
        save(window.grab(), opts.out / f"main-window-{opts.theme[0]}.png")
        for call_id in (second, first):
            try:
                await post(f"/_sim/calls/{call_id}/remote-hangup")
            except httpx.HTTPStatusError:
                pass
        await until(lambda: not controller.session.store.calls(), 10, "the calls to end")


def main(argv: list[str] | None = None) -> int:
    import subprocess

    opts = parse_args(argv)
    themes = opts.theme or ["light", "dark"]
    if len(themes) > 1:  # one process per scheme: each starts with its setting, as a person's app would
        args = ["--out", str(opts.out), "--size", opts.size, "--timeout", str(opts.timeout)]
        return max(subprocess.call([sys.executable, __file__, *args, "--theme", theme]) for theme in themes)
    opts.theme = themes
    return run_app(lambda controller, sim: scenario(controller, sim, opts), name="theme_screenshots",
                   timeout=opts.timeout, prepare=theme_at_start(themes[0]))


if __name__ == "__main__":
    sys.exit(main())
