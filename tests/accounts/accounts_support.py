"""Helpers for the account wiring tests (importable as ``accounts_support``)."""

from __future__ import annotations

import httpx

#: A Voxloud demo contact with a CRM link (the simulator's first seeded contact).
GIULIA = "+390212345678"


async def apost(server, path: str, json: object | None = None) -> dict:
    """A control request that does not block the loop (the Voxloud simulator delivers webhooks to a
    receiver running on this very loop before it answers)."""
    async with httpx.AsyncClient(trust_env=False, timeout=15) as http:
        response = await http.post(server.base_url + path, json=json)
    response.raise_for_status()
    return response.json() if response.content else {}
