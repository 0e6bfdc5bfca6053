"""The configuration and device-set change streams (``cfg.stream``, ``dev.stream``) against the simulator.

The follower is the real one (``DstnyChanges``) over loopback. Proves: both routes are sent and go
live with a re-read notice of everything each covers; a change made by another client of the same
person (another device) or through ``/_sim`` arrives as a notice of its topic in well under a
second; after ``/_sim/streams/drop`` both heal and announce a re-read again; a garbled event
announces a re-read of everything its stream covers; a refused ticket is renewed through the
client's credentials.
"""

from __future__ import annotations

import asyncio
import time

import pytest

from cti_desktop.core import changes as topics
from cti_desktop.core.voicemail import VoicemailSettings
from cti_desktop.providers.dstny.changes import CONFIG_TOPICS, DEVICE_TOPICS, DstnyChanges
from cti_desktop.providers.dstny.wire import PresenceShortcut
from support import apost, dstny_signed_in, until


@pytest.fixture
async def follower(sim):
    async with dstny_signed_in(sim, "agent1", "agent1", streams=True) as signed:  # me, and me elsewhere
        me, elsewhere = signed.clients
        changes = DstnyChanges(me, signed.streams, heartbeat_interval=1.0, backoff_initial=0.1)
        notices = []
        changes.subscribe(notices.append)
        task = asyncio.create_task(changes.run())
        await until(lambda: changes.live, what="both change streams live")
        yield changes, notices, elsewhere
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        assert not changes.live


async def _arrives(notices, topic: str, *, after: int, timeout: float = 5.0) -> float:
    """Seconds until a notice naming ``topic`` arrived after index ``after`` (fails past ``timeout``)."""
    started = time.monotonic()
    await until(lambda: any(topic in n.topics for n in notices[after:]), timeout=timeout,
                what=f"a {topic} notice")
    return time.monotonic() - started


async def test_both_streams_go_live_with_a_reread_of_everything(follower):
    changes, notices, _ = follower
    reread = [n.topics for n in notices if n.reason == topics.RECONNECTED]
    assert CONFIG_TOPICS in reread and DEVICE_TOPICS in reread
    assert notices[-1].live and changes.live


async def test_changes_made_elsewhere_arrive_at_once(sim, follower):
    changes, notices, elsewhere = follower
    took = {}
    n = len(notices)
    await elsewhere.set_presence(activity="lunch", available=False)
    took["presence"] = await _arrives(notices, topics.PRESENCE, after=n)
    n = len(notices)
    await elsewhere.set_presence_shortcut("9", PresenceShortcut(id="9", name="Gym", activity_id="lunch",
                                                                duration_type="NO_END_TIME"))
    took["shortcuts"] = await _arrives(notices, topics.SHORTCUTS, after=n)
    n = len(notices)
    await elsewhere.forward_all("+46701112233")
    took["forwarding"] = await _arrives(notices, topics.FORWARDING, after=n)
    n = len(notices)
    await elsewhere.update_voicemail_settings(VoicemailSettings(allow_voicemail=False))
    took["voicemail"] = await _arrives(notices, topics.VOICEMAIL, after=n)
    n = len(notices)
    await elsewhere.rename_device("agent1-desk", "Front desk")
    took["device renamed"] = await _arrives(notices, topics.DEVICES, after=n)
    n = len(notices)
    await apost(sim, "/_sim/devices/agent1-tablet", {"type": "SOFTPHONE", "name": "Tablet"})
    took["device added"] = await _arrives(notices, topics.DEVICES, after=n)
    n = len(notices)
    await apost(sim, "/_sim/devices/agent1-tablet", {"status": "ACTIVE"})
    took["device active"] = await _arrives(notices, topics.DEVICES, after=n)
    n = len(notices)
    await apost(sim, "/_sim/diversions/agent1", {"forwardAll": ""})
    took["forwarding via /_sim"] = await _arrives(notices, topics.FORWARDING, after=n)
    assert "Tablet" in [d.name for d in await elsewhere.devices()]
    assert max(took.values()) < 5.0, took  # the streams; nothing here polls
    assert all(n.reason == topics.CHANGED for n in notices[-1:])


async def test_the_streams_heal_after_a_drop_and_announce_a_reread(sim, follower):
    changes, notices, elsewhere = follower
    n = len(notices)
    dropped = (await apost(sim, "/_sim/streams/drop"))["dropped"]
    assert dropped >= 2
    await until(lambda: sum(1 for x in notices[n:] if x.reason == topics.RECONNECTED) >= 2 and changes.live,
                timeout=5, what="both streams back with a re-read")
    assert any(not x.live for x in notices[n:]), "the drop was seen"
    n = len(notices)
    await elsewhere.rename_device("agent1-soft", "After the drop")
    assert await _arrives(notices, topics.DEVICES, after=n) < 5.0


async def test_a_garbled_event_announces_a_reread_of_everything_its_stream_covers(sim, follower):
    _changes, notices, elsewhere = follower
    await apost(sim, "/_sim/faults", {"streamMalformedRate": 1.0})
    try:
        n = len(notices)
        await elsewhere.rename_device("agent1-soft", "Garbled")
        await until(lambda: any(x.reason == topics.UNREADABLE and x.topics == DEVICE_TOPICS for x in notices[n:]),
                    timeout=5.0, what="a re-read of the devices")
        n = len(notices)
        await elsewhere.set_presence(note="garbled")
        await until(lambda: any(x.reason == topics.UNREADABLE and x.topics == CONFIG_TOPICS for x in notices[n:]),
                    timeout=5.0, what="a re-read of the configuration")
    finally:
        await apost(sim, "/_sim/faults", {"streamMalformedRate": 0.0})


async def test_a_refused_ticket_is_renewed_and_the_streams_come_back(sim, follower):
    changes, notices, elsewhere = follower
    me = changes._client
    generation = me.credentials_generation
    await apost(sim, "/_sim/tickets/expire", {"user": "agent1"})
    await apost(sim, "/_sim/streams/drop")
    await until(lambda: me.credentials_generation > generation and changes.live, timeout=5,
                what="a new ticket and both streams live")
    await elsewhere.create_ticket()  # its ticket ran out too
    n = len(notices)
    await elsewhere.set_presence(note="renewed")
    assert await _arrives(notices, topics.PRESENCE, after=n) < 5.0
