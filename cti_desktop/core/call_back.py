"""Calling through the person's mobile: the phone system rings their mobile first, then the number.

A backend that can do it offers :class:`MobileCallBack` on its call control. The answer may be the
new call's state, or nothing (the phone system only confirms; the call then arrives on the call
streams like any other).
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .models import Call


@runtime_checkable
class MobileCallBack(Protocol):
    async def call_via_mobile(self, destination: str) -> Call | None:
        """Ring the person's mobile (as a mobile-network call), then connect it to ``destination``."""
        ...


__all__ = ["MobileCallBack"]
