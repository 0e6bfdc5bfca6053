"""Logging: one logger per module under ``cti_desktop``, secrets redacted everywhere.

The redacting filter masks bearer tickets, ``t=``/``ticket=``/``key=`` query values, cookies, API-key
headers and passwords in every record that reaches our handlers (PITFALLS 22); httpx and httpcore
log at WARNING so request URLs with query strings are not written at all.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)(bearer|basic)\s+[A-Za-z0-9._~+/=\-]+"), r"\1 ***"),
    (re.compile(r"(?i)([?&](?:t|ticket|token|key|api_key|apikey|password|session)=)[^&\s'\"]+"), r"\1***"),
    # Header names in "Name: value", "name=value", {'Name': 'value'} and {"Name": "value"} forms.
    (re.compile(r"(?i)((?:cookie|set-cookie|voverc-auth|x-api-key|x-webhook-secret|authorization)['\"]?\s*[:=]\s*['\"]?)"
                r"[^\r\n,;'\"]+"), r"\1***"),
    (re.compile(r"(?i)(\"?(?:password|ticket|token|apiKey|api_key|secret)\"?\s*[:=]\s*\"?)[^\"\s,}]+"), r"\1***"),
    (re.compile(r"(?i)(https?://)[^/\s:@]+:[^/\s@]+@"), r"\1***@"),
)


def redact(text: str) -> str:
    for pattern, repl in _PATTERNS:
        text = pattern.sub(repl, text)
    return text


class RedactingFilter(logging.Filter):
    """Masks secrets in the formatted message (and drops args so nothing unmasked survives)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is still logged, masked
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def configure_logging(level: int = logging.INFO, *, log_file: Path | None = None, stream=None) -> None:
    """Route the ``cti_desktop`` loggers to stderr (or ``stream``) and optionally a rotating file."""
    root = logging.getLogger("cti_desktop")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_cti_desktop", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handlers: list[logging.Handler] = [logging.StreamHandler(stream)]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"))
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        handler._cti_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "uvicorn", "uvicorn.error", "uvicorn.access", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
