"""File › Settings… (Ctrl+,): the dialog for what a person changes, bound to
:class:`~cti_desktop.viewmodels.settings_dialog.SettingsDialogViewModel`.

One page per subject — Pops, Appearance, Language, Wallboard, After-call work, Shortcuts — each
field with its refusal in words right below it. OK saves and closes, Apply saves, Cancel closes
and forgets the draft. The dialog is not modal (calls go on while it is open) and is shown with
``show()``; when the settings file could not be read, the question whether to replace it is a
message box opened with ``open()`` (never ``exec()``, see PITFALLS 14).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QKeySequenceEdit,
)

from cti_desktop.i18n import QT_TRANSLATE_NOOP, translate
from cti_desktop.ui.translations import LANGUAGE_NAMES
from cti_desktop.viewmodels.anywhere_settings import AnywhereSettingsViewModel
from cti_desktop.viewmodels.settings_dialog import CHOICE_WORDS, FIELDS, SettingsDialogViewModel

_PORTABLE = QKeySequence.SequenceFormat.PortableText

#: The pages, their titles and the fields on each (keys of ``FIELDS``), with words under the page.
PAGES: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("pops", QT_TRANSLATE_NOOP("SettingsDialog", "Pops"), ("pops.enabled", "pops.corner"),
     QT_TRANSLATE_NOOP("SettingsDialog", "A pop window shows who is calling. Off: the desktop notification alone tells of a call (for "
     "agents who answer on a desk phone). Changes apply at once.")),
    ("appearance", QT_TRANSLATE_NOOP("SettingsDialog", "Appearance"), ("theme",), QT_TRANSLATE_NOOP("SettingsDialog", "Light or dark, or as the system's scheme.")),
    ("language", QT_TRANSLATE_NOOP("SettingsDialog", "Language"), ("language",),
     QT_TRANSLATE_NOOP("SettingsDialog", "The language of the app's words: English, Swedish or Italian, or as the system's language. "
     "Takes effect at the next start.")),
    ("links", QT_TRANSLATE_NOOP("SettingsDialog", "Links"), ("confirm_dial_links",),
     QT_TRANSLATE_NOOP("SettingsDialog", "Links to call (tel:, callto:, sip:) opened in other applications dial through this window.")),
    ("wallboard", QT_TRANSLATE_NOOP("SettingsDialog", "Wallboard"),
     ("wallboard.waiting_warning", "wallboard.waiting_critical", "wallboard.longest_warning",
      "wallboard.longest_critical"),
     QT_TRANSLATE_NOOP("SettingsDialog", "When a queue's tile turns to warning and to critical, for all queues (a queue's own levels in the "
     "settings file stay). An open wallboard uses them at once.")),
    ("after_call", QT_TRANSLATE_NOOP("SettingsDialog", "After-call work"),
     ("after_call.enabled", "after_call.scope", "after_call.seconds", "after_call.extend_seconds"),
     QT_TRANSLATE_NOOP("SettingsDialog", "A wrap-up time after each call: your presence shows wrap-up with a countdown, then goes back to what "
     "it was. Changes apply from your next call; turned off, a wrap-up under way ends now.")),
)

#: Field → the words of its check box or the suffix of its number box.
_CHECK_WORDS = {"pops.enabled": QT_TRANSLATE_NOOP("SettingsDialog", "Pop a window for incoming calls"),
                "after_call.enabled": QT_TRANSLATE_NOOP("SettingsDialog", "Wrap-up time after calls"),
                "confirm_dial_links": QT_TRANSLATE_NOOP("SettingsDialog", "Ask \"Call …?\" before calling a link")}
_SUFFIX = {"wallboard.waiting_warning": " callers", "wallboard.waiting_critical": " callers",
           "wallboard.longest_warning": " s", "wallboard.longest_critical": " s",
           "after_call.seconds": " s", "after_call.extend_seconds": " s"}


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"error:{name}")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setVisible(False)
    return label


class SettingsDialog(QDialog):
    """The settings window; ``vm`` holds the draft and writes the file."""

    def __init__(self, vm: SettingsDialogViewModel, parent: QWidget | None = None, *,
                 anywhere: AnywhereSettingsViewModel | None = None) -> None:
        super().__init__(parent)
        self.vm = vm
        #: The "Answer from anywhere" section (global shortcuts, start at login), when given.
        self.anywhere = anywhere
        self.anywhere_page: QWidget | None = None
        self.global_key_edits: dict[str, QKeySequenceEdit] = {}
        self.global_key_errors: dict[str, QLabel] = {}
        self.setObjectName("settingsDialog")
        self.setWindowTitle(translate("SettingsDialog", "Settings"))
        self.setAccessibleName(translate("SettingsDialog", "Settings"))
        self.setModal(False)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self._closing_after_save = False
        self._question: QMessageBox | None = None
        #: Field key → its editor; field key or action name → the label with its refusal.
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        #: Call action name → its key editor and its reset button.
        self.key_edits: dict[str, QKeySequenceEdit] = {}
        self.reset_buttons: dict[str, QPushButton] = {}

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("SettingsDialog", "Settings pages"))
        for page, title, keys, words in PAGES:
            self.tabs.addTab(self._page(page, keys, translate("SettingsDialog", words)), translate("SettingsDialog", title))
        self.tabs.addTab(self._shortcuts_page(), translate("SettingsDialog", "Shortcuts"))
        if anywhere is not None:
            self.anywhere_page = self._anywhere_page(anywhere)
            self.tabs.addTab(self.anywhere_page, translate("SettingsDialog", "Answer from anywhere"))

        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Apply
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).clicked.connect(lambda: self.save(close=True))
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(lambda: self.save(close=False))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        vm.valueChanged.connect(self._show_value)
        vm.fieldErrorChanged.connect(self._show_error)
        vm.shortcutChanged.connect(self._show_key)
        vm.messageChanged.connect(lambda: self.message.setText(vm.message))
        vm.confirmationNeeded.connect(self._ask_replace)
        self.resize(620, 560)

    # ------------------------------------------------------------------------------ pages
    def _page(self, page: str, keys: tuple[str, ...], words: str) -> QWidget:
        widget = QWidget()
        widget.setObjectName(f"page:{page}")
        layout = QVBoxLayout(widget)
        intro = QLabel(words)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        note = self.vm.notes.get(page)
        if note:
            warning = QLabel(note)
            warning.setObjectName(f"note:{page}")
            warning.setWordWrap(True)
            layout.addWidget(warning)
        form = QFormLayout()
        for key in keys:
            editor = self._editor(key)
            error = self.error_labels[key] = _error_label(key)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            label = "" if FIELDS[key][0] == "bool" else translate("SettingsDialog", "{field}:").format(
                field=translate("SettingsDialog", FIELDS[key][2]))
            form.addRow(label, box)
        layout.addLayout(form)
        layout.addStretch(1)
        return widget

    def _editor(self, key: str) -> QWidget:
        kind, rule, words = FIELDS[key]
        words = translate("SettingsDialog", words)
        value = self.vm.value(key)
        if kind == "bool":
            editor: QWidget = QCheckBox(translate("SettingsDialog", _CHECK_WORDS[key]) if key in _CHECK_WORDS else words)
            editor.setChecked(bool(value))
            editor.toggled.connect(lambda checked, k=key: self.vm.setValue(k, bool(checked)))
        elif kind == "choice":
            editor = QComboBox()
            for choice in rule:
                name = LANGUAGE_NAMES.get(choice) if key == "language" else None
                editor.addItem(name or CHOICE_WORDS.get(choice, choice), choice)
            editor.setCurrentIndex(max(0, editor.findData(value)))
            editor.currentIndexChanged.connect(lambda _i, k=key, e=editor: self.vm.setValue(k, e.currentData()))
        else:
            editor = QSpinBox()
            editor.setRange(*rule)
            editor.setSuffix(_SUFFIX.get(key, ""))
            editor.setValue(int(value))
            editor.valueChanged.connect(lambda v, k=key: self.vm.setValue(k, int(v)))
        editor.setObjectName(f"field:{key}")
        editor.setAccessibleName(words)
        self.editors[key] = editor
        return editor

    def _shortcuts_page(self) -> QWidget:
        inner = QWidget()
        grid = QGridLayout(inner)
        intro = QLabel(translate("SettingsDialog", "The call actions' keys. Click a box and press the new key; the clear button leaves an "
                       "action without a key. A key another action or the window uses is refused."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        row = 1
        for name, words, default in self.vm.actions():
            label = QLabel(words)
            edit = QKeySequenceEdit(QKeySequence.fromString(self.vm.shortcut(name), _PORTABLE))
            edit.setObjectName(f"key:{name}")
            edit.setAccessibleName(translate("SettingsDialog", "Key for {words}").format(words=words))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            label.setBuddy(edit)
            edit.editingFinished.connect(lambda n=name, e=edit: self._key_edited(n, e))
            edit.keySequenceChanged.connect(lambda seq, n=name, e=edit: self._key_cleared(n, e, seq))
            shown = QKeySequence.fromString(default, _PORTABLE).toString(QKeySequence.SequenceFormat.NativeText)
            reset = QPushButton(translate("SettingsDialog", "Default"))
            reset.setObjectName(f"reset:{name}")
            reset.setAccessibleName(translate("SettingsDialog", "Default key for {words}").format(words=words))
            reset.setToolTip(translate("SettingsDialog", "Back to {value}").format(value=shown or 'no key'))
            reset.clicked.connect(lambda _checked=False, n=name: self.vm.resetShortcut(n))
            self.key_edits[name] = edit
            self.reset_buttons[name] = reset
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(reset, row, 2)
            error = self.error_labels[name] = _error_label(name)
            grid.addWidget(error, row + 1, 0, 1, 3)
            row += 2
        grid.setRowStretch(row, 1)
        scroll = QScrollArea()
        scroll.setObjectName("page:shortcuts")
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        return scroll

    def _anywhere_page(self, anywhere: AnywhereSettingsViewModel) -> QWidget:
        """Global shortcuts (keys that work in any program) and start at login."""
        widget = QWidget()
        widget.setObjectName("page:anywhere")
        grid = QGridLayout(widget)
        intro = QLabel(translate("SettingsDialog", "Keys that work in any program, while the app runs. Click a box "
                                                   "and press the key (two modifiers, e.g. Ctrl+Alt+A); the clear "
                                                   "button turns a key off."))
        intro.setWordWrap(True)
        grid.addWidget(intro, 0, 0, 1, 3)
        row = 1
        if anywhere.keysNote:  # Wayland, no display: said once, here
            note = QLabel(anywhere.keysNote)
            note.setObjectName("note:anywhere")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(note, row, 0, 1, 3)
            row += 1
        for name, words, default in anywhere.actions():
            label = QLabel(words)
            edit = QKeySequenceEdit(QKeySequence.fromString(anywhere.key(name), _PORTABLE))
            edit.setObjectName(f"globalkey:{name}")
            edit.setAccessibleName(translate("SettingsDialog", "Global key for {action}").format(action=words))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            label.setBuddy(edit)
            edit.keySequenceChanged.connect(
                lambda seq, n=name: anywhere.setKey(n, seq.toString(_PORTABLE)) if seq.toString(_PORTABLE)
                != anywhere.key(n) else None)
            reset = QPushButton(translate("SettingsDialog", "Default"))
            reset.setObjectName(f"globalreset:{name}")
            reset.setAccessibleName(translate("SettingsDialog", "Default global key for {action}").format(action=words))
            reset.setToolTip(translate("SettingsDialog", "Back to {key}").format(key=default))
            reset.clicked.connect(lambda _checked=False, n=name: anywhere.resetKey(n))
            error = self.global_key_errors[name] = _error_label(f"global:{name}")
            self.global_key_edits[name] = edit
            grid.addWidget(label, row, 0)
            grid.addWidget(edit, row, 1)
            grid.addWidget(reset, row, 2)
            grid.addWidget(error, row + 1, 0, 1, 3)
            row += 2
        self.autostart_box = QCheckBox(translate("SettingsDialog", "Start CTI Desktop when I log in"))
        self.autostart_box.setObjectName("field:autostart")
        self.autostart_box.setChecked(anywhere.autostart)
        self.autostart_box.setEnabled(anywhere.autostartSupported)
        self.autostart_box.toggled.connect(lambda on: setattr(anywhere, "autostart", bool(on)))
        grid.addWidget(self.autostart_box, row, 0, 1, 3)
        row += 1
        if anywhere.autostartNote:
            note = QLabel(anywhere.autostartNote)
            note.setObjectName("note:autostart")
            note.setWordWrap(True)
            grid.addWidget(note, row, 0, 1, 3)
            row += 1
        grid.setRowStretch(row, 1)
        anywhere.keyChanged.connect(self._show_global_key)
        anywhere.keyErrorChanged.connect(self._show_global_error)
        anywhere.messageChanged.connect(lambda: anywhere.message and self.message.setText(anywhere.message))
        return widget

    def _show_global_key(self, name: str) -> None:
        edit = self.global_key_edits[name]
        wanted = self.anywhere.key(name)
        if edit.keySequence().toString(_PORTABLE) != wanted:
            edit.blockSignals(True)
            edit.setKeySequence(QKeySequence.fromString(wanted, _PORTABLE))
            edit.blockSignals(False)

    def _show_global_error(self, name: str) -> None:
        label = self.global_key_errors[name]
        text = self.anywhere.keyError(name)
        label.setText(text)
        label.setVisible(bool(text))
        self.global_key_edits[name].setAccessibleDescription(text)

    # ------------------------------------------------------------------------------ binding
    def _key_edited(self, name: str, edit: QKeySequenceEdit) -> None:
        text = edit.keySequence().toString(_PORTABLE)
        if text != self.vm.shortcut(name):
            self.vm.setShortcut(name, text)

    def _key_cleared(self, name: str, edit: QKeySequenceEdit, sequence: QKeySequence) -> None:
        if sequence.isEmpty() and self.vm.shortcut(name):
            self.vm.setShortcut(name, "")

    def _show_key(self, name: str) -> None:
        edit = self.key_edits[name]
        wanted = self.vm.shortcut(name)
        if edit.keySequence().toString(_PORTABLE) != wanted:
            edit.blockSignals(True)
            edit.setKeySequence(QKeySequence.fromString(wanted, _PORTABLE))
            edit.blockSignals(False)

    def _show_value(self, key: str) -> None:
        editor: Any = self.editors[key]
        value = self.vm.value(key)
        editor.blockSignals(True)
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            editor.setValue(int(value))
        editor.blockSignals(False)

    def _show_error(self, key: str) -> None:
        label = self.error_labels.get(key)
        if label is None:
            return
        text = self.vm.fieldError(key)
        label.setText(text)
        label.setVisible(bool(text))
        target = self.editors.get(key) or self.key_edits.get(key)
        if target is not None:
            target.setAccessibleDescription(text)
        if text:  # bring the refused field into view
            page = next((i for i, (_p, _t, keys, _w) in enumerate(PAGES) if key in keys), len(PAGES))
            self.tabs.setCurrentIndex(page)

    # ------------------------------------------------------------------------------ saving
    def save(self, *, close: bool, replace_unreadable: bool = False) -> str:
        """Apply (and close on success when ``close``); the view-model's answer."""
        self._closing_after_save = close
        if self.anywhere is not None and self.anywhere.check():  # refused keys: nothing is written
            self.tabs.setCurrentWidget(self.anywhere_page)
            self.message.setText(translate("SettingsDialog", "Not saved: a global shortcut to change first "
                                                             "(see the words next to it)."))
            return "invalid"
        result = self.vm.apply(replace_unreadable=replace_unreadable)
        if result == "saved" and self.anywhere is not None:
            result = self.anywhere.apply()
        if result == "saved" and close:
            self.accept()
        return result

    def _ask_replace(self, question: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, translate("SettingsDialog", "Replace the settings file?"), question,
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("replaceSettingsQuestion")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Save).setText(translate("SettingsDialog", "Replace it"))
        close = self._closing_after_save

        def answered(_result: int) -> None:
            self._question = None
            if box.clickedButton() is box.button(QMessageBox.StandardButton.Save):
                self.save(close=close, replace_unreadable=True)

        box.finished.connect(answered)
        self._question = box
        box.open()

    @property
    def question(self) -> QMessageBox | None:
        """The open "replace the unreadable file?" question, if any."""
        return self._question


__all__ = ["PAGES", "SettingsDialog"]
