"""The queue toggles panel: one row per distribution group with a log-in switch and live badges."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.queues import QueuesViewModel

from .panel_labels import ERROR_STYLE, MUTED_STYLE, error_label, muted_label
from .polled_panel import PolledPanel
from .queue_details import QueueDetailsDialog
from .theme import set_style

_BADGE_STYLE = "border-radius: 8px; padding: 1px 7px; background: palette(midlight); color: palette(window-text);"
_WAITING_STYLE = ("border-radius: 8px; padding: 1px 7px; background: $badge_alert_bg; color: $on_solid;"
                  " font-weight: bold;")
_NIGHT_STYLE = "border-radius: 8px; padding: 1px 7px; background: $badge_night_bg; color: $on_solid;"


class _GroupRow:
    """The widgets of one group's row (kept so a refresh updates them in place)."""

    def __init__(self, panel: QueueToggles, item: dict) -> None:
        self.group_id = item["id"]
        self.switch = QCheckBox(panel._rows_widget)
        self.switch.clicked.connect(lambda checked, gid=self.group_id: panel._switch_clicked(gid, checked))
        self.name = QLabel(panel._rows_widget)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        set_style(self.name, "font-weight: 600;")
        self.kind = QLabel(panel._rows_widget)
        set_style(self.kind, MUTED_STYLE)
        self.night = QLabel(translate("QueueToggles", "Night mode"), panel._rows_widget)
        set_style(self.night, _NIGHT_STYLE)
        self.waiting = QLabel(panel._rows_widget)
        self.free = QLabel(panel._rows_widget)
        self.logged = QLabel(panel._rows_widget)
        set_style(self.free, _BADGE_STYLE)
        set_style(self.logged, _BADGE_STYLE)
        # the live badges (and night mode) share one line under the queue's name
        self.badges = QWidget(panel._rows_widget)
        badges = QHBoxLayout(self.badges)
        badges.setContentsMargins(0, 0, 0, 0)
        badges.setSpacing(6)
        for label in (self.waiting, self.free, self.logged, self.night):
            label.setParent(self.badges)
            badges.addWidget(label)
        badges.addStretch(1)
        self.details = QPushButton(translate("QueueToggles", "Details…"), panel._rows_widget)
        self.details.clicked.connect(lambda _=False, gid=self.group_id: panel.show_details(gid))
        self.details.setVisible(panel.vm.detailsSupported)
        self.error = QLabel(panel._rows_widget)
        set_style(self.error, ERROR_STYLE)
        self.error.setWordWrap(True)
        for label in (self.waiting, self.free, self.logged, self.night):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.update(item)

    def widgets(self) -> list[QWidget]:
        return [self.switch, self.name, self.kind, self.night, self.waiting, self.free, self.logged, self.badges,
                self.details, self.error]

    def update(self, item: dict) -> None:
        name = item["name"]
        logged_in = bool(item["loggedIn"])
        self.switch.blockSignals(True)
        self.switch.setChecked(logged_in)
        self.switch.blockSignals(False)
        self.switch.setEnabled(not item["pending"])
        self.switch.setText(translate("QueueToggles", "Logged in") if logged_in else translate("QueueToggles", "Logged out"))
        self.switch.setAccessibleName(translate("QueueToggles", "Logged in to {name}").format(name=name))
        if item["pending"]:
            tip = translate("QueueToggles", "Waiting for the server to answer about {name}…").format(name=name)
        elif logged_in:
            tip = translate("QueueToggles", "You are logged in to {name} and get its calls. Click (or press Space) to log out.").format(name=name)
        else:
            tip = translate("QueueToggles", "You are logged out of {name} and get none of its calls. Click (or press Space) to log in.").format(name=name)
        if item["nightMode"] and not item["pending"]:
            tip += translate("QueueToggles", " {name} is in night mode now: its callers go to the night service, not to agents.").format(name=name)
        self.switch.setToolTip(tip)
        self.name.setText(name)
        self.name.setToolTip(f"{name} ({item['typeName']})")
        self.name.setAccessibleName(translate("QueueToggles", "Queue {name}").format(name=name))
        self.kind.setText(item["typeName"])
        self.kind.setToolTip(translate("QueueToggles", "Group type: {value}").format(value=item['typeName']))
        self.kind.setAccessibleName(translate("QueueToggles", "{name} type: {value}").format(name=name, value=item['typeName']))
        self.details.setAccessibleName(translate("QueueToggles", "Details of {name}").format(name=name))
        self.details.setToolTip(translate("QueueToggles", "What the phone system says about {name}: its agents, night mode, number…").format(name=name))
        self.night.setVisible(bool(item["nightMode"]))
        self.night.setToolTip(translate("QueueToggles", "{name} is in night mode: its calls go to the night service, not to agents").format(name=name))
        self.night.setAccessibleName(translate("QueueToggles", "{name} is in night mode").format(name=name))
        waiting, free, logged = item["callsWaiting"], item["freeAgents"], item["loggedInAgents"]
        self.waiting.setText(translate("QueueToggles", "{waiting} waiting").format(waiting=waiting))
        set_style(self.waiting, _WAITING_STYLE if waiting else _BADGE_STYLE)
        self.waiting.setToolTip(translate("QueueToggles", "%n callers waiting in {name}", None, waiting).format(name=name))
        self.waiting.setAccessibleName(self.waiting.toolTip())
        self.free.setText(translate("QueueToggles", "{free} free").format(free=free))
        self.free.setToolTip(translate("QueueToggles", "%n agents of {name} free to take a call", None, free).format(name=name))
        self.free.setAccessibleName(self.free.toolTip())
        self.logged.setText(translate("QueueToggles", "{logged} logged in").format(logged=logged))
        self.logged.setToolTip(translate("QueueToggles", "%n agents logged in to {name}", None, logged).format(name=name))
        self.logged.setAccessibleName(self.logged.toolTip())
        self.error.setText(item.get("error", ""))
        self.error.setVisible(bool(item.get("error")))
        self.error.setAccessibleName(translate("QueueToggles", "{name} error").format(name=name))


