"""One pop for many calls: when more than two ring at once, a list instead of a stack of windows.

:class:`CombinedPopWindow` is a pop window (:class:`~cti_desktop.ui.pop_frame.PopFrame`: frameless,
on top, out of the task bar, never taking the keyboard when it appears) with one row per ringing
call — the caller, the number and the queue it came through, and Answer (and Reject, where the phone
system can do them from the desktop; otherwise the row says where to answer). Rows follow their
:class:`~cti_desktop.viewmodels.pop_item.PopItem` live; the controller
(:class:`~cti_desktop.ui.screen_pop.ScreenPopController`) gives it the open pops, oldest first.

At the keyboard (once the person clicked into it, or :meth:`ScreenPopController.focusLatest`): Tab
walks the rows' buttons, Enter presses the focused button, or answers the longest-ringing call when
no button has the focus; Esc hides the list (the calls keep ringing in the main window; it comes
back with the next call or :meth:`~cti_desktop.ui.screen_pop.ScreenPopController.focusLatest`). Screen readers hear each new call as it joins the list; the window's
accessible name lists every caller.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAccessible, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QGridLayout, QLabel, QPushButton, QWidget

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.pop_item import PopItem

from .pop_frame import FRAME_STYLE, Announcer, PopFrame, announcement
from .theme import set_style

ROW_STYLE = """
QLabel#popRowName { font-weight: 600; }
QPushButton#rowAnswer { background: $go_bg; color: $on_solid; font-weight: 600; border: 1px solid $go_border;
    border-radius: 4px; padding: 3px 12px; }
QPushButton#rowAnswer:focus { border: 2px solid palette(window-text); }
QPushButton#rowReject { background: $stop_bg; color: $on_solid; font-weight: 600; border: 1px solid $stop_border;
    border-radius: 4px; padding: 3px 10px; }
QPushButton#rowReject:focus { border: 2px solid palette(window-text); }
QPushButton#rowAnswer:disabled, QPushButton#rowReject:disabled { background: $border; color: $secondary;
    border-color: $border; }
