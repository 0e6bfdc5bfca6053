"""What the sign-in fields mean, worked out without I/O: account options and the typed secret.

Pure (no Qt): the login view-model uses these; tests table-test them.
"""

from __future__ import annotations

from typing import Any

from cti_desktop.core.credentials import Credentials
from cti_desktop.core.errors import InvalidInput
from cti_desktop.core.vendors import MODE_API_KEY, AccountField, VendorCatalog, VendorSpec
from cti_desktop.i18n import translate

__all__ = ["check_secret_kind", "option_fields", "option_value", "typed_credentials"]


def option_fields(vendors: VendorCatalog) -> dict[str, AccountField]:
    """Every account option of every phone system, by name (the first declaration wins)."""
    fields: dict[str, AccountField] = {}
    for spec in vendors.specs:
        for f in spec.fields:
            if f.is_option:
                fields.setdefault(f.name, f)
    return fields


def option_value(f: AccountField, value: Any) -> Any:
    """``value`` as the field holds it, or None when it does not fit."""
    if f.kind == "port":
        return value if isinstance(value, int) and not isinstance(value, bool) else None
    if f.kind == "choice":
        text = str(value or "").strip().lower()
        return text if text in {key for key, _ in f.choices} else None
    return str(value or "").strip()


def check_secret_kind(spec: VendorSpec, vendors: VendorCatalog, *, api_key: bool) -> None:
    """:class:`InvalidInput` in words when ``spec``'s phone system does not take an API key (``api_key``)
    or takes nothing else (not ``api_key``)."""
    if api_key and MODE_API_KEY not in spec.modes:
        labels = [s.label for s in vendors.specs if MODE_API_KEY in s.modes]
        raise InvalidInput(translate("SignInFields", "An API key signs in to {systems} only; choose {system} as the phone system").format(
            systems=translate("SignInFields", " or ").join(labels),
            system=labels[0] if labels else translate("SignInFields", "another system")))
    if not api_key and MODE_API_KEY in spec.modes and len(spec.modes) == 1:
        raise InvalidInput(spec.words.api_key_only)


def typed_credentials(spec: VendorSpec, vendors: VendorCatalog, *, password: str | None = None,
                      ticket: str | None = None, api_key: str | None = None) -> Credentials:
    """The credentials of what the person typed for ``spec``'s phone system (the first given of
    ``api_key``, ``ticket``, ``password``); :class:`InvalidInput` in words when it is empty or the
    phone system does not take it. A pasted ticket loses its white space and a leading "Bearer"."""
    check_secret_kind(spec, vendors, api_key=api_key is not None)
    if api_key is not None:
        api_key = api_key.strip()
        if not api_key:
            raise InvalidInput(spec.words.paste_api_key)
        return Credentials(api_key=api_key, source="prompt")
    if ticket is not None:
        ticket = "".join(ticket.split())
        if ticket.lower().startswith("bearer"):
            ticket = ticket[6:]
        if not ticket:
            raise InvalidInput(spec.words.paste_ticket)
        return Credentials(ticket=ticket, source="prompt")
    if not password:
        raise InvalidInput(translate("SignInFields", "Enter your password"))
    return Credentials(password=password, source="prompt")
