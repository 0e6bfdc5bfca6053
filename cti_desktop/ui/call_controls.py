"""The small controls the call panel is made of: a named button, a named label, a chooser button.

Every control carries an object name and an accessible name (what tests and screen readers find it
by) and a tooltip. :class:`ChoiceButton` acts on one of several options (a device, another call)
without a modal dialog: a click, or a menu.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QMenu, QPushButton, QSizePolicy, QToolButton
from cti_desktop.i18n import translate
from .theme import set_style


def make_button(text: str, name: str, tip: str, slot: Callable[[], object] | None = None, *,
                accessible: str | None = None) -> QPushButton:
    """A push button named ``name`` that calls ``slot`` when clicked. ``name`` is its object name (English,
    for lookups) and, in the agent's language, its accessible name (mark it with
    ``QT_TRANSLATE_NOOP("AccessibleNames", …)``), unless ``accessible`` gives that one."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible or translate("AccessibleNames", name))
    button.setToolTip(tip)
    button.setAutoDefault(False)
    if slot is not None:
        button.clicked.connect(lambda _checked=False: slot())
    return button


def name_clear_button(edit: QLineEdit) -> None:
    """The clear button ``setClearButtonEnabled`` adds is a control too: name it."""
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(translate("CallControls", "Clear {lower}").format(lower=edit.accessibleName().lower()))
        button.setToolTip(translate("CallControls", "Clear"))


def make_label(name: str, *, wrap: bool = False, style: str = "") -> QLabel:
    """A selectable label named ``name`` (object name; accessible name in the agent's language, as for
    :func:`make_button`), wrapped and styled as asked."""
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(translate("AccessibleNames", name))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(wrap)
    if style:
        set_style(label, style)
    return label


class ChoiceButton(QToolButton):
    """A button that acts on one of several options (a device, another call).

    With one option a click acts on it ("Move to Desk phone"); with several, ``default_first``
    decides: a click acts on the first and the arrow offers the others (answer), or the click opens
    the list so the person chooses (move, connect calls).
    """

    chosen = Signal(str)

    def __init__(self, verb: str, name: str, tip: str, *, default_first: bool) -> None:
        super().__init__()
        self._verb = verb
        self._default_first = default_first
        self._options: list[tuple[str, str]] = []
        self.setObjectName(name)
        self.setAccessibleName(translate("AccessibleNames", name))
        self.setToolTip(tip)
        self.setText(verb)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._menu: QMenu | None = None  # made when there are options to choose from (most calls have none)
        self.clicked.connect(self._clicked)

    @property
    def options(self) -> list[tuple[str, str]]:
        return list(self._options)

    def set_options(self, options: list[tuple[str, str]]) -> None:
        if options == self._options:
            return
        self._options = options
        if len(options) > 1:
            menu = self._choices()
            menu.clear()
            for value, label in options:
                action = menu.addAction(label)
                action.triggered.connect(lambda _checked=False, v=value: self.chosen.emit(v))
            self.setMenu(menu)
            if self._default_first:
                self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
                self.setText(f"{self._verb} ({options[0][1]})")
            else:
                self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
                self.setText(f"{self._verb}…")
        else:
            if self._menu is not None:
                self._menu.clear()
            self.setMenu(None)  # type: ignore[arg-type]
            self.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
            self.setText(f"{self._verb} ({options[0][1]})" if options and not self._default_first else self._verb)

    def choose_from_keyboard(self) -> None:
        """What a keyboard shortcut does: act as a click would, but open the list (without
        blocking, its first entry active) where the person must choose."""
        if len(self._options) > 1 and not self._default_first:
            menu = self._choices()
            menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
            menu.setActiveAction(menu.actions()[0])
            return
        self._clicked()

    def _choices(self) -> QMenu:
        """The menu of the options (made the first time there are several)."""
        if self._menu is None:
            self._menu = QMenu(self)
            self._menu.setAccessibleName(translate("CallControls", "{name} choices").format(name=self.objectName()))
        return self._menu

    def _clicked(self) -> None:
        if len(self._options) == 1 or (self._options and self._default_first):
            self.chosen.emit(self._options[0][0])
        elif not self._options:
            self.chosen.emit("")
