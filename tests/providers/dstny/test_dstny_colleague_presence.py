"""Colleagues' presence followed live (Contacts Information V1 presence stream, PIDF) and contacts'
images, against the simulator over loopback.

The follower is the real one (``DstnyColleagues.follower``); the simulator changes a colleague's
presence (``POST /_sim/presence/{user}``), cuts the streams (``/_sim/streams/drop``), garbles stream
events (``streamMalformedRate``) and leaves routes out (``/_sim/deployment``).
"""

from __future__ import annotations

import asyncio
import struct
import time
import zlib

import pytest

from cti_desktop.core.colleagues import ColleagueBoard
from cti_desktop.core.contact_photos import MAX_PHOTO_BYTES, PhotoRefused
from cti_desktop.core.errors import NotFound, ServerUnavailable
from cti_desktop.core.models import Contact
from cti_desktop.providers.dstny.presence_watch import DstnyColleagues
from cti_desktop.simulator.dstny.api_contact_info import set_contact_image
from support import apost, dstny_signed_in, until

@pytest.fixture
async def me(sim):
    async with dstny_signed_in(sim, streams=True) as signed:
        yield signed.client, signed.streams


class Watching:
    def __init__(self, client, streams, **kwargs) -> None:
        self.board = ColleagueBoard()
        self.follower = DstnyColleagues(client, streams, heartbeat_interval=1.0, backoff_initial=0.1).follower(
            self.board, **kwargs)

    async def __aenter__(self) -> "Watching":
        self.task = asyncio.create_task(self.follower.run())
        return self

    async def __aexit__(self, *exc) -> None:
        self.follower.stop()
        await asyncio.wait_for(self.task, 5)


def line(w: Watching, cid: str):
    return w.board.get(cid)


