"""Content in the reader's language, falling back to Swedish field by field.

A fallback is never silent: each text says which language it is in, so the page can mark it
with the right `lang` and tell the reader it is shown in Swedish.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SOURCE_LOCALE = "sv"


@dataclass(frozen=True)
class Text:
    value: str
    lang: str
    fallback: bool

    def __bool__(self) -> bool:
        return bool(self.value)

    def __str__(self) -> str:
        return self.value


class Localized:
    """Attribute access to a record's translations: `localized.title` is a Text."""

    def __init__(self, translations: dict[str, Any], locale: str):
        self._translations = translations
        self._locale = locale
        own = translations.get(locale)
        self.reviewed = bool(own and own.reviewed) or locale == SOURCE_LOCALE
        self.has_own = own is not None

    def __getattr__(self, name: str) -> Text:
        own = self._translations.get(self._locale)
        value = getattr(own, name, "") if own is not None else ""
        if value:
            return Text(value, self._locale, False)
        source = self._translations.get(SOURCE_LOCALE)
        value = getattr(source, name, "") if source is not None else ""
        return Text(value or "", SOURCE_LOCALE, bool(value) and self._locale != SOURCE_LOCALE)

    @property
    def own(self) -> Any:
        """The reader's own translation record, if there is one."""
        return self._translations.get(self._locale)

    @property
    def source(self) -> Any:
        return self._translations.get(SOURCE_LOCALE)

    def fallbacks(self, *names: str) -> bool:
        return any(getattr(self, n).fallback for n in names)
