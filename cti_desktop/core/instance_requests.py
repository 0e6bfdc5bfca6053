"""The line protocol between a second ``cti-desktop`` start and the window already running.

The second process connects to the running window's local socket, sends ONE request line and reads
ONE reply line, then exits. Both are UTF-8, end with ``\\n`` and are at most
:data:`MAX_LINE_BYTES` long (newline included)::

    request = "cti-desktop/1 " verb [ " " argument ] "\\n"
    verb    = "show" | "link" | "dial" | "answer" | "hangup"
    reply   = ( "ok" | "refused" ) [ " " words ] "\\n"

``link`` and ``dial`` need an argument (the link as given, the number as typed), the others take
none. The argument and the words are text without control characters; the argument is checked
again by the window (:mod:`.dial_links`, :mod:`.dialing`) before anything is dialled.

:func:`parse_request` and :func:`parse_reply` return a value or raise
:class:`InstanceMessageRefused` (an :class:`~cti_desktop.core.errors.InvalidInput`) in words, and
nothing else, for any bytes at all (``tests/core/test_instance_requests.py``, hypothesis).

The socket's name (:func:`socket_name`) is private to the user and to the profile: a hash of the
settings folder and the account the command line names, so another profile has its own instance.

Qt-free and I/O-free.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

from ..i18n import translate
from .errors import InvalidInput

__all__ = ["LINK_START", "MAX_LINE_BYTES", "PREFIX", "looks_like_dial_link", "VERBS", "InstanceMessageRefused", "InstanceReply", "InstanceRequest",
           "parse_reply", "parse_request", "socket_name"]

#: The longest request or reply, newline included.
MAX_LINE_BYTES = 1024
PREFIX = "cti-desktop/1"
#: Verb → whether it takes an argument.
VERBS: dict[str, bool] = {"show": False, "link": True, "dial": True, "answer": False, "hangup": False}
_OUTCOMES = ("ok", "refused")


class InstanceMessageRefused(InvalidInput):
    """A request or reply line that is not one of this protocol; the message says why."""


def _refuse(text: str) -> InstanceMessageRefused:
    return InstanceMessageRefused(text)


def _plain(text: str) -> bool:
    return not any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn", "Zl", "Zp") for ch in text)


def _line(data: bytes, what: str) -> str:
    if not isinstance(data, (bytes, bytearray)):
        raise _refuse(translate("InstanceRequests", "The {what} is not bytes").format(what=what))
    if len(data) > MAX_LINE_BYTES:
        raise _refuse(translate("InstanceRequests", "The {what} is longer than {n} bytes")
                      .format(what=what, n=MAX_LINE_BYTES))
    if not data.endswith(b"\n") or data.count(b"\n") != 1:
        raise _refuse(translate("InstanceRequests", "The {what} is not exactly one line").format(what=what))
    try:
        text = bytes(data[:-1]).decode("utf-8")
    except UnicodeDecodeError:
        raise _refuse(translate("InstanceRequests", "The {what} is not UTF-8 text").format(what=what)) from None
    if not _plain(text):
        raise _refuse(translate("InstanceRequests", "The {what} contains control characters").format(what=what))
    return text


@dataclass(frozen=True, slots=True)
class InstanceRequest:
    verb: str
    argument: str = ""

    def encode(self) -> bytes:
        """The request line; :class:`InstanceMessageRefused` when it could not be parsed back."""
        line = f"{PREFIX} {self.verb}" + (f" {self.argument}" if self.argument else "") + "\n"
        data = line.encode("utf-8", "surrogatepass")
        parse_request(data)  # what we send is what the window accepts, or nothing is sent
        return data


@dataclass(frozen=True, slots=True)
class InstanceReply:
    ok: bool
    words: str = ""

    def encode(self) -> bytes:
        words = "".join(ch if _plain(ch) else " " for ch in self.words).strip()
        line = ("ok" if self.ok else "refused") + (f" {words}" if words else "")
        data = line.encode("utf-8", "replace")
        if len(data) > MAX_LINE_BYTES - 1:
            data = data[:MAX_LINE_BYTES - 1].decode("utf-8", "ignore").encode("utf-8")
        return data + b"\n"


def parse_request(data: bytes) -> InstanceRequest:
    """One request line → the request, or :class:`InstanceMessageRefused` in words."""
    text = _line(data, translate("InstanceRequests", "request"))
    prefix, _, rest = text.partition(" ")
    if prefix != PREFIX:
        raise _refuse(translate("InstanceRequests", "The request is not from a cti-desktop of this version"))
    verb, _, argument = rest.partition(" ")
    if verb not in VERBS:
        raise _refuse(translate("InstanceRequests", "Unknown request {verb!r}").format(verb=verb[:40]))
    argument = argument.strip()
    if VERBS[verb] and not argument:
        raise _refuse(translate("InstanceRequests", "The {verb} request needs what to call").format(verb=verb))
    if not VERBS[verb] and argument:
        raise _refuse(translate("InstanceRequests", "The {verb} request takes nothing after it").format(verb=verb))
    return InstanceRequest(verb, argument)


def parse_reply(data: bytes) -> InstanceReply:
    """One reply line → the reply, or :class:`InstanceMessageRefused` in words."""
    text = _line(data, translate("InstanceRequests", "reply"))
    outcome, _, words = text.partition(" ")
    if outcome not in _OUTCOMES:
        raise _refuse(translate("InstanceRequests", "The running window's reply is not one of this version"))
    return InstanceReply(outcome == "ok", words.strip())


#: How a click-to-dial link starts (what :mod:`.dial_links` reads); kept here, where the second
#: start looks, so that it does not import the dialling rules (and ``phonenumbers``).
LINK_START = re.compile(r"^\s*(tel|callto|sips?):", re.IGNORECASE)


def looks_like_dial_link(text: object) -> bool:
    """Whether ``text`` starts with one of the schemes of :mod:`.dial_links` (it may still be refused)."""
    return isinstance(text, str) and bool(LINK_START.match(text))


_KEY_PART = re.compile(r"[^A-Za-z0-9_.-]")


def socket_name(user: str, config_dir: str, profile: str) -> str:
    """The file name of the local socket of ``user``'s window for ``profile`` (the account the command
    line names, "" for the last profile) with the settings of ``config_dir``."""
    digest = hashlib.sha256(f"{config_dir}\n{profile}".encode("utf-8", "surrogatepass")).hexdigest()[:20]
    who = _KEY_PART.sub("_", user)[:32] or "user"
    return f"cti-desktop-{who}-{digest}.sock"
