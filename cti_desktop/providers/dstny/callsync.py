"""Following the person's calls on a Dstny Core server, healing after any drop.

The flow (``shared/api/dstny-core.md``, "Call state"):

1. the dialog stream (RFC 4235) tells us *that* something changed in the person's calls;
2. the user snapshot says *which* calls exist, with their ``callId`` and full state;
3. each live call is then followed on its own per-call stream, one ``CallState`` per event.

After every (re)connect of the dialog stream the snapshot is read again before the connection is
reported live — replay of missed events is never assumed (PITFALLS 7). A per-call stream re-reads
its call after each reconnect too, and ends when the call has ended.
"""

from __future__ import annotations

import asyncio
import json
import logging
from typing import Callable

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core.calls import CallGone, CallStore, CallUpdated, Snapshot
from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import UserFacingError
from cti_desktop.core.streams import StreamSupervisor

from .client import DstnyClient
from .wire import parse_call_state
from .xml import XmlDocumentError, parse_dialog_info

log = logging.getLogger(__name__)


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
        backoff_max: float = 60.0,
    ) -> None:
        self._client = client
        self._store = store
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._on_status = on_status
        self._backoff = (backoff_initial, backoff_max)
        self._call_tasks: dict[str, asyncio.Task[None]] = {}
        self._resync_lock = asyncio.Lock()
        self._resync_wanted = False
        self._resync_task: asyncio.Task[None] | None = None
        self._dialog: StreamSupervisor | None = None
        self.status = ConnectionStatus(ConnectionState.CONNECTING)

    # ------------------------------------------------------------------------------- lifecycle
    async def run(self) -> None:
        """Run until cancelled or the connection fails for good (bad ticket, missing scope)."""
        d, u = self._client.domain, self._client.user
        self._dialog = StreamSupervisor(
            client=self._http,
            url=self._client.url("cs.dialog_stream", d=d, u=u),
            headers=self._client.auth_headers,
            on_event=self._on_dialog_event,
            on_open=self.resync,
            on_status=self._set_status,
            reauthenticate=self._client.reauthenticate,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name="dialogs",
        )
        try:
            await self._dialog.run()
        finally:
            await self._stop_children()

    async def _stop_children(self) -> None:
        tasks = list(self._call_tasks.values())
        if self._resync_task is not None:
            tasks.append(self._resync_task)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._call_tasks.clear()
        self._resync_task = None

    def _set_status(self, status: ConnectionStatus) -> None:
        self.status = status
        if self._on_status is not None:
            self._on_status(status)

    # ---------------------------------------------------------------------------------- resync
    async def resync(self) -> None:
        """Read the snapshot, apply it, and follow exactly the calls it lists."""
        async with self._resync_lock:
            calls = await self._client.get_calls()
            self._store.apply(Snapshot(tuple(calls)))
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
                log.info("could not read the call snapshot: %s", exc)
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
        if not task.cancelled() and task.exception() is not None:
            log.error("following call %s failed", call_id, exc_info=task.exception())

    async def _follow_call(self, call_id: str) -> None:
        d, u = self._client.domain, self._client.user
        ended = False

        def on_event(event: ServerSentEvent) -> None:
            nonlocal ended
            try:
                call = parse_call_state(json.loads(event.data))
            except (ValueError, UserFacingError) as exc:
                log.warning("ignored an unreadable call event on call %s: %s", call_id, exc)
                return
            if call.call_id and call.call_id != call_id:
                log.warning("call stream %s sent call %s; ignored", call_id, call.call_id)
                return
            self._store.apply(CallUpdated(call))
            ended = ended or call.ended

        async def on_open() -> None:
            nonlocal ended
            fresh = await self._client.get_call(call_id)
            if fresh is None:
                self._store.apply(CallGone(call_id))
                ended = True
            else:
                self._store.apply(CallUpdated(fresh))
                ended = fresh.ended

        supervisor = StreamSupervisor(
            client=self._http,
            url=self._client.url("cs.call_stream", d=d, u=u, c=call_id),
            headers=self._client.auth_headers,
            on_event=on_event,
            on_open=on_open,
            reauthenticate=self._client.reauthenticate,
            should_stop_on_end=lambda: ended or call_id not in self._store.state,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name=f"call {call_id}",
        )
        await supervisor.run()
        if supervisor.status.state is ConnectionState.FAILED and call_id in self._store.state:
            # 404 on the stream: the call is gone. Anything else: let the next snapshot decide.
            self.request_resync()
