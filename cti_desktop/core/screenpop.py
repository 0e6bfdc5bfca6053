"""Who is calling: number normalisation and contact matching.

Pure functions, table-tested without I/O. (Asking every directory at once is
:func:`cti_desktop.core.directory_merge.search_directories`; the screen-pop view-model ranks what it
finds with :func:`rank_contacts` and shows it as a :class:`LookupResult`.)

Matching ranks a contact by the best of its numbers against the caller's number:

* ``EXACT`` — the same E.164 number (``+46 8 123 45 67`` = ``08-123 45 67`` with region SE), or the
  same digits when neither side is a public number (an internal extension such as ``1001``);
* ``NATIONAL`` — the same national significant number (``+46 70 123 45 67`` vs ``+1 701234567``, or a
  number stored without any country);
* ``LAST_DIGITS`` — the same last N (7 or 8) digits, for numbers stored in odd formats.

Dial strings are pre-filtered before :mod:`phonenumbers` sees them (PITFALLS 24): letters and
non-ASCII digits are never turned into a number.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Iterable

from .models import Contact

#: A number as typed or sent by a server: ASCII digits, an optional leading ``+`` and separators.
#: (A lookahead asks for the one digit, so the match is linear: no backtracking on long input.)
_DIALLABLE = re.compile(r"^\+?(?=[^0-9]*[0-9])[0-9 ()./\-\u00a0]+\Z")
#: Longer text than this is no phone number (E.164 has at most 15 digits; a SIP URI a bit more).
MAX_NUMBER_TEXT = 128
_EXTENSION = re.compile(r"\s*(?:;ext=|ext\.?|x|#)\s*([0-9]{1,7})\s*$", re.IGNORECASE)
_URI_SCHEME = re.compile(r"^(?:tel|sip|sips|callto):", re.IGNORECASE)

DEFAULT_LAST_DIGITS = 8


class MatchRank(enum.IntEnum):
    EXACT = 0
    NATIONAL = 1
    LAST_DIGITS = 2
    #: A directory searched by the full number found it, but none of the numbers it gave matches
    #: (directories often return only a preferred number): trusted, ranked last.
    DIRECTORY = 3


@dataclass(frozen=True, slots=True)
class NumberKeys:
    """The forms of one phone number that matching compares."""

    raw: str
    digits: str = ""  # ASCII digits only ("" when the text is not a number at all)
    e164: str = ""  # "+4681234567", "" when not a possible public number
    national: str = ""  # national significant number, or the digits when it cannot be parsed
    last: str = ""  # the last N digits, "" for numbers shorter than N

    @property
    def is_number(self) -> bool:
        return bool(self.digits)


def _strip_number_text(text: str) -> tuple[str, str]:
    """(the number part, the extension) of ``text``; removes a ``tel:``/``sip:`` scheme and a SIP host."""
    text = (text or "").strip()
    text = _URI_SCHEME.sub("", text)
    if "@" in text:  # sip:+4681234567@pbx.example
        text = text.split("@", 1)[0]
    if ";" in text and not text.lower().split(";", 1)[1].startswith("ext="):
        text = text.split(";", 1)[0]  # tel:+46…;phone-context=…
    ext = ""
    m = _EXTENSION.search(text)
    if m and _DIALLABLE.match(text[: m.start()] or "x"):
        ext = m.group(1)
        text = text[: m.start()]
    return text.strip(), ext


def number_keys(number: str, region: str = "SE", last_digits: int = DEFAULT_LAST_DIGITS) -> NumberKeys:
    """The matching keys of ``number`` as dialled in ``region`` (an ISO 3166 code such as ``"SE"``)."""
    import phonenumbers  # on first use: start-up shows the window without it
    if last_digits not in (7, 8):
        raise ValueError("last_digits must be 7 or 8")
    raw = number if isinstance(number, str) else ""
    if len(raw) > MAX_NUMBER_TEXT:
        return NumberKeys(raw)
    text, _ext = _strip_number_text(raw)
    if not text or not _DIALLABLE.match(text):
        return NumberKeys(raw)
    digits = "".join(ch for ch in text if "0" <= ch <= "9")
    e164 = ""
    national = digits
    try:
        parsed = phonenumbers.parse(text, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        national = phonenumbers.national_significant_number(parsed)
    last = national[-last_digits:] if len(national) >= last_digits else ""
    return NumberKeys(raw, digits, e164, national, last)


def e164_or_none(number: str, region: str = "SE") -> str | None:
    """The E.164 form of ``number``, or None when it is not a possible public number."""
    return number_keys(number, region).e164 or None


def search_query(number: str, region: str = "SE") -> str:
    """What to ask a directory for: the E.164 form when there is one, else the number's digits."""
    keys = number_keys(number, region)
    if keys.e164:
        return keys.e164
    return keys.digits


