"""Presence (User Information) and the end-user configuration (activities, roles, answer places, presence
shortcuts) of :class:`~.client.DstnyClient`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from typing import Any, Sequence

from ...core.errors import AuthExpired, InvalidInput, NotFound, ServerUnavailable, UserFacingError
from ...core.models import Activity, Presence, Role
from ...core.presence_config import PresenceLists
from ...core.user_photo import PHOTO_RECEIVE_LIMIT, photo_media_type
from . import wire
from .wire import AnswerPlace, MalformedResponse, PresenceShortcut, query_flag

log = logging.getLogger(__name__)


class PresenceOps:
    """Mixed into :class:`~.client.DstnyClient`; uses its request helpers."""

    _json: Any
    _send: Any
    #: The server refused the aggregated configuration document once: read the lists one by one since.
    _config_all_refused: bool = False

    # ------------------------------------------------------------------ presence

    async def presence(self) -> Presence:
        return wire.parse_presence(await self._json("pr.get"))

    async def set_presence(self, *, activity: str | None = None, available: bool | None = None,
                           note: str | None = None, role: str | None = None,
                           expires: datetime | None = None) -> Presence:
        if activity is None and (available is not None or expires is not None):
            # The update has no top-level availability (the reference: role, note, activity):
            # availability and end time are the current activity's.
            activity = (await self.presence()).activity
            if not activity:
                raise InvalidInput("Choose an activity first; availability belongs to the activity")
        body = wire.presence_body(activity=activity, available=available, note=note, role=role, expires=expires)
        data = await self._json("pr.put", body=body, command=True)
        if isinstance(data, dict) and data:
            return wire.parse_presence(data)
        return await self.presence()

    async def set_activity(self, activity_id: str, available: bool | None = None) -> None:
        """Set the activity (and optionally the availability) of the user.

        ``activity`` (required) and ``available`` are query parameters: the reference lists them as
        plain parameters with no JSON request sample, the way it lists ``expires`` of the end time.
        """
        if not activity_id or not activity_id.strip():
            raise InvalidInput("Choose an activity")
        params = {"activity": activity_id.strip()}
        if available is not None:
            params["available"] = query_flag(available)
        await self._send("pr.activity", params=params, command=True)

    async def activity_end_time(self) -> datetime | None:
        response = await self._send("pr.endtime_get")
        return wire.parse_activity_end_time(response.content)

    async def set_activity_end_time(self, end: datetime | None) -> None:
        """Set (or with ``None``, clear: ``never``) the end time of the current activity.

        Sent as the query parameter ``?expires=`` and nothing else. The reference lists ``expires``
        ("The activity end-time in ISO-8601 format, or 'never'") as a plain string parameter with no
        JSON request sample, the way it lists query parameters (``activity``/``available`` of set
        activity, ``expires`` of ticket creation), whereas its JSON bodies always come with a sample.
        The time goes out in UTC with a ``Z``, the form the GET answers with.
        """
        if end is None:
            value = "never"
        else:
            if end.tzinfo is not None:
                end = end.astimezone(timezone.utc)
            value = end.replace(microsecond=0).isoformat().replace("+00:00", "Z")
            if end.tzinfo is None:
                value += "Z"  # a naive time is taken as UTC
        await self._send("pr.endtime_put", params={"expires": value}, command=True)

    async def available(self) -> bool:
        response = await self._send("pr.available")
        return wire.parse_available(response.content)

    async def photo(self, width: int | None = None, height: int | None = None) -> bytes:
        """My photo's bytes as sent (any image type; the caller decodes them). An empty answer or
        one over :data:`~cti_desktop.core.user_photo.PHOTO_RECEIVE_LIMIT` is ``MalformedResponse``."""
        params = {}
        if width:
            params["prefWidth"] = str(int(width))
        if height:
            params["prefHeight"] = str(int(height))
        response = await self._send("pr.photo", params=params or None, accept="image/*")
        if not response.content or len(response.content) > PHOTO_RECEIVE_LIMIT:
            raise MalformedResponse("the photo is empty or too large")
        return response.content

    async def upload_photo(self, data: bytes) -> None:
        """Make ``data`` my photo: the image itself as the body ("The photo shall be added in the
        HTTP body"), with its type (PNG or JPEG, by its signature) as ``Content-Type``.

        Anything else, or over :data:`~cti_desktop.core.user_photo.PHOTO_UPLOAD_LIMIT`, is refused
        here (``InvalidInput``) and nothing is sent.
        """
        media_type = photo_media_type(bytes(data))
        await self._send("pr.photo_put", content=bytes(data), content_type=media_type, command=True)

    # ------------------------------------------------------------------ configuration

    async def activities(self, language: str | None = None) -> list[Activity]:
        params = {"language": language} if language else None
        return wire.parse_activities(await self._json("cfg.activities", params=params))

    async def roles(self) -> list[Role]:
        return wire.parse_roles(await self._json("cfg.roles"))

    async def answer_places(self) -> list[AnswerPlace]:
        return wire.parse_answer_places(await self._json("cfg.answerplaces"))

    async def user_config(self) -> dict[str, Any]:
        data = await self._json("cfg.all")
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise MalformedResponse("user configuration is not an object")
        return data

    async def presence_lists(self) -> PresenceLists:
        """Activities, roles and answer places in one request (the aggregated configuration document,
        ``cfg.all``), or, where the server refuses it (or answers it in a shape not its own), with the
        three single reads. A refusal (4xx, an unreadable document) is remembered for this client; a
        server that is busy or down is asked for the document again next time."""
        if not self._config_all_refused:
            try:
                return wire.parse_user_config_lists(await self._json("cfg.all"))
            except AuthExpired:
                raise
            except MalformedResponse as exc:
                self._config_all_refused = True
                log.info("the aggregated configuration is unreadable, reading the lists one by one: %s", exc)
            except ServerUnavailable as exc:
                log.info("the aggregated configuration is not available now, reading the lists one by one: %s", exc)
            except UserFacingError as exc:
                self._config_all_refused = True
                log.info("the server refuses the aggregated configuration, reading the lists one by one: %s", exc)
        activities = await self.activities()
        roles = await self.roles()
        try:
            places = await self.answer_places()
        except AuthExpired:
            raise
        except UserFacingError as exc:  # the places are optional to the presence lists
            log.info("answer places unavailable: %s", exc)
            places = []
        return PresenceLists(activities=activities, roles=roles, answer_places=places)

    async def presence_shortcuts(self) -> list[PresenceShortcut]:
        return wire.parse_presence_shortcuts(await self._json("cfg.shortcuts"))

    async def presence_shortcut(self, shortcut_id: str) -> PresenceShortcut:
        data = await self._json("cfg.shortcut", fields={"id": shortcut_id})
        if isinstance(data, dict) and isinstance(data.get("presenceShortcut"), list):
            items = wire.parse_presence_shortcuts(data)
            if not items:
                raise NotFound("Presence shortcuts: no such shortcut")
            return items[0]
        return wire.parse_presence_shortcut(data)

    async def set_presence_shortcuts(self, shortcuts: Sequence[PresenceShortcut]) -> None:
        body = {"presenceShortcut": [wire.presence_shortcut_body(s) for s in shortcuts]}
        await self._send("cfg.shortcuts_put", body=body, command=True)

    async def set_presence_shortcut(self, shortcut_id: str, shortcut: PresenceShortcut) -> None:
        await self._send("cfg.shortcut_put", fields={"id": shortcut_id}, body=wire.presence_shortcut_body(shortcut),
                         command=True)

    async def delete_presence_shortcut(self, shortcut_id: str) -> None:
        """Delete one presence shortcut (the reference: "Delete a specific presence shortcut for a user")."""
        if not shortcut_id:
            raise InvalidInput("Presence shortcuts: no shortcut chosen")
        await self._send("cfg.shortcut_delete", fields={"id": shortcut_id}, command=True)
