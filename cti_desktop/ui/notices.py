"""Non-blocking notices: dismissable banners at the top of the main window.

Unexpected errors, a damaged settings file, "the app keeps running in the tray"… go to one
:class:`NoticeCenter`. While a :class:`NoticeArea` is attached (the main window's), notices appear
there as banners the person dismisses with a click or Escape-free keyboard (each banner's close
button is in the tab order); before that (e.g. while the sign-in dialog is up) a non-modal message
box is shown with ``show()`` — never ``exec()``, so no event loop is ever re-entered.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from .theme import set_style

log = logging.getLogger(__name__)

INFO = "info"
WARNING = "warning"
ERROR = "error"

#: (background, accent, text) per level: names of :class:`cti_desktop.ui.theme.Colours`.
_COLOURS = {
    INFO: ("info_bg", "info_border", "info_text"),
    WARNING: ("warning_bg", "warning_border", "warning_text"),
    ERROR: ("critical_bg", "critical_border", "critical_text"),
}
_TITLES = {INFO: QT_TRANSLATE_NOOP("Notices", "Information"), WARNING: QT_TRANSLATE_NOOP("Notices", "Warning"), ERROR: QT_TRANSLATE_NOOP("Notices", "Something went wrong")}

#: At most this many banners at once; older ones go first.
MAX_BANNERS = 4


class NoticeBanner(QFrame):
    """One notice: a coloured bar with the message and a close button."""

    dismissed = Signal()

    def __init__(self, text: str, level: str = INFO, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level = level if level in _COLOURS else INFO
        self.text = text
        self.count = 1
        background, accent, foreground = _COLOURS[self.level]
        self.setObjectName("noticeBanner")
        self.setProperty("level", self.level)
        set_style(
            self,
            f"QFrame#noticeBanner {{ background: ${background}; border: 1px solid ${accent};"
            f" border-left: 4px solid ${accent}; border-radius: 4px; }}"
            f" QLabel {{ color: ${foreground}; background: transparent; border: none; }}"
            f" QToolButton {{ color: ${foreground}; border: none; padding: 2px 6px; font-weight: bold; }}"
            f" QToolButton:hover, QToolButton:focus {{ background: ${foreground}; color: ${background};"
            f" border-radius: 3px; }}",
        )
        self.setAccessibleName(f"{translate('Notices', _TITLES[self.level])}: {text}")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(8)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(translate("Notices", _TITLES[self.level]))
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("Notices", "Dismiss this notice"))
        self.close_button.setAccessibleName(translate("Notices", "Dismiss notice"))
        self.close_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)

    def repeat(self) -> None:
        self.count += 1
        self.label.setText(f"{self.text} (×{self.count})")

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


class NoticeArea(QWidget):
    """The place in the main window where banners stack up (hidden while empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("Notices", "Notices"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._banners: list[NoticeBanner] = []
        self.setVisible(False)

    def banners(self) -> list[NoticeBanner]:
        return list(self._banners)

    def texts(self) -> list[str]:
        return [b.label.text() for b in self._banners]

    def add(self, text: str, level: str = INFO) -> NoticeBanner:
        for banner in self._banners:
            if banner.text == text and banner.level == level:
                banner.repeat()
                return banner
        while len(self._banners) >= MAX_BANNERS:
            self._banners[0].dismiss()
        banner = NoticeBanner(text, level, self)
        banner.dismissed.connect(lambda b=banner: self._forget(b))
        self._banners.append(banner)
        self._layout.addWidget(banner)
        self.setVisible(True)
        return banner

    def _forget(self, banner: NoticeBanner) -> None:
        if banner in self._banners:
            self._banners.remove(banner)
        self.setVisible(bool(self._banners))

    def clear(self) -> None:
        for banner in list(self._banners):
            banner.dismiss()


class NoticeCenter(QObject):
    """Where every part of the app posts a notice for the person."""

    posted = Signal(str, str)  # text, level

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._area: NoticeArea | None = None
        self._boxes: list[QMessageBox] = []
        #: Every notice posted, newest last (the About box and tests read it).
        self.history: list[tuple[str, str]] = []

    def attach(self, area: NoticeArea | None) -> None:
        self._area = area

    def post(self, text: str, level: str = INFO) -> None:
        self.history.append((text, level))
        del self.history[:-50]
        self.posted.emit(text, level)
        area = self._area
        if area is not None:
            try:
                area.add(text, level)
                window = area.window()
                if window is not None and window.isVisible():
                    return
            except RuntimeError:  # the window is gone
                self._area = None
        self._message_box(text, level)

    def _message_box(self, text: str, level: str) -> None:
        icon = {INFO: QMessageBox.Icon.Information, WARNING: QMessageBox.Icon.Warning}.get(level, QMessageBox.Icon.Critical)
        box = QMessageBox(icon, translate("Notices", "CTI Desktop — {get}").format(get=translate('Notices', _TITLES[level]) if level in _TITLES else translate('Notices', 'Notice')), text, QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setAccessibleName(translate("Notices", _TITLES[level]) if level in _TITLES else translate("Notices", "Notice"))
        self._boxes.append(box)
        box.finished.connect(lambda _result, b=box: self._boxes.remove(b) if b in self._boxes else None)
        box.show()

    def close_all(self) -> None:
        for box in list(self._boxes):
            box.close()
        self._boxes.clear()
