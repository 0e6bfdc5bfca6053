"""Click-to-dial links: ``tel:``, ``callto:``, ``sip:`` and ``sips:`` as something the dialler accepts.

:func:`parse_dial_link` takes the text of a link (a command-line argument, what ``xdg-open`` passes
on) and returns a :class:`DialLink` whose ``target`` is exactly what the dial pad and ``cti-desktop
dial`` would dial (:func:`~cti_desktop.core.dialing.normalise_dial_string` checks the number), or
raises :class:`DialLinkRefused` — a :class:`~cti_desktop.core.dialing.DialStringRefused`, so an
:class:`~cti_desktop.core.errors.InvalidInput` — whose message says in words what is wrong. It
raises nothing else, for any text at all (``tests/core/test_dial_links.py`` proves it with
hypothesis; ``benchmarks/fuzz_parsers.py`` fuzzes it).

What is read, and where the rules come from:

* ``tel:`` — RFC 3966 section 3: a global number ``+…`` or a local number with
  ``;phone-context=`` (a domain, or a ``+``-prefix whose country the local number belongs to);
  visual separators ``- . ( )`` (and spaces, which people write although the RFC does not) are
  dropped; ``;ext=`` is kept apart (the main number is dialled, the extension is for the keypad
  once answered, section 5.1.4); ``;isub=`` (an ISDN subaddress, section 5.1.3) cannot be reached
  through a cloud PBX and is refused; other well-formed parameters are ignored (section 5.4);
  percent-encoding is decoded per part (``%23`` is ``#``). A local number without a
  ``phone-context`` (which the RFC requires, section 5.1.5) is read as the dial pad reads it, in
  ``default_region``, because web pages write ``tel:070…`` anyway.
* ``callto:`` — ``callto:+46…`` and ``callto://+46…`` (a trailing ``/`` is dropped); a name
  instead of a number (a Skype id) is refused.
* ``sip:`` / ``sips:`` — RFC 3261 section 19.1: the user part is a phone number when the URI says
  ``user=phone`` (section 19.1.6: the user part is then a ``tel`` subscriber, with its own
  parameters) or when it is made only of digits, ``+ * #`` and visual separators. The host is not
  used: the call is placed through the agent's own phone system. A user that is not a number
  (``sip:alice@atlanta.com``) is refused in words: of the phone systems this app speaks to only one
  takes a SIP URI to make a call, the others take a phone number, and the dial pad and
  ``cti-desktop dial`` dial numbers only; a link dials what every phone system can. A password in the user
  part (``user:password@``) is refused rather than silently dropped.

Qt-free and I/O-free.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import unquote

from ..i18n import translate
from .dialing import DialStringRefused, DialTarget, normalise_dial_string
from .instance_requests import LINK_START, looks_like_dial_link

__all__ = ["MAX_LINK_LENGTH", "DialLink", "DialLinkRefused", "looks_like_dial_link", "parse_dial_link"]

#: Longer text than this is never a dialling link.
MAX_LINK_LENGTH = 512

_SCHEME = LINK_START
#: RFC 3966 visual separators, plus the spaces people write.
_SEPARATORS = re.compile(r"[\-.() ]")
_PNAME = re.compile(r"^[A-Za-z0-9\-]+$")
#: RFC 3966 ``extension = ";ext=" 1*phonedigit``.
_EXTENSION = re.compile(r"^[0-9\-.()]*[0-9][0-9\-.()]*$")
_GLOBAL = re.compile(r"^\+[0-9]+$")
_LOCAL = re.compile(r"^[0-9*#]+$")
_NUMBER_USER = re.compile(r"^[0-9+*#\-.() ]+$")
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")


class DialLinkRefused(DialStringRefused):
    """The link cannot be dialled; the message says why, in words. :func:`parse_dial_link` raises
    this and nothing else."""


@dataclass(frozen=True, slots=True)
class DialLink:
    """A link ready to dial: ``target`` is the dial pad's own value for the number; ``extension``
    is the ``;ext=`` of a ``tel:`` link ("" without one), to be entered on the keypad once the main
    number answers; ``scheme`` is the link's scheme in lower case."""

    target: DialTarget
    extension: str = ""
    scheme: str = "tel"


