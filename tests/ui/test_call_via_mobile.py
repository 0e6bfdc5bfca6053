""""Call via my mobile" on the dial pad: the view-model headless and the widget, both against the
simulator (the phone system rings the agent's mobile first, then the number)."""

from __future__ import annotations

from support import sim_state, until

from cti_desktop.ui.dial_pad import DialPad
from cti_desktop.viewmodels.dial_pad import DialPadViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def mobile_calls(sim) -> list[dict]:
    return [c for c in sim_state(sim)["calls"]
            if c["user"] == "agent1" and c["status"] != "TERMINATED" and "agent1-mobile" in c.get("deviceIds", [])]


def hang_up(arun, session) -> None:
    async def run() -> None:
        for call in await session.backend.call_control.get_calls():
            if not call.ended:
                await session.backend.call_control.hangup(call)
        await until(lambda: not [c for c in session.store.calls() if not c.ended], what="the calls to end")

    arun(run())


def test_view_model_calls_via_the_mobile(sim, agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = DialPadViewModel(bridge)
    try:
        assert vm.viaMobileSupported and vm.viaMobileNote == ""
        vm.number = "1 800 FLOWERS"
        assert arun(vm.dial_via_mobile_async()) is False
        assert "Letters" in vm.error and mobile_calls(sim) == []

        vm.number = "070 111 99 99"
        assert arun(vm.dial_via_mobile_async()) is True
        assert "mobile rings first" in vm.notice and "070-111 99 99" in vm.notice
        assert vm.number == "" and vm.lastDialed == "070-111 99 99"
        arun(until(lambda: len(mobile_calls(sim)) == 1, what="the call-back on the mobile"))
        # The call arrives in the store from the call streams (the answer carries no call state).
        arun(until(lambda: any("agent1-mobile" in c.device_ids for c in agent_session.store.calls()),
                   what="the call-back in the store"))
        arun(until(lambda: mobile_calls(sim)[0]["status"] == "ACTIVE", what="the number to answer"))
        assert mobile_calls(sim)[0]["remoteParty"]["telUri"] == "tel:+46701119999"
        hang_up(arun, agent_session)
    finally:
        bridge.detach()


def test_widget_button_calls_via_the_mobile(sim, agent_session, arun, qtbot):
    bridge = SessionBridge(agent_session)
    vm = DialPadViewModel(bridge)
    arun(vm.load_async())
    pad = DialPad(vm)
    qtbot.addWidget(pad)
    pad.show()
    try:
        assert not pad.via_mobile.isEnabled()  # nothing typed yet
        qtbot.keyClicks(pad.number, "1 800 FLOWERS")
        assert not pad.via_mobile.isEnabled()
        pad.number.clear()
        qtbot.keyClicks(pad.number, "+46701119999")
        assert pad.via_mobile.isEnabled() and "mobile rings first" in pad.via_mobile.toolTip()

        async def click() -> None:
            pad.via_mobile.click()
            await until(lambda: pad.notice.isVisible(), what="the notice")

        arun(click())
        assert "answer it and you are connected" in pad.notice.text()
        arun(until(lambda: len(mobile_calls(sim)) == 1, what="the call-back on the mobile"))
        hang_up(arun, agent_session)
    finally:
        pad.close()
        bridge.detach()


def test_an_account_without_it_says_so(telavox_session, arun, qtbot):
    session = telavox_session
    bridge = SessionBridge(session)
    vm = DialPadViewModel(bridge)
    pad = DialPad(vm)
    qtbot.addWidget(pad)
    try:
        assert not vm.viaMobileSupported
        assert vm.viaMobileNote.startswith("Telavox has no calling through your mobile")
        vm.number = "+46701119999"
        assert arun(vm.dial_via_mobile_async()) is False
        assert vm.error == vm.viaMobileNote
        assert not pad.via_mobile.isEnabled() and pad.via_mobile.toolTip() == vm.viaMobileNote
    finally:
        pad.close()
        bridge.detach()
