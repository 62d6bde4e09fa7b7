"""Turning what a resident typed into a few search terms, safely.

Any input is accepted: very long text, punctuation only, mixed scripts, direction marks, emoji.
Text is folded, everything but letters and digits becomes a space, and the number and length
of terms are capped, so the cost of a search stays bounded whatever is typed.
"""

from __future__ import annotations

import unicodedata

from snowballstemmer import stemmer

from portal.search_text import fold

MAX_TERMS = 6
MAX_TERM_LENGTH = 40
MIN_STEM = 4

# Snowball stemmers for the locales it covers; Swedish always (every programme has Swedish).
_STEMMERS = {"sv": "swedish", "en": "english", "fi": "finnish", "ar": "arabic"}


def clean(q: str) -> str:
    """Folded text with only letters, digits and single spaces."""
    kept = []
    for ch in unicodedata.normalize("NFKC", q or ""):
        category = unicodedata.category(ch)
        if category[0] in "LN" or ch == "-" or category == "Mn":
            kept.append(ch)
        else:
            kept.append(" ")  # punctuation, symbols, emoji, direction and other format marks
    return fold("".join(kept).replace("-", " "))


def terms(q: str) -> list[str]:
    words = []
    for word in clean(q).split():
        word = word[:MAX_TERM_LENGTH]
        if word not in words:
            words.append(word)
    return words[: MAX_TERMS * 2]  # stopwords are dropped later; phrases may use a few more


def stems(word: str, locale: str) -> set[str]:
    """The word and its stems (Swedish, and the reader's language where Snowball has one)."""
    found = {word}
    for code in {"sv", locale}:
        name = _STEMMERS.get(code)
        if name and len(word) > MIN_STEM:
            stem = fold(stemmer(name).stemWord(word))
            if len(stem) >= MIN_STEM:
                found.add(stem)
    return found
