"""The colleagues panel: a busy lamp per colleague on the buddy list, and "Pick up".

Keyboard: Ctrl+Shift+G (grab the call) picks up the selected colleague's ringing call (or, with none
selected or the selected one not ringing, the first colleague whose phone rings); Enter on a ringing
row does the same; Delete removes the selected colleague from the buddy list. Not Ctrl+Shift+U: on
Linux desktops with IBus (GNOME, Ubuntu) that is the Unicode code-point entry and never reaches the
app.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.core.colleagues import IDLE, IN_CALL, RINGING
from cti_desktop.viewmodels.colleagues import ColleagueListModel, ColleaguesViewModel

from .contact_photo import paint_photo
from .panel_labels import error_label
from .presence_dot import kind_colour, paint_presence_dot

#: Window-wide. Most Ctrl+Shift letters are the call actions' (S and Z are Save As and Redo); G is
#: taken by no input method and no desktop (tests/ui/test_call_shortcuts.py lists the desktops' keys).
PICK_UP_SHORTCUT = "Ctrl+Shift+G"
#: A colleague's lamp: idle is available (green), ringing is amber, in a call is busy (red).
_LAMP_KINDS = {IDLE: "available", RINGING: "away", IN_CALL: "busy"}


def lamp_colour(lamp: str, live: bool) -> QColor:
    return kind_colour(_LAMP_KINDS.get(lamp, "unknown") if live else "unknown")


class ColleagueDelegate(QStyledItemDelegate):
    """The photo (or initials) with the lamp on its corner, the name in bold, then the status words
    (lamp, activity, note)."""

    PADDING = 6
    LAMP = 12

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(240, 2 * option.fontMetrics.height() + 3 * self.PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_colour = option.palette.highlightedText().color() if selected else option.palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(170)
        rect, p, line = option.rect, self.PADDING, option.fontMetrics.height()
        lamp = index.data(ColleagueListModel.LampRole) or ""
        live = bool(index.data(ColleagueListModel.LiveRole))
        side = 2 * line + p
        avatar = QRectF(rect.left() + p, rect.top() + p, side, side)
        paint_photo(painter, avatar, index.data(ColleagueListModel.PhotoRole),
                    index.data(ColleagueListModel.NameRole) or "")
        dot = QRectF(avatar.right() - self.LAMP + 2, avatar.bottom() - self.LAMP + 2, self.LAMP, self.LAMP)
        paint_presence_dot(painter, dot, lamp_colour(lamp, live))
        left = int(avatar.right()) + p + 2
        width = rect.right() - p - left
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        name = painter.fontMetrics().elidedText(index.data(ColleagueListModel.NameRole) or "",
                                                Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.top() + p, width, line), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        painter.setPen(muted)
        status = painter.fontMetrics().elidedText(index.data(ColleagueListModel.StatusRole) or "",
                                                  Qt.TextElideMode.ElideRight, width)
        painter.drawText(QRect(left, rect.top() + 2 * p + line, width, line), Qt.AlignmentFlag.AlignVCenter, status)
        painter.restore()


class ColleaguesPanel(QWidget):
    def __init__(self, vm: ColleaguesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("Colleagues", "Colleagues"))
        self.header = QLabel(translate("Colleagues", "Colleagues"), self)
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)

        self.list_view = QListView(self)
        self.list_view.setAccessibleName(translate("Colleagues", "Colleagues' lines"))
        self.list_view.setModel(vm.model)
        self.list_view.setItemDelegate(ColleagueDelegate(self.list_view))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.installEventFilter(self)
        self.list_view.doubleClicked.connect(lambda index: self.pick_up(index.row()))

        self.empty_label = QLabel(translate("Colleagues", "No colleagues on your buddy list yet. Add them from the contact search "
                                  "(the star)."), self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.error_label = error_label(self, translate("Colleagues", "Colleagues error"), selectable=False)

        self.pick_up_button = QPushButton(translate("Colleagues", "Pick up"), self)
        self.pick_up_button.setAccessibleName(translate("Colleagues", "Pick up the colleague's ringing call"))
        self.pick_up_button.setToolTip(translate("Colleagues", "Pick up the ringing call on your phone ({PICK_UP_SHORTCUT})").format(PICK_UP_SHORTCUT=PICK_UP_SHORTCUT))
        self.pick_up_button.clicked.connect(lambda: self.pick_up())
        self.remove_button = QPushButton(translate("Colleagues", "Remove"), self)
        self.remove_button.setAccessibleName(translate("Colleagues", "Remove from buddy list"))
        self.remove_button.setToolTip(translate("Colleagues", "Remove the selected colleague from your buddy list (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick_up_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence(PICK_UP_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda: self.pick_up())
        self.pick_up_shortcut = shortcut

        vm.changed.connect(self._sync)
        vm.errorChanged.connect(self._sync)
        vm.busyChanged.connect(self._sync)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self._sync())
        self._sync()

    def selected_row(self) -> int:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else -1

    def _target_row(self) -> int:
        row = self.selected_row()
        line = self.vm.model.line(row)
        if line is not None and line.pickup_target() is not None:
            return row
        return self.vm.first_ringing_row()

    def pick_up(self, row: int | None = None) -> None:
        self.vm.pickUp(self._target_row() if row is None else row)

    def remove_selected(self) -> None:
        line = self.vm.model.line(self.selected_row())
        if line is None:
            self.vm.set_error(translate("Colleagues", "Choose a colleague first"))
            return
        self.vm.removeColleague(line.id)

    def _sync(self) -> None:
        vm = self.vm
        ringing = vm.ringingCount
        self.header.setText(translate("Colleagues", "Colleagues — {ringing} ringing").format(ringing=ringing) if ringing else translate("Colleagues", "Colleagues"))
        self.empty_label.setVisible(vm.count == 0 and not vm.listError)
        self.list_view.setVisible(vm.count > 0)
        error = vm.error or vm.listError
        self.error_label.setText(error)
        self.error_label.setVisible(bool(error))
        self.pick_up_button.setEnabled(not vm.busy and self._target_row() >= 0)
        self.remove_button.setEnabled(not vm.busy and self.selected_row() >= 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list_view and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.pick_up(self.selected_row())
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
