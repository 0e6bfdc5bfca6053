"""Following the queue statistics for the wallboard: the provider's stream follower where the phone
system pushes them (it writes into the board and cross-checks with REST reads itself), else a poll
every ``check_every`` seconds; the connection's state in words, or why there are no statistics.

A mixin of :class:`~cti_desktop.viewmodels.wallboard.WallboardViewModel` (its board, timer and signals).
"""

from __future__ import annotations

import asyncio

from cti_desktop.core.connection import ConnectionState, ConnectionStatus
from cti_desktop.core.errors import ScopeMissing, UserFacingError
from cti_desktop.i18n import translate

__all__ = ["QueueStatsFollowMixin"]


class QueueStatsFollowMixin:
    """The follow task's body (stream or poll) and the status it reports."""

    async def _follow(self) -> None:
        backend = self._bridge.session.backend
        stream = backend.queue_stats_stream
        queues = backend.queues
        if stream is not None:
            await self._follow_stream(stream)
        elif queues is not None:
            await self._poll(queues)
        else:
            self._set_denied(translate("WallboardFollow", "This server offers no queue statistics."))

    async def _follow_stream(self, stream) -> None:
        """Backends that push queue statistics: follow the stream (the follower owns its client)."""
        self._follower = stream.follower(
            self.board, heartbeat_interval=self._heartbeat, check_every=self._check_every,
            backoff_initial=self._backoff_initial, on_status=self._on_status, on_denied=self._set_denied,
            on_error=self.set_error)
        try:
            await self._follower.run()
        finally:
            self._follower = None

    async def _poll(self, queues) -> None:
        """Backends with queue statistics but no stream: read them every ``check_every`` seconds."""
        self.board.stream_live = True
        while True:
            try:
                self.board.seed(await queues.queue_stats())
            except ScopeMissing:
                self._set_denied(translate("WallboardFollow", "Queue statistics are not available with this account."))
                return
            except UserFacingError as exc:
                self.set_error(str(exc))
                self._on_status(ConnectionStatus(ConnectionState.RECONNECTING, reason=str(exc)))
            else:
                self.clear_error()
                self._on_status(ConnectionStatus(ConnectionState.LIVE))
            await asyncio.sleep(self._check_every)

    def _on_status(self, status: ConnectionStatus) -> None:
        self._update("_status", status.describe(), self.statusChanged)
        self._update("_live", status.state is ConnectionState.LIVE, self.liveChanged)

    def _set_denied(self, message: str) -> None:
        self._update("_denied", message, self.deniedChanged)
        self._update("_status", translate("WallboardFollow", "Not available"), self.statusChanged)
        self._timer.stop()
