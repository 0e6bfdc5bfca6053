"""Following the person's calls on a Dstny Core server, healing after any drop.

The flow (``shared/api/dstny-core.md``, "Call state"):

1. the dialog stream (RFC 4235) tells us *that* something changed in the person's calls;
2. the user snapshot says *which* calls exist, with their ``callId`` and full state;
3. each live call is then followed on its own per-call stream, one ``CallState`` per event.

After every (re)connect of the dialog stream the snapshot is read again before the connection is
reported live — replay of missed events is never assumed (PITFALLS 7). A per-call stream re-reads
its call after each reconnect too — its events are applied while that read runs, and the store
keeps them over the read's older answer — and ends when the call has ended.

Beyond the streams' own reconnects, the picture is re-read when it may be wrong: an unreadable event
on a call stream re-reads that call at once (and reconnects its stream if that fails); an unreadable
dialog document re-reads the snapshot (and reconnects the dialog stream if that fails);
:meth:`DstnyCallSync.reconnect_now` (the machine woke up, the network changed) reconnects every
stream at once. The status reported is the dialog stream's, unless it is live while a call's own
stream is reconnecting or stale: then that is what the person is told, because that call's state may
be behind.

The agent's own streams never wait longer than :data:`AGENT_BACKOFF_MAX` between attempts.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Callable

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core.calls import CallGone, CallStore, CallUpdated, Snapshot
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.streams import StreamSupervisor

from .client import DstnyClient
from .wire import parse_call_state, parse_json
from .xml import XmlDocumentError, parse_dialog_info

log = logging.getLogger(__name__)

#: The longest wait between two attempts on the agent's own dialog and call streams (seconds).
AGENT_BACKOFF_MAX = 5.0


class DstnyCallSync:
    """Keeps a :class:`CallStore` equal to the server's truth for one Dstny user."""

    def __init__(
        self,
        client: DstnyClient,
        store: CallStore,
        *,
        stream_http: httpx.AsyncClient,
        heartbeat_interval: float = 15.0,
        on_status: Callable[[ConnectionStatus], None] | None = None,
        backoff_initial: float = 1.0,
        backoff_max: float = AGENT_BACKOFF_MAX,
    ) -> None:
        self._client = client
        self._store = store
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._on_status = on_status
        self._backoff = (backoff_initial, backoff_max)
        self._call_tasks: dict[str, asyncio.Task[None]] = {}
        self._call_streams: dict[str, StreamSupervisor] = {}
        self._call_status: dict[str, ConnectionStatus] = {}
        self._dialog_status = ConnectionStatus(ConnectionState.CONNECTING)
        self._refreshing: set[asyncio.Task[None]] = set()
        self._resync_lock = asyncio.Lock()
        self._resync_wanted = False
        self._resync_task: asyncio.Task[None] | None = None
        self._dialog: StreamSupervisor | None = None
        self.status = ConnectionStatus(ConnectionState.CONNECTING)

    # ------------------------------------------------------------------------------- lifecycle
    async def run(self) -> None:
        """Run until cancelled or the connection fails for good (bad ticket, missing scope)."""
        d, u = self._client.domain, self._client.user
        headers, reauthenticate = self._client.stream_credentials()
        self._dialog = StreamSupervisor(
            client=self._http,
            url=self._client.url("cs.dialog_stream", d=d, u=u),
            headers=headers,
            on_event=self._on_dialog_event,
            on_open=self.resync,
            on_status=self._dialog_status_changed,
            reauthenticate=reauthenticate,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name="dialogs",
        )
        try:
            await self._dialog.run()
        finally:
            await self._stop_children()

    def reconnect_now(self, reason: str) -> None:
        """Reconnect every stream at once (skipping any backoff wait); each re-reads what it follows."""
        if self._dialog is not None:
            self._dialog.reconnect(reason)
        for supervisor in list(self._call_streams.values()):
            supervisor.reconnect(reason)

    async def _stop_children(self) -> None:
        tasks = list(self._call_tasks.values()) + list(self._refreshing)
        if self._resync_task is not None:
            tasks.append(self._resync_task)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._call_tasks.clear()
        self._resync_task = None

    def _dialog_status_changed(self, status: ConnectionStatus) -> None:
        self._dialog_status = status
        self._publish_status()

    def _call_status_changed(self, call_id: str, supervisor: StreamSupervisor, status: ConnectionStatus) -> None:
        if self._call_streams.get(call_id) is not supervisor:
            return  # an older stream of the same call, on its way out
        if status.state in (ConnectionState.RECONNECTING, ConnectionState.STALE):
            self._call_status[call_id] = status
        else:
            self._call_status.pop(call_id, None)
        self._publish_status()

    def _publish_status(self) -> None:
        status = self._dialog_status
        if status.state is ConnectionState.LIVE and self._call_status:
            call_id, behind = next(iter(self._call_status.items()))
            reason = f"call {call_id}: {behind.reason}" if behind.reason else f"call {call_id}"
            status = ConnectionStatus(behind.state, reason=reason, last_seen=behind.last_seen, at=behind.at,
                                      retry_in=behind.retry_in)
        if (status.state, status.reason, status.retry_in, status.at) == (
            self.status.state, self.status.reason, self.status.retry_in, self.status.at
        ):
            return
        self.status = status
        if self._on_status is not None:
            self._on_status(status)

    # ---------------------------------------------------------------------------------- resync
    async def resync(self) -> None:
        """Read the snapshot, apply it, and follow exactly the calls it lists."""
        async with self._resync_lock:
            since = self._store.mark()
            calls = await self._client.get_calls()
            self._store.apply(Snapshot(tuple(calls), since=since))
            live = {c.call_id for c in calls if not c.ended}
            for call_id in live - self._call_tasks.keys():
                self._follow(call_id)
            for call_id in list(self._call_tasks.keys() - live):
                task = self._call_tasks.pop(call_id)
                task.cancel()

    def request_resync(self) -> None:
        """Resync soon; requests that arrive while one runs are folded into one more run."""
        if self._resync_task is not None and not self._resync_task.done():
            self._resync_wanted = True
            return
        self._resync_task = asyncio.create_task(self._resync_loop(), name="dstny-resync")

    async def _resync_loop(self) -> None:
        while True:
            self._resync_wanted = False
            try:
                await self.resync()
            except UserFacingError as exc:
                # The picture may be wrong now: reconnect the dialog stream, whose connect re-reads
                # the snapshot with the stream's own backoff.
                log.warning("could not read the call snapshot: %s; reconnecting", exc)
                if self._dialog is not None:
                    self._dialog.reconnect("could not read the calls")
                return
            if not self._resync_wanted:
                return

    def _on_dialog_event(self, event: ServerSentEvent) -> None:
        try:
            info = parse_dialog_info(event.data)
        except XmlDocumentError as exc:
            log.warning("ignored an unreadable dialog document: %s", exc)
            self.request_resync()
            return
        # A dialog we do not follow yet (even one already in the store, put there by the answer to
        # our own command), or one that ended: read the snapshot, which starts or stops following.
        if info.state == "full" or not info.dialogs or any(
            d.call_id not in self._call_tasks or d.state == "terminated" for d in info.dialogs
        ):
            self.request_resync()

    # ------------------------------------------------------------------------- per-call streams
    def _follow(self, call_id: str) -> None:
        task = asyncio.create_task(self._follow_call(call_id), name=f"dstny-call-{call_id}")
        self._call_tasks[call_id] = task
        task.add_done_callback(lambda t, cid=call_id: self._forget(cid, t))

    def _forget(self, call_id: str, task: asyncio.Task[None]) -> None:
        if self._call_tasks.get(call_id) is task:
            del self._call_tasks[call_id]
        if call_id not in self._call_tasks:  # no newer stream follows it: it says nothing any more
            self._call_streams.pop(call_id, None)
            if self._call_status.pop(call_id, None) is not None:
                self._publish_status()
        if not task.cancelled() and task.exception() is not None:
            log.error("following call %s failed", call_id, exc_info=task.exception())

    async def _follow_call(self, call_id: str) -> None:
        d, u = self._client.domain, self._client.user
        ended = False
        supervisor: StreamSupervisor
        headers, reauthenticate = self._client.stream_credentials()

        async def reread() -> None:
            nonlocal ended
            since = self._store.mark()
            fresh = await self._client.get_call(call_id)
            if fresh is None:
                self._store.apply(CallGone(call_id, since=since))
                ended = call_id not in self._store.state
            else:
                self._store.apply(CallUpdated(fresh, since=since))
                ended = call_id not in self._store.state

        async def on_event(event: ServerSentEvent) -> None:
            nonlocal ended
            try:
                call = parse_call_state(parse_json(event.data))
            except UserFacingError as exc:
                # The call changed and we cannot tell how: read it again at once.
                log.warning("unreadable event on call %s (%s); reading the call again", call_id, exc.message)
                try:
                    await reread()
                except UserFacingError as again:
                    log.warning("could not read call %s again: %s; reconnecting its stream", call_id, again.message)
                    supervisor.reconnect("an event could not be read")
                return
            if call.call_id and call.call_id != call_id:
                log.warning("call stream %s sent call %s; ignored", call_id, call.call_id)
                return
            self._store.apply(CallUpdated(call))
            ended = ended or call.ended

        supervisor = StreamSupervisor(
            client=self._http,
            url=self._client.url("cs.call_stream", d=d, u=u, c=call_id),
            headers=headers,
            on_event=on_event,
            on_open=reread,
            on_status=lambda status: self._call_status_changed(call_id, supervisor, status),
            reauthenticate=reauthenticate,
            should_stop_on_end=lambda: ended or call_id not in self._store.state,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name=f"call {call_id}",
            events_during_refresh=True,  # the store keeps what the stream says during the read
        )
        self._call_streams[call_id] = supervisor
        await supervisor.run()
        if supervisor.status.state is ConnectionState.FAILED and call_id in self._store.state:
            # 404 on the stream: the call is gone. Anything else: let the next snapshot decide.
            self.request_resync()
