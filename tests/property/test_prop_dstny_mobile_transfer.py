"""The mobile call's transfer answers: any value or bytes → a MobileTransfer / None, or MalformedResponse."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from cti_desktop.core.mobile_transfer import MobileTransfer
from cti_desktop.providers.dstny import wire
from common import dstny_read, value_properties
from hostile import json_values

# The reference's answers (Dstny Core User API reference, Calls API: "Get the status of an ongoing
# call transfer" and "Transfer a mobile call to the specified number").
REFERENCE_STATUS = {"transferId": {"transferStartTime": 1741673212357, "type": "BLIND_TRANSFER", "id": "5",
                                   "destination": "+9633996603"}}
REFERENCE_STARTED = {"transferId": {"transferStartTime": 0, "id": "5"}}


def test_the_reference_examples_read():
    status = wire.parse_mobile_transfer(REFERENCE_STATUS)
    assert status == MobileTransfer("5", False, "+9633996603", datetime.fromtimestamp(1741673212.357, tz=UTC))
    assert wire.parse_mobile_transfer_started(REFERENCE_STARTED) == MobileTransfer("5", None, "", None)
    attended = {"transferId": dict(REFERENCE_STATUS["transferId"], type="ATTENDED_TRANSFER")}
    assert wire.parse_mobile_transfer(attended).attended is True
    assert wire.parse_mobile_transfer({"transferId": dict(REFERENCE_STATUS["transferId"], type="WARM")}).attended is None
    for nothing in (None, {}, {"transferId": None}, {"transferId": {"id": ""}}):
        assert wire.parse_mobile_transfer(nothing) is None


def _check(value) -> None:
    dstny_read(wire.parse_mobile_transfer, value, (MobileTransfer, type(None)), check=_a_transfer_or_none)
    dstny_read(wire.parse_mobile_transfer_started, value, MobileTransfer, check=_a_transfer_or_none)


def _a_transfer_or_none(status) -> None:
    assert status is None or (status.transfer_id and status.attended in (True, False, None)
                              and isinstance(status.destination, str))


test_any_decoded_value, test_any_body = value_properties(
    _check, st.one_of(json_values("dstny"), json_values("dstny").map(lambda v: {"transferId": v}),
                      json_values("dstny").map(lambda v: {"transferId": dict(REFERENCE_STATUS["transferId"],
                                                                             transferStartTime=v, type=v)})))
