"""The words the view-models publish come from the translator: with a pseudo translator installed
(every text wrapped in ⟦…⟧, as ``cti_desktop.i18n.install`` lets the GUI install Qt's), panels driven
headless against the real simulator on loopback show the marker in their connection words, a dial-string
refusal, presence words, wallboard words and a plural. A text that is unwrapped again (composed
without ``translate``) loses its marker and fails here.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from support import sim_post, until
import panel_support

from cti_desktop import i18n
from cti_desktop.core.connection import ConnectionState
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.main_window import MainWindowViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge

pytestmark = pytest.mark.timeout(60)


class PseudoTranslator:
    """Wraps every text in ⟦…⟧ (``%n`` replaced by the count) and remembers each plural it was asked for."""

    def __init__(self) -> None:
        self.plurals: list[tuple[str, str, int]] = []

    def __call__(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        if n >= 0:
            self.plurals.append((context, source, n))
            source = source.replace("%n", str(n))
        return f"⟦{source}⟧"


@pytest.fixture
def pseudo():
    translator = PseudoTranslator()
    i18n.install(translator)
    try:
        yield translator
    finally:
        i18n.uninstall()


def marked(text: str) -> bool:
    return "⟦" in text and "⟧" in text


def test_the_pseudo_translator_is_in_place_and_taken_away(pseudo):
    assert i18n.installed()
    assert i18n.translate("Queues", "%n calls waiting", None, 3) == "⟦3 calls waiting⟧"
    i18n.uninstall()
    assert not i18n.installed() and i18n.translate("Queues", "Live") == "Live"
    i18n.install(pseudo)


def test_connection_words_and_the_reason_are_translated(pseudo, agent_session, arun, sim):
    bridge = SessionBridge(agent_session)
    vm = MainWindowViewModel(bridge)
    try:
        sim_post(sim, "/_sim/streams/drop", {"outageMs": 1500})
        arun(until(lambda: bridge.session.status.state is ConnectionState.RECONNECTING and bridge.session.status.reason,
                   timeout=5, what="the stream to be reconnecting with a reason"))
        reason = bridge.session.status.reason
        assert reason.startswith("⟦") and reason.endswith("⟧"), reason  # why, composed by the stream supervisor
        arun(until(lambda: not vm.live and vm.connectionText.startswith("⟦Reconnecting"), timeout=5))
        assert f"({reason})" in vm.connectionText  # "⟦Reconnecting in 1 s⟧ (⟦connection lost⟧)"
        what, why, *age = vm.connectionDetail.split("\n")
        assert what.startswith("⟦The connection was lost") and what.endswith("⟧")
        assert why == f"⟦Reason: {reason}⟧"
        assert all(line.startswith("⟦Last heard from the server ") and line.endswith(" s ago.⟧") for line in age)
        arun(until(lambda: vm.live, timeout=15))
        assert vm.connectionText == "⟦Live⟧"
        assert vm.connectionDetail == "⟦Connected: calls and states are up to date.⟧"
    finally:
        vm.shutdown()
        bridge.detach()


def test_a_dial_string_refusal_is_translated(pseudo, agent_session, arun):
    bridge = SessionBridge(agent_session)
    pad = DialPadViewModel(bridge)
    try:
        arun(pad.load_async())
        pad.number = "1 800 FLOWERS"  # refused by core.dialing
        assert not pad.valid
        assert pad.validationMessage == "⟦Letters cannot be dialled; type the number with digits 0–9⟧"
        pad.number = ""
        assert arun(pad.dial_async()) is False
        assert pad.error == "⟦Enter a number to call⟧"  # the dial pad's own words
    finally:
        bridge.detach()


@pytest.fixture
def presence_vm(agent_session, arun):
    yield from panel_support.presence_vm(agent_session, arun)


def test_presence_words_are_translated(pseudo, presence_vm, arun):
    vm = presence_vm
    assert arun(vm.set_activity("meeting"))
    assert arun(vm.set_expiry(30))
    assert vm.expiryText.startswith("⟦until ") and vm.expiryText.endswith("⟧")  # core.presence_words
    assert not arun(vm.set_expiry(0))
    assert marked(vm.error) and "between 1 minute" in vm.error
    past = (datetime.now(timezone.utc) - timedelta(minutes=5)).isoformat()
    assert not arun(vm.set_expiry_until(past))
    assert vm.error.endswith("has already passed; choose a time in the future⟧")


@pytest.fixture
def wallboard(sim, arun):
    yield from panel_support.wallboard_vms(sim, arun, check_every=0.3)


def test_wallboard_words_and_a_plural_are_translated(pseudo, sim, wallboard, arun):
    vm = wallboard()
    arun(until(lambda: vm.live and vm.queueCount == 4, 10, what="the wallboard to be live"))
    assert vm.status == "⟦Live⟧"
    tile = vm.model.view("101")
    assert tile.level_label == "⟦Normal⟧"
    assert marked(tile.age_text) or tile.age_text == ""
    sim_post(sim, "/_sim/queues/104", {"callsWaiting": 6})
    arun(until(lambda: vm.notes, 5, what="the critical notification"))
    title, text = vm.notes[0]
    assert title == "⟦Queue critical: Support 2nd line⟧"
    assert text.startswith("⟦6 waiting, longest wait ") and text.endswith("⟧")
    assert vm.model.view("104").level_label == "⟦Critical⟧"

    # A plural: the organisation's totals name the number of queues through %n.
    arun(until(lambda: vm.organisation is not None and vm.organisationText, 10, what="the organisation totals"))
    assert vm.organisationText.startswith("⟦Whole organisation: ⟦4 queues⟧ · ")
    assert ("WallboardWords", "%n queues", 4) in pseudo.plurals
