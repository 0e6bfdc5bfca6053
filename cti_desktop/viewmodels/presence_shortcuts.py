"""Editing my presence shortcuts: create one, change one (read fresh from the server first), remove one,
and reorder them (the whole list written at once).

Every change goes to the server and the list shown is the server's, read again after it. An edit that
fails (a check here, or the server's refusal) stays open with everything typed, and the reason is in
words in ``error``. Where the account has no shortcut editing, ``editable`` is false and
``unsupportedNote`` says why in the phone system's own words.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot

from cti_desktop.core.errors import InvalidInput, NotSupported
from cti_desktop.core.tasks import TaskSet
from cti_desktop.core.presence_config import (
    DEFAULT_IMAGE_ID,
    DURATION_TYPES,
    DURATION_WORDS,
    IMAGE_WORDS,
    PresenceShortcut,
    PresenceShortcutEditing,
    check_shortcut,
)
from cti_desktop.core.vendors import catalog
from cti_desktop.i18n import translate

from .base import ViewModel
from .presence import PresenceViewModel

log = logging.getLogger(__name__)

#: The draft's keys (as the widget binds them) and the shortcut's fields they stand for.
_DRAFT_FIELDS = {
    "name": "name", "activityId": "activity_id", "available": "available", "durationType": "duration_type",
    "minutes": "duration_minutes", "imageId": "image_id", "diversionNumber": "diversion_number",
    "applyDiversion": "apply_diversion_number",
}


def shortcut_dict(s: PresenceShortcut) -> dict[str, Any]:
    kind = (s.duration_type or "").strip().upper() or ("MINUTES" if s.duration_minutes > 0 else "NO_END_TIME")
    return {
        "id": s.id, "name": s.name, "activityId": s.activity_id, "available": bool(s.available),
        "durationType": kind, "minutes": int(s.duration_minutes) if kind == "MINUTES" else 0,
        "order": int(s.order), "imageId": s.image_id or DEFAULT_IMAGE_ID,
        "diversionNumber": s.diversion_number, "applyDiversion": bool(s.apply_diversion_number),
    }


def describe_shortcut(d: dict[str, Any], activity_names: dict[str, str] | None = None) -> str:
    """"Lunch, not available, for 45 min, diverts to +4685…" — one line for the list."""
    names = activity_names or {}
    parts = [names.get(d["activityId"], d["activityId"]), "available" if d["available"] else translate("PresenceShortcuts", "not available")]
    if d["durationType"] == "MINUTES":
        parts.append(translate("PresenceShortcuts", "for {minutes} min").format(minutes=d['minutes']))
    elif d["durationType"] == "UNTIL_NEXT_WORKING_DAY":
        parts.append(translate("PresenceShortcuts", "until the next working day"))
    if d["applyDiversion"] and d["diversionNumber"]:
        parts.append(translate("PresenceShortcuts", "diverts calls to {diversionNumber}").format(diversionNumber=d['diversionNumber']))
    return ", ".join(parts)


class PresenceShortcutEditorViewModel(ViewModel):
    """My presence shortcuts and the commands that change them.

    Properties: ``shortcuts`` (list of dicts, in their order), ``editing`` (an edit is open),
    ``isNew``, ``draft`` (the open edit as a dict), ``editable``, ``unsupportedNote``, ``activities``,
    ``durationTypes`` and ``images`` (``[{id, name}]``), plus ``error``/``busy``.
    """

    shortcutsChanged = Signal()
    draftChanged = Signal()

    def __init__(self, presence: PresenceViewModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._presence = presence
        backend = presence.bridge.session.backend
        self._backend_name = backend.name
        service = backend.presence
        self._service: PresenceShortcutEditing | None = (
            service if isinstance(service, PresenceShortcutEditing) and presence.writable else None)
        self._shortcuts: list[dict[str, Any]] = []
        self._draft: dict[str, Any] | None = None
        self._is_new = False
        self._tasks = TaskSet("presence shortcuts")
        presence.activitiesChanged.connect(self.draftChanged)

    # ------------------------------------------------------------------------------ properties
    def _get_editable(self) -> bool:
        return self._service is not None

    #: The account lets the person edit presence shortcuts.
    editable = Property(bool, _get_editable, constant=True)

    def _get_unsupported_note(self) -> str:
        if self._service is not None:
            return ""
        feature = "presence_write" if not self._presence.writable else "presence_shortcuts"
        return catalog().missing_reason(self._backend_name, feature, what=translate("PresenceShortcuts", "presence shortcuts to edit")) + "."

    #: Why shortcuts cannot be edited here, in words ("" when they can).
    unsupportedNote = Property(str, _get_unsupported_note, constant=True)

    def _get_shortcuts(self) -> list:
        return [dict(s) for s in self._shortcuts]

    shortcuts = Property("QVariantList", _get_shortcuts, notify=shortcutsChanged)

    def _get_editing(self) -> bool:
        return self._draft is not None

    editing = Property(bool, _get_editing, notify=draftChanged)

    def _get_is_new(self) -> bool:
        return self._is_new

    isNew = Property(bool, _get_is_new, notify=draftChanged)

    def _get_draft(self) -> dict:
        return dict(self._draft or {})

    draft = Property("QVariantMap", _get_draft, notify=draftChanged)

    def _get_activities(self) -> list:
        return self._presence.activities

    activities = Property("QVariantList", _get_activities, notify=draftChanged)

    def _get_duration_types(self) -> list:
        return [{"id": k, "name": DURATION_WORDS[k]} for k in DURATION_TYPES]

    durationTypes = Property("QVariantList", _get_duration_types, constant=True)

    def _get_images(self) -> list:
        return [{"id": k, "name": v} for k, v in IMAGE_WORDS.items()]

    images = Property("QVariantList", _get_images, constant=True)

    def describe(self, d: dict[str, Any]) -> str:
        return describe_shortcut(d, {a["id"]: a["name"] for a in self._presence.activities})

    # ------------------------------------------------------------------------------- reading
    def _need(self) -> PresenceShortcutEditing:
        if self._service is None:
            raise NotSupported(self._get_unsupported_note())
        return self._service

    async def _reload(self) -> None:
        raw = await self._need().presence_shortcuts()
        listed = [shortcut_dict(s) for s in sorted(raw, key=lambda s: (s.order, s.id))]
        if listed != self._shortcuts:
            self._shortcuts = listed
            self.shortcutsChanged.emit()

    async def _after_change(self) -> None:
        await self._reload()
        await self._presence.load()  # the panel's buttons show the server's list too

    async def _run(self, work) -> bool:
        async def run() -> bool:
            await work()
            return True
        return bool(await self.guarded(run()))

    async def load(self) -> bool:
        """Read my shortcuts now. ``True`` on success."""
        return await self._run(self._reload)

    # ------------------------------------------------------------------------------ the edit
    def begin_new(self) -> None:
        """Open a new shortcut: the first activity, not available, no end time, the green icon."""
        if self._service is None:
            self.set_error(self._get_unsupported_note())
            return
        taken = {s["id"] for s in self._shortcuts}
        new_id = secrets.token_hex(6)
        while new_id in taken:
            new_id = secrets.token_hex(6)
        activities = self._presence.activities
        self._draft = {
            "id": new_id, "name": "", "activityId": activities[0]["id"] if activities else "", "available": False,
            "durationType": "NO_END_TIME", "minutes": 30, "imageId": DEFAULT_IMAGE_ID,
            "diversionNumber": "", "applyDiversion": False,
            "order": max((s["order"] for s in self._shortcuts), default=0) + 1,
        }
        self._is_new = True
        self.clear_error()
        self.draftChanged.emit()

    async def begin_edit(self, shortcut_id: str) -> bool:
        """Open ``shortcut_id`` for editing, as the server has it now (read afresh)."""
        async def work() -> None:
            fresh = await self._need().presence_shortcut(shortcut_id)
            draft = shortcut_dict(replace(fresh, id=fresh.id or shortcut_id))
            if draft["minutes"] <= 0:
                draft["minutes"] = 30  # what the minutes box offers if the person switches to minutes
            self._draft, self._is_new = draft, False
            self.draftChanged.emit()
        return await self._run(work)

    def update_draft(self, **changes: Any) -> None:
        """Change fields of the open edit (the draft's keys: name, activityId, available, durationType,
        minutes, imageId, diversionNumber, applyDiversion)."""
        if self._draft is None:
            return
        unknown = set(changes) - set(_DRAFT_FIELDS)
        if unknown:
            raise KeyError(f"not a shortcut field: {sorted(unknown)}")
        updated = {**self._draft, **changes}
        if updated != self._draft:
            self._draft = updated
            self.draftChanged.emit()

    def _draft_shortcut(self) -> PresenceShortcut:
        d = self._draft or {}
        try:
            minutes = int(d.get("minutes") or 0)
        except (TypeError, ValueError):
            raise InvalidInput(translate("PresenceShortcuts", "Enter the number of minutes as a whole number")) from None
        return PresenceShortcut(
            id=str(d.get("id", "")), name=str(d.get("name", "")), activity_id=str(d.get("activityId", "")),
            available=bool(d.get("available")), duration_type=str(d.get("durationType", "")),
            duration_minutes=minutes, order=int(d.get("order") or 0), image_id=str(d.get("imageId", "")),
            diversion_number=str(d.get("diversionNumber", "")), apply_diversion_number=bool(d.get("applyDiversion")),
        )

    async def save(self) -> bool:
        """Check the open edit and write it (``set_presence_shortcut``); on success the edit closes and
        the server's list is shown. On any failure the edit stays open as typed."""
        async def work() -> None:
            if self._draft is None:
                raise InvalidInput(translate("PresenceShortcuts", "No shortcut is being edited"))
            activity_ids = [a["id"] for a in self._presence.activities]
            shortcut = check_shortcut(self._draft_shortcut(), activity_ids)
            await self._need().set_presence_shortcut(shortcut.id, shortcut)
            self._draft, self._is_new = None, False
            self.draftChanged.emit()
            await self._after_change()
        return await self._run(work)

    def cancel(self) -> None:
        if self._draft is not None:
            self._draft, self._is_new = None, False
            self.clear_error()
            self.draftChanged.emit()

    async def delete(self, shortcut_id: str) -> bool:
        """Remove one shortcut on the server, then show the server's list."""
        async def work() -> None:
            service = self._need()
            if not any(s["id"] == shortcut_id for s in self._shortcuts):
                raise InvalidInput(translate("PresenceShortcuts", "That presence shortcut no longer exists"))
            await service.delete_presence_shortcut(shortcut_id)
            if self._draft is not None and self._draft.get("id") == shortcut_id:
                self._draft, self._is_new = None, False
                self.draftChanged.emit()
            await self._after_change()
        return await self._run(work)

    async def move(self, shortcut_id: str, delta: int) -> bool:
        """Move a shortcut ``delta`` places (−1 up, +1 down) and write the whole list in its new order
        (``set_presence_shortcuts``, orders 1…n)."""
        async def work() -> None:
            service = self._need()
            ids = [s["id"] for s in self._shortcuts]
            if shortcut_id not in ids:
                raise InvalidInput(translate("PresenceShortcuts", "That presence shortcut no longer exists"))
            at = ids.index(shortcut_id)
            to = max(0, min(len(ids) - 1, at + int(delta)))
            if to == at:
                return
            current = {s.id: s for s in await service.presence_shortcuts()}  # the server's, not a stale copy
            if set(current) != set(ids):
                await self._reload()
                raise InvalidInput(translate("PresenceShortcuts", "The shortcuts changed elsewhere; check the list and move it again"))
            ids.insert(to, ids.pop(at))
            await service.set_presence_shortcuts(
                [replace(current[i], order=n, image_id=current[i].image_id or DEFAULT_IMAGE_ID)
                 for n, i in enumerate(ids, start=1)])
            await self._after_change()
        return await self._run(work)

    # ------------------------------------------------------------------------------ slots
    @Slot()
    def refresh(self) -> None:
        self._tasks.spawn(self.load(), name="shortcuts-load")

    @Slot()
    def newShortcut(self) -> None:
        self.begin_new()

    @Slot(str)
    def editShortcut(self, shortcut_id: str) -> None:
        self._tasks.spawn(self.begin_edit(shortcut_id), name="shortcuts-edit")

    @Slot()
    def saveShortcut(self) -> None:
        self._tasks.spawn(self.save(), name="shortcuts-save")

    @Slot()
    def cancelEdit(self) -> None:
        self.cancel()

    @Slot(str)
    def deleteShortcut(self, shortcut_id: str) -> None:
        self._tasks.spawn(self.delete(shortcut_id), name="shortcuts-delete")

    @Slot(str, int)
    def moveShortcut(self, shortcut_id: str, delta: int) -> None:
        self._tasks.spawn(self.move(shortcut_id, delta), name="shortcuts-move")

    async def aclose(self) -> None:
        """Let the commands still running finish (or cancel them) before the session closes."""
        await self._tasks.close()


__all__ = ["PresenceShortcutEditorViewModel", "describe_shortcut", "shortcut_dict"]
