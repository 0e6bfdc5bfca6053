"""The wallboard's texts, worked out from plain figures: durations, counts, tiles, totals, alerts.

Pure presentation (no Qt): the view-model and its tile model call these; tests table-test them.
"""

from __future__ import annotations

from dataclasses import dataclass

from cti_desktop.core.models import QueueStats
from cti_desktop.core.queue_board import TileState
from cti_desktop.core.queue_reads import OrganisationTotals
from cti_desktop.i18n import translate

__all__ = ["NOTIFY_AT_ONCE", "TileView", "counts_words", "critical_notifications", "format_duration",
           "organisation_words", "queue_detail_words", "tile_view"]

#: A notification lists at most this many queues; more crossings at once become one summary.
NOTIFY_AT_ONCE = 3


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "–"
    seconds = max(0, int(seconds))
    if seconds < 60:
        return translate("WallboardWords", "{seconds} s").format(seconds=seconds)
    if seconds < 3600:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return translate("WallboardWords", "{hours} h {minutes:02d}").format(hours=seconds // 3600, minutes=seconds % 3600 // 60)


def counts_words(answered: int, dropped: int, total: int) -> str:
    """Calls answered, dropped and in all, each figure with its label: "Answered 19 · Dropped 4 · Total 23"."""
    return translate("WallboardWords", "Answered {answered} · Dropped {dropped} · Total {total}").format(answered=answered, dropped=dropped, total=total)


@dataclass(frozen=True, slots=True)
class TileView:
    """Everything one tile shows, already in words."""

    queue_id: str
    name: str
    number: str
    level: int  # Level value
    level_label: str  # "Normal" / "Warning" / "Critical": the cue that does not rely on colour
    waiting: int
    longest: int
    longest_text: str
    average_text: str
    last_text: str
    period_text: str  # answered / dropped / total
    day_text: str
    period_words: str  # the same figures labelled: "Answered 19 · Dropped 4 · Total 23"
    day_words: str
    answer_rate_text: str
    logged_in: int
    free: int
    presence_text: str
    age_text: str  # "" when fresh, else e.g. "data 45 s old"

    @property
    def summary(self) -> str:
        """One line for screen readers and tooltips."""
        parts = [f"{self.name}: {self.level_label}", translate("WallboardWords", "{waiting} waiting").format(waiting=self.waiting), translate("WallboardWords", "longest wait {longest_text}").format(longest_text=self.longest_text),
                 translate("WallboardWords", "average {average_text}").format(average_text=self.average_text), translate("WallboardWords", "last {last_text}").format(last_text=self.last_text),
                 translate("WallboardWords", "this period {period_words} (24 h {day_words})").format(period_words=self.period_words, day_words=self.day_words),
                 translate("WallboardWords", "answer rate {answer_rate_text}").format(answer_rate_text=self.answer_rate_text), translate("WallboardWords", "{logged_in} agents logged in, {free} free").format(logged_in=self.logged_in, free=self.free)]
        if self.presence_text:
            parts.append(self.presence_text)
        if self.age_text:
            parts.append(self.age_text)
        return "; ".join(parts)


def organisation_words(totals: OrganisationTotals) -> str:
    """The organisation's totals row in words."""
    rate = totals.answer_rate
    queues = (translate("WallboardWords", "%n queue", None, totals.queues) if totals.queues == 1
              else translate("WallboardWords", "%n queues", None, totals.queues))
    return translate(
        "WallboardWords",
        "Whole organisation: {queues} · {waiting} waiting · longest wait {longest} · {logged_in} agents "
        "logged in, {free} free · 24 h: {counts} · answer rate {rate}",
    ).format(queues=queues, waiting=totals.waiting,
             longest=format_duration(totals.longest_waiting if totals.waiting else 0),
             logged_in=totals.logged_in_agents, free=totals.available_agents,
             counts=counts_words(totals.answered_24h, totals.dropped_24h, totals.total_24h),
             rate="–" if rate is None else f"{rate * 100:.0f} %")


def tile_view(tile: TileState, now: float, lagging: bool) -> TileView:
    s = tile.stats
    rate = tile.answer_rate
    longest = tile.longest_wait(now)
    age = tile.age(now)
    return TileView(
        queue_id=s.id, name=tile.name, number=s.number, level=int(tile.level), level_label=tile.level.label,
        waiting=s.queue_length, longest=longest, longest_text=format_duration(longest),
        average_text=format_duration(s.average_wait), last_text=format_duration(s.last_wait),
        period_text=f"{s.answered_period} / {s.dropped_period} / {s.total_period}",
        day_text=f"{s.answered_24h} / {s.dropped_24h} / {s.total_24h}",
        period_words=counts_words(s.answered_period, s.dropped_period, s.total_period),
        day_words=counts_words(s.answered_24h, s.dropped_24h, s.total_24h),
        answer_rate_text="–" if rate is None else f"{rate * 100:.0f} %",
        logged_in=s.logged_in_agents, free=s.available_agents,
        presence_text=", ".join(f"{name} {count}" for name, count in s.agent_presence if count),
        age_text=translate("WallboardWords", "data {age} old").format(age=format_duration(age)) if lagging and age >= 1 else "",
    )



def queue_detail_words(s: QueueStats) -> str:
    """One queue's figures as the server gave them, in words (the detail of an opened queue)."""
    name = s.name or s.id
    number = f" ({s.number})" if s.number else ""
    presence = ", ".join(f"{n} {c}" for n, c in s.agent_presence if c)
    text = translate(
        "WallboardWords",
        "{name}{number}: {waiting} waiting, longest wait {longest}, average {average}, last {last}; "
        "{logged_in} agents logged in, {free} free",
    ).format(name=name, number=number, waiting=s.queue_length,
             longest=format_duration(s.longest_waiting if s.queue_length else 0),
             average=format_duration(s.average_wait), last=format_duration(s.last_wait),
             logged_in=s.logged_in_agents, free=s.available_agents)
    return (text + (f" ({presence})" if presence else "")
            + translate("WallboardWords", "; this period {period}; 24 h {day}.").format(
                period=counts_words(s.answered_period, s.dropped_period, s.total_period),
                day=counts_words(s.answered_24h, s.dropped_24h, s.total_24h)))


def critical_message(tile: TileState, now: float) -> str:
    """What a queue that became critical shows: "3 waiting, longest wait 2:05"."""
    return translate("WallboardWords", "{waiting} waiting, longest wait {longest}").format(
        waiting=tile.waiting, longest=format_duration(tile.longest_wait(now)))


def critical_notifications(tiles: list[TileState], now: float) -> list[tuple[str, str]]:
    """The desktop notifications (title, text) for queues that became critical together: one each
    for up to :data:`NOTIFY_AT_ONCE` queues, else one summary."""
    if len(tiles) <= NOTIFY_AT_ONCE:
        return [(translate("WallboardWords", "Queue critical: {name}").format(name=tile.name), critical_message(tile, now)) for tile in tiles]
    names = ", ".join(t.name for t in tiles[:NOTIFY_AT_ONCE])
    return [(translate("WallboardWords", "%n queues became critical", None, len(tiles)),
             translate("WallboardWords", "{names} and %n more", None, len(tiles) - NOTIFY_AT_ONCE).format(names=names))]
