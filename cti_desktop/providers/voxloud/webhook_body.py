"""Reading a webhook request's body: any bytes and any ``Content-Type`` → an event or a refusal.

Voxloud's reference promises JSON bodies but no ``Content-Type`` (its examples are JSON objects; the
contract says "never trust a Content-Type the seed does not promise"), so the media type is not
trusted either way: a JSON body sent as ``application/json``, ``text/plain``, anything else or with
no content type at all is read. A ``charset`` parameter is honoured when Python knows the codec
(JSON in UTF-8, UTF-16 or UTF-32 is recognised by itself).

:func:`parse_webhook_body` returns a :class:`~.wire.WebhookEvent` or raises a :class:`WebhookRefused`
(the refusal type of the receiver, carrying the HTTP status answered to the sender and the reason
logged) — for any bytes and any content type, nothing else:

* :class:`WebhookBodyError` (400): the body is not JSON, or not an object with an event type;
* :class:`WebhookMediaTypeError` (415): the ``charset`` names no codec this app knows, or the body
  cannot be decoded with it.
"""

from __future__ import annotations

import codecs

from .wire import MalformedResponse, WebhookEvent, parse_json, parse_webhook_event

__all__ = ["WebhookBodyError", "WebhookMediaTypeError", "WebhookRefused", "parse_webhook_body"]


class WebhookRefused(Exception):
    """A request the receiver refuses: ``status`` is the HTTP status, ``reason`` the words logged."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


class WebhookBodyError(WebhookRefused):
    """The body is not a JSON webhook event (HTTP 400)."""

    def __init__(self, reason: str) -> None:
        super().__init__(400, reason)


class WebhookMediaTypeError(WebhookRefused):
    """The body's declared character set cannot be read (HTTP 415)."""

    def __init__(self, reason: str) -> None:
        super().__init__(415, reason)


def _charset(content_type: str | None) -> str:
    """The ``charset`` parameter of a ``Content-Type`` value, lower case; "" when there is none."""
    for part in (content_type or "").split(";")[1:]:
        name, _sep, value = part.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip('"').strip().lower()
    return ""


def _text(body: bytes, content_type: str | None) -> bytes | str:
    charset = _charset(content_type)
    if not charset or charset.replace("-", "").replace("_", "") in ("utf8", "usascii", "ascii", "utf16", "utf32"):
        return body  # json.loads recognises UTF-8/16/32 by itself
    if len(charset) > 40 or not charset.isascii():
        raise WebhookMediaTypeError("the body's charset is not one this app knows")
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        raise WebhookMediaTypeError(f"the body's charset {charset!r} is not one this app knows") from None
    if not getattr(codec, "_is_text_encoding", True):
        raise WebhookMediaTypeError(f"{charset!r} is not a character set")
    try:
        return body.decode(codec.name)
    except (UnicodeError, ValueError):
        raise WebhookMediaTypeError(f"the body is not text in its charset {charset!r}") from None


def parse_webhook_body(body: bytes, content_type: str | None = None) -> WebhookEvent:
    """A webhook request body as a :class:`WebhookEvent`, whatever its ``content_type`` says;
    a :class:`WebhookRefused` (:class:`WebhookBodyError` or :class:`WebhookMediaTypeError`) otherwise."""
    body = bytes(body)
    text = _text(body, content_type)
    try:
        payload = parse_json(text)
    except MalformedResponse:
        raise WebhookBodyError(f"body is not JSON ({len(body)} bytes)") from None
    try:
        event = parse_webhook_event(payload)
    except RecursionError:
        event = None
    if event is None:
        raise WebhookBodyError("JSON body is not a webhook event (no object with an event type)")
    return event
