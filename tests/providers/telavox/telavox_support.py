"""Helpers for the Telavox tests (a module of its own: ``conftest`` is a name every test folder uses)."""

from __future__ import annotations


def make_client(tvx, http, **kwargs):
    from cti_desktop.providers.telavox.client import TelavoxClient

    options = {"user": "agent1", "password": "demo", "auth": "session"}
    options.update(kwargs)
    return TelavoxClient(http, api_url=tvx.base_url, capi_url=tvx.capi_url, **options)
