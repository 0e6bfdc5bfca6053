"""Where the pop windows go: a pure function of the screens, the main window and the pops' sizes.

The pops are stacked in one corner of the screen the main window is on (a second monitor counts),
inside that screen's available area (without panels and docks), so that they hide nothing the agent
needs: the parts of the main window that must stay visible (its header with presence and the "Live"
indicator, the call panel with its timers — ``keep_clear``) are stepped over, and with
``corner="auto"`` the corner is the one where the pops cover least of the main window, the corners
farthest from the main window's centre first. A chosen corner is kept; its pops still step over
what must stay clear.

Top corners stack downwards, bottom corners upwards; a column that is full continues in a new one
towards the middle of the screen. Rectangles are ``(x, y, width, height)`` in the desktop's
coordinates (Qt's ``QRect`` of ``QScreen.availableGeometry()`` / ``frameGeometry()``). No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

AUTO = "auto"
CORNERS = ("top-right", "top-left", "bottom-right", "bottom-left")
#: The space kept between the screen's edge and the pops, and between two pops.
MARGIN = 16
GAP = 8


@dataclass(frozen=True, slots=True)
class Rect:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:  # exclusive
        return self.x + self.w

    @property
    def bottom(self) -> int:  # exclusive
        return self.y + self.h

    def overlap(self, other: "Rect") -> int:
        """The area both cover (0 when they only touch)."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return w * h if w > 0 and h > 0 else 0

    def contains(self, other: "Rect") -> bool:
        return (self.x <= other.x and self.y <= other.y and other.right <= self.right
                and other.bottom <= self.bottom)

    def shrunk(self, by: int) -> "Rect":
        by = max(0, min(by, (self.w - 1) // 2, (self.h - 1) // 2))
        return Rect(self.x + by, self.y + by, self.w - 2 * by, self.h - 2 * by)


@dataclass(frozen=True, slots=True)
class Placement:
    corner: str
    #: The index of the screen (in the ``screens`` given) the pops are on.
    screen: int
    #: Each pop's top-left corner, in the order of the sizes given.
    positions: tuple[tuple[int, int], ...]
    #: The pops' rectangles (the same order).
    rects: tuple[Rect, ...]


def screen_of(screens: Sequence[Rect], window: Rect | None) -> int:
    """The screen that shows most of ``window`` (the first screen when none does, or no window)."""
    if window is None or not screens:
        return 0
    best = max(range(len(screens)), key=lambda i: (screens[i].overlap(window), -i))
    if screens[best].overlap(window):
        return best
    cx, cy = window.x + window.w // 2, window.y + window.h // 2
    for i, s in enumerate(screens):
        if s.x <= cx < s.right and s.y <= cy < s.bottom:
            return i
    return 0


def corner_order(area: Rect, main: Rect | None) -> tuple[str, ...]:
    """The corners of ``area``, the farthest from the main window's centre first."""
    if main is None:
        return CORNERS
    cx, cy = main.x + main.w / 2, main.y + main.h / 2
    points = {"top-right": (area.right, area.y), "top-left": (area.x, area.y),
              "bottom-right": (area.right, area.bottom), "bottom-left": (area.x, area.bottom)}
    return tuple(sorted(CORNERS, key=lambda c: (-((points[c][0] - cx) ** 2 + (points[c][1] - cy) ** 2),
                                                CORNERS.index(c))))


def stack(sizes: Sequence[tuple[int, int]], area: Rect, corner: str, keep_clear: Sequence[Rect] = (),
          gap: int = GAP) -> tuple[Rect, ...]:
    """The pops stacked in ``corner`` of ``area``, stepping over ``keep_clear``, each inside ``area``
    when it fits there at all (a pop larger than the area is clamped to its top-left)."""
    if corner not in CORNERS:
        raise ValueError(f"unknown corner {corner!r}")
    top, right = corner.startswith("top"), corner.endswith("right")
    obstacles = [r for r in keep_clear if r.overlap(area)]
    rects: list[Rect] = []
    column_edge = area.right if right else area.x  # the column's outer edge
    column_width = 0
    y = area.y if top else area.bottom
    for width, height in sizes:
        w, h = max(1, min(width, area.w)), max(1, min(height, area.h))
        placed = None
        for _ in range(4 * (len(obstacles) + 2) * (len(sizes) + 1)):  # bounded: each step moves on
            x = column_edge - w if right else column_edge
            candidate = Rect(x, y if top else y - h, w, h)
            off_area = candidate.y < area.y or candidate.bottom > area.bottom
            off_side = candidate.x < area.x or candidate.right > area.right
            if off_side:
                break
            hit = next((o for o in obstacles if o.overlap(candidate)), None)
            if not off_area and hit is None:
                placed = candidate
                break
            if hit is not None and not off_area:  # step over what must stay clear
                y = hit.bottom + gap if top else hit.y - gap
                continue
            # the column is full: a new one, towards the middle
            if column_width == 0:
                column_width = w
            column_edge = column_edge - column_width - gap if right else column_edge + column_width + gap
            column_width = 0
            y = area.y if top else area.bottom
        if placed is None:  # no room that hides nothing: the corner itself, inside the area
            x = area.right - w if right else area.x
            placed = Rect(x, area.y if top else area.bottom - h, w, h)
        rects.append(placed)
        column_width = max(column_width, placed.w)
        y = placed.bottom + gap if top else placed.y - gap
    return tuple(rects)


def place_pops(
    sizes: Sequence[tuple[int, int]],
    screens: Sequence[Rect],
    *,
    main: Rect | None = None,
    keep_clear: Sequence[Rect] = (),
    corner: str = AUTO,
    margin: int = MARGIN,
    gap: int = GAP,
) -> Placement:
    """Where each pop of ``sizes`` ((width, height), in stacking order) goes. See the module docstring.

    ``screens`` are the screens' available areas (the primary screen first); ``main`` the main
    window's frame (None when it is not shown); ``keep_clear`` the parts of it that must stay visible.
    """
    if not screens:
        raise ValueError("no screen")
    index = screen_of(screens, main)
    area = screens[index].shrunk(margin)
    on_screen_main = main if main is not None and main.overlap(screens[index]) else None
    if corner != AUTO:
        chosen = corner if corner in CORNERS else CORNERS[0]
        rects = stack(sizes, area, chosen, keep_clear, gap)
        return Placement(chosen, index, tuple((r.x, r.y) for r in rects), rects)
    best: tuple | None = None
    for rank, candidate in enumerate(corner_order(area, on_screen_main)):
        rects = stack(sizes, area, candidate, keep_clear, gap)
        hidden = sum(r.overlap(k) for r in rects for k in keep_clear)
        covered = sum(r.overlap(on_screen_main) for r in rects) if on_screen_main is not None else 0
        score = (hidden, covered, rank)
        if best is None or score < best[0]:
            best = (score, candidate, rects)
    _, chosen, rects = best
    return Placement(chosen, index, tuple((r.x, r.y) for r in rects), rects)
