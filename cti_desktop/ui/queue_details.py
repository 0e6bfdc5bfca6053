"""The "Details…" window of one queue: what the phone system says about it (agents and their
state, night mode, the queue's number, how calls are handed out, the live figures).

Bound to :class:`~cti_desktop.viewmodels.queues.QueuesViewModel` (``readDetails``, ``details``,
``detailsError``); opened with ``show()``, never ``exec()`` inside the event loop (PITFALLS 14).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.queues import QueuesViewModel
from .theme import set_style

__all__ = ["QueueDetailsDialog"]

_ERROR_STYLE = "color: $critical;"


class QueueDetailsDialog(QDialog):
    """One queue's details; :meth:`show_queue` reads them (again) for a queue."""

    def __init__(self, vm: QueuesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setObjectName("queueDetailsDialog")
        self.setWindowTitle(translate("QueueDetails", "Queue details"))
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("QueueDetails", "Queue details status"))
        self.status.setWordWrap(True)
        self.fields: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label in (("name", "Queue"), ("typeName", "Type"), ("number", "Number"), ("me", "You"),
                           ("nightMode", "Night mode"), ("distribution", "Distribution"),
                           ("functionNumber", "Calling out"), ("figures", "Now")):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            form.addRow(label, value)
            self.fields[key] = value
        self._form = form
        self.agents = QTreeWidget(self)
        self.agents.setAccessibleName(translate("QueueDetails", "Agents of the queue"))
        self.agents.setHeaderLabels([translate("QueueDetails", "Agent"), translate("QueueDetails", "State"), translate("QueueDetails", "Activity"), translate("QueueDetails", "Skill")])
        self.agents.setRootIsDecorated(False)
        self.agents.setMinimumHeight(140)
        self.refresh_button = QPushButton(translate("QueueDetails", "Read again"), self)
        self.refresh_button.setAccessibleName(translate("QueueDetails", "Read the queue details again"))
        self.refresh_button.clicked.connect(lambda: self.vm.readDetails(self.vm.detailsFor))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("QueueDetails", "Agents"), self))
        layout.addWidget(self.agents, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)
        vm.detailsChanged.connect(self._sync)
        self._sync()

    def show_queue(self, group_id: str) -> None:
        self.vm.readDetails(group_id)
        self.show()
        self.raise_()
        self.activateWindow()

    def _sync(self) -> None:
        vm = self.vm
        details = vm.details
        if vm.detailsBusy:
            self.status.setText(translate("QueueDetails", "Reading the queue's details…"))
            set_style(self.status, "")
        elif vm.detailsError:
            self.status.setText(vm.detailsError)
            set_style(self.status, _ERROR_STYLE)
        else:
            self.status.setText("")
        self.status.setVisible(bool(self.status.text()))
        self.refresh_button.setEnabled(not vm.detailsBusy and bool(vm.detailsFor))
        for key, label in self.fields.items():
            text = str(details.get(key, "") or "")
            label.setText(text)
            self._form.setRowVisible(label, bool(text))
        if details.get("name"):
            self.setWindowTitle(translate("QueueDetails", "Queue details: {value}").format(value=details['name']))
        self.agents.clear()
        for agent in details.get("agents", []):
            QTreeWidgetItem(self.agents, [agent["name"], agent["state"], agent["activity"], agent["skill"]])
        # The skill column only where the phone system gives skill levels.
        self.agents.setColumnHidden(3, not any(a["skill"] for a in details.get("agents", [])))
        for column in range(4):
            self.agents.resizeColumnToContents(column)
