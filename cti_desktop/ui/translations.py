"""The app in the agent's language: Qt's translators, our ``.qm`` files and the default QLocale.

:func:`install_language` runs once at GUI start, after the settings are read and before any window is
built. It picks the language — the ``language`` setting, or for ``"system"`` the system locale
(``QLocale.system()``, which follows ``LC_ALL``/``LC_MESSAGES``/``LANG``) — loads Qt's own words
(``qtbase_<lang>.qm`` from Qt's translations folder: the standard buttons, the key names) and ours
(``cti_desktop/resources/translations/cti_desktop_<lang>.qm``, shipped as package data), sets
``QLocale.setDefault`` so numbers and dates formatted through QLocale follow, and routes
:func:`cti_desktop.i18n.translate` through ``QCoreApplication.translate``.

English is the source language: its catalogue has only the plural forms (the sources write
``"%n missed calls"``; English's catalogue adds "1 missed call"). A language without our ``.qm`` keeps the English
words; a missing or unreadable file is logged as one line and the app goes on in English.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from cti_desktop import i18n

log = logging.getLogger(__name__)

#: Where our compiled translations live (package data).
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
#: The stem of our translation files: ``cti_desktop_<lang>.ts`` / ``.qm``.
CATALOGUE = "cti_desktop"
#: The languages the app has words for, besides English (its source language).
TRANSLATED = ("sv", "it")
#: The catalogues we ship: the translated languages, and English's plural forms ("1 call" / "2 calls").
CATALOGUES = ("en", *TRANSLATED)
#: Each language's own name, as the settings dialog offers it (a language is named in itself).
LANGUAGE_NAMES = {"en": "English", "sv": "Svenska", "it": "Italiano"}


@dataclass(slots=True)
class InstalledLanguage:
    """What :func:`install_language` put in place (kept alive: Qt does not own the translators)."""

    language: str
    locale: QLocale
    translators: list[QTranslator] = field(default_factory=list)

    def remove(self, app: QCoreApplication) -> None:
        """Take the translators out again and go back to English source text."""
        for translator in self.translators:
            app.removeTranslator(translator)
        self.translators.clear()
        i18n.uninstall()


def chosen_locale(setting: str) -> QLocale:
    """The locale for the ``language`` setting: the system's for ``"system"``, else that language's."""
    if setting == "system":
        return QLocale.system()
    return QLocale(setting)


def _load(translator: QTranslator, name: str, folder: str) -> bool:
    return translator.load(name, folder)


#: The language in place now (a second call replaces it rather than stacking translators).
_current: InstalledLanguage | None = None


def install_language(app: QCoreApplication, setting: str, folder: Path | None = None) -> InstalledLanguage:
    """Install Qt's and our translators for ``setting`` and make its locale the default one."""
    global _current
    if _current is not None:
        _current.remove(app)
    locale = chosen_locale(setting)
    language = QLocale.languageToCode(locale.language(), QLocale.LanguageCodeType.ISO639Part1) or "en"
    QLocale.setDefault(locale)
    installed = InstalledLanguage(language, locale)
    # A language we have no words for gets English's, plural forms included.
    catalogue = language if language in TRANSLATED else "en"
    ours = QTranslator(app)
    where = str(folder or TRANSLATIONS_DIR)
    if _load(ours, f"{CATALOGUE}_{catalogue}", where):
        app.installTranslator(ours)
        installed.translators.append(ours)
    else:
        log.warning("no %s translation in %s; the app's words stay in English", catalogue, where)
    if language in TRANSLATED:
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if _load(qtbase, f"qtbase_{language}", qt_folder):
            app.installTranslator(qtbase)
            installed.translators.append(qtbase)
        else:
            log.info("Qt's own %s words are not installed (%s); its standard buttons stay in English",
                     language, qt_folder)
    i18n.install(QCoreApplication.translate)
    _current = installed
    log.info("language: %s (setting %r, locale %s)", language, setting, locale.name())
    return installed


__all__ = ["CATALOGUE", "CATALOGUES", "LANGUAGE_NAMES", "TRANSLATED", "TRANSLATIONS_DIR", "InstalledLanguage",
           "chosen_locale", "install_language"]
