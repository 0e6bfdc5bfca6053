"""Following the statistics of the queues a supervisor may see, on a Dstny Core server.

* the distribution-group queue-statistics stream (``dg.queuestats_stream``, XML documents of one or
  many queues) feeds :meth:`QueueBoard.offer`, kept alive by :class:`StreamSupervisor`;
* at every (re)connect, before the stream counts as live, the Queue Statistics REST API
  (``qs.user``: the groups this user supervises) seeds the board — missed events are never assumed
  to be replayed (PITFALLS 7);
* every ``check_every`` seconds the same REST read cross-checks the board (REST wins after a long
  disagreement, see :meth:`QueueBoard.cross_check`).

A 403 on the statistics (no supervisor licence, or a ticket without the scope) ends the follower
with :attr:`denied` set to a message in words; nothing is retried then.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from itertools import islice

import httpx
from httpx_sse import ServerSentEvent

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import AuthExpired, ScopeMissing, UserFacingError
from cti_desktop.core.queue_board import QueueBoard
from cti_desktop.core.streams import StreamSupervisor

from .client import DstnyClient
from .xml import XmlDocumentError, iter_queue_statistics_xml

__all__ = ["DENIED_MESSAGE", "DstnyQueueStatsFollower"]

log = logging.getLogger(__name__)

#: How many queues of one document are taken in before the loop gets a turn.
QUEUES_PER_SLICE = 50

DENIED_MESSAGE = ("Queue statistics are not available with this account: the server refused them "
                  "(a supervisor licence and the queue-statistics permission are needed).")


class DstnyQueueStatsFollower:
    """Keeps a :class:`QueueBoard` equal to the server's queue statistics for one supervisor."""

    def __init__(
        self,
        client: DstnyClient,
        board: QueueBoard,
        *,
        stream_http: httpx.AsyncClient,
        heartbeat_interval: float = 15.0,
        check_every: float = 15.0,
        backoff_initial: float = 1.0,
        backoff_max: float = 60.0,
        on_status: Callable[[ConnectionStatus], None] | None = None,
        on_denied: Callable[[str], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        self._client = client
        self._board = board
        self._http = stream_http
        self._heartbeat = heartbeat_interval
        self._check_every = check_every
        self._backoff = (backoff_initial, backoff_max)
        self._on_status = on_status
        self._on_denied = on_denied
        self._on_error = on_error
        self._supervisor: StreamSupervisor | None = None
        self.status = ConnectionStatus(ConnectionState.CONNECTING)
        self.denied = ""
        #: Stream documents that could not be read (each is followed by a REST re-read).
        self.unreadable = 0
        self.documents = 0

    # ------------------------------------------------------------------------------- lifecycle
    async def run(self) -> None:
        """Run until cancelled, denied, or the stream fails for good."""
        try:
            await self._seed()
        except ScopeMissing as exc:
            self._deny(exc)
            return
        except UserFacingError as exc:  # the stream's on_open tries again with backoff
            self._report_error(str(exc))
        d, u = self._client.domain, self._client.user
        self._supervisor = StreamSupervisor(
            client=self._http,
            url=self._client.url("dg.queuestats_stream", d=d, u=u),
            headers=self._client.auth_headers,
            on_event=self._on_event,
            on_open=self._on_open,
            on_status=self._set_status,
            reauthenticate=self._client.reauthenticate,
            heartbeat_interval=self._heartbeat,
            backoff_initial=self._backoff[0],
            backoff_max=self._backoff[1],
            name="queue statistics",
        )
        checker = asyncio.get_running_loop().create_task(self._check_loop(), name="queue-stats-check")
        try:
            await self._supervisor.run()
        finally:
            checker.cancel()
            await asyncio.gather(checker, return_exceptions=True)
            self._board.stream_live = False
        if self.status.state is ConnectionState.FAILED and "403" in self.status.reason and not self.denied:
            self._deny(None)

    def stop(self) -> None:
        if self._supervisor is not None:
            self._supervisor.stop()

    # ----------------------------------------------------------------------------------- pieces
    async def _seed(self) -> None:
        stats = await self._client.queue_stats()
        self._board.seed(stats)

    async def _on_open(self) -> None:
        try:
            await self._seed()
        except ScopeMissing as exc:
            self._deny(exc)
            raise
        except UserFacingError as exc:
            self._report_error(str(exc))
            raise
        self._report_error("")

    async def _on_event(self, event: ServerSentEvent) -> None:
        data = event.data
        if not data.strip():
            return
        try:
            queues = iter_queue_statistics_xml(data)
        except XmlDocumentError as exc:
            self.unreadable += 1
            log.warning("ignored an unreadable queue-statistics document: %s", exc)
            return
        self.documents += 1
        # A document may carry hundreds of queues: hand them over in slices and let the window
        # paint in between (the supervisor awaits this before the next event, so order is kept).
        # Not in a worker thread: every Qt call releases the interpreter lock, and a busy worker
        # would then hold up each of them (the convoy effect), stalling the window far more.
        while True:
            batch = list(islice(queues, QUEUES_PER_SLICE))
            if batch:
                self._board.offer(batch)
            if len(batch) < QUEUES_PER_SLICE:
                return
            await asyncio.sleep(0)

    async def _check_loop(self) -> None:
        while True:
            await asyncio.sleep(self._check_every)
            if self.status.state is not ConnectionState.LIVE and self.status.state is not ConnectionState.STALE:
                continue  # the next (re)connect seeds anyway
            try:
                stats = await self._client.queue_stats()
            except ScopeMissing as exc:
                self._deny(exc)
                self.stop()
                return
            except AuthExpired as exc:
                self._report_error(str(exc))
                continue
            except UserFacingError as exc:
                log.info("queue statistics cross-check failed: %s", exc)
                self._report_error(str(exc))
                continue
            self._report_error("")
            self._board.cross_check(stats)

    def _set_status(self, status: ConnectionStatus) -> None:
        self.status = status
        self._board.stream_live = status.state is ConnectionState.LIVE
        if self._on_status is not None:
            self._on_status(status)

    def _deny(self, exc: UserFacingError | None) -> None:
        if exc is not None:
            log.info("queue statistics refused: %s", exc)
        self.denied = DENIED_MESSAGE
        if self._supervisor is not None:
            self._supervisor.stop()
        if self._on_denied is not None:
            self._on_denied(self.denied)

    def _report_error(self, message: str) -> None:
        if self._on_error is not None:
            self._on_error(message)


class DstnyQueueStatsStream:
    """The backend's queue statistics stream (core ``QueueStatsStream``): a follower per board,
    each on its own stream client (closed when the follower's ``run`` ends)."""

    def __init__(self, client: DstnyClient) -> None:
        self._client = client

    def follower(self, board: QueueBoard, *, heartbeat_interval: float, check_every: float,
                 backoff_initial: float, on_status: Callable[[ConnectionStatus], None],
                 on_denied: Callable[[str], None], on_error: Callable[[str], None]) -> "_OwnClientFollower":
        return _OwnClientFollower(self._client, board, heartbeat_interval=heartbeat_interval,
                                  check_every=check_every, backoff_initial=backoff_initial,
                                  on_status=on_status, on_denied=on_denied, on_error=on_error)


class _OwnClientFollower:
    """A :class:`DstnyQueueStatsFollower` with a stream client of its own for the time it runs."""

    def __init__(self, client: DstnyClient, board: QueueBoard, **options) -> None:
        self._client = client
        self._board = board
        self._options = options
        self._follower: DstnyQueueStatsFollower | None = None
        self._stopped = False

    async def run(self) -> None:
        from cti_desktop.core.transport import stream_client

        stream_http = stream_client(max_streams=2)
        try:
            self._follower = DstnyQueueStatsFollower(self._client, self._board, stream_http=stream_http,
                                                     **self._options)
            if self._stopped:
                return
            await self._follower.run()
        finally:
            self._follower = None
            await stream_http.aclose()

    def stop(self) -> None:
        self._stopped = True
        if self._follower is not None:
            self._follower.stop()
