"""Following the colleagues on the buddy list: a line-state stream and a presence stream each.

:class:`DstnyColleagues` is what the backend offers as ``colleagues`` (the core
:class:`~cti_desktop.core.colleagues.Colleagues` protocol). Its follower:

* reads the buddy list and watches its directory users (``type`` DIRECTORY; shortcuts and personal
  contacts have no line), at most :data:`MAX_WATCHED` of them;
* opens, per colleague, the Contacts Information API's line-state stream (RFC 4235 dialog-info, one
  document per event) under a :class:`~cti_desktop.core.streams.StreamSupervisor`; after every
  (re)connect the line state is read again (``ci.linestate``, "true if the contact is in a call")
  before the stream counts as live, and while it is not live the colleague's lamp is marked as not
  current; an unreadable document reads the line state again;
* opens, per colleague, the Contacts Information API's presence stream (RFC 3863 PIDF, one document
  per presence change), also under a supervisor: after every (re)connect the presence is read again
  (``ci.presence`` as PIDF) before the stream counts as live; an unreadable document reads it again.
  While a colleague's presence stream is live, their activity, availability and note are the
  stream's and the buddy list's re-reads leave them alone;
* re-reads the buddy list on :meth:`refresh` (after an add or remove), every ``members_every``
  seconds (colleagues added or removed elsewhere are started or stopped), and — the fallback — every
  ``presence_every`` seconds while any colleague's presence stream is not live (it cannot be opened,
  or is reconnecting): then presence and activity come from the list.
"""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from typing import Any, Awaitable, Callable

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core.colleagues import ColleagueBoard, LineDialog, PickupTarget
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.models import Call, Contact
from cti_desktop.core.streams import StreamSupervisor

from .client import DstnyClient
from .xml import Dialog, PidfDocumentError, XmlDocumentError, parse_dialog_info, parse_pidf

log = logging.getLogger(__name__)

#: The most colleagues followed at once (each is two stream connections: line and presence).
MAX_WATCHED = 40
#: How often the buddy list is re-read for membership alone, while every presence stream is live.
MEMBERS_EVERY = 300.0


def line_dialog(d: Dialog) -> LineDialog:
    return LineDialog(id=d.id or d.call_id, state=d.state, direction=d.direction, call_id=d.call_id,
                      local_tag=d.local_tag, remote_tag=d.remote_tag, remote_name=d.remote_display,
                      remote_number=d.remote_number)


def watchable(contact: Contact) -> bool:
    return contact.kind.upper() == "DIRECTORY" and bool(contact.id)


@dataclass(frozen=True, slots=True)
class _Stream:
    """One of the two streams followed per colleague: its name (``line``, ``presence``), what its
    documents and the state they carry are called in the log, and how a document is read."""

    name: str
    document: str
    state: str
    parse: Callable[[str], Any]
    unreadable: type[Exception]


_LINE = _Stream("line", "line-state", "line state", parse_dialog_info, XmlDocumentError)
_PRESENCE = _Stream("presence", "presence", "presence", parse_pidf, PidfDocumentError)


