"""Signing out: the session's credentials revoked on the phone system before they are forgotten here.

A telephony backend whose sign-in can be ended on the server (e.g. its API ticket is deleted)
implements :class:`SignInRevocation`. :func:`revoke_sign_in` asks it, bounded by
:data:`REVOKE_TIMEOUT`; a failure (no network, a server error, no answer in time) never holds the
sign-out up: it is one WARNING line with the reason (never the secret), and the caller forgets the
local secret all the same. Backends without such a feature (an API key, a portal token) have
nothing to revoke.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Protocol, runtime_checkable

from .errors import AuthExpired, UserFacingError

__all__ = ["REVOKE_TIMEOUT", "SignInRevocation", "revoke_sign_in"]

log = logging.getLogger(__name__)

#: The longest a sign-out waits for the server to revoke the credentials.
REVOKE_TIMEOUT = 3.0


@runtime_checkable
class SignInRevocation(Protocol):
    async def revoke_sign_in(self) -> None:
        """End this sign-in on the server (its credentials are refused from now on) and forget them
        here; raises a ``UserFacingError`` when the server could not be told."""
        ...


def _revocable(backend: Any) -> SignInRevocation | None:
    # The session's backend wraps the telephony backend (``primary``) with the directory sources.
    for candidate in (backend, getattr(backend, "primary", None)):
        if isinstance(candidate, SignInRevocation):
            return candidate
    return None


async def revoke_sign_in(backend: Any, *, timeout: float = REVOKE_TIMEOUT) -> bool:
    """Revoke ``backend``'s sign-in on the server. ``True`` when it was revoked (or was no longer
    valid); ``False`` when there is nothing to revoke or the server could not be told (logged)."""
    target = _revocable(backend)
    if target is None:
        return False
    try:
        await asyncio.wait_for(target.revoke_sign_in(), timeout)
    except TimeoutError:
        log.warning("sign-out: the server did not confirm the revocation within %.0f s; "
                    "the credentials are forgotten here only", timeout)
        return False
    except AuthExpired:
        log.info("sign-out: the server no longer accepted the credentials (already revoked or expired)")
        return True
    except UserFacingError as exc:
        log.warning("sign-out: the credentials could not be revoked on the server (%s); "
                    "they are forgotten here only", exc)
        return False
    log.info("sign-out: the credentials were revoked on the server")
    return True
