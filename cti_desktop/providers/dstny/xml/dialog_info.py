"""``application/dialog-info+xml`` (RFC 4235, the dialog stream)."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree.ElementTree import Element

from ..wire import number_from_uri
from .document import XmlDocumentError, _parse, _local, _attr, _children, _child, _text, _small_int


DIALOG_STATES = ("trying", "proceeding", "early", "confirmed", "terminated")


@dataclass(frozen=True, slots=True)
class Dialog:
    id: str
    call_id: str = ""
    direction: str = ""  # initiator | recipient | '' (open)
    state: str = ""  # trying | proceeding | early | confirmed | terminated; other values kept lowercased
    state_event: str = ""  # why it terminated: cancelled, rejected, replaced, local-bye, …
    state_code: int | None = None
    remote_identity: str = ""  # as sent, e.g. sip:+4670123@example.com or tel:+4670123
    remote_display: str = ""
    local_identity: str = ""
    local_display: str = ""
    #: The SIP dialog's tags, as the notifier (the watched user's side) sees them (RFC 4235
    #: ``local-tag``/``remote-tag``); with ``call_id`` they name the SIP dialog a pickup replaces.
    local_tag: str = ""
    remote_tag: str = ""

    @property
    def remote_number(self) -> str:
        return number_from_uri(self.remote_identity)

    @property
    def terminated(self) -> bool:
        return self.state == "terminated"

    @property
    def ringing(self) -> bool:
        return self.state in ("trying", "proceeding", "early")


@dataclass(frozen=True, slots=True)
class DialogInfo:
    version: int
    state: str  # full | partial (kept lowercased; anything else kept as sent)
    entity: str
    dialogs: tuple[Dialog, ...] = ()

    @property
    def full(self) -> bool:
        return self.state == "full"


def _participant(dialog: Element, which: str) -> tuple[str, str]:
    el = _child(dialog, which)
    if el is None:
        return "", ""
    identity = _child(el, "identity")
    if identity is not None:
        return _text(identity), (_attr(identity, "display") or "").strip()
    target = _child(el, "target")
    if target is not None:
        return (_attr(target, "uri") or "").strip(), ""
    return "", ""


def parse_dialog_info(document: str | bytes) -> DialogInfo:
    """An RFC 4235 ``dialog-info`` document → :class:`DialogInfo`."""
    root = _parse(document, "dialog-info")
    if _local(root.tag) != "dialog-info":
        raise XmlDocumentError("dialog-info: the document is not a dialog-info document")
    version_text = (_attr(root, "version") or "").strip()
    version = _small_int(version_text)
    if version is None:
        version = -1
    dialogs = []
    for el in _children(root, "dialog"):
        state_el = _child(el, "state")
        state = _text(state_el).lower() if state_el is not None else ""
        code_text = (_attr(state_el, "code") or "").strip() if state_el is not None else ""
        remote_identity, remote_display = _participant(el, "remote")
        local_identity, local_display = _participant(el, "local")
        dialogs.append(
            Dialog(
                id=(_attr(el, "id") or "").strip(),
                call_id=(_attr(el, "call-id") or "").strip(),
                direction=(_attr(el, "direction") or "").strip().lower(),
                state=state,
                state_event=((_attr(state_el, "event") or "").strip().lower() if state_el is not None else ""),
                state_code=_small_int(code_text),
                remote_identity=remote_identity,
                remote_display=remote_display,
                local_identity=local_identity,
                local_display=local_display,
                local_tag=(_attr(el, "local-tag") or "").strip(),
                remote_tag=(_attr(el, "remote-tag") or "").strip(),
            )
        )
    return DialogInfo(
        version=version,
        state=(_attr(root, "state") or "").strip().lower(),
        entity=(_attr(root, "entity") or "").strip(),
        dialogs=tuple(dialogs),
    )
