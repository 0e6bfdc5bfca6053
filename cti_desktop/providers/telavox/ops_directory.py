"""The Telavox client's presence (read-only), directory and CAPI users and resources.

A mixin of :class:`~cti_desktop.providers.telavox.client.TelavoxClient` (it uses the client's
``self._json``, ``self.me()``, ``self.extensions()`` and ``self.my_extension``)."""

from __future__ import annotations

from typing import Any

from ...core.errors import NotSupported
from ...core.models import Activity, Contact, Presence, Role
from . import wire
from .wire import PbxResource
from .numbers import SEPARATORS as _SEPARATORS

__all__ = ["TelavoxDirectoryOps"]


class TelavoxDirectoryOps:
    """Presence, colleagues and CAPI users of :class:`~.client.TelavoxClient`."""

    # ------------------------------------------------------------------ presence (read-only)

    async def presence(self) -> Presence:
        return wire.presence_from_profile((await self.me()).profile)

    async def activities(self) -> list[Activity]:
        return []  # the contract has no list of presence profiles

    async def roles(self) -> list[Role]:
        return []

    async def set_presence(self, **_changes: Any) -> Presence:
        raise NotSupported("Changing presence: Telavox has no API for it; change it in the Telavox app")

    # ------------------------------------------------------------------ directory

    async def colleagues(self, *, fresh: bool = False) -> list[Contact]:
        """Every colleague (not me) as a contact with presence, sorted by name."""
        mine = self.my_extension
        contacts = [wire.contact_from_extension(e) for e in await self.extensions(fresh=fresh)
                    if not (mine and e.extension == mine)]
        return sorted(contacts, key=lambda c: c.display_name.casefold())

    async def search(self, query: str, limit: int = 25) -> list[Contact]:
        """Colleagues whose name, number, mobile, e-mail or keywords contain ``query``."""
        text = (query or "").strip().casefold()
        if not text:
            return []
        digits = _SEPARATORS.sub("", text)
        out = []
        for ext in await self.extensions(fresh=False):
            haystack = " ".join((ext.name, ext.email, *ext.keywords)).casefold()
            numbers = [_SEPARATORS.sub("", n) for n in (ext.extension, ext.mobile) if n]
            if text in haystack or (digits and any(ch.isdigit() for ch in digits) and any(
                digits.lstrip("+") in n.lstrip("+") for n in numbers
            )):
                out.append(wire.contact_from_extension(ext))
        out.sort(key=lambda c: c.display_name.casefold())
        return out[: max(1, int(limit))]

    async def favourites(self) -> list[Contact]:
        """The colleague list (Telavox has no favourites)."""
        return await self.colleagues(fresh=False)

    # ------------------------------------------------------------------ CAPI users and resources

    async def users(self) -> list[Contact]:
        return wire.parse_users(await self._json("capi.users"))

    async def capi_user(self, user_id: str) -> Contact:
        """One user (CAPI); ``"me"`` is the token's owner."""
        return wire.contact_from_user(await self._json("capi.user", fields={"user": user_id}))

    async def colleague(self, user: str) -> Contact:
        """A colleague's profile (CAPI)."""
        return wire.contact_from_user(await self._json("capi.colleague", fields={"user": user}))

    async def pbx(self, extension: str) -> PbxResource:
        return wire.parse_pbx(await self._json("capi.pbx", fields={"extension": extension}))
