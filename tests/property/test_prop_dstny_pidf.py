"""PIDF presence documents (RFC 3863, RFC 4479, RFC 4480): any bytes give a Presence or the parser's
refusal (:class:`PidfDocumentError`, an :class:`XmlDocumentError`); real documents read right."""

from __future__ import annotations

from datetime import datetime, timezone

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.models import Presence
from cti_desktop.providers.dstny.xml import PidfDocumentError, XmlDocumentError, parse_pidf
from cti_desktop.simulator.dstny.api_contact_info import pidf_document
from cti_desktop.simulator.dstny.org import Presence as SimPresence
from cti_desktop.simulator.dstny.org import User
from hostile import BOUNDED, mutated_bytes

# RFC 3863, section 3.4 (the example with a note and a status) — copied from the RFC's text.
RFC3863_EXAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf"
    xmlns:im="urn:ietf:params:xml:ns:pidf:im"
    xmlns:myex="http://id.example.com/presence/"
    entity="pres:someone@example.com">
  <tuple id="bs35r9">
    <status>
      <basic>open</basic>
      <im:im>busy</im:im>
      <myex:location>home</myex:location>
    </status>
    <contact priority="0.8">im:someone@mobilecarrier.net</contact>
    <note xml:lang="en">Don't Disturb Please!</note>
    <note xml:lang="fr">Ne derangez pas, s'il vous plait</note>
    <timestamp>2001-10-27T16:49:29Z</timestamp>
  </tuple>
  <tuple id="eg92n8">
    <status>
      <basic>open</basic>
    </status>
    <contact priority="1.0">mailto:someone@example.com</contact>
  </tuple>
  <note>I'll be in Tokyo next week</note>
</presence>
"""

# RFC 4480, section 3 (the person with activities, until and a note) — abridged from the RFC's example.
RFC4480_EXAMPLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<presence xmlns="urn:ietf:params:xml:ns:pidf"
     xmlns:dm="urn:ietf:params:xml:ns:pidf:data-model"
     xmlns:rpid="urn:ietf:params:xml:ns:pidf:rpid"
     entity="pres:someone@example.com">
  <tuple id="bs35r9">
    <status><basic>closed</basic></status>
    <contact>sip:someone@example.com</contact>
  </tuple>
  <dm:person id="pdd">
    <rpid:activities from="2005-05-30T12:00:00+05:00" until="2005-05-30T17:00:00+05:00">
      <rpid:note>Far away</rpid:note>
      <rpid:away/>
    </rpid:activities>
    <rpid:class>calendar</rpid:class>
    <rpid:user-input idle-threshold="600" last-input="2004-10-21T13:20:00.000-05:00">idle</rpid:user-input>
    <dm:note>Vacation!</dm:note>
  </dm:person>
</presence>
"""

SEEDS = [RFC3863_EXAMPLE, RFC4480_EXAMPLE,
         pidf_document(User("agent2", "Björn", "Sandberg", "1002", "+4685001002", "+467011002")).encode(),
         pidf_document(User("agent6", "Filip", "Ekström", "1006", "+4685001006", "+467011006",
                            presence=SimPresence("lunch", False, "Back <13:00> & later", "private",
                                                 "2026-12-01T13:00:00Z"))).encode()]


def read(data: bytes) -> Presence | None:
    try:
        presence = parse_pidf(data)
    except PidfDocumentError as exc:
        assert isinstance(exc, XmlDocumentError) and str(exc)
        return None
    assert isinstance(presence, Presence)
    assert isinstance(presence.activity, str) and len(presence.activity) <= 64
    assert isinstance(presence.note, str) and len(presence.note) <= 500
    assert all(ch.isprintable() for ch in presence.note + presence.activity)
    assert isinstance(presence.available, bool)
    return presence


def test_the_rfc_examples_and_the_simulators_documents():
    p = parse_pidf(RFC3863_EXAMPLE)
    assert (p.available, p.activity, p.note) == (True, "", "I'll be in Tokyo next week")
    p = parse_pidf(RFC4480_EXAMPLE)
    assert (p.available, p.activity, p.note, p.role, p.idle) == (False, "away", "Vacation!", "calendar", True)
    assert p.activity_expires == datetime(2005, 5, 30, 12, 0, tzinfo=timezone.utc)
    p = parse_pidf(SEEDS[3])
    assert (p.available, p.activity, p.note, p.role) == (False, "lunch", "Back <13:00> & later", "private")
    assert parse_pidf(SEEDS[2]).activity == "available" and parse_pidf(SEEDS[2]).available


def test_hostile_xml_is_refused_in_words():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'
            b'<presence xmlns="urn:ietf:params:xml:ns:pidf"><note>&b;</note></presence>')
    for data in (bomb, b"", b"not xml", b"<dialog-info/>", b"<presence>" * 10, "<presence>\ud800</presence>"):
        try:
            parse_pidf(data)
        except PidfDocumentError:
            continue
        raise AssertionError(f"{data!r} was not refused")


@BOUNDED
@given(st.binary(max_size=600))
def test_any_bytes_give_a_presence_or_the_refusal(data):
    read(data)


@BOUNDED
@given(mutated_bytes(SEEDS))
def test_mutated_documents_give_a_presence_or_the_refusal(data):
    read(data)


@BOUNDED
@given(st.text(max_size=300), st.sampled_from(["available", "lunch", "meeting", "away", "busy", "vacation"]),
       st.booleans())
def test_what_the_simulator_sends_reads_back(note, activity, available):
    user = User("agent3", "Cecilia", "Holm", "1003", "+4685001003", "+467011003",
                presence=SimPresence(activity, available, note))
    try:
        p = parse_pidf(pidf_document(user))
    except PidfDocumentError:
        # only a note no XML document can hold (a control character, a lone surrogate) is refused
        assert any((not ch.isprintable() and ch not in "\t\n\r ") or "\ud800" <= ch <= "\udfff" for ch in note)
        return
    assert (p.activity, p.available) == (activity, available)
    assert p.note == " ".join("".join(ch if ch.isprintable() else " " for ch in note).split())[:500]
