"""The Dstny history readers (communication log, bulk-mark answer, voicemail settings): any value or
bytes → the right type, or MalformedResponse; nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from cti_desktop.core.models import CommLogItem
from cti_desktop.core.voicemail import VoicemailSettings
from cti_desktop.providers.dstny import wire
from common import dstny_read
from hostile import BOUNDED, json_bytes, json_values, mutated_examples


@BOUNDED
@given(st.one_of(json_values("dstny"), mutated_examples("dstny")))
def test_history_readers_take_any_value(value):
    items = dstny_read(wire.parse_commlog, value, list)
    for item in items or []:
        assert isinstance(item, CommLogItem) and isinstance(item.played, bool)
        assert isinstance(item.inbox_name, str) and isinstance(item.call_item_id, str) and isinstance(item.link, str)
    settings = dstny_read(wire.parse_voicemail_settings, value, VoicemailSettings)
    if settings is not None:
        body = wire.voicemail_settings_body(settings)
        assert wire.parse_voicemail_settings(body) == settings  # what we send reads back the same


@BOUNDED
@given(st.one_of(json_bytes("dstny"), st.binary(max_size=512), st.text(max_size=512), st.none()))
def test_bulk_mark_answer_takes_any_bytes(content):
    ids = wire.commlog_missing_ids(content)
    assert isinstance(ids, list) and all(isinstance(i, str) and i for i in ids)
    if isinstance(content, bytes):
        dstny_read(lambda b: wire.parse_commlog(wire.parse_json(b)), content, list)
        dstny_read(lambda b: wire.parse_voicemail_settings(wire.parse_json(b)), content, VoicemailSettings)