# ------------------------------------------------------------------------------------ the routes
async def test_presence_read_as_pidf_and_its_stream_over_the_wire(sim, me):
    client, streams = me
    await apost(sim, "/_sim/presence/agent2", {"activity": "lunch", "note": "Back 13:00"})
    presence = await client.contact_presence("agent2")
    assert (presence.activity, presence.available, presence.note, presence.role) == (
        "lunch", False, "Back 13:00", "business")
    url = client.contact_presence_url("agent2")
    assert url.endswith("/contacts/v1/demo.example/agent2%40demo.example/presence/stream")
    async with streams.stream("GET", url, headers={**client.auth_headers(), "Accept": "text/event-stream"}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        body = b""
        async for chunk in r.aiter_bytes():
            body += chunk
            if b"</presence>" in body:
                break
    assert b"application" not in body.split(b"data:")[0]  # the event data is the document itself
    assert b"<rpid:other>lunch</rpid:other>" in body and b"<basic>closed</basic>" in body
    with pytest.raises(NotFound):
        await client.contact_presence("dir-000001")  # a directory entry: no presence


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


async def test_image_of_a_colleague_and_of_an_entry(sim, me):
    client, _ = me
    data = await client.contact_image("agent2", side=48)
    assert png_size(data) == (48, 48)
    assert await client.contact_photo(Contact(id="agent2", source="dstny")) == await client.contact_image("agent2")
    assert await client.contact_image("dir-000001") is None  # no image: None, not an error
    assert await client.contact_photo(Contact(id="agent2", source="crm")) is None  # not this directory's
    set_contact_image(sim.sim.org, "agent3", b"\x89PNG" + b"\0" * (MAX_PHOTO_BYTES + 1))
    with pytest.raises(PhotoRefused, match="too large"):
        await client.contact_image("agent3")


# ------------------------------------------------------------------------------------ following
async def test_a_presence_change_reaches_the_board_through_the_stream(sim, me):
    client, streams = me
    sim.sim.org.users["agent1"].contacts["agent2"] = "FAVORITE"
    # members_every and presence_every long: only the stream can bring the change
    async with Watching(client, streams, presence_every=60, members_every=600) as w:
        await until(lambda: line(w, "agent2") is not None and line(w, "agent2").presence_live, what="presence live")
        # every watched colleague's stream live (the others of the list may come a little later)
        await until(lambda: not w.follower.presence_fallback, what="every colleague's presence stream live")
        reads = w.follower.list_reads
        took = []
        for activity, note in (("meeting", "Weekly sync"), ("available", ""), ("busy", "Do not disturb")):
            start = time.perf_counter()
            await apost(sim, "/_sim/presence/agent2", {"activity": activity, "note": note})
            await until(lambda: (line(w, "agent2").activity, line(w, "agent2").note) == (activity, note),
                        timeout=5.0, what=f"agent2 {activity}", interval=0.005)
            took.append(time.perf_counter() - start)
        assert line(w, "agent2").available is False
        assert w.follower.list_reads == reads  # the stream, not a re-read of the list
        # how fast is a benchmark's question (no timed assertion here); printed for a person reading -s
        print(f"presence change → board: {', '.join(f'{t * 1000:.0f} ms' for t in took)}")


async def test_the_presence_stream_heals_after_a_drop(sim, me):
    client, streams = me
    sim.sim.org.users["agent1"].contacts["agent2"] = "FAVORITE"
    async with Watching(client, streams, presence_every=60, members_every=600) as w:
        await until(lambda: line(w, "agent2") is not None and line(w, "agent2").presence_live)
        await apost(sim, "/_sim/streams/drop", {})
        await until(lambda: not line(w, "agent2").presence_live, what="presence not live after the drop")
        # a change made while the stream was down is read again when it reconnects
        sim.sim.org.users["agent2"].presence.note = "Changed while you were away"
        await until(lambda: line(w, "agent2").presence_live, timeout=5, what="presence live again")
        assert line(w, "agent2").note == "Changed while you were away"
        await apost(sim, "/_sim/presence/agent2", {"activity": "away", "note": "Coffee"})
        await until(lambda: line(w, "agent2").note == "Coffee", timeout=5.0, what="the healed stream follows")


async def test_a_garbled_presence_document_reads_the_presence_again(sim, me):
    client, streams = me
    sim.sim.org.users["agent1"].contacts["agent2"] = "FAVORITE"
    async with Watching(client, streams, presence_every=60, members_every=600) as w:
        await until(lambda: line(w, "agent2") is not None and line(w, "agent2").presence_live)
        await apost(sim, "/_sim/faults", {"streamMalformedRate": 1.0})
        try:
            await apost(sim, "/_sim/presence/agent2", {"activity": "vacation", "note": "Back Monday"})
            await until(lambda: line(w, "agent2").note == "Back Monday", timeout=2.0,
                        what="the presence re-read after a garbled document")
            assert line(w, "agent2").activity == "vacation"
        finally:
            await apost(sim, "/_sim/faults", {"streamMalformedRate": 0.0})


async def test_without_a_presence_stream_the_list_is_re_read_as_the_fallback(sim, me):
    client, streams = me
    sim.sim.org.users["agent1"].contacts["agent2"] = "FAVORITE"
    await apost(sim, "/_sim/deployment", {"withoutRoutes": ["ci.presence_stream"]})
    try:
        async with Watching(client, streams, presence_every=0.3, members_every=600) as w:
            await until(lambda: line(w, "agent2") is not None and line(w, "agent2").live, what="line live")
            assert w.follower.presence_fallback and not line(w, "agent2").presence_live
            await apost(sim, "/_sim/presence/agent2", {"activity": "meeting"})
            await until(lambda: line(w, "agent2").activity == "meeting", timeout=3.0,
                        what="the fallback re-read brings the change")
    finally:
        await apost(sim, "/_sim/deployment", {"withoutRoutes": []})


async def test_an_unreadable_presence_read_is_said_in_words(sim, me):
    client, _ = me
    await apost(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["ci.presence"]})
    try:
        with pytest.raises(ServerUnavailable):
            await client.contact_presence("agent2")
    finally:
        await apost(sim, "/_sim/faults", {"malformedRate": 0.0, "routes": []})
