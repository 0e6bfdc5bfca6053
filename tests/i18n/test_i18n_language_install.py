"""The GUI's language machinery: our .qm and Qt's own, the default QLocale, the system locale, the setting."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from cti_desktop import i18n
from cti_desktop.core.settings import LANGUAGES, check_language
from cti_desktop.ui.translations import LANGUAGE_NAMES, TRANSLATED, TRANSLATIONS_DIR, install_language

ROOT = Path(__file__).resolve().parents[2]

# A one-message catalogue, compiled by Qt's own lrelease in the test (the shipped .qm may still be empty).
_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context><name>Probe</name>
<message><source>Answer</source><translation>Svara</translation></message>
<message numerus="yes"><source>%n calls waiting</source>
<translation><numerusform>%n samtal väntar</numerusform><numerusform>%n samtal väntar!</numerusform></translation>
</message>
</context>
</TS>
"""


@pytest.fixture
def restore_language(qapp):
    yield
    install_language(qapp, "en")
    i18n.uninstall()
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def probe_catalogue(tmp_path):
    ts = tmp_path / "cti_desktop_sv.ts"
    ts.write_text(_TS, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(tmp_path / "cti_desktop_sv.qm"), "-silent"], check=True)
    return tmp_path


def test_swedish_installs_our_words_qts_words_and_the_locale(qapp, probe_catalogue, restore_language):
    installed = install_language(qapp, "sv", folder=probe_catalogue)
    assert installed.language == "sv" and len(installed.translators) == 2
    assert i18n.installed()
    assert i18n.translate("Probe", "Answer") == "Svara"
    assert i18n.translate("Probe", "%n calls waiting", None, 1) == "1 samtal väntar"
    assert i18n.translate("Probe", "%n calls waiting", None, 3) == "3 samtal väntar!"
    assert i18n.translate("Probe", "Not in the catalogue") == "Not in the catalogue"
    # Qt's own words (qtbase_sv.qm): the standard dialog buttons.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Avbryt"
    # Numbers through the default locale follow the language.
    assert QLocale().toString(1234.5, "f", 1) == "1\u00a0234,5"


def test_italian_has_qts_words_and_its_number_format(qapp, restore_language):
    installed = install_language(qapp, "it")
    assert installed.language == "it"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    assert QLocale().toString(12345.5, "f", 1) == "12.345,5"  # (CLDR: Italian groups from 5 digits)


def test_a_second_install_replaces_the_first(qapp, probe_catalogue, restore_language):
    install_language(qapp, "sv", folder=probe_catalogue)
    installed = install_language(qapp, "en")
    assert len(installed.translators) == 1  # English's plural forms only
    assert i18n.translate("Probe", "Answer") == "Answer"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


@pytest.mark.parametrize("setting", ["en", "de"])
def test_english_and_untranslated_languages_get_englishs_plural_forms(qapp, setting, restore_language):
    """The sources write plurals ("%n contacts"); the shipped English catalogue has the singular."""
    install_language(qapp, setting)
    assert i18n.translate("ContactBook", "%n contacts", None, 1) == "1 contact"
    assert i18n.translate("ContactBook", "%n contacts", None, 4) == "4 contacts"
    assert i18n.translate("QueueToggles", "%n callers waiting in {name}", None, 1).format(name="Sales") == \
        "1 caller waiting in Sales"


def test_a_missing_catalogue_leaves_english_with_one_warning(qapp, tmp_path, caplog, restore_language):
    installed = install_language(qapp, "sv", folder=tmp_path)
    assert len(installed.translators) == 1  # Qt's own only
    assert i18n.translate("Probe", "Answer") == "Answer"
    assert [r.levelname for r in caplog.records if "no sv translation" in r.getMessage()] == ["WARNING"]


def test_the_setting_offers_every_language_we_ship_each_named_in_itself():
    assert LANGUAGES == ("system", "en", *TRANSLATED)
    assert [check_language(lang) for lang in LANGUAGES] == list(LANGUAGES)
    assert {lang: LANGUAGE_NAMES[lang] for lang in LANGUAGES[1:]} == {"en": "English", "sv": "Svenska",
                                                                     "it": "Italiano"}


def test_the_compiled_catalogues_ship_as_package_data():
    for lang in TRANSLATED:
        assert (TRANSLATIONS_DIR / f"cti_desktop_{lang}.qm").is_file()
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"resources/translations/*.qm"' in pyproject


@pytest.mark.parametrize(("lang_env", "expected"), [("sv_SE.UTF-8", "sv"), ("it_IT.UTF-8", "it"),
                                                    ("en_GB.UTF-8", "en")])
def test_system_follows_lang(lang_env, expected):
    """``"system"`` reads the locale from LANG (a fresh process: Qt reads the environment once)."""
    script = textwrap.dedent("""
        from PySide6.QtCore import QCoreApplication, QLocale
        from cti_desktop.ui.translations import install_language
        app = QCoreApplication([])
        installed = install_language(app, "system")
        print(installed.language, QLocale().name(), QCoreApplication.translate("QPlatformTheme", "Cancel"))
    """)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang_env, LANGUAGE="", PYTHONPATH=str(ROOT))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60,
                         check=True).stdout.split()
    assert out[0] == expected
    assert out[1].startswith(expected)
    assert out[2] == {"sv": "Avbryt", "it": "Annulla", "en": "Cancel"}[expected]


def test_the_app_installs_the_language_of_the_settings_file(keep_running, qloop, restore_language):
    """The ``language`` setting chosen in the dialog reaches the app at its next start."""
    import argparse

    from cti_desktop.app import DesktopApp
    from cti_desktop.core.secrets import SecretStore
    from cti_desktop.core.settings import SettingsStore

    store = SettingsStore()
    store.directory.mkdir(parents=True)
    store.path.write_text('language = "it"\n', encoding="utf-8")
    args = argparse.Namespace(server=None, domain=None, user=None, backend="dstny", ca_file=None, heartbeat=1.0,
                              demo=None, demo_vendor=None, seed=None, verbose=False, wallboard=False)
    controller = DesktopApp(args, app=keep_running, secrets=SecretStore(use_keyring=False), tray=False,
                            quit=lambda: None)
    assert controller.language.language == "it"
    assert QLocale().language() == QLocale.Language.Italian
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annulla"
    assert i18n.installed()
