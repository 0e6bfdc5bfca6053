"""The server side of the password-based ticket: read the ``t`` parameter of ticket creation, check it.

Written from ``shared/api/dstny-core.md`` ("Creating a ticket"), not from the client's code::

    h1 = md5_hex(f"{user}:{domain}:{password}")
    h2 = md5_hex(f"{user}:{PERMS}:{h1}")          # PERMS = the scopes joined with ':'
    t  = "D" + b64(domain) + "." + b64(f"P:{h2}:{user}:{PERMS}")   # base64 without '=' padding

:func:`read_password_ticket` splits a ``t`` into domain, user, scopes and digest, or raises
:class:`BadPasswordTicket` (a ``ValueError``) for any other text; :func:`expected_digest` is the
``h2`` the server computes from the password it knows; :func:`password_matches` compares the two
in constant time.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["BadPasswordTicket", "PasswordTicket", "ScopeRefused", "expected_digest", "grant_scopes",
           "password_matches", "read_password_ticket"]


class BadPasswordTicket(ValueError):
    """The ``t`` parameter is not a password ticket of the documented shape."""


@dataclass(frozen=True, slots=True)
class PasswordTicket:
    domain: str
    user: str
    scopes: tuple[str, ...]
    #: ``h2``, as the client sent it
    digest: str


def _md5(text: str) -> str:
    return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def expected_digest(user: str, domain: str, password: str, scopes: Sequence[str]) -> str:
    """``h2`` for this user, domain, password and scopes (in the order the ticket lists them)."""
    perms = ":".join(scopes)
    return _md5(f"{user}:{perms}:{_md5(f'{user}:{domain}:{password}')}")


def _from_b64(part: str) -> str:
    # the contract's base64 has no '=' padding; tolerate a client that sends it anyway
    stripped = part.rstrip("=")
    try:
        return base64.b64decode(stripped + "=" * (-len(stripped) % 4), validate=True).decode("utf-8")
    except ValueError as exc:  # binascii.Error, UnicodeDecodeError; non-ASCII text is a ValueError too
        raise BadPasswordTicket("not base64 of UTF-8 text") from exc


def read_password_ticket(t: str) -> PasswordTicket:
    """The parts of ``"D" + b64(domain) + "." + b64("P:" + h2 + ":" + user + ":" + PERMS)``."""
    if not t.startswith("D"):
        raise BadPasswordTicket("a password ticket starts with D")
    domain_part, dot, body_part = t[1:].partition(".")
    if not dot:
        raise BadPasswordTicket("a password ticket has a '.' between domain and body")
    domain = _from_b64(domain_part)
    kind, _, rest = _from_b64(body_part).partition(":")
    digest, _, rest = rest.partition(":")
    user, _, perms = rest.partition(":")
    if kind != "P" or not digest or not user:
        raise BadPasswordTicket("the body is not P:digest:user:scopes")
    return PasswordTicket(domain, user, tuple(s for s in perms.split(":") if s), digest)


def password_matches(ticket: PasswordTicket, password: str) -> bool:
    """Whether the ticket's digest is the one ``password`` gives for its user, domain and scopes."""
    want = expected_digest(ticket.user, ticket.domain, password, ticket.scopes)
    return hmac.compare_digest(want.encode("ascii"), ticket.digest.encode("utf-8", "replace"))


class ScopeRefused(Exception):
    """A ticket request asked for a scope this deployment refuses outright (``scopes``: those)."""

    def __init__(self, scopes: Sequence[str]) -> None:
        super().__init__(", ".join(scopes))
        self.scopes = tuple(scopes)


def grant_scopes(requested: Sequence[str], proven: Sequence[str], grantable: Sequence[str],
                 refused: Sequence[str] = (), *, reject: bool = True) -> tuple[str, ...]:
    """The scopes a ticket is granted: those requested (in order, once each) that the password ticket
    covers and the server knows (``grantable``), less the ``refused`` ones.

    A requested scope the server does not know is left out (the ticket says what it grants in
    ``allowedApis``). A ``refused`` one raises :class:`ScopeRefused` when ``reject``, else it is left
    out too.
    """
    wanted = list(dict.fromkeys(requested))
    denied = [s for s in wanted if s in refused]
    if denied and reject:
        raise ScopeRefused(denied)
    return tuple(s for s in wanted if s in proven and s in grantable and s not in refused)
