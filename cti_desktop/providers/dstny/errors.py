"""HTTP answers and transport failures of the Dstny Core API → the app's user-facing errors.

Messages are plain words for the person. They never contain a ticket, a URL or its query string,
or any part of a body other than the server's own ``description``/``code``.

:func:`error_from_response` always returns a :class:`~cti_desktop.core.errors.UserFacingError`, for any
body and headers at all (the body is read by :func:`~.wire.parse_error_body`, which never raises; an
unreadable ``Retry-After`` is no value).
"""

from __future__ import annotations

import httpx

from ...core.errors import ServerUnavailable, UserFacingError
from ...core.translated_words import TranslatedWords
from ...i18n import QT_TRANSLATE_NOOP, translate
from ..http_errors import (
    MAX_RETRY_AFTER,
    error_for_status,
    response_detail,
    retry_after_seconds,
    transport_failure,
    with_feature,
)
from .wire import parse_error_body

__all__ = ["MAX_RETRY_AFTER", "error_from_response", "error_from_transport", "retry_after_seconds"]

_WORD_SOURCES = {
    "signed_out": QT_TRANSLATE_NOOP("DstnyErrors", "The server no longer accepts this sign-in; please sign in again"),
    "forbidden": QT_TRANSLATE_NOOP("DstnyErrors", "{feature} is not available with this account"),
    "not_found": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server does not know this item (it may have ended or been removed)"),
    "conflict": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the call changed before the command arrived; check it and try again"),
    "rejected": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server refused the request"),
    "busy": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server is busy; try again shortly"),
    "server": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server had a problem (HTTP {status})"),
    "refused": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server refused the request (HTTP {status})"),
    "unexpected": QT_TRANSLATE_NOOP("DstnyErrors", "{feature}: the server gave an unexpected answer (HTTP {status})"),
}
_SCOPE_SOURCES = {
    **_WORD_SOURCES,
    "forbidden": QT_TRANSLATE_NOOP("DstnyErrors", "{feature} is not available with this account: the ticket lacks the {scope} scope"),
}

_TRANSPORT_SOURCES = {
    "connect_timeout": QT_TRANSLATE_NOOP("DstnyErrors", "The server could not be reached in time"),
    "timeout": QT_TRANSLATE_NOOP("DstnyErrors", "The server did not answer in time"),
    "connect": QT_TRANSLATE_NOOP("DstnyErrors", "Could not connect to the server (check the network and the server address)"),
    "lost": QT_TRANSLATE_NOOP("DstnyErrors", "The connection to the server was lost"),
    "proxy": QT_TRANSLATE_NOOP("DstnyErrors", "The proxy refused the connection to the server"),
    "address": QT_TRANSLATE_NOOP("DstnyErrors", "The server address is not a valid http(s) address"),
    "other": QT_TRANSLATE_NOOP("DstnyErrors", "Could not talk to the server"),
}


#: The words, read in the agent's language when an error is made.
_WORDS = TranslatedWords("DstnyErrors", _WORD_SOURCES)
_WORDS_WITH_SCOPE = TranslatedWords("DstnyErrors", _SCOPE_SOURCES)
_TRANSPORT_WORDS = TranslatedWords("DstnyErrors", _TRANSPORT_SOURCES)


def error_from_response(response: httpx.Response, *, feature: str, scope: str | None = None) -> UserFacingError:
    """The error to raise for a non-success ``response`` of a request made for ``feature``.

    ``feature`` names what the person tried ("Hold", "Queue statistics"); ``scope`` is the ticket
    scope the route needs (see :func:`~cti_desktop.providers.dstny.routes.scope_for`).
    """
    detail = response_detail(response, parse_error_body)
    words = _WORDS_WITH_SCOPE if scope else _WORDS
    return error_for_status(response, words=words, detail=detail, feature=feature, scope=scope)


def error_from_transport(exc: BaseException, *, feature: str | None = None, command: bool = False) -> ServerUnavailable:
    """A transport failure (timeout, refused connection, dropped connection) in plain words.

    ``command=True`` says the request changes something (a call-control command): after a timeout
    or a dropped connection it may have been carried out, and the person is told so (it is never
    re-sent automatically).
    """
    kind, may_have_run = transport_failure(exc)
    text = with_feature(feature, _TRANSPORT_WORDS[kind])
    if command and may_have_run:
        text += translate("DstnyErrors", "; the command may still have been carried out, so check the call before trying again")
    return ServerUnavailable(text)
