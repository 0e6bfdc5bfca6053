"""The small family of errors the person gets to see, in words.

Everything a provider can raise towards the user interface is one of these. Their ``str()`` is the
message to show; it never contains a secret, a URL query string or a stack trace.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """An error whose message is meant for the person using the app."""

    #: A short, stable identifier (for logs, tests and the JSON output of the CLI).
    kind = "error"

    def __init__(self, message: str, *, detail: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        #: The server's own words (its ``description`` or ``code``), when it gave any.
        self.detail = detail

    def __str__(self) -> str:  # pragma: no cover - trivial
        if self.detail and self.detail not in self.message:
            return f"{self.message}: {self.detail}"
        return self.message


class AuthExpired(UserFacingError):
    """The ticket, session or key was refused (HTTP 401) even after one re-authentication."""

    kind = "auth-expired"


class ScopeMissing(UserFacingError):
    """The credentials are valid but lack the scope or licence for this feature (HTTP 403)."""

    kind = "scope-missing"


class StaleState(UserFacingError):
    """The call changed since the person saw it (HTTP 409 on a ``stateToken``).

    The call has been refreshed; the command was *not* sent again.
    """

    kind = "stale-state"


class NotFound(UserFacingError):
    """The call, group, contact or item no longer exists (HTTP 404)."""

    kind = "not-found"


class ServerUnavailable(UserFacingError):
    """The server could not be reached, timed out, or answered 5xx/429 or garbage."""

    kind = "server-unavailable"

    def __init__(self, message: str, *, detail: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message, detail=detail)
        self.retry_after = retry_after


class BadRequest(UserFacingError):
    """The server refused the request as invalid (HTTP 400/422); ``detail`` carries its description."""

    kind = "bad-request"


class InvalidInput(UserFacingError):
    """Something the person typed cannot be used (a dial string, a URL, a setting)."""

    kind = "invalid-input"


class NotSupported(UserFacingError):
    """The account's backend cannot do this at all."""

    kind = "not-supported"
