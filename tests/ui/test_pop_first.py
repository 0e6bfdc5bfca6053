"""A ringing call's pop comes first: a pop built ahead takes the call's words, and the main window's
new card waits for the pop to be painted — real view-models, the simulator over loopback."""

from __future__ import annotations

import asyncio

import pytest
from support import end_all_calls, sim_post, until

from cti_desktop.ui.screen_pop import ScreenPopController, ScreenPopWindow
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def ring(sim, number, name=""):
    return sim_post(sim, "/_sim/calls", {"to": "agent1", "from": number, "fromName": name, "via": 101})["callId"]


@pytest.fixture
def controller(sim, arun, agent_session, qtbot):
    bridge = SessionBridge(agent_session)
    vm = ScreenPopViewModel(bridge, region="SE")
    controller = ScreenPopController(vm, None, url_opener=lambda url: True, anchor=lambda: None)
    yield controller
    end_all_calls(sim, arun, agent_session, pause=0.5)
    controller.close_all()
    vm.shutdown()
    bridge.detach()


def test_each_call_gets_the_pop_built_ahead_with_its_own_words(sim, arun, controller):
    arun(until(lambda: controller.spare is not None, what="a pop built ahead"))
    spare = controller.spare
    assert spare.item is None and not spare.isVisible()
    first = ring(sim, "+46701118811", "Greta Garbo")
    arun(until(lambda: controller.window(first) is not None, what="the first pop"))
    window = controller.window(first)
    assert window is spare and window.isVisible() and window.item.callId == first
    assert window.name_label.text() == "Greta Garbo" and "Greta Garbo" in window.windowTitle()
    assert "Greta Garbo" in window.accessibleName() and window.via_label.accessibleName() == "via Customer Service"
    sim_post(sim, f"/_sim/calls/{first}/remote-hangup")
    arun(until(lambda: controller.window(first) is None, what="the first pop to close"))
    # the next pop is built ahead again once the first was on screen
    arun(until(lambda: controller.spare is not None and controller.spare is not spare, what="the next pop built ahead"))
    second = ring(sim, "+46701118822", "Bo Ek")
    arun(until(lambda: controller.window(second) is not None and not controller.window(second).item.lookupPending,
               what="the second pop"))
    window = controller.window(second)
    assert window is not spare and window.item.callId == second
    assert window.name_label.text() == "Bo Ek" and "Greta" not in window.windowTitle()
    assert "Bo Ek" in window.accessibleName() and "Greta" not in window.accessibleName()
    assert "Bo Ek" in window.name_label.accessibleName()
    assert "Bo Ek" in window.answer_button.accessibleDescription()


def test_a_pop_window_shows_one_call(sim, arun, controller):
    call_id = ring(sim, "+46701118833")
    arun(until(lambda: controller.window(call_id) is not None, what="the pop"))
    with pytest.raises(RuntimeError):
        controller.window(call_id).bind(controller.vm.pop(call_id))
    fresh = ScreenPopWindow()
    assert fresh.item is None
    fresh.bind(controller.vm.pop(call_id))
    assert fresh.item.callId == call_id and fresh.name_label.text().replace(" ", "").endswith("701118833")
    fresh.deleteLater()


def test_work_held_for_a_pop_runs_once_it_is_painted(sim, arun, controller):
    ran = []
    assert controller.when_on_screen(lambda: ran.append("now")) is False  # nothing on its way: run it now
    painted = []
    call_id = ring(sim, "+46701118844")

    def held_at_paint():
        painted.append(list(ran))

    def on_pop(item):
        window = controller.window(item.callId)
        window.painted.connect(held_at_paint)
        assert controller.when_on_screen(lambda: ran.append("after")) is True

    controller.vm.popRequested.connect(on_pop)
    arun(until(lambda: ran == ["after"], what="the held work"))
    assert painted == [[]]  # the pop was painted before the held work ran
    assert controller.window(call_id).isVisible()


def test_the_call_panel_holds_its_cards_until_asked(sim, arun, agent_session, qtbot):
    from panel_support import call_panel

    made = call_panel(agent_session, arun, qtbot)
    panel = next(made)
    held = []
    panel.hold_cards_with(lambda callback: held.append(callback) or True)
    call_id = sim_post(sim, "/_sim/calls", {"to": "agent1", "from": "+46701234568"})["callId"]
    arun(until(lambda: any(it.callId == call_id for it in panel.vm.calls), what="the call in the view-model"))
    arun(asyncio.sleep(0.1))
    assert call_id not in panel.cards and held  # held, not built
    assert panel.card(call_id) is not None  # asking for it builds it at once
    held[-1]()  # the hold's own callback later finds nothing left to do
    assert list(panel.cards) == [call_id]
    panel.hold_cards_with(None)
    end_all_calls(sim, arun, agent_session, pause=0.5)
    next(made, None)  # the view-model lets go of the session
