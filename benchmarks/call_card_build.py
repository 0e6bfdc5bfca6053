"""How long one call card holds the GUI thread: building it, and laying it out the first time it shows.

A real call panel (``CallPanel`` on a real ``CallPanelViewModel``, signed in as agent1 against the
simulator, which runs in its own process) is shown 640 px wide. Two calls ring and one is answered,
so there is a ringing and an active call item; each round builds a ``CallCard`` for one of them
(alternately) in the panel's list, above the two cards already there, as the panel does when a call
rings, and times:

* build: the card's constructor and its transfer suggestions (the window offers the contacts on
  every card; here a model of 50 of the same shape);
* shown: putting it in the list and the first layout pass (the posted show and layout requests).

Last, it times what the panel does with its two cards on every change of the call list (brings its
cards up to date, marks the selected one), as often. Each figure is wall time (what the agent waits) and the GUI thread's CPU time (what the card costs,
less disturbed by whatever else the machine runs). The card is then let go (detached, removed, deleted). The baseline is the least a card could be: a
bare ``QWidget`` with as many ``QPushButton``s as the card has buttons in one ``QHBoxLayout``, put in
the same list and shown the same way (a card and a bare one in turn). It also counts how often the
panel's flow layouts (the new card's and those of the two cards already there, which are laid out
again) are asked their height (``heightForWidth``) and how often they go through their buttons to
compute it or to place them.

    python benchmarks/call_card_build.py --cards 50
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no screen: render off-screen
os.environ["QT_API"] = "pyside6"

import httpx  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from simproc import SimulatorProcess  # noqa: E402


async def wait_until(pred, timeout=15.0, what="condition"):
    deadline = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} not reached")
        await asyncio.sleep(0.005)


class Counts:
    """How often the flow layouts were asked their height for a width (``heightForWidth``) and how often
    they went through their items to compute it or place them (``_arrange``), wrapping the class's methods."""

    def __init__(self) -> None:
        from cti_desktop.ui.flow_layout import FlowLayout

        self.asked = 0
        self.arranged = 0
        height_for_width, arrange = FlowLayout.heightForWidth, FlowLayout._arrange

        def counted_height_for_width(layout, width):
            self.asked += 1
            return height_for_width(layout, width)

        def counted_arrange(layout, *args, **kwargs):
            self.arranged += 1
            return arrange(layout, *args, **kwargs)

        FlowLayout.heightForWidth = counted_height_for_width
        FlowLayout._arrange = counted_arrange

    def take(self) -> tuple[int, int]:
        taken = (self.asked, self.arranged)
        self.asked = self.arranged = 0
        return taken


