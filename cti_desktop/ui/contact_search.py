"""The contact search panel: a type-ahead box over a list of contacts with presence and favourites.

Keyboard: type to search; Down moves from the box into the list; Up on the first row goes back to
the box; Enter (in the box or on a row) calls the selected contact's preferred number; Ctrl+Shift+F
toggles the selected contact's favourite star; the context menu (or Shift+F10) offers every number
and "Remove from my contacts…". The panel's "⋯" menu resets the favourites to the organisation's
template. Both ask first (a non-blocking question, PITFALLS 14); where the phone system has neither,
they are disabled with its words.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.contacts import ContactListModel, ContactSearchViewModel

from .panel_labels import error_label
from .presence_dot import paint_presence_dot, presence_colour
from .sms import open_sms_dialog
from .theme import colours, set_style

_STAR_ON = "★"
_STAR_OFF = "☆"


class ContactDelegate(QStyledItemDelegate):
    """Two lines per contact: dot + name + activity, then company · number; a star on the right."""

    #: Paint and handle the favourite star (off where the directory keeps no favourites).
    stars = True

    starClicked = Signal(QModelIndex)

    PADDING = 6
    DOT = 10
    STAR = 22

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(240, 2 * line + 3 * self.PADDING)

    def star_rect(self, rect: QRect) -> QRect:
        return QRect(rect.right() - self.STAR - self.PADDING, rect.top() + (rect.height() - self.STAR) // 2,
                     self.STAR, self.STAR)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        muted = QColor(text_colour)
        muted.setAlpha(170)
        rect = option.rect
        p = self.PADDING
        line = option.fontMetrics.height()
        available = index.data(ContactListModel.AvailableRole)
        activity = index.data(ContactListModel.ActivityRole) or ""
        in_call = bool(index.data(ContactListModel.InCallRole))
        dot = QRectF(rect.left() + p, rect.top() + p + (line - self.DOT) / 2, self.DOT, self.DOT)
        paint_presence_dot(painter, dot, presence_colour(available, activity, in_call))

        star = self.star_rect(rect)
        text_left = int(dot.right()) + p
        text_width = star.left() - p - text_left
        name = index.data(ContactListModel.DisplayNameRole) or ""
        status = index.data(ContactListModel.ActivityNameRole) or ""
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_colour)
        metrics = painter.fontMetrics()
        name_text = metrics.elidedText(name, Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(QRect(text_left, rect.top() + p, text_width, line), Qt.AlignmentFlag.AlignVCenter, name_text)
        used = metrics.horizontalAdvance(name_text)
        painter.setFont(option.font)
        if status and used + 12 < text_width:
            painter.setPen(muted)
            status_text = painter.fontMetrics().elidedText(f"  {status}", Qt.TextElideMode.ElideRight, text_width - used)
            painter.drawText(QRect(text_left + used, rect.top() + p, text_width - used, line),
                             Qt.AlignmentFlag.AlignVCenter, status_text)
        company = index.data(ContactListModel.CompanyRole) or ""
        number = index.data(ContactListModel.PreferredNumberRole) or ""
        second = " · ".join(x for x in (company, number) if x)
        painter.setPen(muted)
        painter.drawText(QRect(text_left, rect.top() + 2 * p + line, text_width, line), Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(second, Qt.TextElideMode.ElideRight, text_width))

        if not self.stars:  # the directory keeps no favourites: no star to click
            painter.restore()
            return
        favourite = bool(index.data(ContactListModel.FavouriteRole))
        star_font = QFont(option.font)
        star_font.setPointSizeF(max(8.0, option.font.pointSizeF() * 1.4))
        painter.setFont(star_font)
        painter.setPen(QColor(colours(palette).star) if favourite else muted)
        painter.drawText(star, Qt.AlignmentFlag.AlignCenter, _STAR_ON if favourite else _STAR_OFF)
        painter.restore()

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if (self.stars and event.type() == QEvent.Type.MouseButtonRelease
                and event.button() == Qt.MouseButton.LeftButton
                and self.star_rect(option.rect).contains(event.position().toPoint())):
            self.starClicked.emit(index)
            return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(self, event, view, option, index) -> bool:
        if self.stars and index.isValid() and self.star_rect(option.rect).contains(event.pos()):
            favourite = bool(index.data(ContactListModel.FavouriteRole))
            from PySide6.QtWidgets import QToolTip

            QToolTip.showText(event.globalPos(),
                              translate("ContactSearch", "Remove from favourites (Ctrl+Shift+F)") if favourite else translate("ContactSearch", "Add to favourites (Ctrl+Shift+F)"), view)
            return True
        return super().helpEvent(event, view, option, index)


class ContactSearch(QWidget):
    """Search box, favourites/results list with presence, calls on Enter or double-click."""

    def __init__(self, vm: ContactSearchViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("ContactSearch", "Contact search"))

        self.search_box = QLineEdit(self)
        self.search_box.setAccessibleName(translate("ContactSearch", "Search contacts"))
        self.search_box.setPlaceholderText(translate("ContactSearch", "Search name, company or number"))
        self.search_box.setToolTip(translate("ContactSearch", "Type a name, company or number; Down to move to the results, Enter to call"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setText(vm.query)
        self.search_box.textChanged.connect(vm.setQuery)
        self.search_box.installEventFilter(self)

        self.header = QLabel(self)
        self.header.setAccessibleName(translate("ContactSearch", "Contact list heading"))
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)

        self.panel_menu = QMenu(self)
        self.template_action = QAction(translate("ContactSearch", "Reset favourites to my organisation's template…"), self.panel_menu)
        self.template_action.setEnabled(vm.templatesSupported)
        self.template_action.setToolTip(vm.templatesNote or translate("ContactSearch", "Your favourites become the organisation's template"))
        self.template_action.triggered.connect(self.ask_reset_favourites)
        self.panel_menu.addAction(self.template_action)
        self.panel_menu.setToolTipsVisible(True)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setAccessibleName(translate("ContactSearch", "Contacts menu"))
        self.menu_button.setToolTip(translate("ContactSearch", "More commands for your contacts"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.panel_menu)
        self.question: QMessageBox | None = None

        self.notice_label = QLabel(self)
        self.notice_label.setAccessibleName(translate("ContactSearch", "Contacts notice"))
        self.notice_label.setWordWrap(True)
        self.notice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice_label.setVisible(False)

        self.list_view = QListView(self)
        self.list_view.setAccessibleName(translate("ContactSearch", "Contacts"))
        self.list_view.setToolTip(translate("ContactSearch", "Enter or double-click to call; Ctrl+Shift+F to add or remove a favourite"))
        self.list_view.setModel(vm.model)
        self.delegate = ContactDelegate(self.list_view)
        self.delegate.stars = vm.favouritesSupported
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setMouseTracking(True)
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._context_menu)
        self.list_view.doubleClicked.connect(self._call_index)
        self.list_view.installEventFilter(self)
        self.delegate.starClicked.connect(self._star_clicked)

        self.empty_label = QLabel(self)
        self.empty_label.setAccessibleName(translate("ContactSearch", "No contacts"))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)

        self.error_label = error_label(self, translate("ContactSearch", "Contact search error"))

        self.call_button = QPushButton(translate("ContactSearch", "Call"), self)
        self.call_button.setAccessibleName(translate("ContactSearch", "Call selected contact"))
        self.call_button.setToolTip(translate("ContactSearch", "Call the selected contact's preferred number (Enter)"))
        self.call_button.clicked.connect(self.call_selected)
        self.favourite_button = QPushButton(translate("ContactSearch", "Add to favourites"), self)
        self.favourite_button.setAccessibleName(translate("ContactSearch", "Toggle favourite"))
        self.favourite_button.setToolTip(translate("ContactSearch", "Add the selected contact to your favourites, or remove it (Ctrl+Shift+F)"))
        self.favourite_button.clicked.connect(self.toggle_selected_favourite)

        buttons = QHBoxLayout()
        buttons.addWidget(self.call_button)
        buttons.addWidget(self.favourite_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        heading = QHBoxLayout()
        heading.addWidget(self.header, 1)
        heading.addWidget(self.menu_button)
        layout.addLayout(heading)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.notice_label)
        layout.addWidget(self.error_label)
        self.sources_label = QLabel(self)
        self.sources_label.setAccessibleName(translate("ContactSearch", "Contact sources status"))
        self.sources_label.setWordWrap(True)
        set_style(self.sources_label, "color: $secondary;")
        names = ", ".join(vm.sourceNames)
        self.sources_label.setToolTip(translate("ContactSearch", "Searches ask every source at once: {names}").format(names=names) if names else "")
        self.sources_label.setVisible(False)
        layout.addWidget(self.sources_label)

        def sync_sources() -> None:
            self.sources_label.setText(vm.sourcesNote)
            self.sources_label.setVisible(bool(vm.sourcesNote))

        vm.sourcesNoteChanged.connect(sync_sources)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.search_box, self.list_view)
        QWidget.setTabOrder(self.list_view, self.call_button)
        QWidget.setTabOrder(self.call_button, self.favourite_button)

        shortcut = QShortcut(QKeySequence("Ctrl+Shift+F"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_selected_favourite)

        vm.queryChanged.connect(self._sync_query)
        vm.resultsChanged.connect(self._sync)
        vm.searchingChanged.connect(self._sync)
        vm.errorChanged.connect(self._sync_error)
        vm.noticeChanged.connect(self._sync_notice)
        vm.busyChanged.connect(self._sync_buttons)
        vm.model.modelReset.connect(self._sync_buttons)
        vm.model.dataChanged.connect(self._sync_buttons)
        self.list_view.selectionModel().currentChanged.connect(self._sync_buttons)
        self._sync()
        self._sync_error()

    # ------------------------------------------------------------------------------ public
    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected (for a global shortcut)."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def selected_row(self) -> int:
        index = self.list_view.currentIndex()
        return index.row() if index.isValid() else -1

    def call_selected(self) -> None:
        row = self.selected_row()
        if row < 0 and self.vm.model.rowCount() > 0:
            row = 0
        if row < 0:
            self.vm.set_error(translate("ContactSearch", "Choose a contact first"))
            return
        self.vm.call(row, "")

    def toggle_selected_favourite(self) -> None:
        contact = self.vm.model.contact(self.selected_row())
        if contact is None:
            self.vm.set_error(translate("ContactSearch", "Choose a contact first"))
            return
        self.vm.toggleFavourite(contact.id)

    def _ask(self, title: str, text: str, yes: str, then) -> QMessageBox:
        """A non-blocking question (``open()``, never ``exec()``); ``then()`` runs only on ``yes``."""
        if self.question is not None:
            self.question.close()
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        confirm = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def done(_result: int) -> None:
            self.question = None
            if box.clickedButton() is confirm:
                then()

        box.finished.connect(done)
        self.question = box
        box.open()
        return box

    def ask_remove(self, row: int) -> QMessageBox | None:
        """Ask, then remove the contact in ``row`` from the person's contacts."""
        contact = self.vm.model.contact(row)
        if contact is None or not self.vm.can_remove(contact):
            return None
        return self._ask(translate("ContactSearch", "Remove contact"), self.vm.removal_question(contact), translate("ContactSearch", "Remove"),
                         lambda cid=contact.id: self.vm.removeContact(cid))

    def ask_reset_favourites(self) -> QMessageBox | None:
        if not self.vm.templatesSupported:
            return None
        return self._ask(translate("ContactSearch", "Reset favourites"), self.vm.templatesQuestion, translate("ContactSearch", "Reset favourites"),
                         self.vm.resetFavouritesToTemplate)

    # ------------------------------------------------------------------------------ binding
    def _sync_notice(self) -> None:
        self.notice_label.setText(self.vm.notice)
        self.notice_label.setVisible(bool(self.vm.notice))

    def _sync_query(self) -> None:
        if self.search_box.text() != self.vm.query:
            self.search_box.setText(self.vm.query)

    def _sync(self) -> None:
        vm = self.vm
        if vm.searching and vm.count == 0:
            self.header.setText(translate("ContactSearch", "Searching…"))
        elif vm.showingFavourites:
            self.header.setText(vm.favouritesTitle)
        elif vm.resultsQuery:
            self.header.setText(translate("ContactSearch", "Contacts matching “{resultsQuery}”").format(resultsQuery=vm.resultsQuery) + (translate("ContactSearch", " (searching…)") if vm.searching else ""))
        else:
            self.header.setText(translate("ContactSearch", "Searching…") if vm.searching else "")
        empty = vm.emptyText
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        self.list_view.setVisible(not empty)
        self._sync_buttons()

    def _sync_error(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))

    def _sync_buttons(self, *args) -> None:
        contact = self.vm.model.contact(self.selected_row())
        has_rows = self.vm.model.rowCount() > 0
        self.call_button.setEnabled(has_rows)
        self.favourite_button.setEnabled(contact is not None and not self.vm.busy and self.vm.favouritesSupported)
        self.favourite_button.setVisible(self.vm.favouritesSupported)
        if contact is not None and contact.favourite:
            self.favourite_button.setText(translate("ContactSearch", "Remove from favourites"))
        else:
            self.favourite_button.setText(translate("ContactSearch", "Add to favourites"))

    def _call_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.vm.call(index.row(), "")

    def _star_clicked(self, index: QModelIndex) -> None:
        cid = index.data(ContactListModel.ContactIdRole)
        if cid:
            self.list_view.setCurrentIndex(index)
            self.vm.toggleFavourite(cid)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.list_view.indexAt(pos)
        if not index.isValid():
            return
        self.list_view.setCurrentIndex(index)
        menu = self.context_menu_for(index.row())
        menu.popup(self.list_view.viewport().mapToGlobal(pos))

    def context_menu_for(self, row: int) -> QMenu:
        """Call each of the contact's numbers; send an SMS (when the account can); add or remove the favourite."""
        contact = self.vm.model.contact(row)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if contact is None:
            return menu
        numbers = list(contact.numbers) or ([contact.preferred_number] if contact.preferred_number else [])
        for number in numbers:
            action = QAction(translate("ContactSearch", "Call {number}").format(number=number), menu)
            action.triggered.connect(lambda _=False, r=row, n=number: self.vm.call(r, n))
            menu.addAction(action)
        if not numbers:
            none = menu.addAction(translate("ContactSearch", "No number to call"))
            none.setEnabled(False)
        if self.vm.smsSupported:
            sms = QAction(translate("ContactSearch", "Send SMS…"), menu)
            sms.triggered.connect(lambda _=False, r=row: open_sms_dialog(self.window(), self.vm.compose_sms(r)))
            menu.addAction(sms)
        menu.addSeparator()
        label = translate("ContactSearch", "Remove from favourites") if contact.favourite else translate("ContactSearch", "Add to favourites")
        fav = QAction(label, menu)
        fav.triggered.connect(lambda _=False, cid=contact.id: self.vm.toggleFavourite(cid))
        menu.addAction(fav)
        if contact.in_list or not self.vm.removeSupported:
            remove = QAction(translate("ContactSearch", "Remove from my contacts…"), menu)
            remove.setEnabled(self.vm.can_remove(contact))
            remove.setToolTip(self.vm.removeNote)
            remove.triggered.connect(lambda _=False, r=row: self.ask_remove(r))
            menu.addAction(remove)
            menu.setToolTipsVisible(True)
        return menu

    # ------------------------------------------------------------------------------ keyboard
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.search_box:
            if key == Qt.Key.Key_Down and self.vm.model.rowCount():
                self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.list_view.currentIndex().isValid():
                    self.list_view.setCurrentIndex(self.vm.model.index(0))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_in_box()
                return True
            if key == Qt.Key.Key_Escape and self.search_box.text():
                self.search_box.clear()
                return True
        elif watched is self.list_view:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._call_index(self.list_view.currentIndex())
                return True
            if key == Qt.Key.Key_Up and self.list_view.currentIndex().row() <= 0:
                self.focus_search()
                return True
            if key == Qt.Key.Key_Menu or (key == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
                rect = self.list_view.visualRect(self.list_view.currentIndex())
                self._context_menu(rect.center())
                return True
        return super().eventFilter(watched, event)

    def _enter_in_box(self) -> None:
        """Enter in the box calls the selected (else first) result, once the results are for the
        query as typed; while they are not, the search runs now instead."""
        if self.vm.searching or self.vm.resultsQuery != self.vm.query.strip():
            self.vm.refresh()
            return
        self.call_selected()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.vm.model.rowCount() == 0 and not self.vm.searching and not self.vm.emptyText:
            self.vm.refresh()  # first show: the favourites


class ContactSuggestions(QIdentityProxyModel):
    """The contact list as suggestions for a transfer or consultation box: "Name (number)" to match
    on, and the preferred number under ``Qt.UserRole`` (what :class:`~cti_desktop.ui.call_panel.CallPanel`
    puts in the box when one is chosen). It follows the list as it changes (favourites or results)."""

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        source = self.mapToSource(index)
        number = source.data(ContactListModel.PreferredNumberRole)
        if role == Qt.ItemDataRole.UserRole:
            return number or None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            name = source.data(ContactListModel.DisplayNameRole) or ""
            return f"{name} ({number})" if number else name
        return super().data(index, role)

