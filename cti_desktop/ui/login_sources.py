"""The sign-in dialog's "Extra contact sources": directories of any phone system that callers are
looked up in too, each with its own address and secret (kept in the keyring only).

A mixin of :class:`~cti_desktop.ui.login_dialog.LoginDialog`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

__all__ = ["ContactSourcesPanel"]


class ContactSourcesPanel:
    """The collapsible list of extra contact sources (mixed into ``LoginDialog``)."""

    def _build_sources(self) -> QWidget:
        box = QFrame()
        box.setAccessibleName(translate("LoginSources", "Extra contact sources"))
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sources_toggle = QToolButton()
        self.sources_toggle.setText(translate("LoginSources", "Extra contact sources"))
        self.sources_toggle.setAccessibleName(translate("LoginSources", "Show extra contact sources"))
        self.sources_toggle.setToolTip(translate("LoginSources", "Other directories callers are looked up in too (e.g. {source_name})").format(source_name=self.vm.vendors.specs[-1].source_name))
        self.sources_toggle.setCheckable(True)
        self.sources_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sources_toggle.setArrowType(Qt.ArrowType.RightArrow)
        layout.addWidget(self.sources_toggle)
        self.sources_panel = QWidget()
        panel = QVBoxLayout(self.sources_panel)
        panel.setContentsMargins(16, 0, 0, 0)
        self.sources_list = QListWidget()
        self.sources_list.setAccessibleName(translate("LoginSources", "Extra contact sources list"))
        self.sources_list.setToolTip(translate("LoginSources", "Looked up at the same time as the phone system's own directory"))
        self.sources_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sources_list.setMaximumHeight(70)
        panel.addWidget(self.sources_list)
        row = QHBoxLayout()
        self.source_kind = QComboBox()
        self.source_kind.setAccessibleName(translate("LoginSources", "Kind of contact source"))
        self.source_kind.setToolTip(translate("LoginSources", "Which directory to add"))
        specs = self.vm.vendors.specs
        for spec in specs:
            self.source_kind.addItem(spec.source_name, spec.key)
        with_domain = " and ".join(s.label for s in specs if "domain" in s.source_fields)
        with_user = ", ".join(s.label for s in specs if "user" in s.source_fields)
        self.source_server = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Source address"), translate("LoginSources", "Address (empty: public API)"), translate("LoginSources", "The source's server or API address"))
        self.source_domain = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Source domain"), translate("LoginSources", "Domain ({with_domain})").format(with_domain=with_domain), translate("LoginSources", "The {with_domain} domain ({with_domain} only)").format(with_domain=with_domain))
        self.source_user = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Source user"), translate("LoginSources", "User"), translate("LoginSources", "The user name at that source ({with_user})").format(with_user=with_user))
        self.source_secret = self._line(QT_TRANSLATE_NOOP("AccessibleNames", "Source secret"), translate("LoginSources", "Password / API key"),
                                        translate("LoginSources", "The password, token or API key for that source; kept in the keyring only"))
        self.source_secret.setEchoMode(QLineEdit.EchoMode.Password)
        for w in (self.source_kind, self.source_server, self.source_domain, self.source_user, self.source_secret):
            row.addWidget(w)
        panel.addLayout(row)
        buttons = QHBoxLayout()
        self.source_add = QPushButton(translate("LoginSources", "Add source"))
        self.source_add.setAccessibleName(translate("LoginSources", "Add contact source"))
        self.source_add.setToolTip(translate("LoginSources", "Add this source to the account (checked when you sign in)"))
        self.source_add.setAutoDefault(False)
        self.source_remove = QPushButton(translate("LoginSources", "Remove"))
        self.source_remove.setAccessibleName(translate("LoginSources", "Remove contact source"))
        self.source_remove.setToolTip(translate("LoginSources", "Remove the chosen source from the account"))
        self.source_remove.setAutoDefault(False)
        buttons.addWidget(self.source_add)
        buttons.addWidget(self.source_remove)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        layout.addWidget(self.sources_panel)
        self.sources_panel.setVisible(False)
        self.sources_toggle.toggled.connect(self._toggle_sources)
        self.source_kind.currentIndexChanged.connect(lambda _i: self._sync_source_fields())
        self.source_add.clicked.connect(self._add_source)
        self.source_remove.clicked.connect(
            lambda: self.vm.removeSource(self.sources_list.currentRow()) if self.sources_list.currentRow() >= 0 else None)
        self._sync_source_fields()
        return box

    def _toggle_sources(self, shown: bool) -> None:
        self.sources_panel.setVisible(shown)
        self.sources_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.adjustSize()

    def _sync_source_fields(self) -> None:
        spec = self.vm.vendors.get(self.source_kind.currentData())
        if spec is None:
            return
        self.source_domain.setVisible("domain" in spec.source_fields)
        self.source_user.setVisible("user" in spec.source_fields)
        self.source_secret.setPlaceholderText(spec.words.source_placeholder)

    def _add_source(self) -> None:
        secret = self.source_secret.text()
        self.source_secret.clear()
        self.vm.addSource(self.source_kind.currentData(), self.source_server.text(), self.source_domain.text(),
                          self.source_user.text(), secret)
        if not self.vm.error:
            for edit in (self.source_server, self.source_domain, self.source_user):
                edit.clear()

    def _sync_sources(self) -> None:
        self.sources_list.clear()
        for src in self.vm.sources:
            note = "" if src["hasSecret"] else translate("LoginSources", " — secret from the keyring")
            self.sources_list.addItem(src["label"] + note)
        count = len(self.vm.sources)
        self.sources_toggle.setText(translate("LoginSources", "Extra contact sources ({count})").format(count=count) if count else translate("LoginSources", "Extra contact sources"))
        if count and not self.sources_toggle.isChecked():
            self.sources_toggle.setChecked(True)
