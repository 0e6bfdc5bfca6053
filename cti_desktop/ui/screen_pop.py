"""The screen-pop window: who is calling, through which queue, and one key to answer or reject.

:class:`ScreenPopWindow` is a compact pop (:class:`~cti_desktop.ui.pop_frame.PopFrame`: a frameless
tool window on top of the others, with a border and a drag handle, out of the task bar and Alt+Tab)
bound to one :class:`~cti_desktop.viewmodels.screen_pop.PopItem`. It is shown without taking the
keyboard from what the agent is typing (``WA_ShowWithoutActivating``); a click into it, or
:meth:`ScreenPopController.focusLatest` (bind it to a shortcut), gives it the keyboard, and then
Enter answers, Esc rejects. :class:`ScreenPopController` makes one window per pop — or one combined
pop with a list when more than two ring (:mod:`~cti_desktop.ui.combined_pop`) — places them where
they hide nothing of the main window (:mod:`~cti_desktop.core.pop_placement`), follows the
``[pops]`` settings, and opens record links after validating them again.

A ringing call's pop comes first: the controller keeps a pop built ahead (hidden, polished, its
native window made) that only needs the call's words when one rings, and work that can wait for the
pop to be on the screen — the main window's new call card, which takes longer to build than the
pop takes to show — waits for its first paint (:meth:`ScreenPopController.when_on_screen`, at most
:data:`HOLD_MS`).

For screen readers every label and control carries its content in its accessible name (the
caller's name, number, company, queue, the lookup status, the error) and says what it is in its
accessible description; the window's name is the whole pop in one sentence
(:attr:`PopItem.spokenSummary`). When a call rings the window announces that sentence (Qt 6.8+:
``QAccessibleAnnouncementEvent``, assertive; older Qt: an ``Alert`` event on the window), and
again, politely, when the lookup changes who it says is calling while the call still rings.
"""

from __future__ import annotations

import logging
from typing import Callable

import shiboken6

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.links import safe_url
from cti_desktop.core.pop_placement import Placement, Rect, place_pops
from cti_desktop.core.pop_state import RINGING
from cti_desktop.core.settings import PopSettings
from cti_desktop.i18n import translate
from cti_desktop.viewmodels.screen_pop import PopItem, ScreenPopViewModel

from .combined_pop import CombinedPopWindow
from .notifications import DesktopNotifier
from .pop_frame import Announcer, PopFrame
from .screen_pop_style import POP_STYLE
from .screen_pop_window import MIN_WIDTH, TITLE_PREFIX, ScreenPopWindow

__all__ = ["COMBINE_ABOVE", "HOLD_MS", "KEEP_CLEAR", "MIN_WIDTH", "POP_STYLE", "TITLE_PREFIX", "ScreenPopController",
           "ScreenPopWindow", "keep_clear_of"]

log = logging.getLogger(__name__)

#: More open pops than this become one combined pop with a list.
COMBINE_ABOVE = 2
#: How long a ringing call's notification stays at most (it is withdrawn when the call stops ringing).
RINGING_NOTICE_MS = 60_000
#: Object names of the main window's widgets the pops never cover (its header: presence, "Live").
KEEP_CLEAR = ("header",)
#: How long at most work held for a ringing call's pop (:meth:`ScreenPopController.when_on_screen`)
#: waits for the pop's first paint (a window that is never painted, minimised screens, no compositor).
HOLD_MS = 250


