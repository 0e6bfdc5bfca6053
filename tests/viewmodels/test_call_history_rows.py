"""The call history's rows and words, table-tested on log entries (no Qt, no server)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from cti_desktop.core.models import CommLogItem, Party
from cti_desktop.viewmodels.call_history_rows import (
    delete_words,
    describe_item,
    history_row,
    newest_first,
    safe_links,
)

ADA = Party(number="+46701234567", name="Ada Lovelace")


def item(item_id: str, item_type: str, **extra) -> CommLogItem:
    return CommLogItem(item_id, item_type, remote=extra.pop("remote", ADA), **extra)


def test_a_row_of_an_unseen_missed_call():
    row = history_row(item("1", "MISSED_CALL"), history=None, pending=False)
    assert row["typeText"] == "Missed" and row["remoteText"] == "Ada Lovelace (+46701234567)"
    assert row["unseenMissed"] and not row["message"] and row["durationText"] == ""
    # what the backend cannot do is not offered (here: nothing to delete or mark with)
    assert row["canCallBack"] and not row["canDelete"] and not row["canMarkPlayed"] and not row["toTrash"]


def test_a_voicemail_of_a_group_inbox_with_a_link_that_is_not_http():
    row = history_row(item("2", "VOICEMAIL", inbox_name="Support", link="javascript:alert(1)"), None, True)
    assert row["typeText"] == "Voicemail (Support)" and row["unplayed"] and row["pending"]
    assert not row["canOpen"]
    assert history_row(item("2", "VOICEMAIL", link="https://pbx.example/vm/2"), None, False)["canOpen"]


def test_an_unknown_party_and_no_links():
    e = item("3", "OUTGOING_CALL", remote=Party(), duration=65)
    row = history_row(e, None, False)
    assert row["remoteText"] == "Unknown" and row["durationText"] and not row["canCallBack"]
    assert safe_links(e) == []


@pytest.mark.parametrize(("e", "words"), [
    (None, "the item"),
    (item("1", "MISSED_CALL"), "the missed call from Ada Lovelace"),
    (item("2", "OUTGOING_CALL"), "the outgoing call with Ada Lovelace"),
    (item("3", "VOICEMAIL", remote=Party(number="+46701234567")), "the voicemail from +46701234567"),
    (item("4", "RECORDING", remote=Party()), "the recording with an unknown number"),
])
def test_describe_item(e, words):
    assert describe_item(e).startswith(words)


def test_delete_words():
    a, b = item("1", "MISSED_CALL"), item("2", "VOICEMAIL")
    assert delete_words([], [a], []).startswith("Deleted the missed call from Ada Lovelace")
    assert delete_words([b], [], []).startswith("Moved the voicemail from Ada Lovelace")
    assert delete_words([], [a, a], [b]).startswith("Deleted 2 items; the voicemail from Ada Lovelace")
    assert delete_words([], [], [a, a, a, a]) == "4 items were no longer on the server"


def test_newest_first_then_the_larger_id_and_the_undated_last():
    old = item("5", "MISSED_CALL", start_time=datetime(2026, 1, 1, 9, tzinfo=UTC))
    new = item("6", "MISSED_CALL", start_time=datetime(2026, 1, 2, 9, tzinfo=UTC))
    same = item("7", "MISSED_CALL", start_time=datetime(2026, 1, 2, 9, tzinfo=UTC))
    undated = item("8", "MISSED_CALL")
    assert [e.item_id for e in sorted([undated, old, new, same], key=newest_first)] == ["7", "6", "5", "8"]
