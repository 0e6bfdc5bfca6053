"""Turning what a person typed or pasted into something safe to dial.

``phonenumbers`` alone is far too forgiving for a dial box: it accepts letters ("1 800 FLOWERS"),
non-ASCII digits and trailing extensions ("ext. 55") and quietly drops what it does not understand
(PITFALLS 24). So every input first passes a strict pattern of our own, extensions are refused
explicitly (the PBX cannot dial them as part of a number), internal extensions and feature codes are
recognised on their own, and only then does ``phonenumbers`` parse a public number, which must be
valid (``is_valid_number``).

Every refusal is a :class:`DialStringRefused` (an :class:`~cti_desktop.core.errors.InvalidInput`)
whose message says what is wrong in words; :func:`normalise_dial_string` and :func:`destination_uri`
(a call target as a SIP or tel URI) raise nothing else, for any text at all (10 KB pastes, control
characters, superscript or Arabic-Indic digits, lone surrogates).
:func:`format_for_display` never raises.

Qt-free and I/O-free; table-tested in ``tests/core/test_dialing.py``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from cti_desktop.i18n import translate

from .errors import InvalidInput

__all__ = ["MAX_INPUT_LENGTH", "MAX_URI_INPUT", "DialStringRefused", "DialTarget", "destination_uri",
           "format_for_display", "normalise_dial_string"]

#: Longer input than this is never a phone number (a pasted paragraph, a URL, …).
MAX_INPUT_LENGTH = 64
#: E.164 allows at most 15 digits.
_MAX_PUBLIC_DIGITS = 15
_MIN_INTERNAL_DIGITS = 2
_MAX_INTERNAL_DIGITS = 6
_MAX_FEATURE_LENGTH = 32

# Separators people paste: Unicode spaces and dashes become plain ones before the strict check.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"), "-")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)

_URI_SCHEME = re.compile(r"^\s*(?:tel|callto)\s*:\s*(?://)?", re.IGNORECASE)
_EXTENSION = re.compile(
    r"(?:[;,]\s*ext\s*=|\b(?:ext(?:ension|n)?|x)\.?\s*:?|\s#)\s*\d+\s*$",
    re.IGNORECASE,
)
# A public or internal number: an optional leading '+', then digits and the usual visual separators;
# at most one pair of parentheses (an area code "(070)" or a trunk prefix "(0)").
_NUMBER = re.compile(r"^\+?[0-9 .\-/]*(?:\([0-9]{1,5}\)[0-9 .\-/]*)?$")
_FEATURE = re.compile(r"^[*#][0-9*#]*$")
_DIGITS_ONLY = re.compile(r"^[0-9]+$")


class DialStringRefused(InvalidInput):
    """What was typed cannot be dialled; the message says why, in words. :func:`normalise_dial_string`
    raises this and nothing else, for any text at all."""


@dataclass(frozen=True, slots=True)
class DialTarget:
    """What to dial and how to show it.

    ``kind`` is ``"e164"`` (typed in international form), ``"national"`` (typed in the national form
    of ``default_region``; ``dial`` is still E.164), ``"internal"`` (an extension on the PBX, dialled
    as typed) or ``"feature"`` (a star/hash code such as ``*21#``, dialled as typed).
    """

    kind: str
    dial: str
    display: str


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    return text.translate(_ZERO_WIDTH).translate(_SPACES).translate(_DASHES).strip()


def _region_name(region: str) -> str:
    return region.upper() if region else translate("Dialing", "the default region")


def normalise_dial_string(text: str, default_region: str = "SE") -> DialTarget:
    """Parse a dial string the way an agent expects, or raise :class:`DialStringRefused` in words."""
    import phonenumbers  # on first use: start-up shows the window without it
    if text is None:
        raise DialStringRefused(translate("Dialing", "Enter a number to call"))
    if not isinstance(text, str):
        raise DialStringRefused(translate("Dialing", "Enter the number to call as text"))
    if len(text) > MAX_INPUT_LENGTH:
        raise DialStringRefused(translate("Dialing", "That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)").format(MAX_INPUT_LENGTH=MAX_INPUT_LENGTH))
    cleaned = _clean(str(text))
    if not cleaned:
        raise DialStringRefused(translate("Dialing", "Enter a number to call"))
    if any(unicodedata.category(ch) == "Cc" for ch in cleaned):
        raise DialStringRefused(translate("Dialing", "The number contains control characters; type it again"))

    scheme = _URI_SCHEME.match(cleaned)
    if scheme:
        cleaned = cleaned[scheme.end():].strip()
        if ";" in cleaned:
            head, _, params = cleaned.partition(";")
            if re.search(r"(?:^|;)\s*ext\s*=", params, re.IGNORECASE):
                raise DialStringRefused(
                    translate("Dialing", "Extensions cannot be dialled as part of a number: call the main number, then enter the extension on the keypad")
                )
            cleaned = head.strip()
        if not cleaned:
            raise DialStringRefused(translate("Dialing", "The tel: link carries no number"))

    non_ascii_digits = [ch for ch in cleaned if ch.isdigit() and ch not in "0123456789"]
    if non_ascii_digits:
        raise DialStringRefused(
            translate("Dialing", "The number contains the digit {value!r}, which is not 0–9; type it with 0–9").format(value=non_ascii_digits[0])
        )

    if _EXTENSION.search(cleaned) and not _FEATURE.match(cleaned.replace(" ", "")):
        raise DialStringRefused(
            translate("Dialing", "Extensions cannot be dialled as part of a number: call the main number, then enter the extension on the keypad")
        )

    if any(ch.isalpha() for ch in cleaned):
        raise DialStringRefused(translate("Dialing", "Letters cannot be dialled; type the number with digits 0–9"))

    compact = re.sub(r"[ .\-/]", "", cleaned)

    # Feature codes: *21#, #31#, *21*0701234567#, …
    if compact[:1] in ("*", "#"):
        if not _FEATURE.match(compact):
            raise DialStringRefused(translate("Dialing", "A feature code may only contain digits, * and #"))
        if len(compact) > _MAX_FEATURE_LENGTH:
            raise DialStringRefused(translate("Dialing", "That feature code is too long (at most {MAX_FEATURE_LENGTH} characters)").format(MAX_FEATURE_LENGTH=_MAX_FEATURE_LENGTH))
        if not any(ch.isdigit() for ch in compact):
            raise DialStringRefused(translate("Dialing", "A feature code needs at least one digit, for example *21#"))
        return DialTarget("feature", compact, compact)

    if not _NUMBER.match(cleaned):
        bad = next((ch for ch in cleaned if not (ch.isdigit() or ch in "+ .-/()")), None)
        if bad is not None:
            raise DialStringRefused(translate("Dialing", "The character {bad!r} cannot be dialled; use digits 0–9, + * and #").format(bad=bad))
        if cleaned.count("+") > 1 or ("+" in cleaned and not cleaned.startswith("+")):
            raise DialStringRefused(translate("Dialing", "A '+' may only stand at the start of a number"))
        raise DialStringRefused(translate("Dialing", "The brackets in that number do not look like an area code"))

    international = compact.startswith("+")
    if international:
        # "+46 (0)70…": the bracketed trunk prefix is not dialled after a country code.
        compact = compact.replace("(0)", "")
    digits = compact.replace("(", "").replace(")", "")
    bare = digits.lstrip("+")
    if not bare:
        raise DialStringRefused(translate("Dialing", "Enter a number to call"))
    if not _DIGITS_ONLY.match(bare):  # pragma: no cover - guaranteed by _NUMBER
        raise DialStringRefused(translate("Dialing", "Only digits can be dialled"))

    if not international and _MIN_INTERNAL_DIGITS <= len(bare) <= _MAX_INTERNAL_DIGITS and "(" not in compact:
        return DialTarget("internal", bare, bare)
    if not international and len(bare) < _MIN_INTERNAL_DIGITS:
        raise DialStringRefused(translate("Dialing", "That number is too short"))

    if len(bare) > _MAX_PUBLIC_DIGITS + 2:  # allow an international prefix such as 00
        raise DialStringRefused(translate("Dialing", "That number is too long (a phone number has at most {MAX_PUBLIC_DIGITS} digits)").format(MAX_PUBLIC_DIGITS=_MAX_PUBLIC_DIGITS))

    region = (default_region or "").upper() or None
    try:
        parsed = phonenumbers.parse(
            digits if not international else "+" + bare, None if international else region, keep_raw_input=True
        )
    except phonenumbers.NumberParseException as exc:
        raise DialStringRefused(translate("Dialing", "That is not a phone number we can dial ({parse_reason})").format(parse_reason=_parse_reason(exc))) from None

    if len(str(parsed.national_number)) + len(str(parsed.country_code)) > _MAX_PUBLIC_DIGITS:
        raise DialStringRefused(translate("Dialing", "That number is too long (a phone number has at most {MAX_PUBLIC_DIGITS} digits)").format(MAX_PUBLIC_DIGITS=_MAX_PUBLIC_DIGITS))
    if not phonenumbers.is_valid_number(parsed):
        if international:
            raise DialStringRefused(translate("Dialing", "{cleaned} is not a valid phone number").format(cleaned=cleaned))
        raise DialStringRefused(
            translate("Dialing", "{cleaned} is not a valid phone number in {region_name}; for another country start with + and the country code").format(cleaned=cleaned, region_name=_region_name(default_region))
        )
    e164 = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    # Typed with the region's international prefix (00…) counts as international too.
    kind = "e164" if international or parsed.country_code_source in (
        phonenumbers.CountryCodeSource.FROM_NUMBER_WITH_IDD,
    ) else "national"
    return DialTarget(kind, e164, _format_parsed(parsed, region))


def _parse_reason(exc: phonenumbers.NumberParseException) -> str:
    import phonenumbers  # on first use: start-up shows the window without it
    return {
        phonenumbers.NumberParseException.INVALID_COUNTRY_CODE: translate("Dialing", "unknown country code"),
        phonenumbers.NumberParseException.NOT_A_NUMBER: translate("Dialing", "not a number"),
        phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD: translate("Dialing", "too short"),
        phonenumbers.NumberParseException.TOO_SHORT_NSN: translate("Dialing", "too short"),
        phonenumbers.NumberParseException.TOO_LONG: translate("Dialing", "too long"),
    }.get(exc.error_type, translate("Dialing", "not a number"))


def _format_parsed(parsed: phonenumbers.PhoneNumber, region: str | None) -> str:
    import phonenumbers  # on first use: start-up shows the window without it
    same_region = region is not None and phonenumbers.region_code_for_number(parsed) == region
    fmt = phonenumbers.PhoneNumberFormat.NATIONAL if same_region else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    return phonenumbers.format_number(parsed, fmt)


def format_for_display(number: str, region: str = "SE") -> str:
    """A number from the server, formatted for people; never raises.

    E.164 numbers of ``region`` come out in national form ("070-123 45 67"), other countries in
    international form ("+44 20 7946 0958"); extensions, feature codes and anything we cannot parse
    are returned as they came (trimmed, without a ``tel:`` scheme).
    """
    import phonenumbers  # on first use: start-up shows the window without it
    if not number:
        return ""
    if not isinstance(number, str):
        number = str(number)
    if len(number) > 4 * MAX_INPUT_LENGTH:
        return number.strip()
    text = _URI_SCHEME.sub("", number.strip()).split(";", 1)[0].strip()
    compact = re.sub(r"[ .\-/()]", "", text)
    if not compact.startswith("+") and (not _DIGITS_ONLY.match(compact) or len(compact) <= _MAX_INTERNAL_DIGITS):
        return text
    if compact.startswith("+") and not _DIGITS_ONLY.match(compact[1:]):
        return text
    region_code = (region or "").upper() or None
    try:
        parsed = phonenumbers.parse(compact, region_code)
    except phonenumbers.NumberParseException:
        return text
    if not phonenumbers.is_valid_number(parsed):
        return text
    return _format_parsed(parsed, region_code)


# ------------------------------------------------------------------------------ destination URIs
#
# A call or transfer target as a phone system wants it: "A SIP or tel URI" (a vendor's examples:
# "tel:+1444344", "sip:bob@foo.com"). RFC 3966 (tel) and RFC 3261 (sip) say what may stand where:
#
# * a global number is "+" and digits: ``tel:+46701234567`` (visual separators dropped);
# * a local number (an extension, a service code such as ``*21#``) needs a ``phone-context``: ours
#   is the organisation's domain, ``tel:7464;phone-context=example.com``. Its ``#`` is reserved in a
#   URI (the fragment) and is sent escaped, ``%23``; ``*`` may stand as it is. The PBX unescapes
#   it and gets the code exactly as dialled;
# * an address ``user@host`` (or a bare user id, on the organisation's domain) is ``sip:``, the user
#   part escaped as RFC 3261's ``user`` allows; the host must be a host name or an IP literal.
#
# :func:`destination_uri` returns such a URI or raises :class:`DialStringRefused` (in words) for any
# text at all; ``tests/core/test_dialing.py`` proves it with hypothesis.

MAX_URI_INPUT = 256
_TEL_LOCAL = re.compile(r"^[0-9*#]+$")
_TEL_GLOBAL = re.compile(r"^\+[0-9]{1,15}$")
_VISUAL = re.compile(r"[ .\-()]")
_HOST_LABEL = re.compile(r"^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$")
_IPV4 = re.compile(r"^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?:\.(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$")
_IPV6 = re.compile(r"^\[[0-9A-Fa-f:.]{2,45}\]$")
# RFC 3261: user = 1*( unreserved / escaped / user-unreserved ); user-unreserved = & = + $ , ; ? /
_SIP_USER_SAFE = "-_.!~*'()&=+$,;?/"
_SIP_PARAM = re.compile(r"^[A-Za-z0-9\-_.!~*'()%]+(?:=[A-Za-z0-9\-_.!~*'()%\[\]/:&+$]+)?$")
_SIP_SCHEME = re.compile(r"^(sips?):", re.IGNORECASE)
_TEL_SCHEME = re.compile(r"^tel:", re.IGNORECASE)


def _valid_host(host: str) -> bool:
    if _IPV4.match(host) or _IPV6.match(host):
        return True
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        return False
    return not labels[-1].isdigit()  # a top label is never all digits (that is a broken IPv4)


def _phone_context(domain: str) -> str:
    host = (domain or "").strip().lower()
    if not host or _IPV4.match(host) or _IPV6.match(host) or not _valid_host(host):
        raise DialStringRefused(translate("Dialing", "An extension or service code needs the account's domain, and it is not a domain name"))
    return host


def _tel_uri(number: str, domain: str, context: str | None = None) -> str:
    compact = _VISUAL.sub("", number)
    if not compact:
        raise DialStringRefused(translate("Dialing", "Enter a number to call"))
    if compact.startswith("+"):
        if not _TEL_GLOBAL.match(compact):
            raise DialStringRefused(translate("Dialing", "A number with + has only digits after it (at most 15)"))
        return "tel:" + compact
    if not _TEL_LOCAL.match(compact):
        bad = next(ch for ch in compact if not (ch.isdigit() and ch in "0123456789") and ch not in "*#")
        raise DialStringRefused(translate("Dialing", "The character {bad!r} cannot be dialled; use digits 0–9, + * and #").format(bad=bad))
    if len(compact) > _MAX_FEATURE_LENGTH:
        raise DialStringRefused(translate("Dialing", "That number is too long (at most {MAX_FEATURE_LENGTH} characters without +)").format(MAX_FEATURE_LENGTH=_MAX_FEATURE_LENGTH))
    if context is not None:
        ctx = context.strip().lower()
        if not (_TEL_GLOBAL.match(_VISUAL.sub("", ctx)) or _valid_host(ctx)):
            raise DialStringRefused(translate("Dialing", "The tel: link's phone-context is neither a domain nor a +number"))
        ctx = _VISUAL.sub("", ctx) if ctx.startswith("+") else ctx
    else:
        ctx = _phone_context(domain)
    return "tel:" + compact.replace("#", "%23") + ";phone-context=" + ctx


def _sip_uri(scheme: str, address: str, domain: str) -> str:
    if "?" in address:
        raise DialStringRefused(translate("Dialing", "SIP addresses with headers (?…) cannot be dialled"))
    head, *params = address.split(";")
    user, at, host = head.rpartition("@")
    if not at:
        user, host = head, _phone_context(domain)
    if not user:
        raise DialStringRefused(translate("Dialing", "The address has no user part before the @"))
    host = host.strip().lower()
    if not _valid_host(host):
        raise DialStringRefused(translate("Dialing", "{value!r} is not a host name").format(value=host[:80]))
    try:
        from urllib.parse import quote, unquote

        raw_user = unquote(user, errors="strict")
    except UnicodeDecodeError:
        raise DialStringRefused(translate("Dialing", "The address's user part is not valid text")) from None
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Zs", "Zl", "Zp") for ch in raw_user):
        raise DialStringRefused(translate("Dialing", "The address contains spaces or control characters"))
    for param in params:
        if not _SIP_PARAM.match(param):
            raise DialStringRefused(translate("Dialing", "The SIP address has a parameter that cannot be sent"))
    uri = f"{scheme}:{quote(raw_user, safe=_SIP_USER_SAFE.replace(';', '').replace('?', ''))}@{host}"
    return uri + "".join(";" + p for p in params)


def destination_uri(text: str, *, domain: str) -> str:
    """What a person typed (a number, an extension, a service code, ``user@host``, a user id, or a
    ``tel:``/``sip:``/``sips:`` URI) as a SIP or tel URI; ``domain`` is the organisation's domain,
    the ``phone-context`` of local numbers and the host of bare user ids.

    Raises :class:`DialStringRefused` with the reason, and nothing else, for any other text.
    """
    if not isinstance(text, str):
        raise DialStringRefused(translate("Dialing", "Enter the number to call as text"))
    if len(text) > MAX_URI_INPUT:
        raise DialStringRefused(translate("Dialing", "That is too long to call (at most {MAX_URI_INPUT} characters)").format(MAX_URI_INPUT=MAX_URI_INPUT))
    cleaned = _clean(text)
    if not cleaned:
        raise DialStringRefused(translate("Dialing", "Enter a number to call"))
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in cleaned):
        raise DialStringRefused(translate("Dialing", "That contains control characters; type it again"))
    sip = _SIP_SCHEME.match(cleaned)
    if sip:
        return _sip_uri(sip.group(1).lower(), cleaned[sip.end():].strip(), domain)
    if _TEL_SCHEME.match(cleaned):
        number, _, params = cleaned[4:].strip().partition(";")
        context = None
        for param in params.split(";") if params else ():
            key, _, value = param.partition("=")
            if key.strip().lower() == "phone-context":
                context = value
            elif key.strip().lower() in ("ext", "isub"):
                raise DialStringRefused(
                    translate("Dialing", "Extensions cannot be dialled as part of a number: call the main number, then enter the extension on the keypad"))
        return _tel_uri(number.replace("%23", "#"), domain, context if not number.strip().startswith("+") else None)
    if "@" in cleaned:
        return _sip_uri("sip", cleaned, domain)
    compact = _VISUAL.sub("", cleaned)
    if compact and (compact[0] in "+*#" or compact[0] in "0123456789") and all(
            ch in "0123456789+*#" for ch in compact):
        return _tel_uri(cleaned, domain)
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._\-]{0,63}", cleaned):
        return _sip_uri("sip", cleaned, domain)  # a user id of the organisation
    if any(ch.isalpha() for ch in cleaned) and any(ch.isdigit() for ch in cleaned):
        raise DialStringRefused(translate("Dialing", "Letters cannot be dialled; type the number with digits 0–9"))
    bad = next((ch for ch in cleaned if not (ch.isascii() and (ch.isalnum() or ch in "+*#._- ()"))), None)
    if bad is not None:
        raise DialStringRefused(translate("Dialing", "The character {bad!r} cannot be dialled; use digits 0–9, + * and #").format(bad=bad))
    raise DialStringRefused(translate("Dialing", "That is neither a number nor an address to call (user@host)"))
