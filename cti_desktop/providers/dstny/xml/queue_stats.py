"""``application/telepo-queue-statistics+xml`` (the queue-statistics stream), read tolerantly: a field
may be a child element or an attribute, camelCase or kebab-case, one or many queues, namespaced or not.
"""

from __future__ import annotations

from collections import deque
from typing import Iterator
from xml.etree.ElementTree import Element

from ....core.models import QueueStats
from ..wire import number_from_uri
from .document import _parse, _norm, _Names, _count


_QUEUE_FIELDS = {
    "queue_length": "queueLength",
    "available_agents": "availableAgents",
    "logged_in_agents": "loggedInAgents",
    "longest_waiting": "longestWaiting",
    "last_wait": "lastWait",
    "average_wait": "averageWait",
    "answered_period": "answeredCallsForPeriod",
    "dropped_period": "droppedCallsForPeriod",
    "total_period": "totalCallsForPeriod",
    "answered_24h": "answeredCallsLast24h",
    "dropped_24h": "droppedCallsLast24h",
    "total_24h": "totalCallsLast24h",
}
#: The same, with the wire names normalised once.
_QUEUE_FIELDS_NORM = tuple((attr, _norm(wire)) for attr, wire in _QUEUE_FIELDS.items())
_N_QUEUE = _norm("queue")
_N_ID, _N_NAME, _N_DOMAIN, _N_NUMBER = _norm("id"), _norm("name"), _norm("domain"), _norm("number")
_N_PRESENCE_BLOCK, _N_PRESENCE, _N_COUNT = _norm("current-agent-presence"), _norm("presence"), _norm("count")


def _values(el: Element) -> tuple[dict[str, str], list[Element]]:
    """One element's fields by normalised name — attributes first, then child elements' texts; the
    first of a name wins, as with :func:`_field` — and its agent-presence blocks, in one pass."""
    values: dict[str, str] = {}
    for key, value in el.attrib.items():
        values.setdefault(_norm(key), value)
    blocks: list[Element] = []
    for child in el:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        norm = _norm(tag)
        if norm == _N_PRESENCE_BLOCK:
            blocks.append(child)
        elif norm not in values:
            values[norm] = child.text or "" if not len(child) else "".join(child.itertext())
    return values, blocks


def _agent_presence(blocks: list[Element]) -> tuple[tuple[str, int], ...]:
    out: list[tuple[str, int]] = []
    for block in blocks:
        names = _Names(block)
        entries = [_Names(entry) for entry in names.children(_N_PRESENCE)]
        if not entries and names.field(_N_NAME):
            entries = [names]
        for entry in entries:
            name = entry.field(_N_NAME)
            if name:
                out.append((name, _count(entry.field(_N_COUNT))))
    return tuple(out)


def _queue(el: Element) -> QueueStats | None:
    values, blocks = _values(el)
    get = values.get
    queue_id = get(_N_ID, "").strip()
    name = get(_N_NAME, "").strip()
    if not queue_id and not name:
        return None
    counts = {attr: _count(get(norm, "")) for attr, norm in _QUEUE_FIELDS_NORM}
    return QueueStats(
        id=queue_id or name,
        domain=get(_N_DOMAIN, "").strip(),
        name=name,
        number=number_from_uri(get(_N_NUMBER, "").strip()),
        agent_presence=_agent_presence(blocks),
        **counts,
    )


def _find_queues(root: Element) -> list[Element]:
    """The ``queue`` elements, breadth first (a queue's own children are not searched)."""
    if isinstance(root.tag, str) and _norm(root.tag) == _N_QUEUE:
        return [root]
    found: list[Element] = []
    todo: deque[Element] = deque(root)
    while todo:
        el = todo.popleft()
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if _norm(tag) == _N_QUEUE:
            found.append(el)
        else:
            todo.extend(el)
    return found


def parse_queue_statistics_xml(document: str | bytes) -> list[QueueStats]:
    """A ``queue-statistics`` document (one ``queue`` or many) → statistics, in document order."""
    return list(iter_queue_statistics_xml(document))


def iter_queue_statistics_xml(document: str | bytes) -> Iterator[QueueStats]:
    """The same, queue by queue: the document is read (or refused) at once, its queues are then
    made as they are asked for, so a caller on a GUI thread can pause between them."""
    root = _parse(document, "queue statistics")
    return (q for q in map(_queue, _find_queues(root)) if q is not None)
