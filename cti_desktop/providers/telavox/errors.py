"""HTTP answers and transport failures of the Telavox APIs → the app's user-facing errors.

Messages are plain words for the person. They never contain a password, token, cookie, URL or query
string (an SMS text travels in the query), or any part of a body other than the server's own short
``message``/``error``/``description``.

:func:`parse_error_body` never raises, for any body at all; :func:`error_from_response` always returns
a :class:`~cti_desktop.core.errors.UserFacingError` (an unreadable ``Retry-After`` is no value).
"""

from __future__ import annotations

import json

import httpx

from ...core.errors import ServerUnavailable, UserFacingError
from ...core.translated_words import TranslatedWords
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..wire_common import to_str
from ..http_errors import (
    MAX_RETRY_AFTER,
    error_for_status,
    response_detail,
    retry_after_seconds,
    transport_failure,
    with_feature,
)

__all__ = ["MAX_RETRY_AFTER", "error_from_response", "error_from_transport", "parse_error_body", "retry_after_seconds"]

_WORD_SOURCES = {
    "signed_out": QT_TRANSLATE_NOOP("TelavoxErrors", "Telavox no longer accepts this sign-in; please sign in again"),
    "forbidden": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature} is not available with this Telavox account or token"),
    "not_found": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: Telavox does not know this item (it may have ended or been removed)"),
    "conflict": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: the state changed on the server; check it and try again"),
    "rejected": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: Telavox refused the request"),
    "busy": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: Telavox asks us to slow down; trying again shortly"),
    "server": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: the Telavox server had a problem (HTTP {status})"),
    "refused": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: Telavox refused the request (HTTP {status})"),
    "unexpected": QT_TRANSLATE_NOOP("TelavoxErrors", "{feature}: Telavox gave an unexpected answer (HTTP {status})"),
}

_TRANSPORT_SOURCES = {
    "connect_timeout": QT_TRANSLATE_NOOP("TelavoxErrors", "Telavox could not be reached in time"),
    "timeout": QT_TRANSLATE_NOOP("TelavoxErrors", "Telavox did not answer in time"),
    "connect": QT_TRANSLATE_NOOP("TelavoxErrors", "Could not connect to Telavox (check the network and the server address)"),
    "lost": QT_TRANSLATE_NOOP("TelavoxErrors", "The connection to Telavox was lost"),
    "proxy": QT_TRANSLATE_NOOP("TelavoxErrors", "The proxy refused the connection to Telavox"),
    "address": QT_TRANSLATE_NOOP("TelavoxErrors", "The Telavox server address is not a valid http(s) address"),
    "other": QT_TRANSLATE_NOOP("TelavoxErrors", "Could not talk to Telavox"),
}


#: The words, read in the agent's language when an error is made.
_WORDS = TranslatedWords("TelavoxErrors", _WORD_SOURCES)
_TRANSPORT_WORDS = TranslatedWords("TelavoxErrors", _TRANSPORT_SOURCES)


def parse_error_body(value: bytes | str | object) -> str | None:
    """The server's own short words from a JSON error body (``message``, ``error``, ``description``)."""
    if isinstance(value, (bytes, bytearray, str)):
        try:
            value = json.loads(value)
        except (ValueError, UnicodeError, RecursionError):
            return None
    if not isinstance(value, dict):
        return None
    for key in ("message", "error_description", "description", "error", "detail"):
        text = value.get(key)
        if isinstance(text, str) and text.strip():
            return to_str(text)[:300]  # to_str: a lone surrogate becomes U+FFFD (the words are logged)
    return None


def error_from_response(response: httpx.Response, *, feature: str) -> UserFacingError:
    """The error to raise for a non-success ``response`` of a request made for ``feature``."""
    detail = response_detail(response, parse_error_body, json_only=True)
    return error_for_status(response, words=_WORDS, detail=detail, feature=feature)


def error_from_transport(exc: BaseException, *, feature: str | None = None, command: bool = False) -> ServerUnavailable:
    """A transport failure in plain words; ``command=True`` warns that it may have been carried out."""
    kind, may_have_run = transport_failure(exc)
    text = with_feature(feature, _TRANSPORT_WORDS[kind], proper_noun="Telavox")
    if command and may_have_run:
        text += translate("TelavoxErrors", "; the command may still have been carried out, so check your calls before trying again")
    return ServerUnavailable(text)
