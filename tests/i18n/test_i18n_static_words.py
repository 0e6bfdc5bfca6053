"""Static: every word the widgets and view-models hand to Qt goes through translate() (ast, nothing run)."""

from __future__ import annotations

from pathlib import Path

import pytest

from untranslated import ALLOWED, findings_in, findings_in_source, has_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("layer", ["ui", "viewmodels"])
def test_no_literal_words_reach_qt_untranslated(layer):
    found = findings_in(ROOT / "cti_desktop" / layer, ROOT)
    assert not found, f"{len(found)} untranslated texts:\n" + "\n".join(map(str, found))


@pytest.mark.parametrize("code", [
    'label.setText("Answer")',
    'label.setToolTip(f"Call {name} back")',
    'QLabel("Ringing", self)',
    'QPushButton(text="&Hang up")',
    'QMessageBox.warning(self, "Oops", text)',
    'form.addRow("Server:", edit)',
    'menu.addAction("Quit " + app)',
    'self._action("x", cb, menu_text="S&ettings…")',
    'box.setWindowTitle("Delete {n} items?".format(n=n))',
    'label.setText("Muted" if muted else "")',
    'tree.setHeaderLabels(["Name", number])',
])
def test_the_check_finds_literal_words(code):
    assert [f.call for f in findings_in_source(code, "x.py")], code


@pytest.mark.parametrize("code", [
    'label.setText(translate("Calls", "Answer"))',
    'label.setToolTip(translate("Calls", "Call {name} back").format(name=name))',
    'label.setText(caller.name)',
    'label.setText(f"{number}")',
    'label.setText("<b>{}</b>".format(name))',
    'label.setText("%")',
    'button.setText("×")',
    'label.setText(f"{a} · {b}")',
    'logging.info("not shown: %s", x)',
])
def test_the_check_lets_translated_words_and_non_words_pass(code):
    assert not findings_in_source(code, "x.py"), code


def test_every_allowlisted_text_says_why():
    assert all(reason.strip() for reason in ALLOWED.values())
    assert not any(has_words(text) for text in ALLOWED)