def _refuse(text: str) -> DialLinkRefused:
    return DialLinkRefused(text)


def _decode(part: str) -> str:
    """Percent-decoding of one part of a link; bad escapes or bytes that are not UTF-8 are refused."""
    if "%" in part and re.search(r"%(?![0-9A-Fa-f]{2})", part):
        raise _refuse(translate("DialLinks", "The link has a broken %-escape"))
    try:
        decoded = unquote(part, errors="strict")
    except UnicodeDecodeError:
        raise _refuse(translate("DialLinks", "The link's %-escapes are not valid text")) from None
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in decoded):
        raise _refuse(translate("DialLinks", "The link contains control characters"))
    return decoded


def _dial(number: str, region: str) -> DialTarget:
    try:
        return normalise_dial_string(number, region)
    except DialLinkRefused:
        raise
    except DialStringRefused as exc:
        raise _refuse(str(exc)) from None


def _valid_domain(text: str) -> bool:
    labels = text.rstrip(".").split(".")
    return 0 < len(text) <= 253 and all(_HOST_LABEL.match(label) for label in labels) and not labels[-1].isdigit()


def _in_context(local: str, context: str, region: str) -> DialTarget:
    """A local number read in its ``phone-context`` (RFC 3966 section 5.1.5)."""
    import phonenumbers  # on first use: start-up shows the window without it
    compact_ctx = _SEPARATORS.sub("", context)
    if compact_ctx.startswith("+"):
        if not _GLOBAL.match(compact_ctx) or len(compact_ctx) > 16:
            raise _refuse(translate("DialLinks", "The link's phone-context is not a +number"))
        if not _LOCAL.match(local) or not local[:1].isdigit():
            return _dial(local, region)  # a service code such as *21#: as the dial pad reads it
        try:
            country = phonenumbers.parse(compact_ctx, None).country_code
        except phonenumbers.NumberParseException:
            country = None
        home = phonenumbers.region_code_for_country_code(country) if country else "ZZ"
        if home not in ("ZZ", "001"):
            try:
                return normalise_dial_string(local, home)
            except DialStringRefused:
                pass
        # The context is a longer prefix (a country and an area): the number is the two together.
        return _dial(compact_ctx + local, region)
    if not _valid_domain(context):
        raise _refuse(translate("DialLinks", "The link's phone-context is neither a domain nor a +number"))
    return _dial(local, region)  # a number of that organisation: an extension, a code, a number


def _tel_subscriber(text: str, region: str) -> tuple[DialTarget, str]:
    """RFC 3966 ``telephone-subscriber``: the number and its parameters."""
    number_part, *params = text.split(";")
    number = _decode(number_part).strip()
    if not number:
        raise _refuse(translate("DialLinks", "The link carries no number"))
    extension = ""
    context: str | None = None
    seen: set[str] = set()
    for param in params:
        name, has_value, raw_value = param.partition("=")
        name = name.strip().lower()
        if not _PNAME.match(name):
            raise _refuse(translate("DialLinks", "The link has a parameter that is not well formed"))
        if name in seen:
            raise _refuse(translate("DialLinks", "The link names the parameter {name} twice").format(name=name))
        seen.add(name)
        value = _decode(raw_value).strip() if has_value else ""
        if name == "ext":
            if not _EXTENSION.match(value):
                raise _refuse(translate("DialLinks", "The link's extension (;ext=) has no digits to dial"))
            extension = _SEPARATORS.sub("", value)
        elif name == "isub":
            raise _refuse(translate("DialLinks", "ISDN subaddresses (;isub=) cannot be reached through this phone system"))
        elif name == "phone-context":
            if not value:
                raise _refuse(translate("DialLinks", "The link's phone-context is empty"))
            context = value
        # any other parameter (RFC 3966 section 5.4): not needed to dial, ignored
    compact = _SEPARATORS.sub("", number)
    if compact.startswith("+"):
        if not _GLOBAL.match(compact):
            raise _refuse(translate("DialLinks", "A number with + has only digits and separators after it"))
        return _dial(number, region), extension  # a global number takes no context (RFC 3966 5.1.4)
    if any(ch.isalpha() for ch in compact):
        raise _refuse(translate("DialLinks", "Letters cannot be dialled; the link's number must have digits 0–9"))
    if context is None:
        return _dial(number, region), extension
    if not _LOCAL.match(compact):
        return _dial(number, region), extension  # the dial pad's words for what is wrong
    return _in_context(compact, context, region), extension


