"""Process-wide habits of a desktop app that runs all day.

Garbage collection happens on the GUI thread only. Python's automatic collection runs in whichever
thread happens to allocate — a background import, a keyring probe, an executor job — and a
collection there that ends a Qt object runs its C++ destructor on that thread with the interpreter
lock let go (PySide's wrappers do so). The destructor takes Qt's signal-slot locks and, to drop its
connections to Python slots, waits for the interpreter lock; meanwhile the GUI thread holds that lock
and waits in ``QObject::connect`` for Qt's: both stop for good (seen as a window frozen in
``QBasicMutex::lockInternal``). So :func:`collect_on_gui_thread` turns the automatic collection off
and :func:`collect_due` — called by a timer of the GUI thread — does what it would have done, with
the same thresholds, there.

Full (generation 2) collections walk every tracked object. After start-up most of them — modules, Qt
wrappers, the window and its panels — live as long as the app, yet each full collection walks them
again; under a wallboard event storm that happened about once a second and froze the window for
100–130 ms each time. So once the app has started, collect once and move what exists into the
permanent generation (:func:`gc.freeze`): later full collections only look at what was made since.
Until then (:func:`hold_collections`) nothing is collected: start-up makes hundreds of thousands of
long-lived objects and little garbage, and the first collection that fell due — of the youngest
generation, which then holds everything made since the collector was taken over — walked them all
on the way to the first live picture (10–25 ms), work the settling collection does again moments
later.
"""

from __future__ import annotations

import gc
import logging
import threading

log = logging.getLogger(__name__)

#: How often the GUI thread looks whether a collection is due (ms): often enough that garbage never
#: piles up for long, seldom enough to cost nothing (a look is three integer comparisons).
COLLECT_EVERY_MS = 250

#: The longest collections are held at start-up (a start that never goes Live — the sign-in dialog
#: left open — collects as usual after it).
HELD_AT_MOST_MS = 20_000

_owner: threading.Thread | None = None
_held = False


def collect_on_gui_thread() -> None:
    """From now on garbage is collected only by :func:`collect_due`, on this (the GUI) thread."""
    global _owner
    _owner = threading.current_thread()
    gc.disable()


def hold_collections() -> None:
    """Until :func:`settle_after_startup` (or :func:`release_collections`), :func:`collect_due`
    collects nothing."""
    global _held
    _held = True


def release_collections() -> None:
    """:func:`collect_due` collects again whatever generation is due."""
    global _held
    _held = False


def collect_due() -> int | None:
    """Collect the oldest generation whose threshold is passed, as the automatic collector would;
    the generation collected, or ``None`` when none was due. Only on the thread that took the
    collection over (elsewhere it does nothing: that is the point)."""
    if _owner is not None and threading.current_thread() is not _owner:
        return None
    if _held:
        return None
    counts = gc.get_count()
    thresholds = gc.get_threshold()
    if not thresholds[0] or counts[0] <= thresholds[0]:
        return None  # the automatic collector only looks further when the youngest is due
    due = max(g for g, (count, threshold) in enumerate(zip(counts, thresholds)) if g == 0 or count > threshold)
    gc.collect(due)
    return due


def settle_after_startup() -> None:
    """Call once the window is up and signed in: later full collections skip start-up's objects."""
    release_collections()
    gc.collect()
    gc.freeze()
    log.debug("garbage collector: %d start-up objects frozen", gc.get_freeze_count())
