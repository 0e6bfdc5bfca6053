"""The style sheet of the single screen-pop window (on top of :data:`~cti_desktop.ui.pop_frame.FRAME_STYLE`).

``$accent``, ``$tag_bg``… are filled in from the palette by :func:`cti_desktop.ui.theme.set_style`.
"""

from __future__ import annotations

POP_STYLE = """
QWidget#screenPop { background: palette(base); }
QLabel#popCaption { color: $accent; font-weight: 600; letter-spacing: 0.5px; }
QLabel#popVia { background: $tag_bg; color: $tag_text; border-radius: 9px; padding: 2px 9px; }
QLabel#popMuted { color: $secondary; }
QLabel#popAnswerHint { background: $warning_bg; color: $warning_text; border: 1px solid $warning_border;
    border-radius: 4px; padding: 6px 9px; font-weight: 600; }
QPushButton#answerButton { background: $go_bg; color: $on_solid; font-weight: 600; border: 1px solid $go_border;
    border-radius: 4px; padding: 6px 18px; }
QPushButton#answerButton:focus { border: 2px solid palette(window-text); }
QPushButton#rejectButton { background: $stop_bg; color: $on_solid; font-weight: 600; border: 1px solid $stop_border;
    border-radius: 4px; padding: 6px 18px; }
QPushButton#rejectButton:focus { border: 2px solid palette(window-text); }
QPushButton#answerButton:disabled, QPushButton#rejectButton:disabled { background: $border; color: $secondary;
    border-color: $border; }
"""

__all__ = ["POP_STYLE"]
