""""My photo" in the presence panel (MyPhotoBox) against a real MyPhotoViewModel and the simulator:
the server's photo is shown, "Change photo…" opens a non-modal PNG/JPEG chooser, a chosen image
is uploaded and shown back, and a file that is not an image is refused in words."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from support import act, sim_post, until
from panel_support import presence_panel

from cti_desktop.ui.my_photo import MyPhotoBox


@pytest.fixture
def panel(agent_session, arun, qtbot):
    for widget in presence_panel(agent_session, arun, qtbot, show=True):
        yield widget
        if widget.photo_box is not None and widget.photo_box.dialog is not None:
            widget.photo_box.dialog.reject()


def test_my_photo_is_shown_and_changed(sim, arun, panel, tmp_path):
    box = panel.photo_box
    assert isinstance(box, MyPhotoBox)
    arun(until(lambda: box.vm.loaded, what="my photo"))
    assert not box.picture.pixmap().isNull() and box.picture.text() == ""  # the server's drawn photo
    assert box.change_button.text() == "Change photo…"
    assert not any("Remove" in b.text() for b in panel.findChildren(type(box.change_button)))

    act(arun, box.change_button.click)
    dialog = box.dialog
    # open(), not exec(): the click returned with the chooser still up (PITFALLS 14)
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert any("*.png" in f and "*.jpg" in f for f in dialog.nameFilters())
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFile

    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor("purple"))
    path = tmp_path / "portrait.png"
    assert image.save(str(path), "PNG")
    act(arun, lambda: dialog.fileSelected.emit(str(path)))  # what choosing the file emits
    arun(until(lambda: box.notice_label.text() == "Photo changed", what="the upload"))
    assert box.error_label.isHidden()
    assert QImage.fromData(sim.sim.org.users["agent1"].photo).size() == image.size()
    shown = box.picture.pixmap().toImage().pixelColor(30, 30)
    assert abs(shown.red() - 128) <= 6 and shown.green() <= 6


def test_a_file_that_is_not_an_image_is_refused_in_words(sim, arun, panel, tmp_path):
    box = panel.photo_box
    notes = tmp_path / "notes.jpg"
    notes.write_text("dear diary")
    act(arun, box.choose_file)
    act(arun, lambda: box.dialog.fileSelected.emit(str(notes)))
    arun(until(lambda: box.error_label.text(), what="the refusal"))
    assert box.error_label.text() == "The file is not an image" and box.error_label.isVisible()
    assert box.change_button.isEnabled()
    assert sim.sim.org.users["agent1"].photo == b""


def test_a_server_sending_garbage_shows_words_not_a_crash(sim, arun, panel):
    box = panel.photo_box
    arun(until(lambda: box.vm.loaded, what="my photo"))
    sim_post(sim, "/_sim/faults", {"malformedRate": 1.0, "routes": ["pr.photo"]})
    assert not arun(box.vm.refresh())
    assert box.error_label.text().startswith("The photo the phone system sent is not an image")
    assert not box.picture.pixmap().isNull()  # the photo read before stays; the words say why it is not new
