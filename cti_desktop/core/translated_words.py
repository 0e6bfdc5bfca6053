"""Tables of words read in the agent's language: a mapping whose values are translated when read.

A module-level table cannot call :func:`~cti_desktop.i18n.translate` when it is built (that happens
at import, before the GUI installs its translator), so its values are written in English and marked
for extraction with ``QT_TRANSLATE_NOOP("Context", "…")``; :class:`TranslatedWords` then translates
each value with that same context whenever it is read (``table[key]``, ``table.get(key)``,
``table.items()``), so every reader — view-model or widget — gets the words in the agent's language.
Values may be text or tuples of text (each part translated; an empty text stays empty). Pure (no Qt).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, TypeVar

from cti_desktop.i18n import translate

__all__ = ["TranslatedFields", "TranslatedWords"]

K = TypeVar("K")


class TranslatedWords(Mapping[K, Any]):
    """``table`` (key → English words, or tuples of them) read through ``translate(context, …)``."""

    __slots__ = ("_context", "_table")

    def __init__(self, context: str, table: Mapping[K, Any]) -> None:
        self._context = context
        self._table = dict(table)

    def __getitem__(self, key: K) -> Any:
        return self._words(self._table[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._table)

    def __len__(self) -> int:
        return len(self._table)

    def __repr__(self) -> str:
        return f"TranslatedWords({self._context!r}, {self._table!r})"

    def source(self, key: K) -> Any:
        """The English words of ``key``, as written in the table (for logs and tests)."""
        return self._table[key]

    def _words(self, value: Any) -> Any:
        if isinstance(value, str):
            return translate(self._context, value) if value else value
        if isinstance(value, tuple):
            return tuple(self._words(part) for part in value)
        return value


class TranslatedFields:
    """A mixin for frozen dataclasses whose word fields are written in English (marked with
    ``QT_TRANSLATE_NOOP(<_WORDS_CONTEXT>, "…")`` where the values are given) and read in the agent's
    language: reading a field named in ``_WORD_FIELDS`` translates it; ``choices`` (pairs of value and
    words) has its words translated, its values kept."""

    __slots__ = ()
    _WORDS_CONTEXT = ""
    _WORD_FIELDS: frozenset[str] = frozenset()

    def __getattribute__(self, name: str) -> Any:
        value = object.__getattribute__(self, name)
        if name in type(self)._WORD_FIELDS and value:
            context = type(self)._WORDS_CONTEXT
            if isinstance(value, str):
                return translate(context, value)
            if name == "choices":
                return tuple((choice, translate(context, words) if words else words) for choice, words in value)
        return value
