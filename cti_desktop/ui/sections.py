"""Building blocks of the main window's layout: a titled section frame and a column that scrolls.

Shared by the signed-in layout and the "Connecting…" state of :class:`~cti_desktop.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from cti_desktop.i18n import translate


def section(title: str, body: QWidget, *, name: str, margins: tuple[int, int, int, int] = (12, 10, 12, 12)) -> QFrame:
    frame = QFrame()
    frame.setObjectName("section")
    frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(6)
    if title:
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        heading.setAccessibleName(translate("Sections", "{name} heading").format(name=name))
        layout.addWidget(heading)
    layout.addWidget(body, 1)
    return frame


class ColumnScroll(QScrollArea):
    """A vertical-only scroll area exactly as wide as its panel needs, now and after it changes.

    A plain scroll area keeps the width it had when it was built; panels that fill in later
    (shortcut buttons, devices, queue rows) would then be clipped on the right. This one asks for
    the panel's minimum width plus the scroll bar, and asks again whenever the panel's layout changes.
    """

    def __init__(self, panel: QWidget, *, name: str) -> None:
        super().__init__()
        self.setObjectName("columnScroll")
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(panel)
        panel.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self.updateGeometry()
        return super().eventFilter(watched, event)

    def _content_width(self) -> int:
        panel = self.widget()
        if panel is None:
            return 0
        bar = self.verticalScrollBar().sizeHint().width()
        margins = self.contentsMargins()
        return panel.minimumSizeHint().width() + bar + margins.left() + margins.right()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self._content_width(), min(160, super().minimumSizeHint().height()))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        panel = self.widget()
        height = panel.sizeHint().height() if panel is not None else 0
        return QSize(self._content_width(), height)
