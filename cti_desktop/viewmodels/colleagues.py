"""Colleagues panel: the buddy list's busy lamps (idle / ringing / in a call, with presence: activity,
availability and note, followed live), each colleague's photo, and "Pick up" of a colleague's
ringing call.

Photos come from the backend's colleagues (``colleague_photo(colleague_id)``) through a
:class:`~cti_desktop.viewmodels.contact_photos.ContactPhotoCache`: asked once per colleague, checked
(a refused photo is said in the row's tooltip), kept in memory only.

The board (:class:`~cti_desktop.core.colleagues.ColleagueBoard`) is kept by the backend's follower,
which this view-model runs while it lives; the rows follow the board's changes. Pick up sends the
pickup of the colleague's ringing SIP dialog; the server's answer, or its refusal in words ("already
answered", "has gone"), is all that is shown.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    Property,
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from cti_desktop.core.colleagues import IDLE, IN_CALL, RINGING, ColleagueBoard, ColleagueLine
from cti_desktop.core.errors import InvalidInput, NotSupported
from cti_desktop.core.optional_methods import ColleaguePhotos
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate

from .base import ViewModel, command
from .contact_photos import ContactPhotoCache
from .session_bridge import SessionBridge

log = logging.getLogger(__name__)

LAMP_WORDS = TranslatedWords("Colleagues", {IDLE: QT_TRANSLATE_NOOP("Colleagues", "Idle"), RINGING: QT_TRANSLATE_NOOP("Colleagues", "Ringing"), IN_CALL: QT_TRANSLATE_NOOP("Colleagues", "In a call")})


def _label(identifier: str) -> str:
    return identifier.replace("_", " ").replace("-", " ").strip().capitalize() if identifier else ""


def status_words(line: ColleagueLine) -> str:
    """What the row says: the lamp, the caller when it rings, the activity, and staleness."""
    lamp = line.lamp
    if lamp == RINGING:
        dialog = next((d for d in line.dialogs if d.ringing_in), None)
        who = (dialog.remote_name or dialog.remote_number) if dialog else ""
        words = translate("Colleagues", "Ringing: {who}").format(who=who) if who else translate("Colleagues", "Ringing")
    else:
        words = LAMP_WORDS.get(lamp, "")
    if line.activity:
        words = f"{words} · {_label(line.activity)}" if words else _label(line.activity)
    elif line.available is False:
        words = translate("Colleagues", "{words} · Unavailable").format(words=words) if words else translate("Colleagues", "Unavailable")
    if line.note:
        words = f"{words} — {line.note}" if words else line.note
    if not line.live:
        words = translate("Colleagues", "{words} (updating…)").format(words=words) if words else translate("Colleagues", "Updating…")
    return words


class ColleagueListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    NameRole = Qt.ItemDataRole.UserRole + 2
    LampRole = Qt.ItemDataRole.UserRole + 3
    StatusRole = Qt.ItemDataRole.UserRole + 4
    LiveRole = Qt.ItemDataRole.UserRole + 5
    CanPickUpRole = Qt.ItemDataRole.UserRole + 6
    ActivityRole = Qt.ItemDataRole.UserRole + 7
    AvailableRole = Qt.ItemDataRole.UserRole + 8
    NumberRole = Qt.ItemDataRole.UserRole + 9
    NoteRole = Qt.ItemDataRole.UserRole + 10
    PhotoRole = Qt.ItemDataRole.UserRole + 11
    PhotoErrorRole = Qt.ItemDataRole.UserRole + 12

    _ROLE_NAMES = {IdRole: b"colleagueId", NameRole: b"name", LampRole: b"lamp", StatusRole: b"status",
                   LiveRole: b"live", CanPickUpRole: b"canPickUp", ActivityRole: b"activity",
                   AvailableRole: b"available", NumberRole: b"number", NoteRole: b"note", PhotoRole: b"photoImage",
                   PhotoErrorRole: b"photoError"}

    def __init__(self, parent: QObject | None = None, *, photos: ContactPhotoCache | None = None) -> None:
        super().__init__(parent)
        self._lines: list[ColleagueLine] = []
        self._photos = photos
        if photos is not None:
            photos.photoChanged.connect(self._photo_changed)

    def _photo_changed(self, colleague_id: str) -> None:
        row = self.row_of(colleague_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row), self.index(row))

    def lines(self) -> list[ColleagueLine]:
        return list(self._lines)

    def line(self, row: int) -> ColleagueLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, colleague_id: str) -> int:
        return next((r for r, line in enumerate(self._lines) if line.id == colleague_id), -1)

    def set_lines(self, lines: list[ColleagueLine]) -> None:
        if self._photos is not None:
            for line in lines:
                self._photos.request(line.id)
        if [x.id for x in lines] == [x.id for x in self._lines]:
            for row, (old, new) in enumerate(zip(self._lines, lines)):
                if old != new:
                    self._lines[row] = new
                    self.dataChanged.emit(self.index(row), self.index(row))
            return
        self.beginResetModel()
        self._lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def roleNames(self) -> dict[int, QByteArray]:
        return {role: QByteArray(name) for role, name in self._ROLE_NAMES.items()}

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        line = self._lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, self.NameRole):
            return line.name
        if role == self.StatusRole:
            return status_words(line)
        if role == Qt.ItemDataRole.ToolTipRole:
            refused = self._photos.error(line.id) if self._photos is not None else ""
            return translate("Colleagues", "{status_words}\nPhoto not shown: {refused}").format(status_words=status_words(line), refused=refused) if refused else status_words(line)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{line.name}, {status_words(line)}"
        if role == self.IdRole:
            return line.id
        if role == self.LampRole:
            return line.lamp
        if role == self.LiveRole:
            return line.live
        if role == self.CanPickUpRole:
            return line.pickup_target() is not None
        if role == self.ActivityRole:
            return line.activity
        if role == self.AvailableRole:
            return line.available
        if role == self.NumberRole:
            return line.number
        if role == self.NoteRole:
            return line.note
        if role == self.PhotoRole:
            return self._photos.image(line.id) if self._photos is not None else None
        if role == self.PhotoErrorRole:
            return self._photos.error(line.id) if self._photos is not None else ""
        return None


class ColleaguesViewModel(ViewModel):
    """Properties: ``supported``, ``count``, ``ringingCount``, ``listError``, ``colleagues`` (the
    model), plus ``error``/``busy``. Signal ``callPickedUp(callId)``."""

    changed = Signal()
    callPickedUp = Signal(str)

    def __init__(self, bridge: SessionBridge, parent: QObject | None = None, *, presence_every: float = 30.0,
                 autostart: bool = True) -> None:
        super().__init__(parent)
        self._session = bridge.session
        self._colleagues = bridge.session.backend.colleagues
        self._board = ColleagueBoard()
        photos = self._colleagues if isinstance(self._colleagues, ColleaguePhotos) else None
        self._photos = ContactPhotoCache(photos.colleague_photo if photos is not None else None, self)
        self._model = ColleagueListModel(self, photos=self._photos)
        self._tasks = TaskSet("colleagues")
        self._follower = None
        self._presence_every = presence_every
        self._unsubscribe = self._board.subscribe(lambda _ids: self._sync())
        if autostart:
            self.start()

    def start(self) -> None:
        """Start following the colleagues (once; from inside the running loop)."""
        if self._colleagues is None or self._follower is not None:
            return
        self._follower = self._colleagues.follower(self._board, presence_every=self._presence_every)
        self._tasks.spawn(self._follower.run(), name="colleague-lines")

    def _sync(self) -> None:
        self._model.set_lines(self._board.lines)
        self.changed.emit()

    # ------------------------------------------------------------------------------ properties
    def _get_supported(self) -> bool:
        return self._colleagues is not None

    supported = Property(bool, _get_supported, constant=True)

    def _get_count(self) -> int:
        return self._model.rowCount()

    count = Property(int, _get_count, notify=changed)

    def _get_ringing_count(self) -> int:
        return sum(1 for line in self._model.lines() if line.lamp == RINGING)

    ringingCount = Property(int, _get_ringing_count, notify=changed)

    def _get_list_error(self) -> str:
        return self._board.error

    listError = Property(str, _get_list_error, notify=changed)

    def _get_model(self) -> ColleagueListModel:
        return self._model

    colleagues = Property(QObject, _get_model, constant=True)

    @property
    def model(self) -> ColleagueListModel:
        return self._model

    @property
    def board(self) -> ColleagueBoard:
        return self._board

    @property
    def photos(self) -> ContactPhotoCache:
        return self._photos

    # ------------------------------------------------------------------------------ commands
    def _line(self, target: Any) -> ColleagueLine | None:
        if isinstance(target, int) and not isinstance(target, bool):
            return self._model.line(target)
        return self._board.get(str(target))

    def first_ringing_row(self) -> int:
        return next((r for r, line in enumerate(self._model.lines()) if line.pickup_target() is not None), -1)

    async def _pickup_device(self) -> str | None:
        devices = await self._session.backend.call_control.devices()
        return next((d.device_id for d in devices if d.kind.upper() == "SOFTPHONE"), None)

    async def pick_up(self, target: Any = None) -> str | None:
        """Pick up the ringing call of ``target`` (row or colleague id; default: the first ringing
        colleague) on my softphone (else my default device). The new call's id, or ``None`` with
        ``error`` set."""

        async def go() -> str:
            if self._colleagues is None:
                raise NotSupported(translate("Colleagues", "This account cannot pick up colleagues' calls"))
            line = self._line(target) if target is not None and target != -1 else self._model.line(self.first_ringing_row())
            if line is None:
                raise InvalidInput(translate("Colleagues", "No colleague's phone is ringing"))
            pickup = line.pickup_target()
            if pickup is None:
                raise InvalidInput(translate("Colleagues", "{name}'s phone is not ringing").format(name=line.name))
            call = await self._colleagues.pickup_ringing(pickup, await self._pickup_device())
            return call.call_id

        call_id = await self.guarded(go())
        if call_id:
            self.callPickedUp.emit(call_id)
        return call_id

    @command(object)
    async def pickUp(self, target: Any = None) -> None:
        await self.pick_up(target)

    async def remove(self, colleague_id: str) -> bool:
        async def go() -> bool:
            if self._colleagues is None:
                raise NotSupported(translate("Colleagues", "This account has no buddy list"))
            await self._colleagues.remove_buddy(colleague_id)
            return True

        return bool(await self.guarded(go()))

    @command(str)
    async def removeColleague(self, colleague_id: str) -> None:
        await self.remove(colleague_id)

    def refresh(self) -> None:
        """Re-read the buddy list now (e.g. after it changed in the contact search)."""
        if self._follower is not None:
            self._follower.refresh()

    async def aclose(self) -> None:
        await self.close_commands()
        if self._follower is not None:
            self._follower.stop()
        self._unsubscribe()
        await self._tasks.close()
        await self._photos.aclose()
