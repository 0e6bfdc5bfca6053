"""Notifications print nothing on the terminal (the old ``gdbus call`` printed ``(uint32 N,)`` for each
one): a pop's notification goes to a real freedesktop server on a private session bus, and the
process's own stdout/stderr (file descriptors, so a child process's output counts too) stay empty."""

from __future__ import annotations

import pytest
from freedesktop_notification_server import NotificationServer, PrivateSessionBus
from support import end_all_calls, sim_post, until

from cti_desktop.core.settings import PopSettings
from cti_desktop.ui.notifications import DesktopNotifier
from cti_desktop.ui.screen_pop import ScreenPopController
from cti_desktop.viewmodels.screen_pop import ScreenPopViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.mark.skipif(not PrivateSessionBus.available(), reason="dbus-daemon is not installed")
def test_each_pop_notifies_without_printing_anything(sim, arun, agent_session, qtbot, monkeypatch, capfd):
    with PrivateSessionBus() as bus:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", bus.address)
        with NotificationServer(bus.address) as server:
            notifier = DesktopNotifier(send_timeout=3.0)
            bridge = SessionBridge(agent_session)
            vm = ScreenPopViewModel(bridge, region="SE")
            # pops off (a desk-phone agent): each call's notification is the desktop's own
            controller = ScreenPopController(vm, notifier, url_opener=lambda url: True,
                                             settings=PopSettings(enabled=False))
            capfd.readouterr()  # what the set-up printed is not the question
            try:
                for number in ("+46701110001", "+46701110002", "+46701110003"):
                    sim_post(sim, "/_sim/calls", {"to": "agent1", "from": number, "via": 101})
                arun(until(lambda: len(server.notifications()) == 3, timeout=10, what="three notifications"))
                out, err = capfd.readouterr()
            finally:
                end_all_calls(sim, arun, agent_session, pause=0.5)
                controller.close_all()
                vm.shutdown()
                bridge.detach()
                arun(notifier.aclose())
    assert [n["summary"].startswith("Incoming call") for n in server.notifications()] == [True] * 3
    assert "uint32" not in out + err
    assert out == ""
