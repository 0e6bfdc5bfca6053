"""The supervision panel: the agents of the groups the person supervises, and Listen / Whisper /
Barge in on the chosen agent's active call.

Binds to :class:`~cti_desktop.viewmodels.supervision.SupervisionViewModel`; never talks to the
backend. The buttons are enabled exactly from the view-model's ``canSupervise`` for the chosen
agent; why they are not is said under them. The supervisor's own call shows in the call panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.viewmodels.supervision import SupervisionViewModel
from .polled_panel import PolledPanel
from .theme import set_style

_ERROR_STYLE = "color: $critical;"
_MUTED_STYLE = "color: $secondary;"
AGENT_ROLE = Qt.ItemDataRole.UserRole


def _label(name: str, style: str = "") -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setAccessibleName(translate("AccessibleNames", name))
    label.setWordWrap(True)
    if style:
        set_style(label, style)
    return label


class SupervisionPanel(PolledPanel):
    def __init__(self, vm: SupervisionViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("Supervision", "Supervise agents"))

        self.note = _label(QT_TRANSLATE_NOOP("AccessibleNames", "Supervision note"), _MUTED_STYLE)
        self.agents = QListWidget()
        self.agents.setObjectName("Agents")
        self.agents.setAccessibleName(translate("Supervision", "Agents you supervise"))
        self.agents.setToolTip(translate("Supervision", "The agents of the groups you supervise; choose one, then Listen, Whisper or Barge in"))
        self.agents.currentItemChanged.connect(self._chosen)

        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for mode in vm.modes:
            button = QPushButton(mode["text"])
            button.setObjectName(mode["text"])
            button.setAccessibleName(mode["text"])
            button.setToolTip(mode["tip"])
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, m=mode["mode"]: self._supervise(m))
            row.addWidget(button)
            self.buttons[mode["mode"]] = button
        row.addStretch(1)

        self.reason = _label(QT_TRANSLATE_NOOP("AccessibleNames", "Why supervising is off"), _MUTED_STYLE)
        self.notice = _label(QT_TRANSLATE_NOOP("AccessibleNames", "Supervision notice"))
        self.error = _label(QT_TRANSLATE_NOOP("AccessibleNames", "Supervision error"), _ERROR_STYLE)
        self.stale = _label(QT_TRANSLATE_NOOP("AccessibleNames", "Supervision list may be old"), _MUTED_STYLE)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.agents, 1)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.stale)

        vm.agentsChanged.connect(self._refresh_agents)
        vm.selectedAgentChanged.connect(self._refresh_buttons)
        vm.noticeChanged.connect(self._refresh_notice)
        vm.errorChanged.connect(self._refresh_error)
        vm.busyChanged.connect(self._refresh_buttons)
        vm.refreshErrorChanged.connect(self._refresh_stale)
        self._refresh_agents()
        self._refresh_notice()
        self._refresh_error()
        self._refresh_stale()

    # ----------------------------------------------------------------------------- view → vm
    def _chosen(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.vm.selectedAgent = current.data(AGENT_ROLE) if current is not None else ""

    def _supervise(self, mode: str) -> None:
        agent = self.vm.selectedAgent
        if agent:
            self.vm.supervise(agent, mode)

    # ----------------------------------------------------------------------------- vm → view
    def _refresh_agents(self) -> None:
        vm = self.vm
        self.note.setText(vm.note)
        self.note.setVisible(bool(vm.note))
        wanted = vm.agents
        self.agents.blockSignals(True)
        self.agents.clear()
        current = None
        for a in wanted:
            text = f"{a['name']} — {a['statusText'].lower()}"
            if a["groups"]:
                text += f"  ·  {a['groups']}"
            item = QListWidgetItem(text)
            item.setData(AGENT_ROLE, a["id"])
            item.setToolTip(a["reason"] or translate("Supervision", "{value} ({value2}) is on a call: you may join it").format(value=a['name'], value2=a['number']))
            if not a["inCall"]:
                item.setForeground(self.palette().color(self.palette().ColorRole.PlaceholderText))
            self.agents.addItem(item)
            if a["id"] == vm.selectedAgent:
                current = item
        if current is not None:
            self.agents.setCurrentItem(current)
        self.agents.blockSignals(False)
        self.agents.setVisible(bool(wanted))
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        vm = self.vm
        ok = vm.canSupervise and not vm.busy
        for button in self.buttons.values():
            button.setEnabled(ok)
            button.setVisible(vm.supported and vm.available)
        reason = "" if vm.canSupervise else vm.blockedReason
        if reason == vm.note:
            reason = ""  # already said above the list
        self.reason.setText(reason)
        self.reason.setVisible(bool(reason))

    def _refresh_notice(self) -> None:
        self.notice.setText(self.vm.notice)
        self.notice.setVisible(bool(self.vm.notice))

    def _refresh_error(self) -> None:
        self.error.setText(self.vm.error)
        self.error.setVisible(bool(self.vm.error))

    def _refresh_stale(self) -> None:
        self.stale.setText(self.vm.refreshError)
        self.stale.setVisible(bool(self.vm.refreshError))
