"""Where the pops go: table tests of the pure placement, on one and two screens."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from cti_desktop.core.pop_placement import CORNERS, MARGIN, Rect, place_pops, screen_of

FULL_HD = Rect(0, 0, 1920, 1040)  # 1920×1080 less a 40 px panel at the bottom
POP = (380, 200)


def header_and_calls(main: Rect) -> list[Rect]:
    """What the main window keeps visible: its header (presence, Live) and the call panel (timers, top right)."""
    return [Rect(main.x, main.y, main.w, 56), Rect(main.x + main.w // 2, main.y + 56, main.w // 2, 320)]


def hidden(placement, keep):
    return sum(r.overlap(k) for r in placement.rects for k in keep)


@pytest.mark.parametrize(
    ("main", "corner"),
    [
        (Rect(0, 0, 960, 1040), "top-right"),          # main window on the left half
        (Rect(960, 0, 960, 1040), "top-left"),         # on the right half
        (Rect(1100, 0, 820, 600), "bottom-left"),      # top right (where pops used to be)
        (Rect(0, 500, 800, 540), "top-right"),         # bottom left
        (Rect(900, 500, 1020, 540), "top-left"),       # bottom right
    ],
)
def test_auto_takes_the_corner_away_from_the_main_window(main, corner):
    placement = place_pops([POP, POP], [FULL_HD], main=main, keep_clear=header_and_calls(main))
    assert placement.corner == corner
    assert all(r.overlap(main) == 0 for r in placement.rects)
    assert all(FULL_HD.shrunk(MARGIN).contains(r) for r in placement.rects)


def test_maximised_main_window_keeps_its_header_and_timers_visible():
    main = FULL_HD
    keep = header_and_calls(main)
    placement = place_pops([POP, POP], [FULL_HD], main=main, keep_clear=keep)
    assert hidden(placement, keep) == 0
    first, second = placement.rects
    assert first.overlap(second) == 0


@pytest.mark.parametrize("corner", CORNERS)
def test_a_chosen_corner_is_kept_and_steps_over_the_header(corner):
    main = FULL_HD
    keep = header_and_calls(main)
    placement = place_pops([POP, POP], [FULL_HD], main=main, keep_clear=keep, corner=corner)
    assert placement.corner == corner
    assert hidden(placement, keep) == 0
    first = placement.rects[0]
    area = FULL_HD.shrunk(MARGIN)
    assert (first.x == area.x) == corner.endswith("left")
    assert (first.right == area.right) == corner.endswith("right")
    if corner.startswith("top"):  # below the header (and, on the right, below the call panel)
        assert first.y >= keep[0].bottom
    else:
        assert first.bottom == area.bottom


def test_pops_stack_down_then_in_a_new_column_towards_the_middle():
    short = Rect(0, 0, 1920, 500)
    placement = place_pops([POP, POP, POP], [short], corner="top-right")
    a, b, c = placement.rects
    assert b.y == a.bottom + 8 and b.x == a.x
    assert c.right <= a.x - 8 and c.y == a.y  # the column was full
    assert all(short.shrunk(MARGIN).contains(r) for r in placement.rects)


def test_bottom_corners_stack_upwards():
    a, b = place_pops([POP, (380, 120)], [FULL_HD], corner="bottom-left").rects
    assert a.bottom == FULL_HD.bottom - MARGIN and b.bottom == a.y - 8


# Two screens: the primary 1920×1080 and a second monitor, right of it, left of it, or above it.
SECOND_RIGHT = Rect(1920, 0, 1280, 1024)
SECOND_LEFT = Rect(-1280, 0, 1280, 1024)
SECOND_ABOVE = Rect(320, -1200, 1600, 1200)


@pytest.mark.parametrize(
    ("screens", "main", "screen", "corner"),
    [
        ([FULL_HD, SECOND_RIGHT], Rect(1920, 0, 700, 1024), 1, "top-right"),      # main on the second, left side
        ([FULL_HD, SECOND_RIGHT], Rect(2500, 0, 700, 1024), 1, "top-left"),       # main on the second, right side
        ([FULL_HD, SECOND_RIGHT], Rect(0, 0, 900, 1040), 0, "top-right"),         # main on the primary
        ([FULL_HD, SECOND_LEFT], Rect(-1280, 100, 600, 800), 1, "bottom-right"),  # a screen at negative x
        ([FULL_HD, SECOND_ABOVE], Rect(320, -1200, 1600, 1200), 1, "top-right"),  # maximised above
        ([FULL_HD, SECOND_RIGHT], Rect(1800, 0, 600, 900), 1, "bottom-right"),    # straddling: mostly on the second
        ([FULL_HD, SECOND_RIGHT], None, 0, "top-right"),                          # no main window shown
    ],
)
def test_two_screens_pops_go_on_the_main_windows_screen(screens, main, screen, corner):
    keep = header_and_calls(main) if main is not None else []
    placement = place_pops([POP, POP], screens, main=main, keep_clear=keep)
    assert placement.screen == screen and placement.corner == corner
    area = screens[screen].shrunk(MARGIN)
    assert all(area.contains(r) for r in placement.rects), (placement.rects, area)
    assert hidden(placement, keep) == 0
    if main is not None and main.w < screens[screen].w:
        assert all(r.overlap(main) == 0 for r in placement.rects)


def test_screen_of_a_window_off_every_screen_is_the_primary():
    assert screen_of([FULL_HD, SECOND_RIGHT], Rect(9000, 9000, 10, 10)) == 0


def test_no_room_that_hides_nothing_falls_back_to_the_corner_inside_the_screen():
    everything = [FULL_HD]
    placement = place_pops([POP], [FULL_HD], main=FULL_HD, keep_clear=everything, corner="top-left")
    assert placement.rects == (Rect(MARGIN, MARGIN, *POP),)


rects = st.builds(Rect, st.integers(-4000, 4000), st.integers(-4000, 4000), st.integers(1, 3000), st.integers(1, 3000))


@settings(max_examples=200, deadline=None)
@given(
    sizes=st.lists(st.tuples(st.integers(1, 2500), st.integers(1, 2500)), min_size=1, max_size=4),
    screens=st.lists(rects, min_size=1, max_size=3),
    main=st.one_of(st.none(), rects),
    keep=st.lists(rects, max_size=3),
    corner=st.sampled_from(("auto", *CORNERS)),
)
def test_every_pop_is_inside_its_screen_whatever_the_geometry(sizes, screens, main, keep, corner):
    placement = place_pops(sizes, screens, main=main, keep_clear=keep, corner=corner)
    area = screens[placement.screen].shrunk(MARGIN)
    assert len(placement.rects) == len(sizes)
    assert all(area.contains(r) for r in placement.rects)
