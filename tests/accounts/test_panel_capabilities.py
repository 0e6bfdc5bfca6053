"""What each backend's panels show: only what the backend can do, and why the rest is missing, in words."""

from __future__ import annotations

from support import apost, until

from cti_desktop.accounts import connect_account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.ui.call_panel import CallPanel
from cti_desktop.ui.contact_search import ContactSearch
from cti_desktop.ui.dial_pad import DialPad
from cti_desktop.ui.presence_panel import PresencePanel
from cti_desktop.ui.queue_toggles import QueueToggles
from cti_desktop.viewmodels.call_panel import CallPanelViewModel
from cti_desktop.viewmodels.contacts import ContactSearchViewModel
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.queues import QueuesViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def panels(qtbot, session):
    bridge = SessionBridge(session)
    vms = {"calls": CallPanelViewModel(bridge), "dial": DialPadViewModel(bridge), "queues": QueuesViewModel(bridge),
           "presence": PresenceViewModel(bridge), "contacts": ContactSearchViewModel(bridge)}
    widgets = {"calls": CallPanel(vms["calls"]), "dial": DialPad(vms["dial"]), "queues": QueueToggles(vms["queues"]),
               "presence": PresencePanel(vms["presence"]), "contacts": ContactSearch(vms["contacts"])}
    for w in widgets.values():
        qtbot.addWidget(w)
    return bridge, vms, widgets


async def close(bridge, vms, session) -> None:
    for name in ("queues", "presence", "contacts"):
        await vms[name].aclose()
    vms["calls"].detach()
    bridge.detach()
    await session.aclose()


def test_telavox_call_card_offers_hang_up_and_says_why_hold_is_missing(tvx, arun, qtbot):
    account = Account("telavox", tvx.base_url, "", "agent1", options={"poll_interval": 0.5})
    session = Session(account, arun(connect_account(account, Credentials(password="demo"))))
    session.start()
    bridge, vms, w = panels(qtbot, session)
    try:
        arun(apost(tvx, "/_sim/calls", {"to": "agent1", "from": "+46705550100"}))
        arun(until(lambda: w["calls"].cards, timeout=5))
        card = next(iter(w["calls"].cards.values()))
        assert card.hangup.isVisibleTo(card)
        assert not card.hold.isVisibleTo(card) and not card.transfer.isVisibleTo(card)
        assert card.hold.toolTip().startswith("Telavox has no hold: its API can only dial and hang up")
        assert not card.answer.isEnabled() and "answer" in card.answer.toolTip().lower()
        assert w["calls"].capability_note.isVisibleTo(w["calls"]) and "Telavox" in w["calls"].capability_note.text()
        # no queues: a note instead of the switches
        assert not vms["queues"].supported and "Telavox has no queues" in w["queues"].status_label.text()
        assert not w["queues"].log_in_all.isVisibleTo(w["queues"])
        # presence is read, not written
        assert vms["presence"].readable and not vms["presence"].writable
        assert "change it in the Telavox app" in w["presence"].capability_note.text()
        assert "Telavox rings your phone first" in w["dial"].capability_note.text()
        assert vms["contacts"].favouritesTitle == "Colleagues" and not vms["contacts"].favouritesSupported
    finally:
        arun(close(bridge, vms, session))


def test_voxloud_has_no_queue_or_presence_panel_only_notes(vox, arun, qtbot):
    account = Account("voxloud", vox.base_url, "", "101", options={"webhook_port": 0, "subscribe": False})
    session = Session(account, arun(connect_account(account, Credentials(api_key="demo-key"))))
    session.start()
    bridge, vms, w = panels(qtbot, session)
    try:
        assert not vms["queues"].supported and vms["queues"].unsupportedNote.startswith("Voxloud has no queues")
        assert not vms["presence"].readable
        assert w["presence"].capability_note.text().startswith("Voxloud has no presence")
        assert not w["presence"].activity_combo.isVisibleTo(w["presence"])
        assert vms["calls"].unsupportedReason("hangup").startswith("Voxloud has no hang up")
        assert vms["calls"].unsupportedReason("make_call") == ""
        assert "click-to-call" in vms["dial"].capabilityNote
        assert not w["contacts"].favourite_button.isVisibleTo(w["contacts"])
    finally:
        arun(close(bridge, vms, session))


def test_dstny_panels_are_as_before(sim, arun, qtbot):
    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    session = Session(account, arun(connect_account(account, Credentials(password="demo"), heartbeat_interval=2.0)))
    session.start()
    bridge, vms, w = panels(qtbot, session)
    try:
        assert vms["queues"].supported and vms["queues"].unsupportedNote == ""
        assert vms["presence"].readable and vms["presence"].writable and vms["presence"].unsupportedNote == ""
        assert vms["calls"].capabilityNote == "" and vms["calls"].unsupportedReason("hold") == ""
        assert vms["dial"].capabilityNote == "" and not w["calls"].capability_note.isVisibleTo(w["calls"])
        assert vms["contacts"].favouritesSupported and vms["contacts"].favouritesTitle == "Favourites"
    finally:
        arun(close(bridge, vms, session))