class DstnyColleagueFollower:
    """Keeps a :class:`ColleagueBoard` equal to the server's view of the buddy list's lines."""

    def __init__(self, client: DstnyClient, board: ColleagueBoard, *, stream_http: httpx.AsyncClient,
                 heartbeat_interval: float = 15.0, backoff_initial: float = 1.0, presence_every: float = 30.0,
                 members_every: float = MEMBERS_EVERY, on_status: Callable[[Any], None] | None = None) -> None:
        self._client = client
        self._board = board
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._backoff = backoff_initial
        self._presence_every = presence_every
        self._members_every = max(members_every, presence_every)
        self._on_status = on_status
        self._streams: dict[str, tuple[StreamSupervisor, asyncio.Task[None]]] = {}
        self._presence: dict[str, tuple[StreamSupervisor, asyncio.Task[None]]] = {}
        #: The colleagues whose presence stream is live now.
        self._presence_live: set[str] = set()
        #: How many times the buddy list was read (for the person's "how current" and for tests).
        self.list_reads = 0
        self._wake = asyncio.Event()
        self._stopped = False
        #: Called once run() has ended (the backend then forgets this follower).
        self.on_done: Callable[[], None] | None = None

    # ------------------------------------------------------------------------------- control
    def refresh(self) -> None:
        self._wake.set()

    def stop(self) -> None:
        self._stopped = True
        self._wake.set()

    def reconnect_now(self, reason: str) -> None:
        for supervisor, _task in list(self._streams.values()) + list(self._presence.values()):
            supervisor.reconnect(reason)

    @property
    def watched(self) -> list[str]:
        return list(self._streams)

    @property
    def presence_fallback(self) -> bool:
        """Whether some colleague's presence has no live stream (so the list is re-read often)."""
        return any(cid not in self._presence_live for cid in self._streams)

    # ------------------------------------------------------------------------------- running
    async def run(self) -> None:
        try:
            while not self._stopped:
                self._wake.clear()
                await self._read_list()
                read_at = time.monotonic()
                while not self._stopped:
                    try:
                        await asyncio.wait_for(self._wake.wait(), self._presence_every)
                        break  # refresh() or stop()
                    except asyncio.TimeoutError:
                        if self.presence_fallback or time.monotonic() - read_at >= self._members_every:
                            break
        finally:
            await self._stop_all(list(self._streams))
            if self.on_done is not None:
                self.on_done()

    async def _read_list(self) -> None:
        try:
            contacts = await self._client.buddies()
        except UserFacingError as exc:
            log.warning("could not read the buddy list: %s", exc)
            self._board.set_error(f"Could not read your buddy list: {exc}")
            return
        self.list_reads += 1
        self._board.set_error("")
        members = [c for c in contacts if watchable(c)][:MAX_WATCHED]
        self._board.set_members(members)
        wanted = {c.id for c in members}
        await self._stop_all([cid for cid in self._streams if cid not in wanted])
        for cid in wanted - self._streams.keys():
            self._start(cid)

    async def _stop_all(self, ids: list[str]) -> None:
        tasks = []
        for cid in ids:
            self._presence_live.discard(cid)
            for streams in (self._streams, self._presence):
                if cid in streams:
                    supervisor, task = streams.pop(cid)
                    supervisor.stop()
                    task.cancel()
                    tasks.append(task)
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    def _start(self, cid: str) -> None:
        client, board = self._client, self._board
        headers, reauthenticate = client.stream_credentials()

        async def reread_line() -> None:
            board.in_call(cid, await client.line_state(cid))

        def on_line_status(status: ConnectionStatus) -> None:
            board.live(cid, status.state is ConnectionState.LIVE)
            if self._on_status is not None:
                self._on_status(status)

        self._follow(cid, _LINE, self._streams, client.line_state_url(cid), headers, reauthenticate,
                     reread=reread_line, on_status=on_line_status,
                     apply=lambda info: board.dialogs(cid, [line_dialog(d) for d in info.dialogs], full=info.full))

        async def reread_presence() -> None:
            board.presence_of(cid, await client.contact_presence(cid))

        def on_presence_status(status: ConnectionStatus) -> None:
            live = status.state is ConnectionState.LIVE
            if live:
                self._presence_live.add(cid)
            else:
                self._presence_live.discard(cid)
            if status.state is ConnectionState.FAILED:
                log.info("a colleague's presence stream cannot be opened (%s); their presence is re-read "
                         "with the buddy list every %.0f s", status.reason, self._presence_every)
            board.presence_live(cid, live)

        self._follow(cid, _PRESENCE, self._presence, client.contact_presence_url(cid), headers, reauthenticate,
                     reread=reread_presence, on_status=on_presence_status,
                     apply=lambda presence: board.presence_of(cid, presence))

    def _follow(self, cid: str, kind: _Stream, streams: dict[str, tuple[StreamSupervisor, asyncio.Task[None]]],
                url: str, headers: Callable[[], dict[str, str]], reauthenticate: Callable[[], Awaitable[bool]], *,
                reread: Callable[[], Awaitable[None]], on_status: Callable[[ConnectionStatus], None],
                apply: Callable[[Any], None]) -> None:
        """Open ``cid``'s ``kind`` of stream at ``url`` under a supervisor (kept in ``streams``): after
        every (re)connect ``reread`` reads the state again; each document is given to ``apply``, and an
        unreadable one reads the state again (if that fails too, the stream reconnects)."""

        async def on_event(event: ServerSentEvent) -> None:
            try:
                document = kind.parse(event.data)
            except kind.unreadable as exc:
                log.warning("unreadable %s document for a colleague (%s); reading the %s again", kind.document, exc,
                            kind.name)
                try:
                    await reread()
                except UserFacingError as again:
                    log.warning("could not read a colleague's %s: %s; reconnecting", kind.state, again)
                    supervisor.reconnect(f"a {kind.document} document could not be read")
                return
            apply(document)

        supervisor = StreamSupervisor(
            client=self._http,
            url=url,
            headers=headers,
            on_event=on_event,
            on_open=reread,
            on_status=on_status,
            reauthenticate=reauthenticate,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff,
            name=f"{kind.name} of {cid}",
        )
        task = asyncio.create_task(supervisor.run(), name=f"dstny-{kind.name}-{cid}")
        streams[cid] = (supervisor, task)


class DstnyColleagues:
    """The backend's ``colleagues``: the buddy list, pickup, and a follower for the busy lamps."""

    def __init__(self, client: DstnyClient, stream_http: httpx.AsyncClient, *, heartbeat_interval: float = 15.0,
                 backoff_initial: float = 1.0) -> None:
        self._client = client
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._backoff = backoff_initial
        self._followers: list[DstnyColleagueFollower] = []

    async def buddies(self) -> list[Contact]:
        return await self._client.buddies()

    async def add_buddy(self, contact_id: str) -> None:
        await self._client.add_buddy(contact_id)
        self._refresh()

    async def remove_buddy(self, contact_id: str) -> None:
        await self._client.remove_buddy(contact_id)
        self._refresh()

    async def pickup_ringing(self, target: PickupTarget, device_id: str | None = None) -> Call:
        return await self._client.pickup_ringing(target, device_id)

    async def colleague_photo(self, colleague_id: str) -> bytes | None:
        return await self._client.contact_image(colleague_id)

    def _refresh(self) -> None:
        for follower in self._followers:
            follower.refresh()

    def reconnect_now(self, reason: str) -> None:
        for follower in self._followers:
            follower.reconnect_now(reason)

    def follower(self, board: ColleagueBoard, *, on_status: Callable[[Any], None] | None = None,
                 presence_every: float = 30.0, members_every: float = MEMBERS_EVERY) -> DstnyColleagueFollower:
        follower = DstnyColleagueFollower(self._client, board, stream_http=self._http,
                                          heartbeat_interval=self._heartbeat, backoff_initial=self._backoff,
                                          presence_every=presence_every, members_every=members_every,
                                          on_status=on_status)
        follower.on_done = lambda: self._followers.remove(follower) if follower in self._followers else None
        self._followers.append(follower)
        return follower
