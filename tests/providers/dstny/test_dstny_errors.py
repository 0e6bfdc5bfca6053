"""HTTP answers and transport failures → user-facing errors (pure functions over real responses)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import httpx
import pytest

from cti_desktop.core.errors import (
    AuthExpired,
    BadRequest,
    NotFound,
    ScopeMissing,
    ServerUnavailable,
    StaleState,
)
from cti_desktop.providers.dstny.errors import error_from_response, error_from_transport, retry_after_seconds
from cti_desktop.providers.dstny.wire import parse_error_body

SECRET_URL = "https://pbx.example/api/tickets/demo.example/agent1?t=DSECRETTICKET&name=x"
ERROR_BODY = {
    "field": [{"fieldName": "user", "code": "user.does.not.exist", "description": "No such user", "name": "a@b"}],
    "warning": [{"fieldName": "x", "code": "warn.code", "description": "A warning"}],
    "generated-id": "abc",
}


def response(status: int, body: object = None, *, headers: dict[str, str] | None = None, raw: bytes | None = None):
    content = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    request = httpx.Request("POST", SECRET_URL, headers={"Authorization": "Bearer 2343.SECRET"})
    return httpx.Response(status, content=content, headers=headers or {"Content-Type": "application/json"}, request=request)


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (401, AuthExpired),
        (403, ScopeMissing),
        (404, NotFound),
        (409, StaleState),
        (400, BadRequest),
        (422, BadRequest),
        (405, BadRequest),
        (418, BadRequest),
        (429, ServerUnavailable),
        (500, ServerUnavailable),
        (502, ServerUnavailable),
        (503, ServerUnavailable),
        (302, ServerUnavailable),
    ],
)
def test_status_mapping(status, kind):
    error = error_from_response(response(status, ERROR_BODY), feature="Hold", scope="CALL_CONTROL")
    assert type(error) is kind
    text = str(error)
    assert "SECRET" not in text and "t=" not in text and "pbx.example" not in text


def test_403_names_the_feature_and_scope():
    error = error_from_response(response(403), feature="Queue statistics", scope="QUEUE_STATISTICS")
    assert isinstance(error, ScopeMissing)
    assert str(error) == "Queue statistics is not available with this account: the ticket lacks the QUEUE_STATISTICS scope"
    assert "Presence" in str(error_from_response(response(403), feature="Presence"))


def test_bad_request_carries_the_first_description():
    error = error_from_response(response(400, ERROR_BODY), feature="Transfer")
    assert error.detail == "No such user"
    assert "No such user" in str(error)


def test_code_when_there_is_no_description_and_warnings_as_fallback():
    body = {"field": [{"fieldName": "destination", "code": "destination.invalid"}]}
    assert error_from_response(response(422, body), feature="Transfer").detail == "destination.invalid"
    warn_only = {"field": [], "warning": [{"code": "w1", "description": "Only a warning"}]}
    assert error_from_response(response(400, warn_only), feature="X").detail == "Only a warning"


@pytest.mark.parametrize(
    "raw",
    [b"", b"<html><body>Proxy error</body></html>", b"[1,2]", b'{"field":"oops"}', b'{"field":[1,"a",null]}', b"\xff\xfe"],
)
def test_unreadable_error_bodies_give_no_detail(raw):
    error = error_from_response(response(400, raw=raw, headers={"Content-Type": "text/html"}), feature="Hold")
    assert isinstance(error, BadRequest)
    assert error.detail is None
    assert "html" not in str(error).lower()


def test_retry_after_seconds_and_http_date():
    assert error_from_response(response(429, headers={"Retry-After": "7"}), feature="X").retry_after == 7.0
    assert error_from_response(response(503, headers={"Retry-After": "99999"}), feature="X").retry_after == 3600.0
    assert error_from_response(response(503), feature="X").retry_after is None
    assert error_from_response(response(503, headers={"Retry-After": "soon"}), feature="X").retry_after is None
    now = datetime(2025, 1, 1, tzinfo=timezone.utc)
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30.0
    assert retry_after_seconds(format_datetime(now - timedelta(seconds=30), usegmt=True), now=now) == 0.0
    assert retry_after_seconds("-5") is None


def test_parse_error_body_never_raises():
    assert parse_error_body(json.dumps(ERROR_BODY).encode()) == "No such user"
    assert parse_error_body({"field": {"description": "one"}}) == "one"
    assert parse_error_body(None) is None
    assert parse_error_body("{") is None
    assert parse_error_body({"description": "x" * 1000}) == "x" * 300


def _request():
    return httpx.Request("POST", SECRET_URL)


@pytest.mark.parametrize(
    ("exc", "words", "may_have_run"),
    [
        (httpx.ConnectTimeout("t", request=_request()), "could not be reached", False),
        (httpx.ReadTimeout("t", request=_request()), "did not answer in time", True),
        (httpx.WriteTimeout("t", request=_request()), "did not answer in time", True),
        (httpx.PoolTimeout("t", request=_request()), "did not answer in time", True),
        (httpx.ConnectError("[Errno 111] " + SECRET_URL, request=_request()), "Could not connect", False),
        (httpx.RemoteProtocolError("peer closed", request=_request()), "connection to the server was lost", True),
        (httpx.ReadError("reset", request=_request()), "connection to the server was lost", True),
        (httpx.ProxyError("407", request=_request()), "proxy", False),
        (httpx.UnsupportedProtocol("ftp://", request=_request()), "not a valid http", False),
        (httpx.DecodingError("bad gzip", request=_request()), "Could not talk", True),
    ],
)
def test_transport_errors_in_plain_words(exc, words, may_have_run):
    error = error_from_transport(exc)
    assert isinstance(error, ServerUnavailable)
    assert words in str(error)
    assert "SECRET" not in str(error) and "http" not in str(error).replace("http(s)", "")
    command_error = error_from_transport(exc, feature="Hold", command=True)
    assert str(command_error).startswith("Hold: ")
    assert ("may still have been carried out" in str(command_error)) == may_have_run
