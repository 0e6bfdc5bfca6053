"""Module-level tables of words (marked with QT_TRANSLATE_NOOP) are read in the agent's language:
with a pseudo translator installed every word read from them carries the marker, while keys,
identifiers, flags, shortcuts and choice values stay as they are; without it the English is unchanged."""

from __future__ import annotations

import pytest

from cti_desktop import i18n
from cti_desktop.core.call_operations import BY_NAME, OPERATIONS
from cti_desktop.core.forwarding import RULE_WORDS, rule_words
from cti_desktop.core.group_call_log_rows import STATE_NAMES, state_name
from cti_desktop.core.supervision import MODE_WORDS
from cti_desktop.core.translated_words import TranslatedWords
from cti_desktop.core.vendors import AccountField
from cti_desktop.i18n import QT_TRANSLATE_NOOP


def pseudo(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return f"⟦{context}|{source.replace('%n', str(n)) if n >= 0 else source}⟧"


@pytest.fixture
def translated():
    i18n.install(pseudo)
    try:
        yield
    finally:
        i18n.uninstall()


def test_a_table_of_words_is_translated_when_read_with_its_context(translated):
    table = TranslatedWords("Queues", {"ACD": QT_TRANSLATE_NOOP("Queues", "ACD queue"), "X": ("A", "")})
    assert table["ACD"] == "⟦Queues|ACD queue⟧" and table.get("ACD") == "⟦Queues|ACD queue⟧"
    assert dict(table.items()) == {"ACD": "⟦Queues|ACD queue⟧", "X": ("⟦Queues|A⟧", "")}
    assert list(table) == ["ACD", "X"] and "ACD" in table and table.get("nope", "dflt") == "dflt"
    assert table.source("ACD") == "ACD queue"


def test_the_core_tables_read_in_the_agents_language(translated):
    assert rule_words("CFWD_NO_ANSWER") == "⟦Forwarding|when you do not answer⟧"
    assert "CFWD_NO_ANSWER" in RULE_WORDS  # the keys stay the reference's types
    assert state_name("INPROGRESS") == "⟦GroupCallLog|In progress⟧" and "HANDLED" in STATE_NAMES
    text, tip = next(iter(MODE_WORDS.values()))
    assert text.startswith("⟦Supervision|") and tip.startswith("⟦Supervision|")


def test_call_operations_words_are_translated_and_their_machine_fields_kept(translated):
    hold = BY_NAME["hold"]
    assert hold.menu == "⟦CallOperations|H&old / resume⟧" and hold.what == "⟦CallOperations|Hold⟧"
    assert hold.tip.startswith("⟦CallOperations|") and hold.words == "⟦CallOperations|hold⟧"
    assert (hold.name, hold.flag, hold.shortcut, hold.toggle) == ("hold", "canHold", "Ctrl+Shift+O", "resume")
    assert all(op.what.startswith("⟦") for op in OPERATIONS if op.what)
    voicemail = BY_NAME["transfer_to_voicemail"]
    assert voicemail.menu_tip == "⟦CallOperations|Transfer to voicemail: type or pick where to, then Enter⟧"


def test_account_fields_translate_words_but_not_choice_values(translated):
    field = AccountField("api", QT_TRANSLATE_NOOP("Vendors", "A&PI:"), kind="choice",
                         choices=(("v1", QT_TRANSLATE_NOOP("Vendors", "v1 (user and password)")),))
    assert field.label == "⟦Vendors|A&PI:⟧" and field.name == "api" and field.kind == "choice"
    assert field.choices == (("v1", "⟦Vendors|v1 (user and password)⟧"),)
    assert field.placeholder == ""  # empty words stay empty


def test_english_is_unchanged_without_a_translator():
    assert not i18n.installed()
    assert BY_NAME["hold"].menu == "H&old / resume" and rule_words("CFWD_NO_ANSWER") == "when you do not answer"
    assert state_name("INPROGRESS") == "In progress"
