"""Hypothesis strategies for hostile input: odd text, odd JSON values, mutated vendor payloads."""

from __future__ import annotations

import json

from hypothesis import settings
from hypothesis import strategies as st

import parser_corpus as corpus

#: Every property of this folder: bounded, no deadline (a 100,000-deep document takes a while).
BOUNDED = settings(max_examples=200, deadline=None)

odd_fragment = st.sampled_from(corpus.ODD_TEXT)
#: Text with odd pieces: surrogates, superscript and Arabic-Indic digits, NUL, BOM, huge numbers.
hostile_text = st.lists(
    st.one_of(st.text(st.characters(exclude_categories=()), max_size=8), odd_fragment), max_size=6
).map("".join)


def _keys(value: object, out: set[str]) -> set[str]:
    if isinstance(value, dict):
        for k, v in value.items():
            out.add(k)
            _keys(v, out)
    elif isinstance(value, list):
        for v in value:
            _keys(v, out)
    return out


def field_names(vendor: str) -> list[str]:
    """The field names the vendor's examples use (so generated objects hit the parsers' keys)."""
    return sorted(_keys(list(corpus.json_examples(vendor)), set()))


_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.sampled_from([10**400, -(10**400), 2**63, 253402300800000]),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
)


def json_values(vendor: str) -> st.SearchStrategy[object]:
    """Decoded-JSON-like values of any type, with the vendor's field names as keys."""
    keys = st.one_of(st.sampled_from(field_names(vendor)), hostile_text)
    return st.recursive(
        _leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=8),
        max_leaves=25,
    )


def replace_at(value: object, path: list[int], new: object) -> object:
    """``value`` with the node that ``path`` picks (indices, modulo the size, into each level's items)
    replaced by ``new``; the inputs are not changed."""
    if not path or not isinstance(value, (dict, list)) or not value:
        return new
    i, rest = path[0], path[1:]
    if isinstance(value, dict):
        key = list(value)[i % len(value)]
        return {**value, key: replace_at(value[key], rest, new)}
    copy = list(value)
    copy[i % len(copy)] = replace_at(copy[i % len(copy)], rest, new)
    return copy


def mutated(examples, values: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """One of ``examples`` with one node (at any depth) replaced by one of ``values``."""
    return st.builds(replace_at, st.sampled_from(tuple(examples)), st.lists(st.integers(0, 20), max_size=5), values)


def mutated_examples(vendor: str) -> st.SearchStrategy[object]:
    """A real example of the vendor with one node (at any depth) replaced by a hostile value."""
    return st.builds(
        replace_at,
        st.sampled_from(corpus.json_examples(vendor)),
        st.lists(st.integers(min_value=0, max_value=50), max_size=6),
        json_values(vendor),
    )


def _dumps(value: object) -> bytes:
    return json.dumps(value, allow_nan=True).encode("utf-8", "surrogatepass")


def deep(open_: bytes, close: bytes, inner: bytes = b"") -> st.SearchStrategy[bytes]:
    return st.sampled_from([10, 1000, 100_000]).map(lambda n: open_ * n + inner + close * n)


def json_bytes(vendor: str) -> st.SearchStrategy[bytes]:
    """Bodies: arbitrary bytes, mutated real payloads (as JSON and byte-mutated), deep nesting."""
    seeds = tuple(corpus.json_seeds(vendor))
    return st.one_of(
        st.binary(max_size=200),
        mutated_examples(vendor).map(_dumps),
        st.builds(corpus.mutate, st.randoms(use_true_random=False), st.just(seeds)),
        deep(b"[", b"]"),
        deep(b'{"a":', b"}", b"1"),
        st.sampled_from(corpus.ODD_JSON).map(lambda s: s.encode("utf-8", "surrogatepass")),
    )


def mutated_bytes(seeds: list[bytes] | tuple[bytes, ...]) -> st.SearchStrategy[bytes]:
    """Byte-level mutations of ``seeds`` (flips, odd tokens, odd numbers, splices, nesting) and random bytes."""
    return st.one_of(
        st.binary(max_size=300),
        st.sampled_from(tuple(seeds)),
        st.builds(corpus.mutate, st.randoms(use_true_random=False), st.just(tuple(seeds))),
    )
