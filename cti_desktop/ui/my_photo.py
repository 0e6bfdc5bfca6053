"""My photo, in the presence panel: the photo colleagues see, and "Change photo…".

The photo is the server's (:class:`~cti_desktop.viewmodels.my_photo.MyPhotoViewModel`); the file
chooser is non-modal (``open()``, never ``exec()``) and offers PNG and JPEG files; the view-model
checks and scales what is chosen and says in words what it refuses. The reference offers no way to
remove a photo, so there is no "Remove photo".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.core.user_photo import PHOTO_FILE_LIMIT
from cti_desktop.viewmodels.my_photo import PHOTO_SHOWN_SIDE, MyPhotoViewModel
from .panel_labels import MUTED_STYLE, error_label
from .theme import set_style

#: What the file chooser offers.
FILE_FILTER = QT_TRANSLATE_NOOP("MyPhoto", "PNG or JPEG images (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG)")


class MyPhotoBox(QWidget):
    def __init__(self, vm: MyPhotoViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setAccessibleName(translate("MyPhoto", "My photo"))
        self.picture = QLabel(self)
        self.picture.setAccessibleName(translate("MyPhoto", "My photo"))
        self.picture.setFixedSize(PHOTO_SHOWN_SIDE, PHOTO_SHOWN_SIDE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_style(self.picture, "border: 1px solid palette(mid); border-radius: 4px;")
        self.change_button = QPushButton(translate("MyPhoto", "Change photo…"), self)
        self.change_button.setAccessibleName(translate("MyPhoto", "Change my photo"))
        self.change_button.setToolTip(
            translate("MyPhoto", "Choose a PNG or JPEG image (at most {value} MB); a large one is scaled down before it is sent").format(value=PHOTO_FILE_LIMIT // (1024 * 1024)))
        self.change_button.clicked.connect(self.choose_file)
        self.notice_label = QLabel(self)
        self.notice_label.setAccessibleName(translate("MyPhoto", "Photo status"))
        set_style(self.notice_label, MUTED_STYLE)
        self.error_label = error_label(self, translate("MyPhoto", "Photo error"))
        self.dialog: QFileDialog | None = None
        side = QVBoxLayout()
        side.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        side.addWidget(self.notice_label)
        side.addWidget(self.error_label)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(side, 1)
        vm.photoChanged.connect(self._sync_photo)
        vm.noticeChanged.connect(self._sync_words)
        vm.errorChanged.connect(self._sync_words)
        vm.busyChanged.connect(self._sync_busy)
        self._asked = False
        self._sync_photo()
        self._sync_words()
        self._sync_busy()

    def choose_file(self) -> None:
        """Open the (non-modal) file chooser; a chosen file goes to the view-model."""
        if self.dialog is None:
            self.dialog = QFileDialog(self, "Choose my photo")
            self.dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            self.dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            self.dialog.setNameFilter(translate("MyPhoto", FILE_FILTER))
            self.dialog.fileSelected.connect(self.vm.changePhoto)
        self.dialog.open()

    def _sync_photo(self) -> None:
        image = self.vm.image()
        if image.isNull():
            self.picture.setPixmap(QPixmap())
            self.picture.setText(translate("MyPhoto", "No photo") if self.vm.loaded else "…")
            self.picture.setToolTip(translate("MyPhoto", "You have no photo yet") if self.vm.loaded else translate("MyPhoto", "Reading your photo"))
            return
        pixmap = QPixmap.fromImage(image)
        ratio = self.devicePixelRatioF()
        pixmap = pixmap.scaled(int(PHOTO_SHOWN_SIDE * ratio), int(PHOTO_SHOWN_SIDE * ratio),
                               Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap.setDevicePixelRatio(ratio)
        self.picture.setText("")
        self.picture.setPixmap(pixmap)
        self.picture.setToolTip(translate("MyPhoto", "Your photo, as colleagues see it"))

    def _sync_words(self) -> None:
        self.notice_label.setText(self.vm.notice)
        self.notice_label.setVisible(bool(self.vm.notice))
        self.error_label.setText(self.vm.error)
        self.error_label.setVisible(bool(self.vm.error))

    def _sync_busy(self) -> None:
        self.change_button.setEnabled(not self.vm.busy)
        self.setCursor(Qt.CursorShape.BusyCursor if self.vm.busy else Qt.CursorShape.ArrowCursor)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._asked:  # read once, when first seen
            self._asked = True
            self.vm.load()


__all__ = ["FILE_FILTER", "MyPhotoBox"]
