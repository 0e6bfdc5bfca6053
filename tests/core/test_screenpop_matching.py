"""Caller matching: number normalisation tables, ranking and de-duplication."""

from __future__ import annotations

import pytest

from cti_desktop.core.models import Contact
from cti_desktop.core.screenpop import (
    MatchRank,
    compare,
    match_contacts,
    number_keys,
    rank_contacts,
    search_query,
)


@pytest.mark.parametrize(
    ("text", "region", "e164", "national", "last"),
    [
        ("+46 8 123 45 67", "SE", "+4681234567", "81234567", "81234567"),
        ("08-123 45 67", "SE", "+4681234567", "81234567", "81234567"),
        ("(08) 123 45 67", "SE", "+4681234567", "81234567", "81234567"),
        ("0046 8 123 45 67", "SE", "+4681234567", "81234567", "81234567"),
        ("tel:+46701234567", "SE", "+46701234567", "701234567", "01234567"),
        ("sip:+46701234567@pbx.example", "SE", "+46701234567", "701234567", "01234567"),
        ("tel:+4681234567;phone-context=example", "SE", "+4681234567", "81234567", "81234567"),
        ("+46 8 123 45 67 ext. 55", "SE", "+4681234567", "81234567", "81234567"),
        ("020 7946 0123", "GB", "+442079460123", "2079460123", "79460123"),
        ("070-123 45 67", "se", "+46701234567", "701234567", "01234567"),
        ("1001", "SE", "", "1001", ""),  # an internal extension: no public form, no last-digits key
    ],
)
def test_number_keys(text, region, e164, national, last):
    keys = number_keys(text, region)
    assert (keys.e164, keys.national, keys.last) == (e164, national, last)


@pytest.mark.parametrize("text", ["", "   ", "anonymous", "1 800 FLOWERS", "٠٨١٢٣٤٥٦٧", "+46 8 123\n45", "12ab34"])
def test_not_a_number_gives_no_keys(text):
    keys = number_keys(text, "SE")
    assert not keys.is_number and keys.e164 == "" and keys.last == ""


def test_last_digits_key_length():
    assert number_keys("+46 8 123 45 67", "SE", last_digits=7).last == "1234567"
    with pytest.raises(ValueError):
        number_keys("+4681234567", "SE", last_digits=5)


@pytest.mark.parametrize(
    ("caller", "other", "rank"),
    [
        ("+4681234567", "08-123 45 67", MatchRank.EXACT),
        ("+4681234567", "+46 (0)8 123 45 67", MatchRank.EXACT),
        ("1001", "1001", MatchRank.EXACT),
        ("+46701234567", "+358 70 123 4567", MatchRank.NATIONAL),  # same national number, other country
        ("+46701234567", "9901234567", MatchRank.LAST_DIGITS),  # odd format, same last 8 digits
        ("+4681234567", "+4681234568", None),
        ("1001", "1002", None),
        ("1001", "+46 8 500 1001", None),  # an extension never matches a public number by suffix
        ("", "+4681234567", None),
    ],
)
def test_compare(caller, other, rank):
    assert compare(number_keys(caller, "SE"), number_keys(other, "SE")) == rank


def _c(cid, first, last="", numbers=(), company="", preferred=""):
    return Contact(cid, first_name=first, last_name=last, numbers=tuple(numbers), company=company, preferred_number=preferred)


def test_ranking_exact_before_national_before_last_digits():
    contacts = [
        _c("last", "Lasse", "Suffix", ["9901234567"]),
        _c("nat", "Nadia", "National", ["+358 701234567"]),
        _c("none", "Nobody", "Else", ["+46709999999"]),
        _c("exact", "Eva", "Exact", ["070-123 45 67"]),
    ]
    ranked = rank_contacts("+46 70 123 45 67", contacts, "SE")
    assert [m.contact.id for m in ranked] == ["exact", "nat", "last"]
    assert [m.rank for m in ranked] == [MatchRank.EXACT, MatchRank.NATIONAL, MatchRank.LAST_DIGITS]
    assert [c.id for c in match_contacts("+46 70 123 45 67", contacts, "SE")] == ["exact", "nat", "last"]


def test_a_contact_ranks_by_its_best_number_and_preferred_number_counts():
    contacts = [
        _c("a", "Anna", numbers=["9901234567", "+46701234567"]),
        _c("b", "Bo", preferred="+46701234567"),
    ]
    ranked = rank_contacts("0701234567", contacts, "SE")
    assert [(m.contact.id, m.rank) for m in ranked] == [("a", MatchRank.EXACT), ("b", MatchRank.EXACT)]


def test_several_matches_keep_source_order_within_a_rank():
    contacts = [_c("1", "Karin", numbers=["+4681234567"]), _c("2", "Kalle", numbers=["08 123 45 67"])]
    assert [c.id for c in match_contacts("+4681234567", contacts)] == ["1", "2"]


def test_same_person_from_two_directories_is_shown_once():
    contacts = [
        _c("crm-1", "Anna", "Berg", ["+46 8 123 45 67"]),
        _c("dir-9", "anna", "berg", ["08-1234567"]),  # same number, same name (case/space-insensitive)
        _c("dir-10", "Anna", "Berg", ["+46701112233", "08-1234567"]),  # same name, matched the same number
        _c("dir-11", "Anders", "Berg", ["08-1234567"]),  # same number, another person: kept
    ]
    assert [c.id for c in match_contacts("+4681234567", contacts)] == ["crm-1", "dir-11"]


def test_no_match_and_not_a_number():
    contacts = [_c("x", "Xena", numbers=["+46709999999"]), _c("y", "Ylva")]
    assert match_contacts("+4681234567", contacts) == []
    assert match_contacts("", contacts) == []
    assert match_contacts("anonymous", contacts) == []


def test_search_query_prefers_e164():
    assert search_query("08-123 45 67", "SE") == "+4681234567"
    assert search_query("1001", "SE") == "1001"
    assert search_query("withheld", "SE") == ""


# ------------------------------------------------------------------------------------ ranking
def test_unmatched_results_of_a_full_number_search_are_kept_last():
    found = [_c("n", "Nameonly"), _c("o", "Other", preferred="+46701112233"), _c("m", "Match", numbers=["+4681234567"])]
    ranked = rank_contacts("+4681234567", found, "SE", trust_unmatched=True)
    assert [(m.contact.id, m.rank) for m in ranked] == [
        ("m", MatchRank.EXACT), ("n", MatchRank.DIRECTORY), ("o", MatchRank.DIRECTORY)
    ]
    # A short number (an extension) is not specific enough to trust what the search returned.
    found = [_c("e", "Ext", preferred="1001"), _c("f", "Suffix", preferred="+4685001001")]
    assert [m.contact.id for m in rank_contacts("1001", found, "SE")] == ["e"]
