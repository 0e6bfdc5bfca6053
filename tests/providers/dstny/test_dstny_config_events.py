"""The change streams' event bodies, as the reference and the simulator write them."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from cti_desktop.core import changes as topics
from cti_desktop.providers.dstny import wire
from cti_desktop.providers.dstny.changes import CONFIG_TOPICS, DEVICE_TOPICS, topics_for

# The reference's sample (User Device Information, the device-set webhook's notification body).
REFERENCE_EVENT = '{"timeStamp": "2025-03-10 20:28:32.213", "changedField": "DEVICE_INFO"}'


def test_the_reference_event_reads():
    change = wire.parse_config_event(REFERENCE_EVENT)
    assert change.fields == ("DEVICE_INFO",)
    assert change.time_stamp == datetime(2025, 3, 10, 20, 28, 32, 213000, tzinfo=timezone.utc)
    assert topics_for(change.fields, DEVICE_TOPICS) == {topics.DEVICES}


@pytest.mark.parametrize("data, fields", [
    ('{"changedField": "presence shortcuts"}', ("PRESENCE_SHORTCUTS",)),
    ('{"changedField": "voicemail", "timeStamp": "yesterday"}', ("VOICEMAIL",)),
    ('{"changedField": ["DIVERSION", "DIVERSION", "lines"]}', ("DIVERSION", "LINES")),
    ('{"changedFields": ["ROLES"], "timeStamp": "2026-01-01T10:00:00Z"}', ("ROLES",)),
])
def test_tolerated_shapes(data, fields):
    assert wire.parse_config_event(data).fields == fields


@pytest.mark.parametrize("data", [
    b"", b"null", b"[]", b'"DEVICE_INFO"', b"{}", b'{"changedField": ""}', b'{"changedField": 7}',
    b'{"changedField": []}', b'{"changedField": "DEVICE\\u0000INFO"}', b'{"changedField": "' + b"A" * 65 + b'"}',
    b'{"timeStamp": "2025-03-10 20:28:32.213", "changedField": ', b"\xff\xfe garbage",
])
def test_unreadable_events_are_refused(data):
    with pytest.raises(wire.MalformedResponse):
        wire.parse_config_event(data)


def test_fields_map_to_topics_and_unknown_ones_to_everything_their_stream_covers():
    assert topics_for(("PRESENCE",), CONFIG_TOPICS) == {topics.PRESENCE}
    assert topics_for(("PRESENCE_SHORTCUTS", "DIVERSION"), CONFIG_TOPICS) == {topics.SHORTCUTS, topics.FORWARDING}
    assert topics_for(("VOICEMAIL",), CONFIG_TOPICS) == {topics.VOICEMAIL}
    assert topics_for(("SOMETHING_NEW",), CONFIG_TOPICS) == CONFIG_TOPICS