class ScreenPopController(QObject):
    """Creates, places, shows and closes the pop windows: one per call, or one list for many.

    * ``settings`` (:class:`~cti_desktop.core.settings.PopSettings`): with ``enabled`` false no
      window is made and the desktop notification alone tells of the call (no notifier: nothing);
      ``corner`` is where the pops stack (``auto``: away from the main window).
    * With pops on, a call sends **no** desktop notification: the pop is already on top, announced
      to screen readers, and a notification would land on it or on the main window's header (most
      freedesktop servers show theirs at the top right, where the pops used to be).
    * More than :data:`COMBINE_ABOVE` open pops become one :class:`CombinedPopWindow` with a row per
      call; when calls end and two or fewer are left, their own pops come back.
    * Pops are placed by :func:`~cti_desktop.core.pop_placement.place_pops` on the screen of the
      main window (``anchor``: a widget, or a function giving it; by default the visible main
      window), clear of its header and its call panel (:data:`KEEP_CLEAR`), inside the screen's
      available area. A pop the person dragged stays where they put it; one they hid (×) stays hidden.
    """

    def __init__(
        self,
        vm: ScreenPopViewModel,
        notifier: DesktopNotifier | None = None,
        parent: QObject | None = None,
        *,
        url_opener: Callable[[QUrl], bool] | None = None,
        announcer: Announcer | None = None,
        settings: PopSettings | None = None,
        anchor: QWidget | Callable[[], QWidget | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.vm = vm
        self._announcer = announcer
        self.notifier = notifier
        self._open_url = url_opener or QDesktopServices.openUrl
        self._settings = settings if settings is not None else PopSettings()
        self._anchor = anchor
        self._windows: dict[str, ScreenPopWindow] = {}
        self._combined: CombinedPopWindow | None = None
        #: The pop built ahead for the next call (hidden, no call yet), or None.
        self._spare: ScreenPopWindow | None = None
        #: Pops shown for a ringing call and not painted yet; what waits for them.
        self._unpainted: list[PopFrame] = []
        self._waiting: list[Callable[[], None]] = []
        self._hold_timer = QTimer(self)
        self._hold_timer.setSingleShot(True)
        self._hold_timer.setInterval(HOLD_MS)
        self._hold_timer.timeout.connect(self._release)
        #: The last placement (corner, screen, rectangles), for tests and the log.
        self.placement: Placement | None = None
        vm.popRequested.connect(self._on_pop)
        vm.popClosed.connect(self._on_closed)
        vm.openUrlRequested.connect(self.open_url)
        for item in vm.pops():  # pops that exist already
            self._on_pop(item)
        QTimer.singleShot(0, self, self._prepare_spare)  # once the loop runs: not on the way of the start

    @property
    def settings(self) -> PopSettings:
        return self._settings

    def set_settings(self, settings: PopSettings) -> None:
        """Apply changed ``[pops]`` settings at once (a settings dialog calls this)."""
        settings.validate()
        was_enabled = self._settings.enabled
        self._settings = settings
        if was_enabled and not settings.enabled:
            self.close_all()
        elif settings.enabled and not was_enabled:
            for item in self.vm.pops():
                self._make_window(item)
            self._arrange()
            QTimer.singleShot(0, self, self._prepare_spare)
        else:
            self._arrange()

    def window(self, call_id: str) -> ScreenPopWindow | None:
        return self._windows.get(call_id)

    def windows(self) -> list[ScreenPopWindow]:
        return list(self._windows.values())

    @property
    def spare(self) -> ScreenPopWindow | None:
        """The pop built ahead for the next ringing call (hidden, no call yet), or None."""
        return self._spare

    @property
    def combined(self) -> CombinedPopWindow | None:
        """The combined pop, while more than :data:`COMBINE_ABOVE` calls ring (else None)."""
        return self._combined

    @Slot(object)
    def _on_pop(self, item: PopItem) -> None:
        if not self._settings.enabled:
            self._notify(item)
            return
        if item.callId in self._windows:
            return
        window = self._make_window(item)
        self._arrange()
        if item.state == RINGING:  # the pop that shows the call says who is calling
            if self._combined is not None:
                self._combined.announce(item)
            else:
                window.announce_ringing()

    def _make_window(self, item: PopItem) -> ScreenPopWindow:
        window, self._spare = self._spare, None
        if window is None:
            window = ScreenPopWindow(item, announcer=self._announcer)
        else:
            window.bind(item)
        window.destroyed.connect(lambda _=None, cid=item.callId: self._windows.pop(cid, None))
        self._windows[item.callId] = window
        window.resized.connect(self._place_all)
        window.painted.connect(self._check_painted)
        return window

    @Slot()
    def _prepare_spare(self) -> None:
        """Build the next call's pop ahead, while nothing rings: widgets, style, native window."""
        if self._spare is not None or not self._settings.enabled:
            return
        spare = ScreenPopWindow(announcer=self._announcer)
        spare.ensurePolished()
        spare.winId()  # the native window too: showing it only maps it
        self._spare = spare

    # ------------------------------------------------------------------ the pop comes first
    def when_on_screen(self, callback: Callable[[], None]) -> bool:
        """While a ringing call's pop is on its way to the screen, keep ``callback`` to run once it
        has been painted (or after :data:`HOLD_MS`) and return True; else return False (run it now)."""
        if not self._unpainted:
            return False
        if callback not in self._waiting:
            self._waiting.append(callback)
        return True

    def _hold_for(self, window: PopFrame) -> None:
        if window.isVisible() and window.awaiting_paint and window not in self._unpainted:
            self._unpainted.append(window)
            self._hold_timer.start()

    @Slot()
    def _check_painted(self) -> None:
        """A pop was painted (or closed): when none is on its way any more, what waited runs."""
        self._unpainted = [w for w in self._unpainted if shiboken6.isValid(w) and w.isVisible() and w.awaiting_paint]
        if not self._unpainted:
            self._release()

    @Slot()
    def _release(self) -> None:
        self._hold_timer.stop()
        self._unpainted.clear()
        waiting, self._waiting = self._waiting, []
        # after the paint (the pop's pixels go to the screen when its paint returns), in this order
        QTimer.singleShot(0, self, lambda: self._run_waiting(waiting))

    def _run_waiting(self, waiting: list[Callable[[], None]]) -> None:
        for callback in waiting:
            try:
                callback()
            except Exception:  # one failing must not keep the others from running
                log.exception("work held for a pop failed")
        self._prepare_spare()

    def _notify(self, item: PopItem) -> None:
        """The call's desktop notification (only when pops are off), with Answer and Reject buttons
        while the call rings and the phone system can do them from the desktop.

        The buttons act through the pop's view-model (:meth:`ScreenPopViewModel.answer` /
        :meth:`~ScreenPopViewModel.reject`: the session's answer and hang-up commands, as the pop's
        and the call panel's own buttons). The notification is withdrawn as soon as the call stops
        ringing; a button pressed on one the server still shows after that finds no ringing call
        and does nothing but say so on the pop view-model."""
        if self.notifier is None:
            return
        body = item.callerNumber if item.callerNumber != item.title else ""
        if item.via:
            body = translate("ScreenPopController", "{number} via {queue}").format(number=body, queue=item.via).strip()
        call_id = item.callId
        actions = []
        if item.state == RINGING:
            if item.offersAnswer:
                actions.append((translate("ScreenPopController", "Answer"), lambda: self.vm.answer(call_id)))
            if item.offersReject:
                actions.append((translate("ScreenPopController", "Reject"), lambda: self.vm.reject(call_id)))
        try:
            self.notifier.notify(translate("ScreenPopWindow", TITLE_PREFIX) + item.title, body, actions=actions, tag=_notification_tag(call_id),
                                 timeout_ms=RINGING_NOTICE_MS if actions else 8000)
        except Exception:  # a notification must never stop the pop
            log.exception("desktop notification failed")
            return
        if item.state == RINGING:
            item.stateChanged.connect(lambda: item.state == RINGING or self._withdraw(call_id))

    def _withdraw(self, call_id: str) -> None:
        """The call no longer rings: take its notification (and so its buttons) back."""
        if self.notifier is not None:
            self.notifier.withdraw(_notification_tag(call_id))

    @Slot(str)
    def _on_closed(self, call_id: str) -> None:
        self._withdraw(call_id)
        window = self._windows.pop(call_id, None)
        if window is not None:
            window.close()
            window.deleteLater()
        self._arrange()
        if self._unpainted:
            self._check_painted()

    def _arrange(self) -> None:
        """One window per pop, or the combined pop for many; then place what is shown."""
        windows = list(self._windows.values())
        if len(windows) > COMBINE_ABOVE:
            for window in windows:
                window.hide()
            if self._combined is None:
                self._combined = CombinedPopWindow(announcer=self._announcer)
                self._combined.resized.connect(self._place_all)
                self._combined.painted.connect(self._check_painted)
            self._combined.set_items([w.item for w in windows])
            if not self._combined.hidden_by_person:
                self._combined.ensurePolished()
                self._combined.adjustSize()
                self._place_all()
                self._combined.show()
                self._hold_for(self._combined)
        else:
            if self._combined is not None:
                combined, self._combined = self._combined, None
                combined.set_items([])
                combined.close()
                combined.deleteLater()
            for window in windows:
                if not window.isVisible() and not window.hidden_by_person:
                    window.ensurePolished()
                    window.adjustSize()
            self._place_all()
            for window in windows:
                if not window.isVisible() and not window.hidden_by_person:
                    window.show()
                    self._hold_for(window)
        if not self.when_on_screen(self._place_all):  # placed again once what was shown is on screen
            self._place_all()

    def _shown(self) -> list[PopFrame]:
        """The pop windows to place, in stacking order (what the person moved or hid is left alone)."""
        if self._combined is not None:
            candidates: list[PopFrame] = [self._combined]
        else:
            candidates = list(self._windows.values())
        return [w for w in candidates if not w.hidden_by_person and not w.placed_by_person]

    def anchor_window(self) -> QWidget | None:
        """The main window the pops keep clear of (None when it is not shown)."""
        anchor = self._anchor
        if callable(anchor) and not isinstance(anchor, QWidget):
            anchor = anchor()
        if anchor is None:
            anchor = next((w for w in QApplication.topLevelWidgets()
                           if isinstance(w, QMainWindow) and w.isVisible()), None)
        if anchor is None or not anchor.isVisible() or anchor.isMinimized():
            return None
        return anchor

    def _place_all(self) -> None:
        windows = self._shown()
        if not windows:
            return
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        if primary is None or not screens:
            return
        screens = [primary] + [s for s in screens if s is not primary]
        main = self.anchor_window()
        main_rect = _rect(main.frameGeometry()) if main is not None else None
        keep = keep_clear_of(main) if main is not None else []
        sizes = [self._size_of(w) for w in windows]
        placement = place_pops([(s.width(), s.height()) for s in sizes], [_rect(s.availableGeometry()) for s in screens],
                               main=main_rect, keep_clear=keep, corner=self._settings.corner)
        self.placement = placement
        for window, (x, y) in zip(windows, placement.positions):
            if window.pos() != QPoint(x, y):
                window.move(x, y)

    @staticmethod
    def _size_of(window: PopFrame):
        if not window.isVisible():
            window.ensurePolished()
            window.adjustSize()
        frame = window.frameGeometry().size()
        inner = window.size()
        # before the window manager has framed it, the frame is the window itself
        return frame if frame.width() >= inner.width() and frame.height() >= inner.height() else inner

    @Slot(str)
    def open_url(self, url: str) -> bool:
        """Open an http(s) link in the browser after validating it once more."""
        try:
            checked = safe_url(url)
        except InvalidInput as exc:
            log.warning("refused to open a link: %s", exc)
            self.vm.set_error(translate("ScreenPop", "Open record: {reason}").format(reason=exc))
            return False
        qurl = QUrl(checked, QUrl.ParsingMode.StrictMode)
        if not qurl.isValid() or qurl.scheme() not in ("http", "https"):
            self.vm.set_error("Open record: the link is not valid")
            return False
        ok = bool(self._open_url(qurl))
        if not ok:
            self.vm.set_error("Open record: no browser could open the link")
        return ok

    @Slot()
    def focusLatest(self) -> None:
        """Bring the newest pop (or the combined pop) to the front and give it the keyboard (bind to
        a global shortcut); a pop the person hid comes back."""
        if self._combined is not None:
            combined = self._combined
            combined.hidden_by_person = False
            if not combined.isVisible():
                self._place_all()
                combined.show()
            combined.raise_()
            combined.activateWindow()
            target = combined.first_answer()
            if target is not None:
                target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        if not self._windows:
            return
        window = list(self._windows.values())[-1]
        if not window.isVisible():
            window.hidden_by_person = False
            self._place_all()
            window.show()
        window.raise_()
        window.activateWindow()
        target = window.answer_button if window.answer_button.isVisibleTo(window) else window.record_button
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def close_all(self) -> None:
        for window in list(self._windows.values()):
            window.close()
            window.deleteLater()
        self._windows.clear()
        if self._spare is not None:
            spare, self._spare = self._spare, None
            spare.deleteLater()
        if self._unpainted:
            self._release()
        if self._combined is not None:
            combined, self._combined = self._combined, None
            combined.set_items([])
            combined.close()
            combined.deleteLater()


def _notification_tag(call_id: str) -> str:
    return f"call:{call_id}"


def _rect(r: QRect) -> Rect:
    return Rect(r.x(), r.y(), r.width(), r.height())


def keep_clear_of(main: QWidget) -> list[Rect]:
    """What of the main window the pops must not cover, on the desktop: the widgets named in
    :data:`KEEP_CLEAR` (its header: presence, the "Live" indicator) and its call panel (timers)."""
    from .call_panel import CallPanel  # the main window's own panel; imported only where pops are placed

    widgets: list[QWidget] = [w for name in KEEP_CLEAR for w in main.findChildren(QWidget, name)]
    widgets += main.findChildren(CallPanel)
    rects = []
    for widget in widgets:
        if widget.isVisible() and widget.width() > 0 and widget.height() > 0:
            top_left = widget.mapToGlobal(QPoint(0, 0))
            rects.append(Rect(top_left.x(), top_left.y(), widget.width(), widget.height()))
    return rects
