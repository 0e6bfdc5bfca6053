"""Contact details, under the contact search: the chosen contact's photo, directory fields, line state
and whether it is one of the favourites (as the server says), with a button to change that.

Hidden until a contact is chosen. Everything comes from :class:`ContactDetailsViewModel`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cti_desktop.i18n import translate
from cti_desktop.viewmodels.contact_details import ContactDetailsViewModel

from .contact_photo import photo_pixmap
from .panel_labels import MUTED_STYLE, error_label, muted_label
from .theme import set_style

PHOTO_SIDE = 56


class ContactDetailsPanel(QFrame):
    def __init__(self, vm: ContactDetailsViewModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ContactDetails", "Contact details"))
        # as tall as its lines, no taller: the search results keep the room
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.name_label = QLabel(self)
        set_style(self.name_label, "font-weight: bold;")
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.company_label = QLabel(self)
        self.company_label.setTextFormat(Qt.TextFormat.PlainText)
        self.line_label = QLabel(self)
        self.line_label.setAccessibleName(translate("ContactDetails", "Contact's line state"))
        self.favourite_label = QLabel(self)
        self.favourite_label.setAccessibleName(translate("ContactDetails", "Favourite"))
        self.favourite_button = QPushButton(self)
        self.favourite_button.setAccessibleName(translate("ContactDetails", "Change favourite"))
        self.favourite_button.clicked.connect(vm.toggleFavourite)  # absent where there are no favourites
        self.status_label = QLabel(self)
        set_style(self.status_label, MUTED_STYLE)
        self.error_label = error_label(self, translate("ContactDetails", "Contact details error"), selectable=False)
        self.fields_box = QWidget(self)
        self.fields_layout = QFormLayout(self.fields_box)
        self.fields_layout.setContentsMargins(0, 0, 0, 0)
        self.photo_label = QLabel(self)
        self.photo_label.setAccessibleName(translate("ContactDetails", "Contact's photo"))
        self.photo_label.setFixedSize(PHOTO_SIDE, PHOTO_SIDE)
        self.photo_error_label = muted_label(self, translate("ContactDetails", "Contact's photo not shown"))
        self.photo_error_label.setTextFormat(Qt.TextFormat.PlainText)
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.name_label)
        heading.addWidget(self.company_label)
        heading.addWidget(self.line_label)
        favourite_row = QHBoxLayout()
        favourite_row.addWidget(self.favourite_label)
        favourite_row.addWidget(self.favourite_button)
        favourite_row.addStretch(1)
        heading.addLayout(favourite_row)
        heading.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addLayout(top)
        for w in (self.fields_box, self.photo_error_label, self.status_label, self.error_label):
            layout.addWidget(w)
        vm.changed.connect(self._sync)
        vm.errorChanged.connect(lambda: self.error_label.setText(vm.error))
        vm.busyChanged.connect(self._sync)
        self._sync()

    def field_rows(self) -> list[tuple[str, str]]:
        rows = []
        for r in range(self.fields_layout.rowCount()):
            label = self.fields_layout.itemAt(r, QFormLayout.ItemRole.LabelRole)
            value = self.fields_layout.itemAt(r, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                rows.append((label.widget().text(), value.widget().text()))
        return rows

    def _sync(self) -> None:
        vm = self.vm
        self.setVisible(vm.shown)
        self.name_label.setText(vm.name)
        self.company_label.setText(vm.company)
        self.company_label.setVisible(bool(vm.company))
        self.line_label.setText(vm.lineText)
        self.line_label.setVisible(bool(vm.lineText))
        self.photo_label.setPixmap(photo_pixmap(vm.photoImage, vm.name, PHOTO_SIDE))
        self.photo_label.setToolTip("" if vm.photoImage is not None else translate("ContactDetails", "No photo"))
        refused = vm.photoError
        self.photo_error_label.setText(translate("ContactDetails", "Photo not shown: {refused}").format(refused=refused) if refused else "")
        self.photo_error_label.setVisible(bool(refused))
        self.favourite_label.setText(vm.favouriteText)
        self.favourite_label.setVisible(bool(vm.favouriteText))
        known = vm.favourite is not None
        self.favourite_button.setVisible(known and vm.favouriteSupported)
        self.favourite_button.setText(translate("ContactDetails", "Remove from favourites") if vm.favourite else translate("ContactDetails", "Add to favourites"))
        self.favourite_button.setEnabled(known and not vm.busy)
        self.status_label.setText(translate("ContactDetails", "Reading the details…") if vm.loading else "")
        self.status_label.setVisible(vm.loading)
        while self.fields_layout.rowCount():
            self.fields_layout.removeRow(0)
        for f in vm.fields:
            label, value = QLabel(f["label"]), QLabel(f["value"])
            for w in (label, value):
                w.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields_layout.addRow(label, value)


__all__ = ["ContactDetailsPanel"]
