"""What every pop window shares: its window kind, its border and the handle that drags it.

A pop is a small frameless tool window that stays on top (``POP_FLAGS``): not a decorated window,
not in the task bar or Alt+Tab (``Qt.Tool``, and on X11 ``_NET_WM_STATE_SKIP_TASKBAR`` /
``_SKIP_PAGER`` via :func:`~cti_desktop.ui.x11_hints.skip_taskbar`), above other windows
(``_NET_WM_STATE_ABOVE`` on X11). It is shown without taking the keyboard from what the agent is
typing (``WA_ShowWithoutActivating``); a click into it gives it the keyboard as usual.

Without a title bar the pop draws its own border (:data:`FRAME_STYLE`, in the palette's highlight
colour, so it reads in light and dark themes) and has a handle along its top: press and drag it to
move the pop (the window manager's own move where it offers one, ``QWindow.startSystemMove``), and
its × hides the pop (the call keeps ringing in the main window's call panel).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from .x11_hints import skip_taskbar

try:  # Qt 6.8+
    from PySide6.QtGui import QAccessibleAnnouncementEvent
except ImportError:  # pragma: no cover - older Qt: an Alert event on the pop instead
    QAccessibleAnnouncementEvent = None  # type: ignore[assignment,misc]

#: Hands an accessibility event to the screen readers (``QAccessible.updateAccessibility``).
Announcer = Callable[[QAccessibleEvent], None]


def announcement(widget: QWidget, text: str, *, assertive: bool) -> QAccessibleEvent:
    """The event that makes screen readers say ``text`` (Qt 6.8+: an announcement, assertive or
    polite; older Qt: an ``Alert`` on ``widget``, whose accessible name should then be ``text``)."""
    if QAccessibleAnnouncementEvent is not None:
        event = QAccessibleAnnouncementEvent(widget, text)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                            else QAccessible.AnnouncementPoliteness.Polite)
        return event
    return QAccessibleEvent(widget, QAccessible.Event.Alert)

#: The width of the pop's border, in pixels.
BORDER = 2
#: A small frameless tool window above the others: out of the task bar and Alt+Tab.
POP_FLAGS = Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint

FRAME_STYLE = """
*[popFrame="true"] { background: palette(base); border: 2px solid palette(highlight); }
QWidget#popHandle { background: palette(alternate-base); }
QLabel#popGrip { color: $secondary; }
QToolButton#popHide { border: none; padding: 0 4px; font-weight: 600; }
"""


class PopHandle(QWidget):
    """The strip along a pop's top: a grip, the caption, and × (hide). Drag it to move the pop."""

    #: The person started moving the pop (it keeps the place they give it).
    dragged = Signal()
    #: The person pressed × (hide this pop).
    hideRequested = Signal()

    def __init__(self, caption: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("popHandle")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(translate("PopFrame", "Drag to move this pop"))
        self.setAccessibleName(translate("PopFrame", "Move handle"))
        self.setAccessibleDescription(translate("PopFrame", "Drag to move this pop"))
        self.grip = QLabel("⠿")
        self.grip.setObjectName("popGrip")
        self.grip.setAccessibleName("")
        self.caption = caption
        self.hide_button = QToolButton()
        self.hide_button.setObjectName("popHide")
        self.hide_button.setText("×")
        self.hide_button.setAccessibleName(translate("PopFrame", "Hide this pop"))
        self.hide_button.setAccessibleDescription(translate("PopFrame", "Hides the pop; the call keeps ringing in the main window"))
        self.hide_button.setToolTip(translate("PopFrame", "Hide this pop (the call keeps ringing in the main window)"))
        self.hide_button.setCursor(Qt.CursorShape.ArrowCursor)
        # never the keyboard's: Enter in a pop answers, it must not land on ×
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide_button.clicked.connect(self.hideRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 3, 4, 3)
        layout.setSpacing(6)
        layout.addWidget(self.grip)
        layout.addWidget(caption, 1)
        layout.addWidget(self.hide_button)
        self._drag_from: QPoint | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        window = self.window()
        self.dragged.emit()
        handle = window.windowHandle()
        if handle is None or not handle.startSystemMove():  # no window-manager move: move it ourselves
            self._drag_from = event.globalPosition().toPoint() - window.frameGeometry().topLeft()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_from is not None:
            self.window().move(event.globalPosition().toPoint() - self._drag_from)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt API
        if self._drag_from is not None:
            self._drag_from = None
            self.setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class PopFrame(QWidget):
    """A pop window's shell: the flags, the border, the handle; put the content in :attr:`body`."""

    #: The window's size changed (the controller re-stacks the pops).
    resized = Signal()
    #: The window was painted for the first time since it was shown: it is on the screen.
    painted = Signal()

    def __init__(self, caption: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent, POP_FLAGS)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        # Closing a pop must never end the app (it may be the only visible window while the main
        # window sits in the tray), nor stop the event loop under a running coroutine.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        #: The person moved this pop: it stays where they put it.
        self.placed_by_person = False
        #: The person hid this pop with ×.
        self.hidden_by_person = False
        # The window paints its own border (a styled background): no child covers it all, so the
        # window itself is painted whenever it is shown.
        self.setProperty("popFrame", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.handle = PopHandle(caption)
        self.handle.dragged.connect(self._on_dragged)
        self.handle.hideRequested.connect(self._on_hide)
        self.body = QVBoxLayout()
        self.body.setContentsMargins(12, 6, 12, 10)
        self.body.setSpacing(4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(BORDER, BORDER, BORDER, BORDER)
        outer.setSpacing(0)
        outer.addWidget(self.handle)
        outer.addLayout(self.body)
        #: Whether the X11 window manager was asked to keep the pop out of the task bar.
        self.skips_taskbar = False
        self._unpainted = False

    @property
    def awaiting_paint(self) -> bool:
        """Shown, and not painted since (not on the screen yet)."""
        return self._unpainted

    def _on_dragged(self) -> None:
        self.placed_by_person = True

    def _on_hide(self) -> None:
        self.hidden_by_person = True
        self.hide()
        self.resized.emit()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API; runs before Qt maps the window
        if not event.spontaneous():  # a spontaneous one comes from the window manager: already mapped
            self.skips_taskbar = skip_taskbar(self) or self.skips_taskbar
            self._unpainted = True
        super().showEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self._unpainted:
            self._unpainted = False
            self.painted.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self.resized.emit()
