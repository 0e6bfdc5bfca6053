"""Moving around the main window by keyboard and menu: the Tab order, showing and hiding panels,
the View menu's "Go to" tabs, and the dial/search focus shortcuts. A mixin of
:class:`~cti_desktop.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from cti_desktop.i18n import translate


class PanelNavigation:
    """Panel visibility, tabs and focus of the signed-in window (mixed into ``MainWindow``)."""

    def _tab_sections(self) -> list[QWidget]:
        """The parts of the window in the order Tab goes through them (the header is the rest)."""
        return [self.calls_section, self.contacts_section, self.left_tabs_frame, self.queues_section]

    def _set_tab_order(self) -> None:
        """Tab follows the screen, calls first: each call's controls card by card, then the
        contacts and follow-up tabs below them, the dial pad and presence, the queues, and the
        header (forwarding, presence). Controls keep their order within each part; panels that add
        controls later (cards, queue rows, shortcut buttons) are put in place again on the next Tab."""
        sections = self._tab_sections()
        parts: list[list[QWidget]] = [[] for _ in range(len(sections) + 1)]
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not self.calls_section.isAncestorOf(widget):
                part = next((i for i, s in enumerate(sections) if s.isAncestorOf(widget)), len(sections))
                parts[part].append(widget)
            widget = widget.nextInFocusChain()
        parts[0] = self.workspace.calls.focus_chain()
        chain = [w for part in parts for w in part]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 - Qt API
        if self.workspace is not None:
            self._set_tab_order()
        return super().focusNextPrevChild(next)

    def set_panel_visible(self, panel: str, visible: bool) -> None:
        """Show or hide one panel: ``dial``, ``presence``, ``queues`` or ``contacts``."""
        if panel in ("dial", "presence"):
            page = self.dial_section if panel == "dial" else self.presence_section
            self.left_tabs.setTabVisible(self.left_tabs.indexOf(page), visible)
            current = self.left_tabs.currentIndex()
            if visible and (current < 0 or not self.left_tabs.isTabVisible(current)):
                self.left_tabs.setCurrentWidget(page)
            any_tab = any(self.left_tabs.isTabVisible(i) for i in range(self.left_tabs.count()))
            self.left_tabs_frame.setVisible(any_tab)
        elif panel == "queues":
            self.queues_section.setVisible(visible)
        elif panel == "contacts":
            self.contacts_section.setVisible(visible)
        else:
            raise ValueError(f"no panel {panel!r}")
        self.left_splitter.setVisible(not self.left_tabs_frame.isHidden() or not self.queues_section.isHidden())
        action = self.actions.get(f"view_{panel}")
        if action is not None and action.isChecked() != visible:
            action.setChecked(visible)

    def show_left_tab(self, panel: str) -> None:
        """Bring the ``dial`` or ``presence`` tab to the front (shown first if it was hidden)."""
        page = {"dial": self.dial_section, "presence": self.presence_section}[panel]
        self.set_panel_visible(panel, True)
        self.left_tabs.setCurrentWidget(page)

    def tab_pages(self) -> list[tuple[str, QTabWidget, QWidget]]:
        """The tabs the View menu's "Go to" brings to the front: (name, tab widget, page). The tab
        titles carry no Alt+letter of their own (Qt makes those window-wide, where the menus and the
        pages' buttons have theirs); the menu's entries do, within the menu."""
        ws = self.workspace
        pages = [("dial", self.left_tabs, self.dial_section), ("presence", self.left_tabs, self.presence_section),
                 ("contacts", self.follow_tabs, ws.contacts), ("colleagues", self.follow_tabs, ws.colleagues),
                 ("book", self.follow_tabs, ws.book), ("group_log", self.follow_tabs, ws.group_log),
                 ("history", self.follow_tabs, ws.history), ("supervision", self.follow_tabs, ws.supervision)]
        return [(name, tabs, page) for name, tabs, page in pages if page is not None]

    def go_to_tab(self, name: str) -> None:
        """Bring tab ``name`` (see :meth:`tab_pages`) to the front, shown first if it was hidden,
        and put the keyboard focus in it."""
        tabs, page = next((t, p) for n, t, p in self.tab_pages() if n == name)
        if name in ("dial", "presence"):
            self.show_left_tab(name)
        else:
            self.set_panel_visible("contacts", True)
            if not tabs.isTabVisible(tabs.indexOf(page)):
                self.statusBar().showMessage(translate("MainWindowNavigation", "That tab is not offered for this account"), 4000)
                return
            tabs.setCurrentWidget(page)
        self.raise_window()
        page.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if page.focusWidget() is None or not page.isAncestorOf(QApplication.focusWidget()):
            page.focusNextChild()

    def focus_dial(self) -> None:
        self.show_left_tab("dial")
        self.raise_window()
        self.workspace.dial.focus_number()

    def focus_search(self) -> None:
        self.set_panel_visible("contacts", True)
        self.follow_tabs.setCurrentWidget(self.workspace.contacts)
        self.raise_window()
        self.workspace.contacts.focus_search()
