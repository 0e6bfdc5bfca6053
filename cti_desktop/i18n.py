"""The app's words, in the agent's language: one way to mark and translate text, in every layer.

Every user-visible string is written as ``translate("Context", "English text")`` — in widgets,
view-models and the few core messages that reach the window alike. Qt's ``lupdate`` recognises the
call by its name and extracts the text into ``resources/translations/*.ts``; at run time the GUI
installs Qt's translator here (:func:`install`), so the same call returns the Swedish or Italian
words. This module imports no Qt: the layers below the view-models may use it, and without an
installed translator (the CLI, the headless tests) it returns the English text.

Rules (checked by the tests):

- The context and the text are string literals (``lupdate`` reads the source, not the values).
  Put values in afterwards with ``str.format``: ``translate("Calls", "Calling {number}").format(number=n)``.
- Plurals pass the count as the fourth argument and write ``%n`` where it goes:
  ``translate("Queues", "%n calls waiting", None, waiting)``.
- Text that is computed elsewhere but shown later is marked with :func:`QT_TRANSLATE_NOOP` and
  translated where it is shown, with the same context.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["QT_TRANSLATE_NOOP", "install", "installed", "translate", "uninstall"]

#: ``(context, source, disambiguation, n) -> text``; Qt's ``QCoreApplication.translate`` fits.
Translator = Callable[[str, str, "str | None", int], str]


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` replaced by the count, as Qt does without a translator."""
    if n >= 0 and "%n" in source:
        return source.replace("%n", str(n))
    return source


_translator: Translator = _english


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the agent's language (English when no translation is installed or known)."""
    try:
        text = _translator(context, source, disambiguation, n)
    except Exception:  # noqa: BLE001 - a broken translator must never cost the agent a word
        return _english(context, source, disambiguation, n)
    return text if isinstance(text, str) and text else _english(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``source`` for extraction under ``context``; return it unchanged (translate it when shown)."""
    return source


def install(translator: Translator) -> None:
    """Route :func:`translate` through ``translator`` (the GUI installs ``QCoreApplication.translate``)."""
    global _translator
    _translator = translator


def uninstall() -> None:
    """Back to English source text (used when the GUI ends, and by tests)."""
    global _translator
    _translator = _english


def installed() -> bool:
    """Whether a translator other than the English fallback is in place."""
    return _translator is not _english
