"""The wallboard's on-demand reads: the whole organisation's totals, and one queue alone.

A mixin of :class:`~cti_desktop.viewmodels.wallboard.WallboardViewModel`: it uses the view-model's
board, its ``_reads`` (a :class:`QueueStatsReads` or ``None``), its detail state and its signals.
A queue whose figures went stale while the stream is live for others is read alone, at most once
per ``lag_after`` seconds.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time

from cti_desktop.core.errors import NotFound, ScopeMissing, UserFacingError
from cti_desktop.core.queue_reads import organisation_totals
from cti_desktop.core.wallboard_words import organisation_words, queue_detail_words
from cti_desktop.i18n import translate

__all__ = ["QueueReadsMixin"]

log = logging.getLogger("cti_desktop.viewmodels.wallboard")


class QueueReadsMixin:
    """Organisation totals every ``check_every`` seconds; single-queue reads (detail and stale tiles)."""

    async def _organisation_loop(self) -> None:
        """The whole organisation's statistics (``organisation_queue_stats``) every ``check_every`` s."""
        assert self._reads is not None
        while True:
            try:
                totals = organisation_totals(await self._reads.organisation_queue_stats())
            except ScopeMissing as exc:
                log.info("organisation queue statistics refused: %s", exc)
                self.organisation = None
                self._organisation_text = translate("WallboardReads", "The organisation's totals are not available with this account.")
                self._organisation_note = str(exc)
                self.organisationChanged.emit()
                return
            except UserFacingError as exc:
                log.info("organisation queue statistics not read: %s", exc)
                note = translate("WallboardReads", "Organisation totals may be out of date: {exc}").format(exc=exc)
                if note != self._organisation_note:
                    self._organisation_note = note
                    self.organisationChanged.emit()
            else:
                text = organisation_words(totals)
                if text != self._organisation_text or self._organisation_note:
                    self.organisation = totals
                    self._organisation_text = text
                    self._organisation_note = ""
                    self.organisationChanged.emit()
            await asyncio.sleep(self._check_every)

    async def read_queue(self, queue_id: str) -> bool:
        """Read one queue alone (``queue_stat``) and put its figures on the board. ``True`` on success."""
        queue_id = str(queue_id)
        if self._reads is None:
            return False
        self._read_at[queue_id] = time.monotonic()
        try:
            stat = await self._reads.queue_stat(queue_id)
        except NotFound:
            self._say_detail(queue_id, translate("WallboardReads", "The phone system does not know this queue any more."))
            return False
        except UserFacingError as exc:
            log.info("queue %s not read: %s", queue_id, exc)
            self._say_detail(queue_id, translate("WallboardReads", "Could not read this queue: {exc}").format(exc=exc))
            return False
        if stat.id != queue_id:  # the answer is the queue asked for, whatever id it spells
            stat = dataclasses.replace(stat, id=queue_id)
        self.board.offer([stat], source="rest")
        if queue_id == self._detail_id:
            self._say_detail(queue_id, queue_detail_words(stat))
        return True

    def _say_detail(self, queue_id: str, text: str) -> None:
        if queue_id == self._detail_id and text != self._detail_text:
            self._detail_text = text
            self.queueDetailChanged.emit()

    async def open_queue(self, queue_id: str) -> bool:
        """Open one queue's detail: its figures read fresh, that queue alone."""
        queue_id = str(queue_id)
        self._detail_id = queue_id
        self._detail_text = (translate("WallboardReads", "Reading {queue_name}…").format(queue_name=self.queue_name(queue_id)) if self._reads is not None else
                             self._missing(translate("WallboardReads", "single-queue reads")))
        self.queueDetailChanged.emit()
        return await self.read_queue(queue_id)

    def _refresh_stale(self, now: float) -> None:
        """Queues whose figures went stale while the stream is live for others: read each alone,
        one read per queue at a time, and not again before ``lag_after`` seconds."""
        if self._reads is None or not self.board.stream_live or self._closed:
            return
        for qid, tile in self.board.tiles.items():
            if qid in self._reading or now - self._read_at.get(qid, -1e9) < self._lag_after:
                continue
            if not self.board.lagging(tile, now):
                continue
            self.stale_reads += 1
            log.info("queue %s has had no update for %.0f s; reading it alone", qid, tile.age(now))
            task = self._bridge.session.spawn(self.read_queue(qid), name=f"wallboard-queue-{qid}")
            self._reading[qid] = task
            task.add_done_callback(lambda t, q=qid: self._reading.pop(q, None) if self._reading.get(q) is t else None)