def settle() -> None:
    """Deliver what building and inserting posted (the queued show, the layout requests)."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, 0)


def let_go(panel, widget) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    if hasattr(widget, "detach"):
        widget.detach()
    panel._list_layout.removeWidget(widget)
    widget.hide()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settle()


def run(sim, cards: int) -> dict:
    import qasync
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QAbstractButton, QApplication, QHBoxLayout, QPushButton, QWidget

    from cti_desktop.core.credentials import Credentials
    from cti_desktop.core.session import Account, Session
    from cti_desktop.providers.dstny.backend import connect_dstny
    from cti_desktop.ui.call_card import CallCard
    from cti_desktop.ui.call_panel import NUMBER_ROLE, CallPanel
    from cti_desktop.viewmodels.call_panel import CallPanelViewModel
    from cti_desktop.viewmodels.session_bridge import SessionBridge

    app = QApplication.instance() or QApplication(["call-card-build"])
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    counts = Counts()
    results: dict = {}

    async def scenario() -> None:
        account = Account("dstny", sim.base_url, "demo.example", "agent1")
        backend = await connect_dstny(account, Credentials(password="demo"), heartbeat_interval=1.0,
                                      backoff_initial=0.1)
        session = Session(account, backend)
        session.start()
        try:
            assert await session.wait_live(10), session.status
            bridge = SessionBridge(session)
            vm = CallPanelViewModel(bridge)
            await vm.load_devices()
            panel = CallPanel(vm)
            panel.resize(640, 700)
            panel.show()
            async with httpx.AsyncClient(base_url=sim.base_url, timeout=10) as control:
                ids = [(await control.post("/_sim/calls", json={"to": "agent1", "from": f"+4670123456{n}",
                                                               "fromName": "Alice Andersson", "via": 101})).json()["callId"]
                       for n in range(2)]
                await wait_until(lambda: all(panel.card(c) is not None for c in ids), what="the ringing cards")
                await control.post(f"/_sim/calls/{ids[1]}/answer")
                await wait_until(lambda: panel.card(ids[1]).item.status == "ACTIVE", what="the answered call")
            items = [panel.card(c).item for c in ids]
            await asyncio.sleep(0.3)
            settle()
            # the card's own buttons, not those of its keypad (a popup window of its own)
            buttons = sum(1 for b in panel.card(ids[0]).findChildren(QAbstractButton) if b.window() is panel.window())

            # the window offers the contacts as transfer suggestions on every card; a model of the same shape
            suggestions = QStandardItemModel()
            for n in range(50):
                row = QStandardItem(f"Contact {n} (+4670555{n:04d})")
                row.setData(f"+4670555{n:04d}", NUMBER_ROLE)
                suggestions.appendRow(row)

            def card(n: int):  # as the panel makes one for a call that rings
                made = CallCard(items[n % 2], vm, panel._list)
                made.set_completer_model(suggestions)
                return made

            def bare(_n: int):
                widget = QWidget(panel._list)
                row = QHBoxLayout(widget)
                for b in range(buttons):
                    row.addWidget(QPushButton(f"Button {b}"))
                return widget

            makers = {"card": card, "bare": bare}
            for n in range(3):  # warm up (first-use caches: fonts, styles, translations)
                for make in makers.values():
                    widget = make(n)
                    panel._list_layout.insertWidget(0, widget)
                    settle()
                    let_go(panel, widget)
            counts.take()
            for name in makers:
                results[name] = {"build": [], "shown": [], "build cpu": [], "shown cpu": [], "hfw": [], "arranged": []}
            for n in range(cards):  # a card, then a bare one: what the machine is doing besides weighs on both
                for name, make in makers.items():
                    t0, c0 = time.perf_counter(), time.thread_time()
                    widget = make(n)
                    t1, c1 = time.perf_counter(), time.thread_time()
                    hfw_build, arranged_build = counts.take()
                    panel._list_layout.insertWidget(0, widget)
                    settle()
                    t2, c2 = time.perf_counter(), time.thread_time()
                    hfw_shown, arranged_shown = counts.take()
                    figures = results[name]
                    figures["build"].append(t1 - t0)
                    figures["shown"].append(t2 - t0)
                    figures["build cpu"].append(c1 - c0)
                    figures["shown cpu"].append(c2 - c0)
                    figures["hfw"].append((hfw_build, hfw_shown))
                    figures["arranged"].append((arranged_build, arranged_shown))
                    let_go(panel, widget)
                    await asyncio.sleep(0)
                    counts.take()  # letting it go is not building it
            # what the panel does on every change of the call list (a call rings, is answered, ends)
            sync, sync_cpu = [], []
            for _n in range(cards):
                t0, c0 = time.perf_counter(), time.thread_time()
                panel._sync_cards()
                settle()
                sync.append(time.perf_counter() - t0)
                sync_cpu.append(time.thread_time() - c0)
                await asyncio.sleep(0)
            results["sync"] = {"wall": sync, "cpu": sync_cpu}
            results["buttons"] = buttons
            panel.close()
            vm.detach()
            bridge.detach()
        finally:
            await session.aclose()

    try:
        loop.run_until_complete(scenario())
    finally:
        loop.close()
        asyncio.set_event_loop(None)
    return results


def describe(name: str, times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return (f"{name:>10}: median {statistics.median(ms):5.1f} ms  p90 {ms[max(0, int(len(ms) * 0.9) - 1)]:5.1f} ms  "
            f"worst {ms[-1]:5.1f} ms  best {ms[0]:5.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cards", type=int, default=50)
    opts = parser.parse_args()
    if opts.cards < 1:
        parser.error("--cards must be at least 1")
    config = tempfile.mkdtemp(prefix="cti-desktop-bench-")
    os.environ.update({"CTI_DESKTOP_CONFIG_DIR": config, "XDG_STATE_HOME": config})
    with SimulatorProcess("--seed", "1") as sim:
        httpx.post(sim.base_url + "/_sim/config", json={"autoAnswerMs": None}, timeout=10)
        results = run(sim, opts.cards)
    card, bare = results["card"], results["bare"]
    print(f"{opts.cards} cards, alternately for a ringing and an active call; the card has {results['buttons']} buttons")
    print("wall time / CPU time of the GUI thread:")
    for name, run_ in (("card", card), ("bare", bare)):
        for phase in ("build", "shown"):
            print(describe(f"{name} {phase}", run_[phase]), "  CPU", describe("", run_[f"{phase} cpu"]).split(": ", 1)[1])
    print(describe("panel sync", results["sync"]["wall"]), "  CPU",
          describe("", results["sync"]["cpu"]).split(": ", 1)[1], " (two cards, one selected)")
    for name, run_ in (("card", card), ("bare", bare)):
        asked_build = statistics.median(b for b, _s in run_["hfw"])
        asked_shown = statistics.median(s for _b, s in run_["hfw"])
        arranged_build = statistics.median(b for b, _s in run_["arranged"])
        arranged_shown = statistics.median(s for _b, s in run_["arranged"])
        print(f"flow layouts of the panel per {name} (median): asked heightForWidth {asked_build:g} while building"
              f" + {asked_shown:g} when shown; went through their buttons {arranged_build:g} + {arranged_shown:g} times")
    ratio = statistics.median(card["shown"]) / statistics.median(bare["shown"])
    print(f"card shown / bare shown (medians): {ratio:.1f}x")


if __name__ == "__main__":
    main()
