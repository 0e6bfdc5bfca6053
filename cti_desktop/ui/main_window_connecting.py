"""The main window's "Connecting…" state: the account named in the header, the panels empty and off.

Shown while the session starts (instant start); :meth:`~cti_desktop.ui.main_window.MainWindow.attach`
replaces it with the panels once the session is there. A mixin of
:class:`~cti_desktop.ui.main_window.MainWindow`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QSplitter, QVBoxLayout, QWidget

from cti_desktop.i18n import translate
from cti_desktop.core.settings import Settings, SettingsStore
from cti_desktop.viewmodels.window_words import APP_TITLE

from .main_window_header import header_row
from .notices import NoticeCenter
from .sections import section as _section

if TYPE_CHECKING:
    from .main_window import MainWindow


class ConnectingState:
    """The window before the session is there (mixed into ``MainWindow``)."""

    @classmethod
    def connecting(cls, label: str, server: str, notices: NoticeCenter, settings: Settings,
                   store: SettingsStore) -> "MainWindow":
        """The window before the session is there: the header names the account and says
        "Connecting…", the panels are empty and disabled. :meth:`attach` fills it in."""
        return cls(None, None, notices, settings, store, connecting=(label, server))

    def _build_connecting(self, label: str, server: str) -> None:
        central = QWidget()
        central.setObjectName("connecting")
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.account_label = QLabel()
        self.account_sub = QLabel()
        header, row = header_row(self.account_label, self.account_sub)
        self.connecting_status = QLabel(translate("MainWindowConnecting", "Connecting…"))
        self.connecting_status.setObjectName("connectingStatus")
        self.connecting_status.setAccessibleName(translate("MainWindowConnecting", "Connection: connecting"))
        row.addWidget(self.connecting_status, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(header)
        body = QSplitter(Qt.Orientation.Horizontal)
        body.setChildrenCollapsible(False)
        body.setHandleWidth(10)
        body.setContentsMargins(12, 10, 12, 12)
        self.connecting_sections: list[QFrame] = []
        for column in ((translate("MainWindowConnecting", "Dial pad and presence"), translate("MainWindowConnecting", "Queues")),
                       (translate("MainWindowConnecting", "Calls"), translate("MainWindowConnecting", "Contacts"))):
            split = QSplitter(Qt.Orientation.Vertical)
            split.setHandleWidth(10)
            for name in column:
                waiting = QLabel(translate("MainWindowConnecting", "Connecting…"))
                waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
                section = _section(name, waiting, name=translate("MainWindowConnecting", "{name}: connecting").format(name=name))
                section.setEnabled(False)
                self.connecting_sections.append(section)
                split.addWidget(section)
            body.addWidget(split)
        body.setStretchFactor(1, 1)
        body.setSizes([320, 900])
        outer.addWidget(body, 1)
        self.setCentralWidget(central)
        self.name_account(label, server)

    def name_account(self, label: str, server: str) -> None:
        """The account (and its server) the header and the title name while the window connects."""
        self.account_label.setText(label)
        self.account_label.setAccessibleName(translate("MainWindowConnecting", "Signing in as {label}").format(label=label))
        self.account_sub.setText(f"{APP_TITLE} · {server}" if server else APP_TITLE)
        self.setWindowTitle(translate("MainWindowConnecting", "{label} (Connecting…) — {APP_TITLE}").format(label=label, APP_TITLE=APP_TITLE) if label else translate("MainWindowConnecting", "Connecting… — {APP_TITLE}").format(APP_TITLE=APP_TITLE))
