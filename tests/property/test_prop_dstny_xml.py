"""Dstny XML (queue statistics, dialog-info): any bytes or text → a value, or XmlDocumentError."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import parser_corpus as corpus
from cti_desktop.core.models import QueueStats
from cti_desktop.providers.dstny.xml import DialogInfo, XmlDocumentError, parse_dialog_info, parse_queue_statistics_xml
from hostile import BOUNDED, deep, hostile_text, mutated_bytes


def _queues(document):
    try:
        result = parse_queue_statistics_xml(document)
    except XmlDocumentError:
        return
    assert isinstance(result, list) and all(isinstance(q, QueueStats) for q in result)
    for q in result:
        assert all(isinstance(v, int) and 0 <= v <= 10**18 for v in (q.queue_length, q.available_agents, q.total_24h))


def _dialogs(document):
    try:
        info = parse_dialog_info(document)
    except XmlDocumentError:
        return
    assert isinstance(info, DialogInfo) and isinstance(info.version, int)


documents = st.one_of(
    mutated_bytes(corpus.QUEUE_XML + corpus.DIALOG_XML),
    deep(b"<a>", b"</a>"),
    deep(b"<queue-statistics><queue id='1'>" + b"<x>" * 0, b"</x>", b"<x>").map(lambda d: d),
)


@BOUNDED
@given(document=documents)
def test_any_bytes(document):
    _queues(document)
    _dialogs(document)


@BOUNDED
@given(document=documents)
def test_any_text_including_lone_surrogates(document):
    text = document.decode("utf-8", "surrogateescape")
    _queues(text)
    _dialogs(text)


@BOUNDED
@given(value=hostile_text, where=st.sampled_from(["queueLength", "lastWait", "count", "version", "code", "name"]))
def test_hostile_values_in_real_documents(value, where):
    escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")
    queue = f'<queue id="1"><{where}>{escaped}</{where}><current-agent-presence><presence name="A" count="{escaped}"/></current-agent-presence></queue>'
    dialog = (f'<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="{escaped}" state="full" entity="e">'
              f'<dialog id="d"><state code="{escaped}">early</state></dialog></dialog-info>')
    for doc in (queue, dialog):
        _queues(doc)
        _dialogs(doc)
        _queues(doc.encode("utf-8", "surrogatepass"))
        _dialogs(doc.encode("utf-8", "surrogatepass"))


@BOUNDED
@given(encoding=st.one_of(st.text(max_size=20), st.sampled_from(["rot13", "base64", "utf-7", "UTF-16", "idna", "hz"])))
def test_any_declared_encoding(encoding):
    body = b"<queue id='1'><queueLength>2</queueLength></queue>"
    name = encoding.replace('"', "").encode("utf-8", "surrogatepass")
    _queues(b'<?xml version="1.0" encoding="' + name + b'"?>' + body)
    _dialogs(b'<?xml version="1.0" encoding="' + name + b'"?><dialog-info/>')
