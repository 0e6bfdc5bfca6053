"""The checks every parser of this folder shares: for any input, a value of the documented type or
the parser's own refusal, nothing else.

A parser family is a table ``{parse: type}`` plus its refusal type (and, for Dstny, the one message
every refusal carries). ``reader_properties`` makes the two properties such a table always has
("any decoded value" and "any body"); ``byte_properties`` makes the three a bytes-taking reader has
("any bytes", "any JSON body", "mutated samples"). A module binds what they return to ``test_*``
names, so pytest collects them there.
"""

from __future__ import annotations

from typing import Any, Callable

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.providers.dstny import wire as dstny_wire
from hostile import BOUNDED, json_bytes, mutated_bytes

Check = Callable[[Any], None]


def read_or_refuse(parse: Callable[[Any], Any], value: object, kind: type | tuple[type, ...] = object, *,
                   refusal: type[Exception], message: str | None = None, check: Check | None = None) -> Any:
    """``parse(value)`` is a ``kind`` (returned, after ``check`` looked at it) or raises ``refusal``
    (``None`` returned), whose message is ``message`` when one is given. Any other exception fails."""
    try:
        result = parse(value)
    except refusal as exc:
        if message is not None:
            assert exc.message == message, f"{parse.__qualname__} refused with {exc.message!r}"
        return None
    assert isinstance(result, kind), f"{parse.__qualname__} returned {type(result).__name__}"
    if check is not None:
        check(result)
    return result


def dstny_read(parse: Callable[[Any], Any], value: object, kind: type | tuple[type, ...] = object, *,
               check: Check | None = None) -> Any:
    """``read_or_refuse`` for a Dstny reader: its refusal is ``MalformedResponse`` saying ``UNREADABLE``."""
    return read_or_refuse(parse, value, kind, refusal=dstny_wire.MalformedResponse, message=dstny_wire.UNREADABLE,
                          check=check)


def decode_then(decode: Callable[[bytes], Any], refusal: type[Exception], body: bytes, then: Check) -> None:
    """A body the decoder refuses (with its refusal) ends here; a decoded one goes on to ``then``."""
    try:
        value = decode(body)
    except refusal:
        return
    then(value)


class ReaderFamily:
    """Readers that take a decoded value: ``readers`` maps each to the type it returns."""

    def __init__(self, readers: dict[Callable, type | tuple[type, ...]], refusal: type[Exception], *,
                 decode: Callable[[bytes], Any], message: str | None = None, check: Check | None = None):
        self.readers, self.refusal, self.decode, self.message, self.check = readers, refusal, decode, message, check
        self.parsers = st.sampled_from(sorted(readers, key=lambda f: f.__qualname__))

    def read(self, parse: Callable, value: object) -> Any:
        return read_or_refuse(parse, value, self.readers[parse], refusal=self.refusal, message=self.message,
                              check=self.check)


def reader_properties(family: ReaderFamily, *, values: st.SearchStrategy, bodies: st.SearchStrategy):
    """``(test_any_decoded_value, test_any_body)`` for ``family``: every reader, given any of
    ``values``, or any of ``bodies`` through the family's decoder, reads or refuses."""

    @BOUNDED
    @given(parse=family.parsers, value=values)
    def test_any_decoded_value(parse, value):
        family.read(parse, value)

    @BOUNDED
    @given(parse=family.parsers, body=bodies)
    def test_any_body(parse, body):
        decode_then(family.decode, family.refusal, body, lambda value: family.read(parse, value))

    return test_any_decoded_value, test_any_body


def value_properties(check: Check, values: st.SearchStrategy):
    """``(test_any_decoded_value, test_any_body)`` for one Dstny reader behind ``check`` (which reads
    a decoded value and asserts what came out, or its refusal): any of ``values``, and any Dstny
    JSON body the Dstny decoder reads."""

    @BOUNDED
    @given(value=values)
    def test_any_decoded_value(value):
        check(value)

    @BOUNDED
    @given(body=json_bytes("dstny"))
    def test_any_body(body):
        decode_then(dstny_wire.parse_json, dstny_wire.MalformedResponse, body, check)

    return test_any_decoded_value, test_any_body


def byte_properties(check: Check, seeds: tuple[bytes, ...], vendor: str = "dstny"):
    """``(test_any_bytes, test_any_json_body, test_mutated_reference_samples)``: ``check`` (which
    reads one input and asserts what came out, or its refusal) over random bytes, the vendor's JSON
    bodies, and byte-level mutations of the reference ``seeds``."""

    @BOUNDED
    @given(data=st.binary(max_size=300))
    def test_any_bytes(data):
        check(data)

    @BOUNDED
    @given(data=json_bytes(vendor))
    def test_any_json_body(data):
        check(data)

    @BOUNDED
    @given(data=mutated_bytes(list(seeds)))
    def test_mutated_reference_samples(data):
        check(data)

    return test_any_bytes, test_any_json_body, test_mutated_reference_samples
