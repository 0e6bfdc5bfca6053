"""Helpers for the account wiring tests (importable as ``accounts_support``)."""

from __future__ import annotations

#: A Voxloud demo contact with a CRM link (the simulator's first seeded contact).
GIULIA = "+390212345678"
