"""The password-based ticket parameter of ``POST /api/tickets/{domain}/{user}``.

As documented in ``shared/api/dstny-core.md`` (from public integration code)::

    h1 = md5_hex(f"{user}:{domain}:{password}")
    h2 = md5_hex(f"{user}:{PERMS}:{h1}")          # PERMS = the scopes joined with ':'
    t  = "D" + b64(domain) + "." + b64(f"P:{h2}:{user}:{PERMS}")   # base64 without '=' padding

The vendor deprecates this MD5 scheme from Core 6.0; it is what the API accepts today, and the
password itself never leaves this machine. Both the client and the simulator use these functions.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

#: Scope codes with a public source: CALL_CONTROL (the reference: call control, call recording and
#: call state, "the CTI group of APIs", are authenticated with CALL_CONTROL tickets), CALLS and USER
#: (the reference's ticket example ``?api=CALLS&api=USER``), CONTACT and DISTRIBUTION_GROUP (public
#: integration code, ``shared/api/dstny-core.md``).
KNOWN_SCOPES: tuple[str, ...] = ("CALL_CONTROL", "CALLS", "USER", "CONTACT", "DISTRIBUTION_GROUP")

#: Codes the reference does not name (it speaks of "Queue statistics" tickets and of "a valid ticket
#: for the API" for SMS and the communication log): our guesses in the vendor's style. They are asked
#: for, but a server that refuses one only makes that feature unavailable (the client asks again
#: without it), never the sign-in fail.
GUESSED_SCOPES: tuple[str, ...] = ("QUEUE_STATISTICS", "COMMUNICATION_LOG", "SMS")

#: The scopes the desktop asks for unless the account's ``scopes`` option says otherwise. A server
#: may grant fewer (``allowedApis``); a feature whose scope is missing says so in words.
DEFAULT_SCOPES: tuple[str, ...] = KNOWN_SCOPES + GUESSED_SCOPES

_SCOPE_CODE = re.compile(r"^[A-Z][A-Z0-9_]{0,63}$")


class BadScopes(ValueError):
    """The ``scopes`` setting is not a list of scope codes (upper-case letters, digits, ``_``)."""


def scopes_from_setting(value: object) -> tuple[str, ...]:
    """The account option ``scopes`` (text: codes separated by commas or spaces) → the scopes to ask for.

    ``None`` or empty text: :data:`DEFAULT_SCOPES`. Anything else that is not a list of scope codes
    raises :class:`BadScopes` with the reason.
    """
    if value is None:
        return DEFAULT_SCOPES
    if not isinstance(value, str):
        raise BadScopes("the scopes setting must be text, e.g. \"CALL_CONTROL, USER\"")
    codes = [c for c in re.split(r"[\s,]+", value.strip()) if c]
    if not codes:
        return DEFAULT_SCOPES
    bad = next((c for c in codes if not _SCOPE_CODE.match(c)), None)
    if bad is not None:
        raise BadScopes(f"{bad[:40]!r} is not a scope code (upper-case letters, digits and _)")
    return tuple(dict.fromkeys(codes))


def _md5_hex(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii").rstrip("=")


def _unb64(text: str) -> str:
    padded = text + "=" * (-len(text) % 4)
    return base64.b64decode(padded.encode("ascii"), validate=True).decode("utf-8")


def password_hash(user: str, domain: str, password: str, scopes: tuple[str, ...] | list[str]) -> str:
    perms = ":".join(scopes)
    h1 = _md5_hex(f"{user}:{domain}:{password}")
    return _md5_hex(f"{user}:{perms}:{h1}")


def password_ticket(user: str, domain: str, password: str, scopes: tuple[str, ...] | list[str]) -> str:
    """The ``t`` query parameter proving knowledge of the password for these scopes."""
    perms = ":".join(scopes)
    h2 = password_hash(user, domain, password, scopes)
    return "D" + _b64(domain) + "." + _b64(f"P:{h2}:{user}:{perms}")


@dataclass(frozen=True, slots=True)
class DecodedPasswordTicket:
    domain: str
    user: str
    scopes: tuple[str, ...]
    digest: str


def decode_password_ticket(t: str) -> DecodedPasswordTicket:
    """Split a ``t`` parameter into its parts (the server side of :func:`password_ticket`).

    Raises ``ValueError`` for anything that is not of that shape.
    """
    if not t.startswith("D") or "." not in t:
        raise ValueError("not a password ticket")
    dom_part, _, rest = t[1:].partition(".")
    try:
        domain = _unb64(dom_part)
        body = _unb64(rest)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise ValueError("not a password ticket") from exc
    kind, _, body = body.partition(":")
    digest, _, body = body.partition(":")
    user, _, perms = body.partition(":")
    if kind != "P" or not digest or not user:
        raise ValueError("not a password ticket")
    scopes = tuple(s for s in perms.split(":") if s)
    return DecodedPasswordTicket(domain=domain, user=user, scopes=scopes, digest=digest)