class QueueToggles(PolledPanel):
    """Queue log-in switches with live badges, "log in/out of all", and start/exit options."""

    def __init__(self, vm: QueuesViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("QueueToggles", "Queues"))
        self._rows: dict[str, _GroupRow] = {}
        self._order: list[str] = []
        self.details_dialog: QueueDetailsDialog | None = None

        self.error_label = error_label(self, translate("QueueToggles", "Queue error"))
        self.stale_label = muted_label(self, translate("QueueToggles", "Queue refresh status"))

        self.status_label = QLabel(translate("QueueToggles", "Loading your queues…"), self)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status_label.setAccessibleName(translate("QueueToggles", "Queues status"))
        self.status_label.setWordWrap(True)

        self._rows_widget = QWidget(self)
        self._grid = QGridLayout(self._rows_widget)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(10)
        self._grid.setColumnStretch(2, 1)
        self._grid.setVerticalSpacing(3)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self._rows_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._scroll = scroll

        self.log_in_all = QPushButton(translate("QueueToggles", "Log in to all"), self)
        self.log_in_all.setAccessibleName(translate("QueueToggles", "Log in to all queues"))
        self.log_in_all.setToolTip(translate("QueueToggles", "Log in to every queue you are a member of"))
        self.log_in_all.clicked.connect(vm.logInAll)
        self.log_out_all = QPushButton(translate("QueueToggles", "Log out of all"), self)
        self.log_out_all.setAccessibleName(translate("QueueToggles", "Log out of all queues"))
        self.log_out_all.setToolTip(translate("QueueToggles", "Log out of every queue: you get no queue calls until you log in again"))
        self.log_out_all.clicked.connect(vm.logOutAll)

        self.login_at_start = QCheckBox(translate("QueueToggles", "Log in to all queues when I sign in"), self)
        self.login_at_start.setAccessibleName(translate("QueueToggles", "Log in to all queues at start"))
        self.login_at_start.setToolTip(translate("QueueToggles", "When the app signs in, log in to every queue you are a member of"))
        self.login_at_start.setChecked(vm.loginAtStart)
        self.login_at_start.toggled.connect(vm.setLoginAtStart)
        self.logout_at_exit = QCheckBox(translate("QueueToggles", "Log out of all queues when I quit"), self)
        self.logout_at_exit.setAccessibleName(translate("QueueToggles", "Log out of all queues at exit"))
        self.logout_at_exit.setToolTip(translate("QueueToggles", "When you quit the app, log out of every queue so no calls wait for you"))
        self.logout_at_exit.setChecked(vm.logoutAtExit)
        self.logout_at_exit.toggled.connect(vm.setLogoutAtExit)

        buttons = QHBoxLayout()
        buttons.addWidget(self.log_in_all)
        buttons.addWidget(self.log_out_all)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stale_label)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.login_at_start)
        layout.addWidget(self.logout_at_exit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

        vm.groupsChanged.connect(self._sync_rows)
        vm.loadedChanged.connect(self._sync_rows)
        vm.errorChanged.connect(self._sync_error)
        vm.refreshErrorChanged.connect(self._sync_error)
        vm.busyChanged.connect(self._sync_buttons)
        vm.loginAtStartChanged.connect(lambda: self._sync_check(self.login_at_start, vm.loginAtStart))
        vm.logoutAtExitChanged.connect(lambda: self._sync_check(self.logout_at_exit, vm.logoutAtExit))
        self._sync_rows()
        self._sync_error()
        if not vm.supported:
            self._show_unsupported(vm.unsupportedNote)

    def _show_unsupported(self, note: str) -> None:
        """No queues on this account: a note in words instead of the controls."""
        self.status_label.setText(note)
        self.status_label.setToolTip(note)
        self.status_label.setVisible(True)
        for widget in (self._scroll, self.log_in_all, self.log_out_all, self.login_at_start, self.logout_at_exit):
            widget.setVisible(False)
            widget.setToolTip(note)

    # ----------------------------------------------------------------------------- accessors
    def switch_for(self, group_id: str) -> QCheckBox | None:
        row = self._rows.get(str(group_id))
        return row.switch if row else None

    def row_widgets(self, group_id: str) -> _GroupRow | None:
        return self._rows.get(str(group_id))

    def show_details(self, group_id: str):
        """Open (or reuse) the details window of one queue and read its details."""
        if self.details_dialog is None:
            self.details_dialog = QueueDetailsDialog(self.vm, self.window())
        self.details_dialog.show_queue(str(group_id))
        return self.details_dialog

    # ------------------------------------------------------------------------------ binding
    def _switch_clicked(self, group_id: str, checked: bool) -> None:
        row = self._rows.get(group_id)
        if row is not None:
            row.switch.setEnabled(False)  # until the server answers; the VM re-enables it
        self.vm.setLoggedIn(group_id, checked)

    @staticmethod
    def _sync_check(box: QCheckBox, value: bool) -> None:
        if box.isChecked() != value:
            box.blockSignals(True)
            box.setChecked(value)
            box.blockSignals(False)

    def _sync_error(self) -> None:
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))
        self.stale_label.setText(self.vm.refreshError)
        self.stale_label.setVisible(bool(self.vm.refreshError))

    def _sync_buttons(self) -> None:
        items = self.vm.groups
        idle = not any(i["pending"] for i in items)
        self.log_in_all.setEnabled(idle and any(not i["loggedIn"] for i in items))
        self.log_out_all.setEnabled(idle and any(i["loggedIn"] for i in items))

    def _sync_rows(self) -> None:
        items = self.vm.groups
        ids = [i["id"] for i in items]
        if ids != self._order:
            for row in self._rows.values():
                for w in row.widgets():
                    self._grid.removeWidget(w)
                    w.deleteLater()
            self._rows.clear()
            for n, item in enumerate(items):
                row = _GroupRow(self, item)
                self._rows[item["id"]] = row
                # Two lines per queue so the panel fits a side column: the switch, the name and
                # its type; under the name the live badges and night mode.
                r = n * 3
                self._grid.addWidget(row.switch, r, 0)
                self._grid.addWidget(row.name, r, 1)
                self._grid.addWidget(row.kind, r, 2)
                self._grid.addWidget(row.details, r, 3)
                self._grid.addWidget(row.badges, r + 1, 1, 1, 2)
                self._grid.addWidget(row.error, r + 2, 1, 1, 2)
                self._grid.setRowMinimumHeight(r + 2, 6)
            self._order = ids
            # Tab goes down the switches, then to the buttons and options.
            chain = [row.switch for row in self._rows.values()] + [
                self.log_in_all, self.log_out_all, self.login_at_start, self.logout_at_exit]
            for first, second in zip(chain, chain[1:]):
                QWidget.setTabOrder(first, second)
        else:
            for item in items:
                self._rows[item["id"]].update(item)
        if not self.vm.loaded:
            self.status_label.setText(translate("QueueToggles", "Loading your queues…") if self.vm.supported else self.vm.unsupportedNote)
            self.status_label.setVisible(True)
        elif not items:
            self.status_label.setText(translate("QueueToggles", "You are not a member of any queue"))
            self.status_label.setVisible(True)
        else:
            self.status_label.setVisible(False)
        self._scroll.setVisible(bool(items))
        # The rows never scroll sideways: the panel asks for their full width.
        self._rows_widget.adjustSize()
        bar = self._scroll.verticalScrollBar().sizeHint().width()
        self._scroll.setMinimumWidth(self._rows_widget.minimumSizeHint().width() + bar)
        self._sync_buttons()
