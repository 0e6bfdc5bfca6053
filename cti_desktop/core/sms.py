"""An SMS before it is sent: who it goes to, and how many parts its text costs.

**Length** (:func:`sms_length`). 3GPP TS 23.038 / 23.040: a text whose every character is in the
GSM 7-bit default alphabet or its extension table is sent as GSM-7 — one septet a character, two
for the extension characters (``{ } [ ] ~ \\ | ^ €`` and form feed, sent as ESC + a code). Any other
character makes the whole text UCS-2: one 16-bit unit a character (two for a character outside the
Basic Multilingual Plane, which phones send as a UTF-16 surrogate pair). One SMS holds 160 septets or
70 units; a longer text is split into parts that each carry a 6-octet concatenation header, leaving
153 septets or 67 units a part, and a part never ends in the middle of an ESC pair or a surrogate pair.
The character set itself is the well-kept ``gsm0338`` codec's; the part rules are the standard's.

**Recipient** (:func:`normalise_sms_recipient`). Checked like a dial string
(:func:`~cti_desktop.core.dialing.normalise_dial_string`: no letters, extensions, control characters
or non-ASCII digits; a ``+`` number must be valid), except that a number written without a country
code that the phone-number library does not know is still accepted as a *local* number and sent as
typed: the PBX expands it by the organisation's number plan (a vendor's reference gives the example of
sending to ``0890510``). Feature codes (``*21#``) are refused. Every refusal is a :class:`RecipientRefused`;
nothing else is raised, for any text.

Qt-free and I/O-free; tested in ``tests/core/test_sms.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import gsm0338  # noqa: F401  (registers the "gsm03.38" codec)

from cti_desktop.i18n import translate

from .dialing import MAX_INPUT_LENGTH, DialStringRefused, normalise_dial_string
from .errors import InvalidInput

__all__ = [
    "GSM7",
    "UCS2",
    "RecipientRefused",
    "SmsLength",
    "SmsRecipient",
    "normalise_sms_recipient",
    "sms_length",
    "sms_number",
]

GSM7 = "GSM-7"
UCS2 = "UCS-2"

#: Units of one SMS alone, and of one part of a concatenated SMS, per encoding.
SINGLE = {GSM7: 160, UCS2: 70}
PART = {GSM7: 153, UCS2: 67}

_CODEC = "gsm03.38"
_ESC = "\x1b"
_MAX_LOCAL_DIGITS = 17  # 15 digits of E.164 plus an international prefix such as 00
_LOCAL = re.compile(r"^[0-9]{2,%d}$" % _MAX_LOCAL_DIGITS)


@dataclass(frozen=True, slots=True)
class SmsLength:
    """What a text costs: its ``encoding`` (:data:`GSM7` or :data:`UCS2`), ``units`` (septets or
    16-bit units), ``parts`` (0 for an empty text), ``per_part`` (160/70 when it fits one SMS, else
    153/67) and ``remaining`` (units still free in the last part)."""

    encoding: str
    units: int
    parts: int
    per_part: int
    remaining: int
    #: The first character that made the text UCS-2 ("" when it is GSM-7).
    first_non_gsm: str = ""


def _gsm_cost(ch: str) -> int:
    """Septets of ``ch`` in GSM-7 (1 or 2), or 0 when GSM-7 cannot carry it."""
    if ch == _ESC:  # the escape code itself is not a character a person can send
        return 0
    try:
        return len(ch.encode(_CODEC))
    except UnicodeError:
        return 0


def _ucs2_cost(ch: str) -> int:
    return 2 if ord(ch) > 0xFFFF else 1


def _parts(costs: list[int], per_part: int) -> tuple[int, int]:
    """``(parts, units used in the last part)``, never splitting one character's units."""
    parts, used = 1, 0
    for cost in costs:
        if used + cost > per_part:
            parts, used = parts + 1, 0
        used += cost
    return parts, used


