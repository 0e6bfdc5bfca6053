"""A small, pure decoder for ``text/event-stream`` bodies (WHATWG HTML, "Server-sent events").

httpx-sse 0.4.3 hides comment lines (our heartbeats), does not strip a leading BOM, honours a
non-UTF-8 charset, has no cap on line length and accepts ``retry: -5`` / ``retry: 1_000``. This
decoder works on the raw bytes of the body instead and produces ``httpx_sse.ServerSentEvent``:

* the body is always UTF-8 (invalid sequences become U+FFFD); one leading BOM is dropped;
* lines end at CRLF, LF or CR (a CR at the end of one chunk and an LF at the start of the next
  are one line ending);
* a line longer than ``max_line_length`` characters raises :class:`SSELineTooLong`;
* ``retry:`` counts only when its value is ASCII digits only (any number of them: a value too long
  to matter is kept as "very long", never converted digit by digit);
* an ``id:`` containing NUL is ignored;
* a blank line dispatches only when a ``data`` field was seen since the last one: ``data:`` with
  nothing after it *is* an event, whose data is the empty string (the caller may ignore it); a blank
  line after only ``id:``/``event:``/comments dispatches nothing, but the id it carried is kept (it
  becomes :attr:`SSEDecoder.last_event_id`), as does its ``retry``;
* an event without an ``event:`` field has the type ``message``;
* the id buffer can start from the id a reconnect resumed with (``last_event_id=``), so events
  of the new connection without an ``id:`` keep it rather than reset it to empty;
* at the end of the body, an unterminated last line is not a line, and an event still being built is
  discarded (the spec says so).

:meth:`SSEDecoder.feed` never raises anything but :class:`SSELineTooLong`, whatever the bytes, and
how a body is cut into chunks never changes the events it yields.

Every line, comments included, counts in :attr:`SSEDecoder.lines_seen`: the caller uses that
(or simply the arrival of bytes) as a sign of life.
"""

from __future__ import annotations

import codecs
import re

from httpx_sse import ServerSentEvent

__all__ = ["DEFAULT_MAX_LINE_LENGTH", "SSEDecoder", "SSELineTooLong"]

#: One mebibyte of characters: far above any real event, far below memory trouble.
DEFAULT_MAX_LINE_LENGTH = 1 << 20
#: A ``retry:`` value with more digits than this is taken as this many nines (about 11.5 days in ms).
_MAX_RETRY_DIGITS = 9

_EOL = re.compile(r"\r\n|\r|\n")
_BOM = "\ufeff"


class SSELineTooLong(ValueError):
    """A line of the stream exceeded the cap: treat the connection as broken."""


class SSEDecoder:
    """Incremental decoder: feed it the body's bytes as they arrive, collect the events."""

    def __init__(self, *, max_line_length: int = DEFAULT_MAX_LINE_LENGTH, last_event_id: str = "") -> None:
        self._max = max_line_length
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._bom_checked = False
        self._pending_cr = False
        self._partial: list[str] = []
        self._partial_len = 0
        # Event being built.
        self._event = ""
        self._data: list[str] = []  # one entry per data field: empty means "no data field yet"
        # Starts from the id the caller resumed with, so a reconnect does not forget it.
        self._id_buffer = last_event_id
        self._retry_field: int | None = None
        #: The id of the last dispatched event (empty-data dispatches included).
        self.last_event_id = last_event_id
        #: The last valid ``retry:`` value received, in milliseconds, or ``None``.
        self.retry: int | None = None
        #: How many lines (comments and blank lines included) have been read.
        self.lines_seen = 0

    # -- bytes → lines ---------------------------------------------------------------------

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode a chunk of the body; return the events completed by it (non-empty data only)."""
        text = self._text.decode(chunk)
        return self._feed_text(text)

    def close(self) -> list[ServerSentEvent]:
        """The body ended: flush the decoder. Incomplete events are discarded, per the spec."""
        text = self._text.decode(b"", final=True)
        events = self._feed_text(text)
        # "Once the end of the file is reached, any pending data must be discarded": an
        # unterminated last line is no line at all, and an event without its blank line is never
        # dispatched.
        self._partial, self._partial_len = [], 0
        self._pending_cr = False
        self._event, self._data, self._retry_field = "", [], None
        return events

    def _feed_text(self, text: str) -> list[ServerSentEvent]:
        if not text:
            return []
        if not self._bom_checked:
            self._bom_checked = True
            if text.startswith(_BOM):
                text = text[1:]
                if not text:
                    return []
        if self._pending_cr:
            self._pending_cr = False
            if text.startswith("\n"):
                text = text[1:]
        events: list[ServerSentEvent] = []
        pos = 0
        for match in _EOL.finditer(text):
            piece = text[pos : match.start()]
            if self._partial_len + len(piece) > self._max:
                raise SSELineTooLong(f"a line of the event stream exceeded {self._max} characters")
            if self._partial:
                self._partial.append(piece)
                line = "".join(self._partial)
                self._partial, self._partial_len = [], 0
            else:
                line = piece
            pos = match.end()
            if match.group() == "\r" and pos == len(text):
                # Maybe the first half of a CRLF split across chunks.
                self._pending_cr = True
            event = self._line(line)
            if event is not None:
                events.append(event)
        rest = text[pos:]
        if rest:
            self._partial_len += len(rest)
            if self._partial_len > self._max:
                raise SSELineTooLong(f"a line of the event stream exceeded {self._max} characters")
            self._partial.append(rest)
        return events

    # -- lines → events --------------------------------------------------------------------

    def _line(self, line: str) -> ServerSentEvent | None:
        self.lines_seen += 1
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._id_buffer = value
        elif name == "retry":
            if value and value.isascii() and value.isdigit():
                digits = value.lstrip("0") or "0"
                self._retry_field = int(digits) if len(digits) <= _MAX_RETRY_DIGITS else int("9" * _MAX_RETRY_DIGITS)
                self.retry = self._retry_field
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        self.last_event_id = self._id_buffer
        data, event, retry = self._data, self._event, self._retry_field
        self._data, self._event, self._retry_field = [], "", None
        if not data:
            return None
        return ServerSentEvent(event=event or "message", data="\n".join(data), id=self._id_buffer, retry=retry)
