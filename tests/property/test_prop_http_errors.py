"""Error answers: any status, Retry-After and body → a user-facing error, never an exception."""

from __future__ import annotations

import httpx
from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.errors import ServerUnavailable, UserFacingError
from cti_desktop.providers.dstny import errors as dstny_errors
from cti_desktop.providers.telavox import errors as telavox_errors
from hostile import BOUNDED, hostile_text, json_bytes


@BOUNDED
@given(
    status=st.integers(min_value=100, max_value=999),
    retry_after=st.one_of(hostile_text.map(lambda t: t.encode("utf-8", "surrogatepass")), st.binary(max_size=40)),
    body=st.one_of(json_bytes("dstny"), json_bytes("telavox")),
    json_type=st.booleans(),
)
def test_error_from_response(status, retry_after, body, json_type):
    headers = [(b"Retry-After", retry_after.replace(b"\r", b"").replace(b"\n", b"")),
               (b"Content-Type", b"application/json" if json_type else b"text/html")]
    response = httpx.Response(status, headers=headers, content=body)
    for make in (dstny_errors.error_from_response, telavox_errors.error_from_response):
        error = make(response, feature="Hold")
        assert isinstance(error, UserFacingError) and error.message
        assert error.detail is None or (isinstance(error.detail, str) and len(error.detail) <= 300)
        if isinstance(error, ServerUnavailable) and error.retry_after is not None:
            assert 0 <= error.retry_after <= 3600
