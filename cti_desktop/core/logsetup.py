"""Logging: one logger per module under ``cti_desktop``, secrets redacted everywhere.

The redacting filter masks bearer tickets, ``t=``/``ticket=``/``key=`` query values, cookies, API-key
headers and passwords in every record that reaches our handlers (PITFALLS 22); httpx and httpcore
log at WARNING so request URLs with query strings are not written at all.

With ``tracebacks=False`` (the headless commands' stderr) every record is one line: an exception
attached to it becomes ``(TypeName: message)`` at the end of the line instead of a traceback.
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


_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class OneLineFormatter(logging.Formatter):
    """Every record on one line; an exception is summed up as ``(TypeName: message)``, masked."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        summary = ""
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            summary = f" ({type(exc).__name__}: {exc})" if str(exc) else f" ({type(exc).__name__})"
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            text = super().format(record) + summary
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        return redact(" ".join(part.strip() for part in text.splitlines() if part.strip()))


def configure_logging(level: int = logging.INFO, *, log_file: Path | None = None, stream=None,
                      tracebacks: bool = True) -> None:
    """Route the ``cti_desktop`` loggers to stderr (or ``stream``) and optionally a rotating file.

    ``tracebacks=False`` makes the stream's records one line each (the file keeps tracebacks).
    """
    root = logging.getLogger("cti_desktop")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_cti_desktop", False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(_FORMAT)
    console = logging.StreamHandler(stream)
    console.setFormatter(formatter if tracebacks else OneLineFormatter(_FORMAT))
    handlers: list[logging.Handler] = [console]
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(log_file, maxBytes=2_000_000, backupCount=3, encoding="utf-8"))
    for handler in handlers[1:]:
        handler.setFormatter(formatter)
    for handler in handlers:
        handler.addFilter(RedactingFilter())
        handler._cti_desktop = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    for noisy in ("httpx", "httpcore", "uvicorn", "uvicorn.error", "uvicorn.access", "keyring"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
