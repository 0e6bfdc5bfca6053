"""Process-wide habits of a desktop app that runs all day.

Garbage collection: Python's full (generation 2) collection walks every tracked object. After
start-up most of them — modules, Qt wrappers, the window and its panels — live as long as the app,
yet each full collection walks them again; under a wallboard event storm that happened about once a
second and froze the window for 100–130 ms each time. So once the app has started, collect once and
move what exists into the permanent generation (:func:`gc.freeze`): later full collections only
look at what was made since.
"""

from __future__ import annotations

import gc
import logging

log = logging.getLogger(__name__)


def settle_after_startup() -> None:
    """Call once the window is up and signed in: later full collections skip start-up's objects."""
    gc.collect()
    gc.freeze()
    log.debug("garbage collector: %d start-up objects frozen", gc.get_freeze_count())
