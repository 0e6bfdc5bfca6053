"""The simulated organisation's contact directory: people, companies and phone numbers.

Everything is generated deterministically from a seed with :class:`random.Random`, with cheap loops
so that ``size=100_000`` builds in well under a second. Entries are sorted by (last name, first name)
once at build time; :meth:`Directory.search` then walks the precomputed lowercase search keys in that
order and stops at ``max_results``, so results come out alphabetically (as the vendor documents) and a
search costs at most one pass of substring tests.

Numbers are valid E.164: Swedish fixed lines (Stockholm ``+468``, Gothenburg ``+4631``, Malmö
``+4640``), Swedish mobiles (``+4670/72/73/76``), and a few UK/German fixed numbers. Every number in
the directory is unique, and none collides with the organisation's own number range ``+46850…``.

Search semantics (decided here, the vendor text says "contacts where any word in a searchable field
starts with the stated query"): the query is split into words; every query word must be the prefix
of some word of the entry (first name, last name, company, e-mail) — or, for a query of digits
(``+``, spaces and dashes ignored), a substring of one of its numbers.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

FIRST_NAMES = (
    "Alice Anna Astrid Axel Beatrice Björn Carl Cecilia Daniel David Ebba Elin Elias Emil Emma Erik "
    "Felix Filip Frida Gustav Hanna Hugo Ida Isak Jakob Johanna Jonas Julia Karin Klara Lars Leo "
    "Linnea Lisa Lucas Maja Malin Maria Marcus Martin Matilda Moa Nils Nora Olivia Oscar Per Petra "
    "Rasmus Rebecka Sara Sofia Stina Theo Tove Ulf Vera Viktor Wilma Zara Ahmed Fatima Mohammed "
    "Leila Omar Yasmin Chen Wei Priya Raj Sean Siobhan Pierre Amélie Jürgen Katarzyna Mateusz"
).split()

LAST_NAMES = (
    "Andersson Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson "
    "Pettersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Magnusson Olofsson "
    "Lindström Lindqvist Lindgren Berg Axelsson Bergström Lundberg Lind Lundgren Lundqvist Mattsson "
    "Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund Danielsson "
    "Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist "
    "Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson "
    "Lundström Ali Mohamed Khan Nguyen Smith Müller Kowalski O'Brien Dubois García"
).split()

COMPANY_STEMS = (
    "Nordic Baltic Scandi Vasa Göta Svea Öresund Fjäll Skärgård Norrland Mälar Kust Polar Viking "
    "Granit Ekhagen Björkdal Lindholm Solberg Stjärn Havs Berg Dal Sjö Skog Älv"
).split()
COMPANY_KINDS = (
    "Logistik Bygg Konsult Data Energi Finans Försäkring Media Design Transport Fastigheter Hälsa "
    "Tandvård Revision Juridik Verkstad Livs Trafik Telekom Systems Solutions Partners"
).split()
COMPANY_FORMS = ("AB", "AB", "AB", "HB", "Group", "& Co")

_EMAIL_TRANSLATE = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "'": "", " ": ""})


@dataclass(slots=True)
class DirectoryEntry:
    """One external person in the directory."""

    cid: str
    firstname: str
    lastname: str
    company: str
    number: str
    mobile: str | None
    email: str
    key: str = field(default="", repr=False)  # " word word …" lowercase, for prefix search
    digits: str = field(default="", repr=False)  # "|4681234567|46701234567|", for number search

    @property
    def display_name(self) -> str:
        return f"{self.firstname} {self.lastname}"


def _fixed_number(r) -> str:
    x = r()
    if x < 0.55:
        return "+468" + str(2_000_000 + int(r() * 7_999_999))  # Stockholm, 7 digits (never 50…)
    if x < 0.7:
        return "+4631" + str(100_000 + int(r() * 899_999))
    if x < 0.82:
        return "+4640" + str(100_000 + int(r() * 899_999))
    if x < 0.92:
        return "+44207946" + str(1000 + int(r() * 8999))  # UK, London
    return "+4930" + str(10_000_000 + int(r() * 89_999_999))  # Germany, Berlin


def _mobile_number(r) -> str:
    return "+467" + "0236"[int(r() * 4)] + str(1_000_000 + int(r() * 8_999_999))


def normalise_digits(text: str) -> str:
    """Digits of a dialled or searched number (``+``, spaces, dashes, brackets dropped)."""
    return "".join(ch for ch in text if ch.isdigit())


class Directory:
    """A deterministic directory of ``size`` external contacts."""

    def __init__(self, seed: int | None = None, size: int = 300) -> None:
        rng = random.Random(f"directory:{seed}")
        companies = [
            f"{rng.choice(COMPANY_STEMS)}{rng.choice(COMPANY_KINDS).lower() if rng.random() < 0.3 else ' ' + rng.choice(COMPANY_KINDS)} {rng.choice(COMPANY_FORMS)}"
            for _ in range(max(10, size // 8))
        ]
        used: set[str] = set()
        entries: list[DirectoryEntry] = []
        fixed, mobile, r = _fixed_number, _mobile_number, rng.random
        nf, nl, nc = len(FIRST_NAMES), len(LAST_NAMES), len(companies)
        for i in range(size):
            first = FIRST_NAMES[int(r() * nf)]
            last = LAST_NAMES[int(r() * nl)]
            company = companies[int(r() * nc)]
            number = fixed(r) if r() < 0.6 else mobile(r)
            while number in used:
                number = fixed(r) if r() < 0.6 else mobile(r)
            used.add(number)
            mob = None
            if r() < 0.5:
                mob = mobile(r)
                while mob in used:
                    mob = mobile(r)
                used.add(mob)
            dom = company.split()[0].lower().translate(_EMAIL_TRANSLATE)
            email = f"{first.lower()}.{last.lower()}@{dom}.se".translate(_EMAIL_TRANSLATE)
            entries.append(DirectoryEntry(f"dir-{i:06d}", first, last, company, number, mob, email))
        entries.sort(key=lambda e: (e.lastname, e.firstname, e.cid))
        for e in entries:
            e.key = " " + " ".join((e.firstname, e.lastname, e.company, e.email)).lower().replace("-", " ")
            e.digits = "|" + e.number[1:] + "|" + (e.mobile[1:] + "|" if e.mobile else "")
        self.entries = entries
        self.by_cid = {e.cid: e for e in entries}
        self.by_number: dict[str, DirectoryEntry] = {}
        for e in entries:
            self.by_number[e.number] = e
            if e.mobile:
                self.by_number[e.mobile] = e

    def __len__(self) -> int:
        return len(self.entries)

    def lookup_number(self, number: str) -> DirectoryEntry | None:
        return self.by_number.get(number)

    def search(self, query: str, max_results: int = 25) -> list[DirectoryEntry]:
        """Entries matching ``query`` (see the module docstring), alphabetical, at most ``max_results``."""
        words = [" " + w for w in query.lower().replace("-", " ").split() if w]
        if not words or max_results <= 0:
            return []
        digits = normalise_digits(query)
        numeric = digits and all(ch.isdigit() or ch in "+ -()" for ch in query)
        out: list[DirectoryEntry] = []
        if numeric:
            for e in self.entries:
                if digits in e.digits:
                    out.append(e)
                    if len(out) >= max_results:
                        break
            return out
        for e in self.entries:
            key = e.key
            for w in words:
                if w not in key:
                    break
            else:
                out.append(e)
                if len(out) >= max_results:
                    break
        return out
