"""Webhook subscriptions from the settings, against the Voxloud simulator; the window against its view-model."""

from __future__ import annotations

import httpx
from support import until

from cti_desktop.accounts import connect_account
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.session import Account, Session
from cti_desktop.providers.voxloud.client import VoxloudClient
from cti_desktop.ui.webhook_settings import WebhookSettingsDialog
from cti_desktop.viewmodels.webhook_settings import WebhookSettingsViewModel

CALLBACK = "http://127.0.0.1:48999/webhook/settings-test-secret-0123456789"


def test_create_disable_point_here_and_delete_in_words(vox, arun, qtbot):
    async def scenario() -> None:
        async with httpx.AsyncClient(trust_env=False, timeout=10) as http:
            client = VoxloudClient(http, api_key="demo-key", api_url=vox.api_url)
            vm = WebhookSettingsViewModel(client, CALLBACK)
            dialog = WebhookSettingsDialog(vm)
            qtbot.addWidget(dialog)
            assert vm.callbackUrl and "settings-test-secret" not in vm.callbackUrl
            assert await vm.refresh_async() and vm.subscriptions == []
            assert await vm.create_missing_async()
            subs = vm.subscriptions
            assert sorted(s["eventType"] for s in subs) == ["CALL_ANSWERED", "CALL_HANGUP", "CALL_INCOMING"]
            assert all(s["mine"] and s["enabled"] and s["failedCount"] == 0 for s in subs)
            assert dialog.table.rowCount() == 3 and "3 enabled for this desktop" in dialog.status.text()
            first = subs[0]["id"]
            assert await vm.set_enabled_async(first, False)
            assert next(s for s in vm.subscriptions if s["id"] == first)["status"] == "Disabled"
            # someone else's subscription pointed at another address: point it here
            other = await client.create_webhook_subscription("https://elsewhere.example/hook", "CALL_HANGUP")
            assert await vm.refresh_async()
            assert not next(s for s in vm.subscriptions if s["id"] == other.id)["mine"]
            assert await vm.point_here_async(other.id)
            assert next(s for s in vm.subscriptions if s["id"] == other.id)["mine"]
            assert await vm.delete_async(other.id)
            assert all(s["id"] != other.id for s in vm.subscriptions)
            # refusals in words
            assert not await vm.create_async("FAX_CALL") and "CALL_INCOMING" in vm.error
            assert not await vm.delete_async("no-such-id") and "no longer there" in vm.error
            dialog.close()

    arun(scenario())


def test_contacts_only_account_lists_but_cannot_subscribe(sim, vox, arun, qtbot):
    from cti_desktop.accounts import DirectorySource

    account = Account("dstny", sim.base_url, "demo.example", "agent1")
    backend = arun(connect_account(account, Credentials(password="demo"),
                                   sources=[(DirectorySource("voxloud", vox.base_url), Credentials(api_key="demo-key"))]))
    session = Session(account, backend)
    try:
        vm = WebhookSettingsViewModel.for_session(session)
        assert vm is not None and not vm.canCreate and "no address to subscribe" in vm.createBlockedReason
        dialog = WebhookSettingsDialog(vm)
        qtbot.addWidget(dialog)
        assert not dialog.create_button.isEnabled()
        assert not arun(vm.create_missing_async()) and "receiver" in vm.error
        arun(until(lambda: True))
    finally:
        arun(session.aclose())
