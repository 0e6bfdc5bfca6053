"""Voxloud's webhooks on the desktop: the receiver, the body reader and the call-state tracker.

The parts live by responsibility in their own modules; every name stays importable from here:

* :mod:`.receiver` — :class:`WebhookReceiver`, the strict local HTTP server (rate limit, path
  secret, Host and browser checks, body cap, bounded refusal log);
* :mod:`.webhook_body` — :func:`parse_webhook_body`: any bytes and any content type → a
  :class:`~.wire.WebhookEvent` or a :class:`WebhookRefused` (:class:`WebhookBodyError` 400,
  :class:`WebhookMediaTypeError` 415);
* :mod:`.call_tracker` — :class:`WebhookCallTracker`: the real-time call events → the call store,
  for my calls only (``userExtension`` / ``userEmail``).
"""

from __future__ import annotations

from .call_tracker import WebhookCallTracker, call_from_event
from .receiver import (
    DEFAULT_HOST,
    DEFAULT_PORT,
    MAX_BODY,
    SECRET_HEADER,
    WebhookReceiver,
    WebhookReceiverError,
    _RefusalLog,
    _share_of,
    _split_host,
    _TokenBuckets,
    new_webhook_secret,
)
from .webhook_body import WebhookBodyError, WebhookMediaTypeError, WebhookRefused, parse_webhook_body

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "MAX_BODY",
    "SECRET_HEADER",
    "WebhookBodyError",
    "WebhookCallTracker",
    "WebhookMediaTypeError",
    "WebhookReceiver",
    "WebhookReceiverError",
    "WebhookRefused",
    "_RefusalLog",
    "_TokenBuckets",
    "_share_of",
    "_split_host",
    "call_from_event",
    "new_webhook_secret",
    "parse_webhook_body",
]
