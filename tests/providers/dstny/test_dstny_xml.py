"""Queue-statistics and dialog-info XML: tolerant shapes, and hostile documents refused."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cti_desktop.providers.dstny.xml import (
    MAX_XML_BYTES,
    XmlDocumentError,
    parse_dialog_info,
    parse_queue_statistics_xml,
)

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "property"))
import parser_corpus as corpus  # noqa: E402  (the contract's examples, shared with the property tests)

CONTRACT_EXAMPLE = corpus.QUEUE_CONTRACT_EXAMPLE


def test_contract_example():
    (q,) = parse_queue_statistics_xml(CONTRACT_EXAMPLE)
    assert (q.id, q.domain, q.name, q.number) == ("67899", "test.com", "ACD_Taxi", "+123415")
    assert (q.queue_length, q.available_agents, q.logged_in_agents) == (3, 2, 5)
    assert (q.longest_waiting, q.last_wait, q.average_wait) == (20, 15, 14)
    assert (q.answered_period, q.dropped_period, q.total_period) == (41, 6, 60)
    assert (q.answered_24h, q.dropped_24h, q.total_24h) == (0, 0, 0)
    assert q.agent_presence == (("Available", 1),)


def test_bytes_with_declaration_and_bom():
    doc = b"\xef\xbb\xbf<?xml version='1.0' encoding='UTF-8'?>" + CONTRACT_EXAMPLE.encode()
    assert parse_queue_statistics_xml(doc)[0].queue_length == 3
    text = "<?xml version='1.0' encoding='ISO-8859-1'?><queue id='1'><name>Kö</name></queue>"
    assert parse_queue_statistics_xml(text)[0].name == "Kö"


def test_attributes_instead_of_elements_give_the_same_result():
    attrs = """<queue-statistics><queue id="67899" domain="test.com" name="ACD_Taxi" number="+123415"
      queueLength="3" availableAgents="2" loggedInAgents="5" longestWaiting="20" lastWait="15" averageWait="14"
      answeredCallsForPeriod="41" droppedCallsForPeriod="6" totalCallsForPeriod="60">
      <current-agent-presence><presence><name>Available</name><count>1</count></presence></current-agent-presence>
    </queue></queue-statistics>"""
    assert parse_queue_statistics_xml(attrs) == parse_queue_statistics_xml(CONTRACT_EXAMPLE)


def test_elements_for_id_and_kebab_case_names():
    doc = """<queue-statistics><queue><id>7</id><domain>d</domain><name>Sales</name>
      <queue-length>4</queue-length><available_agents>1</available_agents></queue></queue-statistics>"""
    (q,) = parse_queue_statistics_xml(doc)
    assert (q.id, q.domain, q.queue_length, q.available_agents) == ("7", "d", 4, 1)


def test_many_queues_in_order_and_a_bare_queue_root():
    doc = "<queue-statistics>" + "".join(
        f'<queue id="{i}"><name>Q{i}</name><queueLength>{i}</queueLength></queue>' for i in range(1, 6)
    ) + "</queue-statistics>"
    stats = parse_queue_statistics_xml(doc)
    assert [q.id for q in stats] == ["1", "2", "3", "4", "5"]
    assert [q.queue_length for q in stats] == [1, 2, 3, 4, 5]
    assert parse_queue_statistics_xml('<queue id="9"><queueLength>2</queueLength></queue>')[0].queue_length == 2
    assert parse_queue_statistics_xml("<queue-statistics/>") == []


def test_namespaced_documents():
    doc = """<qs:queue-statistics xmlns:qs="urn:telepo:queue-statistics">
      <qs:queue qs:id="1" domain="x"><qs:name>A</qs:name><qs:queueLength>2</qs:queueLength>
      <qs:current-agent-presence><qs:presence name="Lunch" count="3"/></qs:current-agent-presence></qs:queue>
    </qs:queue-statistics>"""
    (q,) = parse_queue_statistics_xml(doc)
    assert (q.id, q.name, q.queue_length, q.agent_presence) == ("1", "A", 2, (("Lunch", 3),))
    default_ns = '<queue-statistics xmlns="urn:x"><queue id="2"><queueLength>5</queueLength></queue></queue-statistics>'
    assert parse_queue_statistics_xml(default_ns)[0].queue_length == 5


def test_unknown_elements_and_attributes_are_ignored():
    doc = """<queue-statistics generated="now"><meta><x/></meta>
      <queue id="1" colour="red"><name>A</name><future><queueLength>99</queueLength></future>
      <queueLength>2</queueLength><!-- comment --><?pi data?></queue></queue-statistics>"""
    (q,) = parse_queue_statistics_xml(doc)
    assert q.queue_length == 2  # the nested unknown element does not override the field


@pytest.mark.parametrize(("text", "expected"), [("", 0), ("abc", 0), ("-1", 0), (" 7 ", 7), ("3.0", 3), ("1e400", 0)])
def test_odd_numbers(text, expected):
    (q,) = parse_queue_statistics_xml(f'<queue id="1"><queueLength>{text}</queueLength><lastWait/></queue>')
    assert q.queue_length == expected
    assert q.last_wait == 0


def test_presence_counts_with_odd_values():
    doc = """<queue id="1"><current-agent-presence><presence name="Available" count="x"/>
      <presence count="2"/><presence name="Busy" count="-4"/></current-agent-presence></queue>"""
    assert parse_queue_statistics_xml(doc)[0].agent_presence == (("Available", 0), ("Busy", 0))


def test_duplicate_names_the_attribute_then_the_first_element_wins():
    doc = """<queue-statistics><queue id="1" queue-length="4"><queueLength>9</queueLength>
      <Available_Agents>2</Available_Agents><availableAgents>7</availableAgents><NAME>First</NAME><name>Second</name>
      </queue></queue-statistics>"""
    (q,) = parse_queue_statistics_xml(doc)
    assert (q.queue_length, q.available_agents, q.name) == (4, 2, "First")


def test_a_queue_nested_in_a_queue_is_not_a_second_queue_and_wrappers_are_searched_breadth_first():
    doc = """<queue-statistics><group><queue id="3"/></group><queue id="1"><queue id="2"/></queue>
      </queue-statistics>"""
    assert [q.id for q in parse_queue_statistics_xml(doc)] == ["1", "3"]


def test_a_document_of_many_queues_reads_like_the_same_queues_one_by_one():
    queues = [f'<queue id="{i}" domain="d"><name>Q{i}</name><queueLength>{i % 7}</queueLength>'
              f'<current-agent-presence><presence name="Busy" count="{i}"/></current-agent-presence></queue>'
              for i in range(1, 301)]
    together = parse_queue_statistics_xml("<queue-statistics>" + "".join(queues) + "</queue-statistics>")
    one_by_one = [parse_queue_statistics_xml(f"<queue-statistics>{q}</queue-statistics>")[0] for q in queues]
    assert together == one_by_one


def test_a_queue_without_id_or_name_is_skipped():
    assert parse_queue_statistics_xml("<queue-statistics><queue><queueLength>1</queueLength></queue></queue-statistics>") == []


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<queue-statistics><queue id="1"><name>&lol4;</name></queue></queue-statistics>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE q [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<queue-statistics><queue id="1"><name>&xxe;</name></queue></queue-statistics>"""

EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE queue-statistics SYSTEM "http://127.0.0.1:9/evil.dtd">
<queue-statistics><queue id="1"/></queue-statistics>"""

PARAMETER_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE q [ <!ENTITY % remote SYSTEM "http://127.0.0.1:9/x"> %remote; ]>
<queue-statistics/>"""

HOSTILE = {
    "billion-laughs": BILLION_LAUGHS,
    "external-entity": EXTERNAL_ENTITY,
    "external-dtd": EXTERNAL_DTD,
    "parameter-entity": PARAMETER_ENTITY,
    "internal-dtd-only": '<!DOCTYPE q [ <!ELEMENT q ANY> ]><queue-statistics/>',
    "not-xml": "this is not xml",
    "empty": "",
    "unclosed": "<queue-statistics><queue id='1'>",
    "oversize": "<queue-statistics>" + "<queue id='1'/>" * (MAX_XML_BYTES // 15 + 1) + "</queue-statistics>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("parser", [parse_queue_statistics_xml, parse_dialog_info], ids=["queue-stats", "dialog-info"])
def test_hostile_or_broken_documents_are_refused(name, parser):
    with pytest.raises(XmlDocumentError) as info:
        parser(HOSTILE[name])
    assert "passwd" not in str(info.value)
    with pytest.raises(XmlDocumentError):
        parser(HOSTILE[name].encode())


def test_xml_error_is_a_value_error():
    assert issubclass(XmlDocumentError, ValueError)


# ----------------------------------------------------------------------------------------------
# RFC 4235 dialog-info

FULL = corpus.DIALOG_FULL  # the dialog stream's document, also a seed of the property tests


def test_full_dialog_info():
    info = parse_dialog_info(FULL)
    assert (info.version, info.state, info.entity, info.full) == (3, "full", "sip:agent1@demo.example", True)
    d1, d2 = info.dialogs
    assert (d1.id, d1.call_id, d1.direction, d1.state) == ("d1", "abc@host", "recipient", "early")
    assert d1.ringing and not d1.terminated
    assert d1.remote_display == "Alice Caller" and d1.remote_number == "+46701234567"
    assert d1.local_display == "Agent One"
    assert d2.state == "confirmed" and d2.remote_number == "+4681234" and d2.state_code == 200
    assert d2.direction == "initiator"


def test_partial_terminated_dialog():
    doc = """<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="4" state="partial" entity="sip:a@b">
      <dialog id="d1" call-id="abc@host"><state event="cancelled">terminated</state></dialog></dialog-info>"""
    info = parse_dialog_info(doc.encode())
    assert info.state == "partial" and not info.full and info.version == 4
    (d,) = info.dialogs
    assert d.terminated and d.state_event == "cancelled" and d.remote_identity == "" and d.direction == ""


def test_unknown_state_and_elements_are_kept_or_ignored():
    doc = """<dialog-info xmlns="urn:ietf:params:xml:ns:dialog-info" version="x" state="FULL" entity="e">
      <extension xmlns="urn:other"><foo/></extension>
      <dialog id="d9"><state>Parked-Somewhere</state><remote><target uri="sip:200@x"/></remote></dialog>
      <dialog id="d10"/></dialog-info>"""
    info = parse_dialog_info(doc)
    assert info.version == -1 and info.full
    d9, d10 = info.dialogs
    assert d9.state == "parked-somewhere" and d9.remote_number == "200"
    assert d10.state == "" and not d10.terminated


def test_empty_dialog_info_and_without_namespace():
    info = parse_dialog_info('<dialog-info version="0" state="full" entity="e"/>')
    assert info.dialogs == () and info.version == 0


def test_wrong_root_is_refused():
    with pytest.raises(XmlDocumentError):
        parse_dialog_info("<queue-statistics/>")


@pytest.mark.parametrize(
    "doc",
    [
        CONTRACT_EXAMPLE,  # the fast path: plain UTF-8, no markup declarations
        CONTRACT_EXAMPLE.replace("<queue-statistics>", "<queue-statistics><!-- a comment -->"),  # defusedxml
        b"<?xml version='1.0' encoding='ISO-8859-1'?>" + CONTRACT_EXAMPLE.encode("latin-1"),  # defusedxml
        b"<?xml version='1.0' encoding='utf-8'?>" + CONTRACT_EXAMPLE.encode(),  # the fast path
    ],
)
def test_fast_and_defused_paths_read_the_same(doc):
    assert parse_queue_statistics_xml(doc) == parse_queue_statistics_xml(CONTRACT_EXAMPLE)


@pytest.mark.parametrize(
    "doc",
    [
        b"<?xml version='1.0' encoding='cp037'?>" + '<!DOCTYPE q [<!ENTITY a "x">]><queue id="1"/>'.encode("cp037"),
        '<!DOCTYPE q [<!ENTITY a "x">]><queue id="1">&a;</queue>'.encode("utf-16"),
        b'<?xml version="1.0"?>\n<!DOCTYPE q SYSTEM "http://example.com/x.dtd"><queue id="1"/>',
    ],
)
def test_declarations_hidden_behind_other_encodings_still_go_through_defusedxml(doc):
    with pytest.raises(XmlDocumentError):
        parse_queue_statistics_xml(doc)
