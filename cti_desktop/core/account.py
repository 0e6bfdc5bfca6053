"""Who signs in, where: the account an agent names (no secret), on its own so that reading the
command line and the settings needs nothing else of the core."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Account:
    """Who to sign in as, where. Holds no secret."""

    backend: str  # the key of a phone system of the registry
    server: str  # base URL of the server
    domain: str = ""
    user: str = ""
    options: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        return f"{self.backend}:{self.server.rstrip('/')}|{self.domain}|{self.user}"

    @property
    def label(self) -> str:
        who = f"{self.user}@{self.domain}" if self.domain else self.user
        return f"{who} ({self.backend})" if who else self.backend


__all__ = ["Account"]
