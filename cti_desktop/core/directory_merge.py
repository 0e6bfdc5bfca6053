"""One search across several directories: asked at once, merged, de-duplicated, delivered as they answer.

:func:`merge_contacts` is the pure part (table-tested): two records are the same person when they share
a normalised phone number (``+39 031 234 5678`` = ``031 2345678`` in region IT =
``+390312345678``, see :func:`~cti_desktop.core.screenpop.number_keys`) and their names do not
disagree (one is empty, or both are the same ignoring case and spacing) — so two different people
behind one switchboard number stay two results. The merged record keeps the richest record's values
and fills every empty field from the others: a CRM ``record_url`` from any source survives, a
non-empty name wins over an empty one, all numbers are kept (each normalised number once), and
``source`` lists every source (``"<system>, <other system>"``). Records without numbers are never merged.

:func:`search_directories` asks every source concurrently and yields a :class:`MergedSearch` each
time a source answers, fails or times out, so the first answer reaches the screen at once and a slow
source never holds it back; :func:`search_all` is the same with a callback, returning the final
result. A failing source is reported in words in ``errors`` and the others carry on; a source still
busy after its ``timeout`` is cancelled and named in ``timed_out``.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass

from cti_desktop.i18n import translate

from .capabilities import Directory
from .errors import UserFacingError
from .models import Contact
from .screenpop import number_keys, source_name

__all__ = ["MergedSearch", "merge_contacts", "merge_pair", "richness", "search_all", "search_directories"]

log = logging.getLogger(__name__)


def _norm_name(contact: Contact) -> str:
    return " ".join(f"{contact.first_name} {contact.last_name}".casefold().split())


def _number_key(number: str, region: str) -> str:
    keys = number_keys(number, region)
    return keys.e164 or keys.digits


def _numbers(contact: Contact) -> list[str]:
    numbers = list(contact.numbers)
    if contact.preferred_number and contact.preferred_number not in numbers:
        numbers.insert(0, contact.preferred_number)
    return [n for n in numbers if n and n.strip()]


def richness(contact: Contact) -> int:
    """How much a record tells: a CRM link and a name count most, then company, e-mail, numbers."""
    score = 0
    score += 4 if contact.record_url else 0
    score += 3 if _norm_name(contact) else 0
    score += 2 if contact.company else 0
    score += 1 if contact.email else 0
    score += min(len(_numbers(contact)), 3)
    return score


def _sources(*contacts: Contact) -> str:
    seen: list[str] = []
    for c in contacts:
        for s in (c.source or "").split(","):
            s = s.strip()
            if s and s not in seen:
                seen.append(s)
    return ", ".join(seen)


def merge_pair(a: Contact, b: Contact, region: str = "SE") -> Contact:
    """One record from two records of the same person; the richer one (``a`` on a tie) leads."""
    lead, other = (a, b) if richness(a) >= richness(b) else (b, a)
    changes: dict[str, object] = {}
    if not _norm_name(lead) and _norm_name(other):
        changes["first_name"], changes["last_name"] = other.first_name, other.last_name
    for name in ("company", "email", "record_url", "preferred_number", "presence_activity", "status", "kind"):
        if not getattr(lead, name) and getattr(other, name):
            changes[name] = getattr(other, name)
    if lead.available is None and other.available is not None:
        changes["available"] = other.available
    numbers: list[str] = []
    keys: set[str] = set()
    for n in _numbers(lead) + _numbers(other):
        key = _number_key(n, region) or n
        if key not in keys:
            keys.add(key)
            numbers.append(n)
    changes["numbers"] = tuple(numbers)
    changes["source"] = _sources(lead, other)
    changes["in_list"] = lead.in_list or other.in_list
    changes["in_call"] = lead.in_call or other.in_call
    return dataclasses.replace(lead, **changes)


def _same_person(a: Contact, a_keys: set[str], b: Contact, b_keys: set[str]) -> bool:
    if not (a_keys & b_keys):
        return False
    na, nb = _norm_name(a), _norm_name(b)
    return not na or not nb or na == nb


def merge_contacts(groups: Iterable[Iterable[Contact]], region: str = "SE") -> list[Contact]:
    """All contacts of ``groups`` (one iterable per source, in source order), duplicates merged.

    The order is that of first appearance; a merged record takes the place of its first part.
    """
    merged: list[Contact] = []
    merged_keys: list[set[str]] = []
    for group in groups:
        for contact in group:
            keys = {k for k in (_number_key(n, region) for n in _numbers(contact)) if k}
            target = None
            if keys:
                for i, existing in enumerate(merged):
                    if _same_person(existing, merged_keys[i], contact, keys):
                        target = i
                        break
            if target is None:
                merged.append(contact)
                merged_keys.append(keys)
            else:
                merged[target] = merge_pair(merged[target], contact, region)
                merged_keys[target] |= keys
    return merged


@dataclass(frozen=True, slots=True)
class MergedSearch:
    """What the directories said so far."""

    query: str
    contacts: tuple[Contact, ...] = ()
    answered: tuple[str, ...] = ()  # sources that answered (with or without results)
    errors: tuple[str, ...] = ()  # "Source: what went wrong", one per failed source
    timed_out: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    complete: bool = False

    @property
    def status_text(self) -> str:
        """A line for under the results, e.g. "2 of 3 sources answered; CRM did not answer in time"."""
        total = len(self.answered) + len(self.errors) + len(self.timed_out) + len(self.pending)
        parts = [translate("DirectoryMerge", "{count} of {total} sources answered").format(count=len(self.answered), total=total)]
        if self.pending:
            parts.append(translate("DirectoryMerge", "still asking {sources}").format(sources=", ".join(self.pending)))
        if self.timed_out:
            parts.append(translate("DirectoryMerge", "{sources} did not answer in time").format(sources=", ".join(self.timed_out)))
        parts.extend(self.errors)
        return "; ".join(parts)


def _names(directories: Sequence[Directory]) -> list[str]:
    names: list[str] = []
    for d in directories:
        name = source_name(d)
        candidate, n = name, 2
        while candidate in names:
            candidate, n = f"{name} ({n})", n + 1
        names.append(candidate)
    return names


async def search_directories(
    query: str,
    directories: Sequence[Directory],
    *,
    limit: int = 25,
    timeout: float = 5.0,
    region: str = "SE",
) -> AsyncIterator[MergedSearch]:
    """Yield the merged results after each source answers, fails or times out; the last is ``complete``.

    Every source is asked at once. Closing the iterator early (``break``, cancellation) cancels the
    sources still busy.
    """
    query = (query or "").strip()
    names = _names(directories)
    if not query or not directories:
        yield MergedSearch(query, complete=True)
        return
    loop = asyncio.get_running_loop()
    deadline = loop.time() + max(0.0, timeout)
    tasks: dict[asyncio.Task, int] = {}
    for index, directory in enumerate(directories):
        task = asyncio.ensure_future(directory.search(query, limit))
        task.set_name(f"directory-search:{names[index]}")
        tasks[task] = index
    results: dict[int, list[Contact]] = {}
    errors: dict[int, str] = {}
    timed_out: list[int] = []
    pending = set(tasks)

    def snapshot(complete: bool) -> MergedSearch:
        contacts = merge_contacts([results[i] for i in sorted(results)], region)
        busy = sorted(tasks[t] for t in pending)
        return MergedSearch(
            query,
            tuple(contacts[: max(1, limit) * max(1, len(directories))]),
            tuple(names[i] for i in sorted(results)),
            tuple(errors[i] for i in sorted(errors)),
            tuple(names[i] for i in sorted(timed_out)),
            () if complete else tuple(names[i] for i in busy),
            complete,
        )

    try:
        while pending:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            done, pending = await asyncio.wait(pending, timeout=remaining, return_when=asyncio.FIRST_COMPLETED)
            if not done:
                break
            for task in done:
                index = tasks[task]
                exc = task.exception()
                if exc is None:
                    results[index] = list(task.result() or [])
                elif isinstance(exc, UserFacingError):
                    errors[index] = f"{names[index]}: {exc}"
                else:
                    log.error("directory search in %s failed", names[index], exc_info=exc)
                    errors[index] = translate("DirectoryMerge", "{source}: the search failed ({error})").format(source=names[index], error=type(exc).__name__)
            if pending:
                yield snapshot(False)
        for task in pending:
            timed_out.append(tasks[task])
        if timed_out:
            log.info("directory search: %s did not answer within %.1f s", ", ".join(names[i] for i in timed_out), timeout)
        still = pending
        pending = set()
        for task in still:
            task.cancel()
        if still:
            await asyncio.wait(still, timeout=1.0)
            for task in still:
                if task.done() and not task.cancelled():
                    task.exception()
        yield snapshot(True)
    finally:
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=1.0)
            for task in pending:
                if task.done() and not task.cancelled():
                    task.exception()


async def search_all(
    query: str,
    directories: Sequence[Directory],
    *,
    limit: int = 25,
    timeout: float = 5.0,
    region: str = "SE",
    on_update: Callable[[MergedSearch], None] | None = None,
) -> MergedSearch:
    """:func:`search_directories` with a callback per update; returns the complete result."""
    last = MergedSearch((query or "").strip(), complete=True)
    generator = search_directories(query, directories, limit=limit, timeout=timeout, region=region)
    try:
        async for update in generator:
            last = update
            if on_update is not None:
                on_update(update)
    finally:
        await generator.aclose()
    return last
