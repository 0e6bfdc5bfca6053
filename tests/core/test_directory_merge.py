"""Directory merging: pure merge tables, and the concurrent search against directories that are slow or fail."""

from __future__ import annotations

import asyncio

import pytest

from cti_desktop.core.directory_merge import (
    MergedSearch,
    merge_contacts,
    merge_pair,
    search_all,
    search_directories,
)
from cti_desktop.core.errors import ServerUnavailable
from cti_desktop.core.models import Contact


def C(cid, first="", last="", *numbers, source="a", url="", company="", email="") -> Contact:
    return Contact(id=cid, first_name=first, last_name=last, numbers=tuple(numbers), source=source,
                   record_url=url, company=company, email=email)


@pytest.mark.parametrize(
    "groups, expected",
    [
        # E.164 vs national vs spaced: one person.
        ([[C("1", "Giulia", "Bianchi", "+390212345678", source="pbx")],
          [C("2", "Giulia", "Bianchi", "02 1234 5678", source="crm", url="https://crm.example/c/2")],
          [C("3", "giulia", "BIANCHI", "+39 02 1234-5678", source="voxloud")]],
         [("Giulia Bianchi", "https://crm.example/c/2", "crm, pbx, voxloud", 1)]),
        # The CRM link survives even when the other record is richer in everything else.
        ([[C("1", "Mario", "Verdi", "+390612345670", "+393331234567", source="pbx", company="Banca", email="m@v.it")],
          [C("2", "", "", "0612345670", source="crm", url="https://crm.example/m")]],
         [("Mario Verdi", "https://crm.example/m", "pbx, crm", 2)]),
        # A nameless record takes the name of the other.
        ([[C("1", "", "", "+390311234567", source="pbx")], [C("2", "Paola", "Neri", "031 1234567", source="crm")]],
         [("Paola Neri", "", "crm, pbx", 1)]),
        # Same switchboard number, different people: not merged.
        ([[C("1", "Anna", "Rossi", "+390212121212")], [C("2", "Luca", "Bruno", "02 1212 1212", source="b")]],
         [("Anna Rossi", "", "a", 1), ("Luca Bruno", "", "b", 1)]),
        # No numbers: never merged, even with the same name.
        ([[C("1", "Sara", "Sales")], [C("2", "Sara", "Sales", source="b")]],
         [("Sara Sales", "", "a", 0), ("Sara Sales", "", "b", 0)]),
        # Duplicates within one source are merged too; numbers united once per normalised number.
        ([[C("1", "Elena", "Bruno", "+390113456780"), C("2", "Elena", "Bruno", "011 345 6780", "+393401234567")]],
         [("Elena Bruno", "", "a", 2)]),
        ([], []),
    ],
)
def test_merge_table(groups, expected):
    merged = merge_contacts(groups, region="IT")
    assert [(c.display_name, c.record_url, c.source, len(c.numbers)) for c in merged] == expected


def test_merge_pair_keeps_the_richest_and_fills_gaps():
    rich = C("1", "Giulia", "Bianchi", "+390212345678", source="crm", url="https://crm.example/1", company="Acme")
    poor = C("2", "", "", "02 1234 5678", "+393471234567", source="pbx", email="g@b.it")
    merged = merge_pair(poor, rich, "IT")
    assert merged.id == "1" and merged.company == "Acme" and merged.email == "g@b.it"
    assert merged.numbers == ("+390212345678", "+393471234567")
    assert merged.source == "crm, pbx"


class FakeDirectory:
    """A directory with fixed answers, a delay and optionally a failure (a test double of a source,
    not of our own code)."""

    def __init__(self, name, contacts=(), delay=0.0, error=None):
        self.name, self.contacts, self.delay, self.error = name, list(contacts), delay, error
        self.cancelled = False

    async def search(self, query, limit=25):
        try:
            await asyncio.sleep(self.delay)
        except asyncio.CancelledError:
            self.cancelled = True
            raise
        if self.error is not None:
            raise self.error
        return self.contacts[:limit]

    async def favourites(self):
        return []


async def test_a_slow_source_does_not_delay_the_first_result():
    fast = FakeDirectory("PBX", [C("1", "Giulia", "Bianchi", "+390212345678", source="pbx")])
    slow_started = asyncio.Event()
    release = asyncio.Event()

    class Held(FakeDirectory):
        async def search(self, query, limit=25):
            slow_started.set()
            await release.wait()
            return [C("2", "Giulia", "Bianchi", "02 1234 5678", source="crm", url="https://crm.example/2")]

    updates: list[MergedSearch] = []
    gen = search_directories("giulia", [Held("CRM"), fast], timeout=30, region="IT")
    first = await asyncio.wait_for(gen.__anext__(), 5)  # arrives while the CRM is still held
    updates.append(first)
    assert slow_started.is_set() and not first.complete
    assert [c.display_name for c in first.contacts] == ["Giulia Bianchi"] and first.pending == ("CRM",)
    release.set()
    async for update in gen:
        updates.append(update)
    final = updates[-1]
    assert final.complete and final.answered == ("CRM", "PBX") and final.errors == ()
    assert len(final.contacts) == 1 and final.contacts[0].record_url == "https://crm.example/2"


async def test_a_failing_source_is_reported_in_words_and_the_others_answer():
    good = FakeDirectory("Voxloud", [C("1", "Paola", "Neri", "+390311234567", source="voxloud")])
    bad = FakeDirectory("CRM", error=ServerUnavailable("CRM: the server did not answer in time"))
    broken = FakeDirectory("Broken", error=RuntimeError("boom"))
    seen = []
    result = await search_all("paola", [good, bad, broken], on_update=seen.append, timeout=5)
    assert result.complete and [c.display_name for c in result.contacts] == ["Paola Neri"]
    assert result.errors == ("CRM: CRM: the server did not answer in time", "Broken: the search failed (RuntimeError)")
    assert "1 of 3 sources answered" in result.status_text and "Broken" in result.status_text
    assert seen[-1] is result


async def test_a_source_over_its_timeout_is_cancelled_and_named():
    slow = FakeDirectory("Slow CRM", [C("9", "X", "Y", "+390212345678")], delay=30)
    fast = FakeDirectory("PBX", [C("1", "A", "B", "+390611122233")])
    result = await search_all("a", [slow, fast], timeout=0.2)
    assert result.complete and result.timed_out == ("Slow CRM",) and result.answered == ("PBX",)
    assert slow.cancelled
    assert "Slow CRM did not answer in time" in result.status_text


async def test_empty_query_or_no_sources_is_complete_at_once():
    assert (await search_all("  ", [FakeDirectory("A")])).complete
    assert (await search_all("x", [])).contacts == ()


async def test_closing_early_cancels_busy_sources():
    slow = FakeDirectory("Slow", delay=30)
    fast = FakeDirectory("Fast", [C("1", "A", "B", "+390611122233")])
    gen = search_directories("a", [slow, fast], timeout=30)
    first = await gen.__anext__()
    assert first.answered == ("Fast",)
    await gen.aclose()
    assert slow.cancelled


async def test_same_named_sources_are_told_apart():
    result = await search_all("a", [FakeDirectory("Dir"), FakeDirectory("Dir", error=ServerUnavailable("down"))])
    assert result.answered == ("Dir",) and result.errors == ("Dir (2): down",)
