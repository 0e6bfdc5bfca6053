"""Which calls are on the person's mobile, and an ongoing mobile transfer in words (pure)."""

from __future__ import annotations

from datetime import UTC, datetime

from cti_desktop.core.mobile_transfer import MobileTransfer, describe_transfer, on_mobile
from cti_desktop.core.models import Call, CallStatus, Device

DEVICES = [Device("a-soft", "SOFTPHONE"), Device("a-mobile", "MOBILE")]


def test_only_a_connected_call_on_a_mobile_device_is_on_the_mobile():
    assert on_mobile(Call("1", 1, CallStatus.ACTIVE, device_ids=("a-mobile",)), DEVICES)
    assert on_mobile(Call("1", 1, CallStatus.HELD, device_ids=("a-mobile",)), DEVICES)
    assert not on_mobile(Call("1", 1, CallStatus.ACTIVE, device_ids=("a-soft",)), DEVICES)
    assert not on_mobile(Call("1", 1, CallStatus.RINGING, device_ids=("a-soft", "a-mobile")), DEVICES)
    assert not on_mobile(Call("1", 1, CallStatus.INITIATED, device_ids=("a-mobile",)), DEVICES)
    assert not on_mobile(Call("1", 1, CallStatus.ACTIVE, device_ids=("a-mobile",)), [])  # devices not read


def test_the_words_say_the_kind_and_the_destination():
    started = datetime(2026, 3, 11, 6, 6, 52, tzinfo=UTC)
    attended = describe_transfer(MobileTransfer("5", True, "+9633996603", started))
    assert attended.startswith("Transferring to +9633996603 (attended; the caller is on hold")
    assert started.astimezone().strftime("%H:%M:%S") in attended
    assert "blind" in describe_transfer(MobileTransfer("5", False, "1002"))
    assert describe_transfer(MobileTransfer("5")) == "Transferring"
