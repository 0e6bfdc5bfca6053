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
from dataclasses import dataclass

#: The scopes the desktop asks for. A server may grant fewer; the app then disables what is missing.
DEFAULT_SCOPES: tuple[str, ...] = (
    "CALL_CONTROL",
    "CALLS",
    "USER",
    "CONTACT",
    "DISTRIBUTION_GROUP",
    "QUEUE_STATISTICS",
    "COMMUNICATION_LOG",
    "CALL_RECORDING",
    "SMS",
)


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
