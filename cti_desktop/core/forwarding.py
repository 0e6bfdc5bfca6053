"""Call forwarding, provider-neutral: where my calls go instead of ringing me.

:class:`ForwardingState` is what the header shows and the forwarding control changes:

* ``number`` — the unconditional forward ("forward all calls") the person set, "" when off;
* ``presence_number`` — a diversion that follows the presence (set by a presence shortcut, or the
  number mapped to the current activity), "" when none; it ends when the presence changes;
* ``conditional`` — how many other rules (on busy, on no answer, …, or the other line's) carry a
  number: they do not take every call, so the header does not call the line "forwarded" for them alone.

:func:`normalise_forward_number` checks a number the person typed the way the dialler does
(:func:`~cti_desktop.core.dialing.normalise_dial_string`), and refuses what cannot be a forward
target (a feature code), always in words. Qt-free and I/O-free.
"""

from __future__ import annotations

from dataclasses import dataclass
from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.translated_words import TranslatedWords

from .dialing import DialStringRefused, format_for_display, normalise_dial_string
from .errors import InvalidInput

__all__ = [
    "ActivityForwarding",
    "ForwardNumberRefused",
    "ForwardingState",
    "describe_forwarding",
    "normalise_forward_number",
]


class ForwardNumberRefused(InvalidInput):
    """What was typed cannot be a forwarding number; the message says why, in words."""


@dataclass(frozen=True, slots=True)
class ActivityForwarding:
    """Calls are forwarded to ``number`` while my presence activity is ``activity_id``."""

    activity_id: str
    number: str


@dataclass(frozen=True, slots=True)
class ForwardingState:
    number: str = ""
    presence_number: str = ""
    conditional: int = 0

    @property
    def active(self) -> bool:
        """Every call goes elsewhere (the forward-all number or a presence diversion)."""
        return bool(self.number or self.presence_number)

    @property
    def target(self) -> str:
        """Where calls go now: the forward-all number first (it wins over a presence diversion)."""
        return self.number or self.presence_number


def normalise_forward_number(text: str, default_region: str = "SE") -> str:
    """The number to send (E.164, or an internal extension as typed), or :class:`ForwardNumberRefused`.

    The same checks as the dialler; a feature code (``*21#``) is refused, since the phone system
    wants a number to forward to, not a code.
    """
    if text is None or not str(text).strip():
        raise ForwardNumberRefused(translate("Forwarding", "Enter the number to forward your calls to"))
    try:
        target = normalise_dial_string(str(text), default_region)
    except DialStringRefused as exc:
        words = str(exc).replace(translate("Dialing", "Enter a number to call"),
                                 translate("Forwarding", "Enter the number to forward your calls to"))
        raise ForwardNumberRefused(words) from None
    if target.kind == "feature":
        raise ForwardNumberRefused(translate("Forwarding", "Calls cannot be forwarded to a feature code; enter a phone number or an extension"))
    return target.dial


#: The conditional rules of a line in words ("when you are busy"), by the reference's rule types.
RULE_WORDS = TranslatedWords("Forwarding", {
    "CFWD_ON_BUSY": QT_TRANSLATE_NOOP("Forwarding", "when you are busy"),
    "CFWD_ON_BUSY_IN_CALL": QT_TRANSLATE_NOOP("Forwarding", "when you are in a call"),
    "CFWD_ON_BUSY_IN_CALL_OR_UNREACHABLE": QT_TRANSLATE_NOOP("Forwarding", "when you are in a call or cannot be reached"),
    "CFWD_ON_BUSY_OR_UNREACHABLE": QT_TRANSLATE_NOOP("Forwarding", "when you are busy or cannot be reached"),
    "CFWD_NO_ANSWER": QT_TRANSLATE_NOOP("Forwarding", "when you do not answer"),
    "CFWD_NO_ANSWER_OR_UNREACHABLE": QT_TRANSLATE_NOOP("Forwarding", "when you do not answer or cannot be reached"),
    "CFWD_UNREACHABLE": QT_TRANSLATE_NOOP("Forwarding", "when you cannot be reached"),
})


def rule_words(rule_type: str) -> str:
    """``CFWD_NO_ANSWER`` → "when you do not answer"; an unknown type in readable words."""
    return RULE_WORDS.get(rule_type) or rule_type.removeprefix("CFWD_").replace("_", " ").lower()


def describe_forwarding(state: ForwardingState, activity_name: str = "", region: str = "") -> str:
    """The header's words: "Forwarded to +46 70 123 45 67", "Diverted to … while Lunch", "Not forwarded".

    Numbers are in international form unless ``region`` is given (then that region's numbers are national).
    """
    if state.number:
        return translate("Forwarding", "Forwarded to {format_for_display}").format(format_for_display=format_for_display(state.number, region))
    if state.presence_number:
        words = translate("Forwarding", "Diverted to {format_for_display}").format(format_for_display=format_for_display(state.presence_number, region))
        return translate("Forwarding", "{words} while {activity_name}").format(words=words, activity_name=activity_name) if activity_name else words
    if state.conditional:
        return translate("Forwarding", "Not forwarded (some calls are, by other rules)")
    return translate("Forwarding", "Not forwarded")