def sms_length(text: str) -> SmsLength:
    """The encoding, units and parts of ``text``; never raises for any ``str``."""
    text = text or ""
    first_non_gsm = ""
    gsm_costs: list[int] = []
    for ch in text:
        cost = _gsm_cost(ch)
        if not cost:
            first_non_gsm = ch
            break
        gsm_costs.append(cost)
    if first_non_gsm:
        encoding, costs = UCS2, [_ucs2_cost(ch) for ch in text]
    else:
        encoding, costs = GSM7, gsm_costs
    units = sum(costs)
    if units == 0:
        return SmsLength(encoding, 0, 0, SINGLE[encoding], SINGLE[encoding], first_non_gsm)
    if units <= SINGLE[encoding]:
        return SmsLength(encoding, units, 1, SINGLE[encoding], SINGLE[encoding] - units, first_non_gsm)
    parts, used = _parts(costs, PART[encoding])
    return SmsLength(encoding, units, parts, PART[encoding], PART[encoding] - used, first_non_gsm)


class RecipientRefused(InvalidInput):
    """The text is not a number an SMS can go to; the message says why. :func:`normalise_sms_recipient`
    raises this and nothing else."""


@dataclass(frozen=True, slots=True)
class SmsRecipient:
    """Where to send: ``to`` as the server gets it, ``display`` for people, and ``kind``: ``e164``,
    ``national`` (``to`` is E.164), ``internal`` (a short number, as typed) or ``local`` (a number
    without country code the server expands, as typed)."""

    kind: str
    to: str
    display: str


def _as_sms_words(message: str) -> str:
    return message.replace("be dialled", "be sent to").replace("we can dial", "we can send to")


def normalise_sms_recipient(text: str, default_region: str = "SE") -> SmsRecipient:
    """Check a recipient as the dialler checks a number; see the module's words for local numbers."""
    if not isinstance(text, str) or not text.strip():
        raise RecipientRefused(translate("Sms", "Enter the number to send the SMS to"))
    if len(text) > MAX_INPUT_LENGTH:
        raise RecipientRefused(translate("Sms", "That is too long to be a phone number (at most {MAX_INPUT_LENGTH} characters)").format(MAX_INPUT_LENGTH=MAX_INPUT_LENGTH))
    try:
        target = normalise_dial_string(text, default_region)
    except DialStringRefused as exc:
        compact = re.sub(r"[ .\-/()]", "", text.strip())
        if _LOCAL.match(compact) and _strictly_a_number(text):
            return SmsRecipient("local", compact, text.strip())
        raise RecipientRefused(_as_sms_words(str(exc))) from None
    if target.kind == "feature":
        raise RecipientRefused(translate("Sms", "A feature code cannot receive an SMS; enter a phone number"))
    return SmsRecipient(target.kind, target.dial, target.display)


def _strictly_a_number(text: str) -> bool:
    """Only ASCII digits and visual separators (the dialler's pattern, without ``+``)."""
    return bool(re.fullmatch(r"[0-9 .\-/]*(?:\([0-9]{1,5}\)[0-9 .\-/]*)?", text.strip()))


def _is_mobile(number: str, region: str) -> bool:
    if not number or len(number) > MAX_INPUT_LENGTH:
        return False
    import phonenumbers  # on first use: start-up shows the calls without it

    try:
        parsed = phonenumbers.parse(number, (region or "").upper() or None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.number_type(parsed) in (phonenumbers.PhoneNumberType.MOBILE,
                                                phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def sms_number(numbers: tuple[str, ...] | list[str], preferred: str = "", region: str = "SE") -> str:
    """The number of a contact to prefill an SMS with: the first mobile number (the preferred one
    first), else the preferred number, else the first; "" when there is none. Never raises."""
    ordered = [n for n in dict.fromkeys([preferred, *numbers]) if isinstance(n, str) and n.strip()]
    for number in ordered:
        if _is_mobile(number.strip(), region):
            return number.strip()
    return ordered[0].strip() if ordered else ""