"""


def _row_detail(item: PopItem) -> str:
    parts = []
    if item.callerNumber and item.callerNumber != item.title:
        parts.append(item.callerNumber)
    if item.company and item.company != item.title:
        parts.append(item.company)
    if item.via:
        parts.append(translate("CombinedPop", "via {via}").format(via=item.via))
    return " · ".join(parts)


class CallRow:
    """One call's row of the combined pop: caller, number and queue, Answer, Reject."""

    def __init__(self, window: "CombinedPopWindow", item: PopItem) -> None:
        self.item = item
        self.name = QLabel()
        self.name.setObjectName("popRowName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setAccessibleDescription(translate("CombinedPop", "Caller"))
        self.detail = QLabel()
        self.detail.setObjectName("popMuted")
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setAccessibleDescription(translate("CombinedPop", "Number and queue"))
        self.answer = QPushButton(translate("CombinedPop", "Answer"))
        self.answer.setObjectName("rowAnswer")
        self.reject = QPushButton(translate("CombinedPop", "Reject"))
        self.reject.setObjectName("rowReject")
        self.hint = QLabel()
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAccessibleDescription(translate("CombinedPop", "How to answer"))
        self.answer.clicked.connect(item.answer)
        self.reject.clicked.connect(item.reject)
        self._window = window
        for signal in (item.titleChanged, item.callerNumberChanged, item.companyChanged, item.viaChanged,
                       item.canAnswerChanged, item.canRejectChanged, item.offersChanged, item.stateChanged):
            signal.connect(window.refresh_rows)

    def widgets(self) -> tuple[QWidget, ...]:
        return (self.name, self.detail, self.answer, self.reject, self.hint)

    def refresh(self) -> None:
        item = self.item
        title = item.title or translate("CombinedPop", "Unknown caller")
        self.name.setText(title)
        self.name.setAccessibleName(title)
        detail = _row_detail(item)
        self.detail.setText(detail)
        self.detail.setAccessibleName(detail)
        self.detail.setVisible(bool(detail))
        self.answer.setVisible(item.offersAnswer)
        self.reject.setVisible(item.offersReject)
        self.answer.setEnabled(item.canAnswer)
        self.reject.setEnabled(item.canReject)
        self.answer.setText(translate("CombinedPop", "Answering…") if item.state == "answering"
                            else translate("CombinedPop", "Answer"))
        self.answer.setAccessibleName(translate("CombinedPop", "Answer"))
        self.answer.setAccessibleDescription(translate("CombinedPop", "Answer the call from {title}").format(title=title))
        self.reject.setAccessibleName(translate("CombinedPop", "Reject"))
        self.reject.setAccessibleDescription(translate("CombinedPop", "Reject the call from {title}").format(title=title))
        self.answer.setToolTip(translate("CombinedPop", "Answer the call from {title}").format(title=title))
        self.reject.setToolTip(translate("CombinedPop", "Reject the call from {title}").format(title=title))
        self.hint.setText(item.answerHint)
        self.hint.setAccessibleName(item.answerHint)
        self.hint.setVisible(bool(item.answerHint))

    def disconnect(self) -> None:
        item = self.item
        for signal in (item.titleChanged, item.callerNumberChanged, item.companyChanged, item.viaChanged,
                       item.canAnswerChanged, item.canRejectChanged, item.offersChanged, item.stateChanged):
            try:
                signal.disconnect(self._window.refresh_rows)
            except (RuntimeError, TypeError):
                pass
        for widget in self.widgets():
            widget.hide()
            widget.deleteLater()


class CombinedPopWindow(PopFrame):
    """The pop that lists every ringing call (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None, *, announcer: Announcer | None = None) -> None:
        self.caption = QLabel(translate("CombinedPop", "Incoming calls"))
        self.caption.setObjectName("popCaption")
        super().__init__(self.caption, parent)
        self.setObjectName("combinedPop")
        self.setMinimumWidth(360)
        set_style(self, FRAME_STYLE + ROW_STYLE + "QLabel#popCaption { font-weight: 600; }"
                  "QLabel#popMuted { color: $secondary; }")
        self._announcer: Announcer = announcer or QAccessible.updateAccessibility
        #: What was said last ("" until a call was announced).
        self.announced = ""
        self._rows: dict[str, CallRow] = {}
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 2, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self._grid.setVerticalSpacing(2)
        self._grid.setColumnStretch(0, 1)
        self.body.addWidget(self._grid_host)
        font = QFont(self.caption.font())
        font.setBold(True)
        self.caption.setFont(font)

    def rows(self) -> list[CallRow]:
        return list(self._rows.values())

    def row(self, call_id: str) -> CallRow | None:
        return self._rows.get(call_id)

    def set_items(self, items: Sequence[PopItem]) -> list[PopItem]:
        """Show these pops, oldest first; returns the items that were not listed before."""
        wanted = {item.callId: item for item in items}
        for call_id in [cid for cid in self._rows if cid not in wanted]:
            self._rows.pop(call_id).disconnect()
        added = [item for item in items if item.callId not in self._rows]
        for item in added:
            self._rows[item.callId] = CallRow(self, item)
        order = [self._rows[item.callId] for item in items]
        self._rows = {row.item.callId: row for row in order}
        for index, row in enumerate(order):  # three grid lines a call: name + buttons, details, the hint
            line = 3 * index
            self._grid.addWidget(row.name, line, 0)
            self._grid.addWidget(row.answer, line, 1)
            self._grid.addWidget(row.reject, line, 2)
            self._grid.addWidget(row.detail, line + 1, 0, 1, 3)
            self._grid.addWidget(row.hint, line + 2, 0, 1, 3)
            self._grid.setRowMinimumHeight(line + 2, 6)  # a little air between two calls
        previous: QWidget | None = None
        for row in order:
            for widget in (row.answer, row.reject):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        self.refresh_rows()
        if added:
            self.hidden_by_person = False  # a new call shows the list again
        return added

    @Slot()
    def refresh_rows(self) -> None:
        for row in self._rows.values():
            row.refresh()
        count = len(self._rows)
        self.caption.setText(translate("CombinedPop", "{count} incoming calls").format(count=count))
        self.caption.setAccessibleName(translate("CombinedPop", "{count} incoming calls").format(count=count))
        self.setWindowTitle(translate("CombinedPop", "{count} incoming calls").format(count=count))
        names = "; ".join(self._spoken(row.item) for row in self._rows.values())
        self.setAccessibleName(translate("CombinedPop", "{count} incoming calls: {names}").format(count=count, names=names) if names else translate("CombinedPop", "{count} incoming calls").format(count=count))
        self.adjustSize()

    @staticmethod
    def _spoken(item: PopItem) -> str:
        title = item.title or item.callerNumber or translate("CombinedPop", "Unknown caller")
        return translate("CombinedPop", "{title}, via {via}").format(title=title, via=item.via) if item.via else title

    def announce(self, item: PopItem) -> None:
        """Say that ``item``'s call rings too (assertive: it is a call)."""
        self.announced = item.spokenSummary
        self._announcer(announcement(self, self.announced, assertive=True))

    def first_answer(self) -> QPushButton | None:
        for row in self._rows.values():
            if row.answer.isVisibleTo(self) and row.answer.isEnabled():
                return row.answer
        return None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and focus.isEnabled():
                focus.click()
            else:
                button = self.first_answer()
                if button is not None:
                    button.click()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.handle.hideRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
