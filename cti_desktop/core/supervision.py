"""Supervising agents: listening in on, whispering to and barging in on an agent's active call.

A backend that can do it offers :class:`Supervision`: the groups the person belongs to, whether
they are a supervisor there (the server's word, never a guess) and the groups' agents; and
:meth:`Supervision.supervise`, which starts the supervisor's own call joined to the agent's call.

The modes, in the words the panel uses:

* ``listen``: you hear the agent and the caller; nobody hears you;
* ``whisper``: you hear both; only the agent hears you (coaching);
* ``barge``: a three-way call: everyone hears you;
* ``intrude``: the phone system's older intrusion into the call (the reference's ``INTRUSION``):
  everyone hears you, as with barge; offered beside it for phone systems that allow only this one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from typing import Protocol, runtime_checkable

from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.i18n import QT_TRANSLATE_NOOP

from .models import Call


class SupervisionMode(str, Enum):
    LISTEN = "listen"
    WHISPER = "whisper"
    BARGE = "barge"
    INTRUDE = "intrude"


#: Each mode → (button text, what it does, in one sentence).
MODE_WORDS: Mapping[SupervisionMode, tuple[str, str]] = TranslatedWords("Supervision", {
    SupervisionMode.LISTEN: (QT_TRANSLATE_NOOP("Supervision", "Listen"), QT_TRANSLATE_NOOP("Supervision", "Listen in: you hear the agent and the caller; nobody hears you")),
    SupervisionMode.WHISPER: (QT_TRANSLATE_NOOP("Supervision", "Whisper"), QT_TRANSLATE_NOOP("Supervision", "Whisper: you hear both; only the agent hears you")),
    SupervisionMode.BARGE: (QT_TRANSLATE_NOOP("Supervision", "Barge in"), QT_TRANSLATE_NOOP("Supervision", "Barge in: a three-way call; everyone hears you")),
    SupervisionMode.INTRUDE: (QT_TRANSLATE_NOOP("Supervision", "Intrude"), QT_TRANSLATE_NOOP("Supervision", "Intrude: the phone system's intrusion into the call; everyone hears you")),
})


@dataclass(frozen=True, slots=True)
class SupervisedAgent:
    """An agent of a group, as the server lists them."""

    user_id: str
    name: str = ""
    number: str = ""
    domain: str = ""
    logged_in: bool = False
    #: ``None`` when the server does not say.
    available: bool | None = None
    #: Whether the agent is on a call now; ``None`` when the server does not say.
    in_call: bool | None = None

    @property
    def label(self) -> str:
        return self.name or self.user_id or self.number or "Unknown agent"


@dataclass(frozen=True, slots=True)
class SupervisedGroup:
    """A group the person belongs to, their roles in it and its agents."""

    id: str
    name: str = ""
    domain: str = ""
    type: str = ""
    roles: tuple[str, ...] = ()
    agents: tuple[SupervisedAgent, ...] = ()

    @property
    def supervisor(self) -> bool:
        """The server gives the person the supervisor role in this group."""
        return "SUPERVISOR" in self.roles


@runtime_checkable
class Supervision(Protocol):
    async def supervised_groups(self) -> list[SupervisedGroup]:
        """The person's groups with their roles and agents."""
        ...

    async def supervise(self, agent: SupervisedAgent, mode: SupervisionMode, *,
                        device_id: str | None = None) -> Call:
        """Start the person's call joined to ``agent``'s active call (the server refuses it in words
        when it is not allowed, or the agent has no call)."""
        ...


def supervision_of(backend: object) -> Supervision | None:
    """The backend's supervision, if it has any (on its own, or on its call control)."""
    for candidate in (getattr(backend, "supervision", None), getattr(backend, "call_control", None)):
        if isinstance(candidate, Supervision):
            return candidate
    return None


__all__ = ["MODE_WORDS", "SupervisedAgent", "SupervisedGroup", "Supervision", "SupervisionMode", "supervision_of"]
