"""The real app signed in to the Dstny demo through the composition root (``accounts.AccountBackend``)
shows every panel its phone system offers — a panel wired only in a test fixture would be missing
for a person (the Colleagues tab was)."""

from __future__ import annotations

from support import demo_app, until


def test_the_dstny_demo_shows_colleagues_my_contacts_sms_and_forwarding(arun, keep_running):
    controller, quits = demo_app("dstny", arun, keep_running)
    window, ws = controller.window, controller.window.workspace
    tabs = window.follow_tabs
    for page in (ws.contacts, ws.colleagues, ws.book, ws.group_log, ws.history):
        assert page is not None and tabs.isTabVisible(tabs.indexOf(page)), tabs.tabText(tabs.indexOf(page))
    assert ws.colleagues_vm.supported
    arun(until(lambda: ws.colleagues_vm.count > 0, timeout=10, what="the buddies' lamps"))
    assert ws.forwarding is not None and ws.forwarding_vm.supported
    assert ws.contacts_vm.smsSupported and ws.calls_vm.smsSupported and ws.history_vm.smsSupported
    controller.request_quit()
    arun(until(lambda: quits, timeout=15))
