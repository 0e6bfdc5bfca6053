"""Following the person's configuration and device set on a Dstny Core server.

Two streams, each under a :class:`~cti_desktop.core.streams.StreamSupervisor`:

* ``cfg.stream`` — "Produces an SSE stream of application configuration data in
  application/app-config-data format" (End-user Configuration);
* ``dev.stream`` — "Subscribe for update events when there are any changes in the users device
  set" (User Device Information).

Each event names what changed (``{"timeStamp": …, "changedField": "DEVICE_INFO"}``,
:func:`~.wire.parse_config_event`); :data:`FIELD_TOPICS` turns that into the vendor-neutral topics of
:mod:`cti_desktop.core.changes`, which the view-models re-read. After every (re)connect of a stream
(before it counts as live), and when one of its events cannot be read, every topic that stream
covers is announced: what was said meanwhile may be lost. A field this table does not know is
announced as every topic of its stream. The streams re-authenticate through the client's
credentials (a refused ticket is renewed once, shared with the other streams), like the call sync.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core import changes as topics
from cti_desktop.core.changes import ChangeHub, ChangeNotice
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.streams import StreamSupervisor

from .client import DstnyClient
from .wire import parse_config_event

log = logging.getLogger(__name__)

CONFIG = "configuration"
DEVICES = "devices"

#: What the configuration stream covers (announced after each reconnect or unreadable event).
CONFIG_TOPICS = frozenset({topics.PRESENCE, topics.ACTIVITIES, topics.ROLES, topics.SHORTCUTS, topics.FORWARDING,
                           topics.VOICEMAIL, topics.ANSWER_PLACES, topics.LINES, topics.QUEUES})
#: What the device-set stream covers: every event on it is a change of the device set.
DEVICE_TOPICS = frozenset({topics.DEVICES})

#: ``changedField`` → topics. The reference names ``DEVICE_INFO``; the others follow its style for
#: the configuration it lets one read (activities, roles, answer places, shortcuts, diversion, …).
FIELD_TOPICS: dict[str, frozenset[str]] = {
    "PRESENCE": frozenset({topics.PRESENCE}),
    "ACTIVITY": frozenset({topics.PRESENCE}),
    "ACTIVITIES": frozenset({topics.ACTIVITIES}),
    "ROLES": frozenset({topics.ROLES}),
    "PRESENCE_SHORTCUTS": frozenset({topics.SHORTCUTS}),
    "PRESENCESHORTCUTS": frozenset({topics.SHORTCUTS}),
    "DIVERSION": frozenset({topics.FORWARDING}),
    "ACTIVITY_DIVERSION": frozenset({topics.FORWARDING}),
    "DIVERSION_MAPPING": frozenset({topics.FORWARDING}),
    "VOICEMAIL": frozenset({topics.VOICEMAIL}),
    "ANSWERPLACES": frozenset({topics.ANSWER_PLACES}),
    "ANSWER_PLACES": frozenset({topics.ANSWER_PLACES}),
    "LINES": frozenset({topics.LINES}),
    "GROUP_LOGIN": frozenset({topics.QUEUES}),
    "DEVICE_INFO": frozenset({topics.DEVICES}),
    "DEVICES": frozenset({topics.DEVICES}),
}

#: The longest wait between two attempts (seconds): these streams keep panels current, so a little
#: longer than the call streams' may wait, while polling covers the gap.
BACKOFF_MAX = 15.0


def topics_for(fields: tuple[str, ...], stream_topics: frozenset[str]) -> frozenset[str]:
    """The topics ``fields`` concern; an unknown field concerns everything its stream covers."""
    found: set[str] = set()
    for name in fields:
        known = FIELD_TOPICS.get(name)
        found |= known if known is not None else stream_topics
    return frozenset(found)


class DstnyChanges:
    """The backend's ``changes`` (:class:`~cti_desktop.core.capabilities.Changes`): both streams
    while :meth:`run` runs; listeners get a :class:`~cti_desktop.core.changes.ChangeNotice`."""

    def __init__(self, client: DstnyClient, stream_http: httpx.AsyncClient, *, heartbeat_interval: float = 15.0,
                 backoff_initial: float = 1.0, backoff_max: float = BACKOFF_MAX) -> None:
        self._client = client
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._backoff = (backoff_initial, max(backoff_initial, backoff_max))
        self._hub = ChangeHub((CONFIG, DEVICES))
        self._supervisors: dict[str, StreamSupervisor] = {}
        self.status: dict[str, ConnectionStatus] = {CONFIG: ConnectionStatus(ConnectionState.CONNECTING),
                                                    DEVICES: ConnectionStatus(ConnectionState.CONNECTING)}

    # ------------------------------------------------------------------------------- protocol
    @property
    def live(self) -> bool:
        return self._hub.live

    def subscribe(self, listener: Callable[[ChangeNotice], None]) -> Callable[[], None]:
        return self._hub.subscribe(listener)

    # ------------------------------------------------------------------------------ lifecycle
    def reconnect_now(self, reason: str) -> None:
        for supervisor in list(self._supervisors.values()):
            supervisor.reconnect(reason)

    async def run(self) -> None:
        """Follow both streams until cancelled (or both are refused for good)."""
        supervisors = {CONFIG: self._supervisor(CONFIG, "cfg.stream", CONFIG_TOPICS),
                       DEVICES: self._supervisor(DEVICES, "dev.stream", DEVICE_TOPICS)}
        self._supervisors = supervisors
        try:
            await asyncio.gather(*(s.run() for s in supervisors.values()))
        finally:
            self._supervisors = {}
            for name in supervisors:
                self._hub.set_live(name, False)

    def _supervisor(self, name: str, route: str, covers: frozenset[str]) -> StreamSupervisor:
        hub = self._hub
        headers, reauthenticate = self._client.stream_credentials()

        async def reread() -> None:
            hub.publish(covers, topics.RECONNECTED)

        def on_event(event: ServerSentEvent) -> None:
            try:
                change = parse_config_event(event.data)
            except UserFacingError as exc:
                log.warning("unreadable %s change event (%s); re-reading what it covers", name, exc.message)
                hub.publish(covers, topics.UNREADABLE)
                return
            hub.publish(topics_for(change.fields, covers) if name == CONFIG else covers)

        def on_status(status: ConnectionStatus) -> None:
            self.status[name] = status
            hub.set_live(name, status.state is ConnectionState.LIVE)

        return StreamSupervisor(
            client=self._http,
            url=self._client.url(route, d=self._client.domain, u=self._client.user),
            headers=headers,
            on_event=on_event,
            on_open=reread,
            on_status=on_status,
            reauthenticate=reauthenticate,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name=f"{name} changes",
        )
