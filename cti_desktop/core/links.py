"""Links the app may open in a browser: CRM record URLs from a template, and links from server data.

Opening a URL is handing data to another program, so it is validated strictly (PITFALLS 23): only
``http``/``https``, a real host, no user name or password in it, no whitespace or control characters
(no header or command injection through ``\\r\\n``), no backslashes (browsers read them as ``/``).
International host names are converted to their ASCII (punycode) form, so a look-alike host shows as
what it is. Template parameters are percent-encoded before they are put in, so a caller's name or
number can never change the scheme, host or query structure of the link.

Every refusal is an :class:`UnsafeLink` (an :class:`~cti_desktop.core.errors.InvalidInput`) with the
reason in words, and :func:`safe_url` / :func:`build_record_url` raise nothing else for any text at
all: only an ``http``/``https`` URL ever comes out. A lone surrogate in caller data becomes U+FFFD
before it is percent-encoded.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import quote, urlsplit, urlunsplit

from cti_desktop.i18n import translate

from .errors import InvalidInput
from .screenpop import number_keys

__all__ = ["ALLOWED_SCHEMES", "MAX_URL_LENGTH", "PLACEHOLDERS", "UnsafeLink", "build_record_url", "check_template",
           "safe_url"]

ALLOWED_SCHEMES = ("http", "https")
MAX_URL_LENGTH = 4096

#: The placeholders a record-URL template may use.
PLACEHOLDERS = ("number", "e164", "name", "callId")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
_HOST_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
# Characters allowed to pass through unencoded when we re-quote non-ASCII in path/query/fragment.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]~_"


class UnsafeLink(InvalidInput):
    """A link or link template was refused; the message says why, in words. Every function here that
    reads a URL or a template raises this and nothing else, whatever text it is given."""


def _bad_char(ch: str) -> bool:
    if ch.isspace():
        return True
    cat = unicodedata.category(ch)
    # Cc: control (\r \n \t \x00 \x7f …); Cf: format (bidi overrides, zero-width); Zl/Zp/Zs: separators.
    return cat in ("Cc", "Cf", "Zl", "Zp", "Zs", "Cs", "Co", "Cn")


def _describe(ch: str) -> str:
    names = {"\r": translate("Links", "a carriage return"), "\n": translate("Links", "a line break"), "\t": translate("Links", "a tab"), " ": translate("Links", "a space")}
    if ch in names:
        return names[ch]
    return translate("Links", "the invisible character U+{ord:04X}").format(ord=ord(ch))


def _ascii_host(host: str) -> str:
    """The host in lowercase ASCII (punycode for international names); UnsafeLink if it is not a host."""
    if host.startswith("["):
        if not host.endswith("]"):
            raise UnsafeLink(translate("Links", "The link's host is not a valid address"))
        try:
            ipaddress.IPv6Address(host[1:-1].split("%", 1)[0])
        except ValueError:
            raise UnsafeLink(translate("Links", "The link's host is not a valid IPv6 address")) from None
        if "%" in host:
            raise UnsafeLink(translate("Links", "The link's host may not name a network interface"))
        return host.lower()
    if host.endswith("."):  # a fully qualified name: "crm.example."
        host = host[:-1]
    if not host:
        raise UnsafeLink(translate("Links", "The link has no host (it must look like https://crm.example/…)"))
    if "%" in host:
        raise UnsafeLink(translate("Links", "The link's host contains percent-encoding, which is not allowed"))
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            raise UnsafeLink(translate("Links", "The link's host is not a valid international domain name")) from None
    host = host.lower()
    labels = host.split(".")
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise UnsafeLink(translate("Links", "The link's host {host!r} is not a valid host name").format(host=host))
    return host


def safe_url(url: str) -> str:
    """``url`` if it is safe to open in a browser, normalised (ASCII host); else :class:`UnsafeLink`.

    Use it for every link that came from a server or a setting before it is opened.
    """
    if not isinstance(url, str) or not url:
        raise UnsafeLink(translate("Links", "The link is empty"))
    if len(url) > MAX_URL_LENGTH:
        raise UnsafeLink(translate("Links", "The link is too long ({count} characters, at most {MAX_URL_LENGTH})").format(count=len(url), MAX_URL_LENGTH=MAX_URL_LENGTH))
    for ch in url:
        if _bad_char(ch):
            raise UnsafeLink(translate("Links", "The link contains {describe}, which is not allowed in a link").format(describe=_describe(ch)))
    if "\\" in url:
        raise UnsafeLink(translate("Links", "The link contains a backslash, which is not allowed in a link"))
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        raise UnsafeLink(translate("Links", "The link is not a valid URL ({exc})").format(exc=exc)) from None
    scheme = parts.scheme.lower()
    if not scheme:
        raise UnsafeLink(translate("Links", "The link has no scheme: it must start with https:// or http://"))
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeLink(translate("Links", "Only http and https links are opened, not {scheme}: links").format(scheme=scheme))
    if not url[len(parts.scheme) + 1 :].startswith("//"):
        raise UnsafeLink(translate("Links", "The link must look like https://host/…"))
    netloc = parts.netloc
    if not netloc:
        raise UnsafeLink(translate("Links", "The link has no host (it must look like https://crm.example/…)"))
    if "@" in netloc:
        raise UnsafeLink(translate("Links", "The link contains a user name or password, which is not allowed"))
    # Split host and port ourselves, so an IPv6 literal and a port are told apart reliably.
    if netloc.startswith("["):
        end = netloc.find("]")
        if end < 0:
            raise UnsafeLink(translate("Links", "The link's host is not a valid address"))
        host, rest = netloc[: end + 1], netloc[end + 1 :]
    else:
        host, sep, port_text = netloc.partition(":")
        rest = sep + port_text
    port = ""
    if rest:
        digits = rest[1:]
        if not rest.startswith(":") or not digits.isascii() or not digits.isdigit() or len(digits) > 5 or not 0 < int(digits) < 65536:
            raise UnsafeLink(translate("Links", "The link's port is not a number between 1 and 65535"))
        port = rest
    host = _ascii_host(host)
    path = quote(parts.path, safe=_URL_SAFE)
    query = quote(parts.query, safe=_URL_SAFE)
    fragment = quote(parts.fragment, safe=_URL_SAFE)
    return urlunsplit((scheme, host + port, path, query, fragment))


def _fill(template: str, values: dict[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in values:
            allowed = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
            raise UnsafeLink(translate("Links", "The link template uses an unknown placeholder {{{name}}}; use {allowed}").format(name=name, allowed=allowed))
        return quote(values[name], safe="")

    filled = _PLACEHOLDER.sub(replace, template)
    if "{" in filled or "}" in filled:
        raise UnsafeLink(translate("Links", "The link template has an unmatched { or }"))
    return filled


_SURROGATE = re.compile("[\ud800-\udfff]")


def _caller_text(value: object) -> str:
    """Caller data for a placeholder: text, stripped, each lone surrogate (which no URL can carry)
    replaced by U+FFFD."""
    text = value.strip() if isinstance(value, str) else ""
    return text if text.isascii() else _SURROGATE.sub("\ufffd", text)


def build_record_url(template: str, *, number: str, name: str = "", call_id: str = "", region: str = "SE") -> str:
    """A CRM link for a caller from ``template`` (e.g. ``https://crm.example/search?phone={number}``).

    Placeholders: ``{number}`` (as the phone system sent it), ``{e164}`` (``+46…``, or the number when
    it is not a public number), ``{name}`` and ``{callId}``; each is percent-encoded. The result is
    checked with :func:`safe_url`; every problem is an :class:`UnsafeLink` with a message in words.
    """
    template = template.strip() if isinstance(template, str) else ""
    if not template:
        raise UnsafeLink(translate("Links", "No record link is configured (set a URL template such as https://crm.example/search?phone={number})"))
    number = _caller_text(number)
    values = {
        "number": number,
        "e164": number_keys(number, region).e164 or number,
        "name": _caller_text(name),
        "callId": _caller_text(call_id),
    }
    for ch in template:  # check the template itself first, so the message speaks of the template
        if _bad_char(ch):
            raise UnsafeLink(translate("Links", "The link template contains {describe}, which is not allowed in a link").format(describe=_describe(ch)))
    url = _fill(template, values)
    try:
        return safe_url(url)
    except UnsafeLink as exc:
        raise UnsafeLink(translate("Links", "The record link template cannot be used: {message}").format(message=exc.message)) from None


def check_template(template: str) -> str:
    """Validate a record-URL template (for a settings form): '' when fine, else the problem in words."""
    try:
        build_record_url(template, number="+46812345678", name=translate("Links", "Test Person"), call_id="test")
    except UnsafeLink as exc:
        return str(exc)
    return ""
