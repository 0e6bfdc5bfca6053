"""The style sheet of the main window (its sections, header, presence button and flat tabs).

``$border``, ``$secondary`` and ``$accent`` are filled in from the palette by :func:`cti_desktop.ui.theme.set_style`.
"""

from __future__ import annotations

STYLE = """
QMainWindow { background: palette(window); }
QFrame#section { background: palette(base); border: 1px solid $border; border-radius: 8px; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; color: palette(window-text); padding-bottom: 2px; }
QFrame#header { background: palette(base); border-bottom: 1px solid $border; }
QLabel#accountLabel { font-size: 12pt; font-weight: 600; color: palette(window-text); }
QLabel#accountSub { color: $secondary; }
QToolButton#presenceButton { border: 1px solid $border; border-radius: 12px; padding: 3px 10px; }
QToolButton#presenceButton:hover { background: palette(window); }
QToolButton#presenceButton::menu-indicator { image: none; width: 0; }
QSplitter::handle { background: transparent; }
QScrollArea#columnScroll, QScrollArea#columnScroll > QWidget > QWidget { background: transparent; }
QTabWidget#leftTabs::pane { border: none; }
QTabWidget#leftTabs QTabBar::tab { padding: 6px 18px; font-weight: 600; color: $secondary; border: none;
    border-bottom: 2px solid transparent; }
QTabWidget#leftTabs QTabBar::tab:selected { color: palette(window-text); border-bottom: 2px solid $accent; }
QTabWidget#leftTabs QTabBar::tab:hover { color: palette(window-text); }
"""

__all__ = ["STYLE"]
