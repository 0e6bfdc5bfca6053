"""MyPhotoViewModel ("My photo" in the presence panel) headless, against agent1 in the real simulator:
the chosen file is checked, scaled down and uploaded (pr.photo_put), and the photo shown is the
server's answer (pr.photo). Hostile files and a server answering garbage give words."""

from __future__ import annotations

import pytest
from photo_bytes import png, png_header_only
from PySide6.QtGui import QColor, QImage
from support import sim_post
from panel_support import view_model

from cti_desktop.core.user_photo import PHOTO_FILE_LIMIT, PHOTO_MAX_SIDE
from cti_desktop.viewmodels.my_photo import MyPhotoViewModel, user_photo_of
from cti_desktop.viewmodels.photo_image import decode_photo, prepare_photo
from cti_desktop.viewmodels.presence import PresenceViewModel
from cti_desktop.viewmodels.session_bridge import SessionBridge


@pytest.fixture
def photo_vm(agent_session, arun):
    for vm in view_model(agent_session, arun, MyPhotoViewModel.for_bridge):
        assert vm is not None and vm.available
        yield vm


def stored(sim) -> bytes:
    return sim.sim.org.users["agent1"].photo


def test_shows_the_servers_drawn_photo_until_one_is_uploaded(sim, arun, photo_vm):
    assert arun(photo_vm.refresh())
    assert photo_vm.loaded and photo_vm.hasPhoto and photo_vm.error == ""
    assert photo_vm.image().width() > 0  # the simulator's initials, an SVG


def test_upload_a_file_and_show_the_servers_copy(sim, arun, photo_vm, tmp_path):
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkcyan"))
    path = tmp_path / "me.png"
    assert image.save(str(path), "PNG")
    assert arun(photo_vm.upload_file(str(path)))
    assert photo_vm.notice == "Photo changed" and photo_vm.error == ""
    server = QImage.fromData(stored(sim))
    assert (server.width(), server.height()) == (40, 30)  # a small image is not enlarged
    shown, want = photo_vm.image().pixelColor(5, 5), QColor("darkcyan")  # re-encoded as a JPEG: close
    assert max(abs(shown.red() - want.red()), abs(shown.green() - want.green()), abs(shown.blue() - want.blue())) <= 4


def test_a_large_image_is_scaled_down_before_upload(sim, arun, photo_vm, tmp_path):
    big = QImage(2400, 1600, QImage.Format.Format_RGB32)
    big.fill(QColor("orange"))
    path = tmp_path / "big.jpg"
    assert big.save(str(path), "JPEG", 95)
    assert arun(photo_vm.upload_file(str(path)))
    sent = stored(sim)
    assert sent.startswith(b"\xff\xd8\xff")  # no transparency: a JPEG
    server = QImage.fromData(sent)
    assert (server.width(), server.height()) == (PHOTO_MAX_SIDE, PHOTO_MAX_SIDE * 2 // 3)


def test_transparency_is_kept_as_a_png(qapp):
    clear = QImage(700, 700, QImage.Format.Format_ARGB32)
    clear.fill(QColor(0, 0, 0, 0))
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    clear.save(buffer, "PNG")
    buffer.close()
    out = prepare_photo(bytes(data.data()))
    assert out.startswith(b"\x89PNG")
    assert QImage.fromData(out).width() == PHOTO_MAX_SIDE


@pytest.mark.parametrize("make, words", [
    (lambda p: p.write_text("just some notes, not a picture"), "is not an image"),
    (lambda p: p.write_bytes(b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
                             b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"), "choose a PNG or JPEG image"),
    (lambda p: p.write_bytes(png_header_only(30000, 30000)), "30000 × 30000 pixels"),
    (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 200), "not an image"),
    (lambda p: p.write_bytes(b""), "is empty"),
])
def test_hostile_files_are_refused_in_words_and_nothing_is_sent(sim, arun, photo_vm, tmp_path, make, words):
    path = tmp_path / "photo.png"
    make(path)
    assert not arun(photo_vm.upload_file(str(path)))
    assert words in photo_vm.error
    assert stored(sim) == b""


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(sim, arun, photo_vm, tmp_path):
    path = tmp_path / "huge.png"
    with path.open("wb") as f:
        f.write(png(2, 2))
        f.truncate(PHOTO_FILE_LIMIT + 1)  # sparse: large on paper, nothing to read
    assert not arun(photo_vm.upload_file(str(path)))
    assert "choose an image of at most 20 MB" in photo_vm.error
    assert not arun(photo_vm.upload_file(str(tmp_path))) and "is not a file" in photo_vm.error
    assert not arun(photo_vm.upload_file(str(tmp_path / "gone.png"))) and "cannot be opened" in photo_vm.error
    assert stored(sim) == b""


def test_a_server_answering_garbage_gives_words(sim, arun, photo_vm):
    sim_post(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["pr.photo"]})
    assert not arun(photo_vm.refresh())
    assert photo_vm.error.startswith("The photo the phone system sent is not an image")
    assert photo_vm.loaded and not photo_vm.hasPhoto


def test_a_server_refusing_the_upload_gives_words(sim, arun, photo_vm, tmp_path):
    path = tmp_path / "me.png"
    path.write_bytes(png(4, 4))
    sim_post(sim, "/_sim/faults", {"errorRate": 1.0, "routes": ["pr.photo_put"]})
    assert not arun(photo_vm.upload_file(str(path)))
    assert photo_vm.error and photo_vm.notice == ""
    assert stored(sim) == b""


def test_decoding_any_bytes_is_an_image_or_words(qapp):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from cti_desktop.core.errors import InvalidInput

    @settings(max_examples=150, deadline=None)
    @given(data=st.one_of(st.binary(max_size=200), st.builds(lambda tail: png(2, 2)[:20] + tail, st.binary(max_size=80))))
    def decode(data):
        try:
            assert not decode_photo(data).isNull()
        except InvalidInput as exc:
            assert str(exc)

    decode()


def test_the_presence_view_model_carries_the_photo(agent_session, arun):
    bridge = SessionBridge(agent_session)
    vm = PresenceViewModel(bridge)
    try:
        assert isinstance(vm.photo, MyPhotoViewModel)
    finally:
        arun(vm.aclose())
        bridge.detach()

    class Backend:
        presence = object()

    assert user_photo_of(Backend()) is None