def _tel(rest: str, region: str) -> tuple[DialTarget, str]:
    return _tel_subscriber(rest, region)


def _callto(rest: str, region: str) -> DialTarget:
    body = rest[2:] if rest.startswith("//") else rest
    if "?" in body:
        raise _refuse(translate("DialLinks", "callto: links with options (?…) cannot be called"))
    body = _decode(body.rstrip("/")).strip()
    if not body:
        raise _refuse(translate("DialLinks", "The link carries no number"))
    if not _NUMBER_USER.match(body):
        raise _refuse(translate("DialLinks", "{name} is a name, not a phone number; only numbers can be called from "
                                             "a link").format(name=body[:60]))
    return _dial(body, region)


def _sip(rest: str, region: str) -> tuple[DialTarget, str]:
    # RFC 3261 19.1.1: sip:user:password@host:port;uri-parameters?headers
    if rest.startswith("//"):
        raise _refuse(translate("DialLinks", "A sip: link has no // after the colon"))
    address, _, _headers = rest.partition("?")
    userinfo, at, hostpart = address.rpartition("@")
    if not at:
        raise _refuse(translate("DialLinks", "The sip: link names no user to call (user@host)"))
    host, *uri_params = hostpart.split(";")
    host = host.strip()
    if not host or not (_valid_domain(host.rsplit(":", 1)[0] if host.count(":") == 1 else host)
                        or host.startswith("[") or re.match(r"^[0-9.]+(?::[0-9]+)?$", host)):
        raise _refuse(translate("DialLinks", "The sip: link's host is not a host name"))
    phone = False
    for param in uri_params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "user" and _decode(value).strip().lower() == "phone":
            phone = True
    user, colon, _password = userinfo.partition(":")
    if colon:
        raise _refuse(translate("DialLinks", "The sip: link carries a password; it is not called"))
    if phone:
        return _tel_subscriber(user, region)  # RFC 3261 19.1.6: the user part is a tel subscriber
    decoded = _decode(user).strip()
    if not decoded:
        raise _refuse(translate("DialLinks", "The sip: link names no user to call (user@host)"))
    if ";" in decoded or not _NUMBER_USER.match(decoded):
        raise _refuse(translate(
            "DialLinks", "{address} is a SIP address, not a phone number; only numbers can be called from a link"
        ).format(address=f"{decoded[:60]}@{host[:60]}"))
    return _dial(decoded, region), ""


def parse_dial_link(text: str, default_region: str = "SE") -> DialLink:
    """The number a ``tel:``/``callto:``/``sip:``/``sips:`` link calls, checked as the dial pad
    checks it (national numbers in ``default_region``), or :class:`DialLinkRefused` in words."""
    if not isinstance(text, str):
        raise _refuse(translate("DialLinks", "The link is not text"))
    if len(text) > MAX_LINK_LENGTH:
        raise _refuse(translate("DialLinks", "That is too long to be a link to call (at most {n} characters)")
                      .format(n=MAX_LINK_LENGTH))
    cleaned = text.strip()
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in cleaned):
        raise _refuse(translate("DialLinks", "The link contains control characters"))
    match = _SCHEME.match(cleaned)
    if not match:
        raise _refuse(translate("DialLinks", "Only tel:, callto:, sip: and sips: links can be called"))
    scheme = match.group(1).lower()
    rest = cleaned[match.end():]
    if scheme == "tel":
        target, extension = _tel(rest, default_region)
    elif scheme == "callto":
        target, extension = _callto(rest, default_region), ""
    else:
        target, extension = _sip(rest, default_region)
    return DialLink(target=target, extension=extension, scheme=scheme)
