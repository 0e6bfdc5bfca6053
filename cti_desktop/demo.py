"""The embedded simulators of ``--demo``: started, signed in to and stopped together.

``--demo <system>`` starts that phone system's simulator (from its
:class:`~cti_desktop.core.vendors.DemoAccount`) with demo traffic and signs in with its demo
account; ``--demo <system>+<source>`` also starts the source's simulator, without traffic, as a
second directory source (so a call shows that source's CRM link). Nothing here names a phone system:
the registry says which demos there are (:attr:`~cti_desktop.core.vendors.VendorCatalog.demos`).
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import logging
from typing import Any

from cti_desktop.accounts import VENDORS, DirectorySource
from cti_desktop.core.credentials import Credentials
from cti_desktop.core.account import Account

log = logging.getLogger(__name__)

#: Every ``--demo`` value.
DEMO_VENDORS = VENDORS.demos
#: Seconds between the calls the demo places from a contact store's number (after the first).
DEMO_CONTACT_CALL_EVERY = 45.0


def demo_vendor(args: argparse.Namespace) -> str:
    """Which demo ``--demo`` / ``--demo-vendor`` asks for ("" when none)."""
    value = getattr(args, "demo_vendor", None) or getattr(args, "demo", None)
    default = DEMO_VENDORS[0]
    if not value:
        return ""
    text = value.strip().lower() if isinstance(value, str) else default
    return text if text in DEMO_VENDORS else default


def _simulator_class(path: str) -> Any:
    module, _, name = path.partition(":")
    return getattr(importlib.import_module(module), name)


class DemoSimulators:
    """The embedded simulators of a demo, started and stopped together (``start``/``stop`` block).

    The running simulator of a phone system is ``running[key]`` (also the attribute of that name,
    None when it does not run).
    """

    def __init__(self, vendor: str, seed: int | None = None, *, supervisor: bool = False) -> None:
        self.vendor = vendor
        primary, *sources = vendor.split("+")
        self.primary = primary
        self.sources = sources
        self.seed = seed
        #: Sign in as the supervisor rather than the agent: ``--demo --wallboard``.
        self.supervisor = supervisor
        self.running: dict[str, Any] = {}

    def __getattr__(self, name: str) -> Any:
        if name in VENDORS:
            return self.__dict__.get("running", {}).get(name)
        raise AttributeError(name)

    def start(self) -> "DemoSimulators":
        try:
            for key in (self.primary, *self.sources):
                demo = VENDORS.spec(key).demo
                if demo is None:
                    raise RuntimeError(f"{VENDORS.label(key)} has no demo")
                sim = _simulator_class(demo.simulator)(demo=key == self.primary, seed=self.seed)
                sim.start()
                self.running[key] = sim
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        for key in reversed(list(self.running)):
            try:
                self.running[key].stop()
            except Exception:
                log.exception("a demo simulator did not stop cleanly")
        self.running.clear()

    def account(self) -> tuple[Account, Credentials, list]:
        """The demo account, its credentials and its extra directory sources."""
        sources: list = []
        for key in self.sources:
            demo = VENDORS.spec(key).demo
            assert demo is not None
            sources.append((DirectorySource(key, self.running[key].base_url), demo.source_credentials))
        demo = VENDORS.spec(self.primary).demo
        assert demo is not None
        account, credentials = demo.account(self.running[self.primary].base_url, self.supervisor)
        return account, credentials, sources

    def contact_calls(self, backend: Any) -> Any:
        """The task body that rings the demo agent from the contact store's numbers, or None
        when the account has no contact store."""
        store = backend.contact_store
        if store is None:
            return None
        return self.call_from_contacts(store.client)

    async def call_from_contacts(self, contacts_client: Any, *, first_delay: float = 4.0,
                                 every: float = DEMO_CONTACT_CALL_EVERY) -> None:
        """Ring the demo agent now and then from a contact's number that has a CRM link.

        The telephony demo's own callers are numbers the demo contacts do not have; these calls
        show the merged lookup (name and CRM link from the contacts on the phone system's call).
        """
        import httpx

        await asyncio.sleep(first_delay)
        page = await contacts_client.search_contacts(limit=50)
        numbers = [c.preferred_number or (c.numbers[0] if c.numbers else "") for c in page.contacts
                   if c.record_url.startswith("https://")]
        numbers = [n for n in numbers if n]
        if not numbers:
            log.info("demo: no contact with a CRM link to call from")
            return
        demo = VENDORS.spec(self.primary).demo
        assert demo is not None
        target = self.running[self.primary].base_url + demo.call_path
        index = 0
        async with httpx.AsyncClient(trust_env=False, timeout=10.0) as http:
            while True:
                number = numbers[index % len(numbers)]
                index += 1
                try:
                    await http.post(target, json={"to": demo.agent, "from": number})
                except httpx.HTTPError as exc:
                    log.info("demo: could not place a call from a contact (%s)", type(exc).__name__)
                await asyncio.sleep(every)


__all__ = ["DEMO_CONTACT_CALL_EVERY", "DEMO_VENDORS", "DemoSimulators", "demo_vendor"]
