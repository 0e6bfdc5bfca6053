"""Colleagues' live presence and contacts' photos in the real widgets, against the real view-models
and the simulator over loopback (pytest-qt)."""

from __future__ import annotations

import struct
import time
import zlib

from PySide6.QtCore import Qt
from support import act, apost, until

from cti_desktop.core.contact_photos import MAX_PHOTO_BYTES
from cti_desktop.core.models import Contact
from cti_desktop.simulator.dstny.api_contact_info import avatar_png, set_contact_image
from cti_desktop.ui.colleagues import ColleaguesPanel
from cti_desktop.ui.contact_details import ContactDetailsPanel
from cti_desktop.viewmodels.colleagues import ColleagueListModel, ColleaguesViewModel
from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` (a decompression bomb's header), with little data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\0" * 4096)) + chunk(b"IEND", b""))


def status_of(vm: ColleaguesViewModel, cid: str) -> str:
    row = vm.model.row_of(cid)
    return vm.model.data(vm.model.index(row), ColleagueListModel.StatusRole) if row >= 0 else ""


def open_panel(sim, agent_session, qtbot, *favourites: str):
    for cid in favourites:
        sim.sim.org.users["agent1"].contacts[cid] = "FAVORITE"
    bridge = SessionBridge(agent_session)
    vm = ColleaguesViewModel(bridge, presence_every=60)  # only the presence stream can be this quick
    panel = ColleaguesPanel(vm)
    qtbot.addWidget(panel)
    panel.show()
    return bridge, vm, panel


def test_a_colleagues_presence_change_reaches_the_panel_through_the_stream(sim, agent_session, arun, qtbot):
    bridge, vm, panel = open_panel(sim, agent_session, qtbot, "agent3")
    try:
        arun(until(lambda: vm.board.get("agent3") is not None and vm.board.get("agent3").presence_live,
                   what="agent3's presence live"))
        took = []
        for activity, note, words in (("lunch", "Back 13:00", "Lunch — Back 13:00"),
                                      ("meeting", "Budget", "Meeting — Budget")):
            start = time.perf_counter()
            arun(apost(sim, "/_sim/presence/agent3", {"activity": activity, "note": note}))
            arun(until(lambda: words in status_of(vm, "agent3"), timeout=5.0, interval=0.005,
                       what=f"{words!r} in the row"))
            took.append(time.perf_counter() - start)
        print(f"presence change → panel row: {', '.join(f'{t * 1000:.0f} ms' for t in took)}")
        assert max(took) < 5.0
        panel.list_view.setCurrentIndex(vm.model.index(vm.model.row_of("agent3")))
        assert not panel.list_view.grab().isNull()  # the row paints with the note
        # the stream heals after a drop: a change made while it was down is read on reconnect
        arun(apost(sim, "/_sim/streams/drop", {}))
        arun(until(lambda: not vm.board.get("agent3").presence_live, what="not live after the drop"))
        sim.sim.org.users["agent3"].presence.note = "Changed meanwhile"
        arun(until(lambda: "Changed meanwhile" in status_of(vm, "agent3"), timeout=5, what="re-read on reconnect"))
    finally:
        arun(vm.aclose())
        bridge.detach()


def test_colleagues_photos_and_a_hostile_one_refused_in_words(sim, agent_session, arun, qtbot):
    set_contact_image(sim.sim.org, "agent4", png_claiming(60000, 60000))
    set_contact_image(sim.sim.org, "agent5", avatar_png("agent5", 96)[:200])  # cut short
    bridge, vm, panel = open_panel(sim, agent_session, qtbot, "agent3", "agent4", "agent5")
    model = vm.model
    try:
        arun(until(lambda: all(vm.photos.entry(c) is not None for c in ("agent3", "agent4", "agent5")),
                   what="the three photos asked for"))
        photo = model.data(model.index(model.row_of("agent3")), ColleagueListModel.PhotoRole)
        assert photo is not None and (photo.width(), photo.height()) == (96, 96)
        bomb = model.index(model.row_of("agent4"))
        assert model.data(bomb, ColleagueListModel.PhotoRole) is None
        assert "too large to show (60000×60000 pixels" in model.data(bomb, ColleagueListModel.PhotoErrorRole)
        assert "Photo not shown: " in model.data(bomb, Qt.ItemDataRole.ToolTipRole)
        assert "could not be read" in model.data(model.index(model.row_of("agent5")),
                                                 ColleagueListModel.PhotoErrorRole)
        image = panel.list_view.grab().toImage()  # rows with a photo, a refused one and initials paint
        assert not image.isNull()
        # a photo is asked for once per colleague: the list's next changes do not ask again
        asked = dict(vm.photos._entries)
        vm.refresh()
        arun(until(lambda: vm.board.get("agent3").live))
        assert dict(vm.photos._entries) == asked
    finally:
        arun(vm.aclose())
        bridge.detach()


def test_contact_details_show_the_photo_and_refuse_a_hostile_one(sim, agent_session, arun, qtbot):
    set_contact_image(sim.sim.org, "agent7", b"\x89PNG" + b"\0" * (MAX_PHOTO_BYTES + 10))
    bridge = SessionBridge(agent_session)
    vm = ContactDetailsViewModel(bridge)
    panel = ContactDetailsPanel(vm)
    qtbot.addWidget(panel)
    try:
        placeholder = panel.photo_label.pixmap().toImage().pixelColor(28, 6)  # nobody chosen: the initials' disc
        assert placeholder.name() == "#546e7a"  # white initials on it: 5.8:1
        agent2 = Contact(id="agent2", first_name="Björn", last_name="Sandberg", source="dstny", kind="DIRECTORY")
        assert arun(vm.show_contact(agent2))
        arun(until(lambda: vm.photoImage is not None, what="agent2's photo"))
        act(arun, panel.show)
        top = panel.photo_label.pixmap().toImage().pixelColor(28, 6)
        assert top.alpha() == 255 and top != placeholder  # the avatar's own colour, not the initials' disc
        assert panel.photo_error_label.isHidden()
        assert (vm.photoImage.width(), vm.photoImage.height()) == (96, 96)
        assert vm.photos.entry("dstny:agent2").image.size() == vm.photoImage.size()  # kept, in memory
        agent7 = Contact(id="agent7", first_name="Greta", last_name="Wallin", source="dstny", kind="DIRECTORY")
        arun(vm.show_contact(agent7))
        arun(until(lambda: vm.photoError, what="the refusal"))
        assert vm.photoImage is None
        assert panel.photo_error_label.text().startswith("Photo not shown: The photo is too large to show")
        assert panel.photo_error_label.isVisible()
        # another directory's contact has no photo here, and no error
        arun(vm.show_contact(Contact(id="crm-1", first_name="Ada", source="crm")))
        assert vm.photoError == "" and vm.photoImage is None
        assert avatar_png("agent2", 96) == avatar_png("agent2", 96)  # the simulator's avatar is stable
    finally:
        arun(vm.aclose())
        bridge.detach()
