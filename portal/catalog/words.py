"""Words residents type that are not occupations (portal/content/search_words.toml): kinds of
programme ("learn Swedish"), areas spanning districts (Järva), and words that carry no meaning
in a search. Folded like everything search compares."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from portal.search_text import fold

PATH = Path(__file__).parent.parent / "content" / "search_words.toml"


@dataclass(frozen=True)
class SearchWords:
    kinds: dict[str, frozenset[str]]  # folded word or phrase -> kinds of programme
    areas: dict[str, frozenset[str]]  # folded area name -> district slugs
    stopwords: frozenset[str]


@cache
def search_words() -> SearchWords:
    data = tomllib.loads(PATH.read_text(encoding="utf-8"))
    kinds: dict[str, set[str]] = {}
    for group in data["kinds"]:
        for word in group["words"]:
            kinds.setdefault(fold(word), set()).update(group["kinds"])
    return SearchWords(
        kinds={w: frozenset(k) for w, k in kinds.items()},
        areas={fold(name): frozenset(slugs) for name, slugs in data["areas"].items()},
        stopwords=frozenset(fold(w) for w in data["stopwords"]["words"]),
    )
