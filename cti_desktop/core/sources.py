"""An extra directory source of an account: another phone system's directory, with its own sign-in."""

from __future__ import annotations

from dataclasses import dataclass, field
from cti_desktop.i18n import translate

from .errors import InvalidInput
from .account import Account
from .vendors import catalog, validate_account


@dataclass(frozen=True, slots=True)
class DirectorySource:
    """An extra place to look people up, with its own server and sign-in. Holds no secret."""

    kind: str  # a key of the installed catalog
    server: str = ""
    domain: str = ""
    user: str = ""
    options: dict = field(default_factory=dict, compare=False, hash=False)

    def account(self) -> Account:
        return Account(self.kind, self.server, self.domain, self.user, options=dict(self.options))

    @property
    def name(self) -> str:
        """How its contacts are called ("… directory", "… contacts")."""
        return catalog().source_name(self.kind)

    @property
    def label(self) -> str:
        where = self.server or translate("Sources", "the public API")
        who = f"{self.user}@{self.domain}" if self.domain else self.user
        return f"{self.name} ({who + ', ' if who else ''}{where})"

    def validate(self) -> None:
        vendors = catalog()
        if self.kind not in vendors:
            raise InvalidInput(translate("Sources", "Unknown directory kind {kind!r}; use one of {join}").format(kind=self.kind, join=', '.join(vendors.keys)))
        validate_account(self.account(), what=translate("Sources", "The {name} source").format(name=self.name))


__all__ = ["DirectorySource"]