def compare(caller: NumberKeys, other: NumberKeys) -> MatchRank | None:
    """How well two numbers match, or None."""
    if not caller.is_number or not other.is_number:
        return None
    if caller.e164 and other.e164:
        if caller.e164 == other.e164:
            return MatchRank.EXACT
    elif not caller.e164 and not other.e164 and caller.digits == other.digits:
        return MatchRank.EXACT  # two extensions / short numbers
    if caller.national and caller.national == other.national and len(caller.national) >= 4:
        return MatchRank.NATIONAL
    if caller.last and caller.last == other.last:
        return MatchRank.LAST_DIGITS
    return None


def contact_numbers(contact: Contact) -> tuple[str, ...]:
    numbers = list(contact.numbers)
    if contact.preferred_number and contact.preferred_number not in numbers:
        numbers.insert(0, contact.preferred_number)
    return tuple(n for n in numbers if n)


@dataclass(frozen=True, slots=True)
class Match:
    contact: Contact
    rank: MatchRank
    number: str  # which of the contact's numbers matched ("" for DIRECTORY)

    @property
    def key(self) -> tuple[str, str]:
        return (self.number, " ".join(self.contact.display_name.casefold().split()))


def rank_contacts(
    number: str,
    contacts: Iterable[Contact],
    region: str = "SE",
    *,
    last_digits: int = DEFAULT_LAST_DIGITS,
    trust_unmatched: bool = False,
) -> list[Match]:
    """Every contact matching ``number``, best first (stable within a rank), de-duplicated.

    Two contacts are the same when they matched the same normalised number and have the same name
    (the same person found in two directories); the better-ranked one, or the first, is kept.
    ``trust_unmatched`` keeps contacts none of whose numbers match at the lowest rank (for the
    results of a directory search by the caller's full number, which matched on a number it did not
    return).
    """
    caller = number_keys(number, region, last_digits)
    if not caller.is_number:
        return []
    found: list[Match] = []
    for contact in contacts:
        best: tuple[MatchRank, str] | None = None
        numbers = contact_numbers(contact)
        for n in numbers:
            keys = number_keys(n, region, last_digits)
            rank = compare(caller, keys)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, keys.e164 or keys.digits)
        if best is not None:
            found.append(Match(contact, best[0], best[1]))
        elif trust_unmatched:
            found.append(Match(contact, MatchRank.DIRECTORY, ""))
    found.sort(key=lambda m: m.rank)  # stable: keeps the sources' order within a rank
    seen: set[tuple[str, str]] = set()
    unique: list[Match] = []
    for m in found:
        if m.key in seen:
            continue
        seen.add(m.key)
        unique.append(m)
    return unique


def match_contacts(number: str, contacts: Iterable[Contact], region: str = "SE", *, last_digits: int = DEFAULT_LAST_DIGITS) -> list[Contact]:
    """The contacts whose numbers match ``number``: exact E.164 before national before last digits."""
    return [m.contact for m in rank_contacts(number, contacts, region, last_digits=last_digits)]


# ------------------------------------------------------------------------------------- results
@dataclass(frozen=True, slots=True)
class LookupResult:
    """What the directories said about a number so far."""

    number: str
    matches: tuple[Match, ...] = ()
    answered: int = 0  # sources that answered (with or without results)
    total: int = 0
    errors: tuple[str, ...] = ()  # one message in words per failed source
    timed_out: int = 0
    complete: bool = False  # every source answered, failed, or the timeout passed

    @property
    def contacts(self) -> list[Contact]:
        return [m.contact for m in self.matches]

    @property
    def pending(self) -> int:
        return self.total - self.answered - len(self.errors) - self.timed_out


def source_name(directory: object) -> str:
    return str(getattr(directory, "name", "") or type(directory).__name__)
