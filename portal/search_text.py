"""Folding text for search: lower case, no diacritics, so `underskoterska` finds Undersköterska
and a search works the same on SQLite and PostgreSQL (plain LIKE on a folded column)."""

import unicodedata


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def distinct_words(folded: str) -> str:
    """The distinct words of folded text, in the order they first appear. A pattern without a
    space is in the text exactly when it is in these, which are far shorter than the text."""
    return " ".join(dict.fromkeys(folded.split()))


def slugify(text: str) -> str:
    """An address word from a title: `Undersköterska, Järva` -> `underskoterska-jarva`."""
    folded = fold(text)
    return "-".join("".join(ch if ch.isascii() and ch.isalnum() else " " for ch in folded).split())
