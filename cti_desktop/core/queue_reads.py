"""Queue reads made on demand, provider-neutral: the organisation's totals, one queue's statistics,
and the details of one queue (its agents, night mode, number…).

The wallboard follows the queues a supervisor may see (``QueueStatsStream``); on top of that it
reads the whole organisation's statistics for one totals row (:class:`QueueStatsReads`,
:func:`organisation_totals`), and reads one queue alone when its tile is opened or its figures go
stale, rather than every queue. The queues panel shows one queue's :class:`QueueDetails`
(:class:`QueueDetailsReader`). A backend offers these by implementing the protocols on its
``queues`` service; one that does not has the control absent with the words of
:meth:`~cti_desktop.core.vendors.VendorCatalog.missing_reason`. Qt-free and I/O-free.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from .models import Group, QueueStats

__all__ = [
    "OrganisationTotals",
    "QueueAgent",
    "QueueDetails",
    "QueueDetailsReader",
    "QueueStatsReads",
    "organisation_totals",
]


@runtime_checkable
class QueueStatsReads(Protocol):
    """Statistics read on demand (a supervisor's)."""

    async def organisation_queue_stats(self) -> list[QueueStats]:
        """Every queue of the organisation."""
        ...

    async def queue_stat(self, queue_id: str) -> QueueStats:
        """One queue (``NotFound`` when the server does not know it)."""
        ...


@dataclass(frozen=True, slots=True)
class QueueAgent:
    """One agent (or attendant) of a queue as the server lists them."""

    name: str
    activity: str = ""
    logged_in: bool = False
    available: bool = False
    skill_level: int | None = None


@dataclass(frozen=True, slots=True)
class QueueDetails:
    """What the phone system says about one queue. ``statistics`` is ``None`` when it gave none."""

    id: str
    domain: str = ""
    name: str = ""
    type: str = ""
    logged_in: bool = False
    night_mode: bool = False
    phone_number: str = ""
    distribution_type: str = ""
    function_number_allowed: bool | None = None
    roles: tuple[str, ...] = ()
    agents: tuple[QueueAgent, ...] = ()
    logged_in_agents: int | None = None
    free_agents: int | None = None
    calls_waiting: int | None = None


@runtime_checkable
class QueueDetailsReader(Protocol):
    async def queue_details(self, group: Group) -> QueueDetails:
        """The details of one of my queues (``NotFound`` when it is not mine any more)."""
        ...


@dataclass(frozen=True, slots=True)
class OrganisationTotals:
    """Sums over every queue of the organisation (``longest_waiting``: the longest of them)."""

    queues: int = 0
    waiting: int = 0
    longest_waiting: int = 0
    logged_in_agents: int = 0
    available_agents: int = 0
    answered_24h: int = 0
    dropped_24h: int = 0
    total_24h: int = 0

    @property
    def answer_rate(self) -> float | None:
        """Answered of answered + dropped in the last 24 h (``None`` without calls)."""
        handled = self.answered_24h + self.dropped_24h
        return self.answered_24h / handled if handled else None


def organisation_totals(stats: Iterable[QueueStats]) -> OrganisationTotals:
    """The totals row of the wallboard from the organisation's statistics (a queue counted once)."""
    seen: dict[str, QueueStats] = {}
    for s in stats:
        seen[s.id or f"#{len(seen)}"] = s
    items = list(seen.values())
    return OrganisationTotals(
        queues=len(items),
        waiting=sum(s.queue_length for s in items),
        longest_waiting=max((s.longest_waiting for s in items), default=0),
        logged_in_agents=sum(s.logged_in_agents for s in items),
        available_agents=sum(s.available_agents for s in items),
        answered_24h=sum(s.answered_24h for s in items),
        dropped_24h=sum(s.dropped_24h for s in items),
        total_24h=sum(s.total_24h for s in items),
    )
