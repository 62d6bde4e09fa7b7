"""What each search term means: words of programme text to look for, occupations, districts
and kinds of programme it names. Resolved in Python against small vocabularies (occupations
in every locale, area names, kind words), so a Ukrainian word finds a Swedish-only programme.

Typos: an unknown word is compared with the occupation vocabulary by trigram similarity
(pg_trgm) on PostgreSQL and by rapidfuzz on SQLite; area and kind words by rapidfuzz on both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from flask_babel import force_locale
from rapidfuzz import fuzz, process
from sqlalchemy import select, text

from portal.catalog.places import place_name
from portal.catalog.query_terms import MAX_TERMS, stems, terms
from portal.catalog.words import search_words
from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.catalog import District
from portal.models.occupation import Occupation, OccupationTranslation
from portal.search_text import fold

FUZZY_SCORE = 80  # rapidfuzz ratio, 0-100; long words may differ more (two letters in 13)
LONG_WORD, LONG_FUZZY_SCORE = 8, 70
TRIGRAM_SIMILARITY = 0.45  # pg_trgm similarity of a word with a vocabulary word
MIN_FUZZY_LENGTH = 5
SUGGEST_SCORE = 60  # looser than matching: a suggestion is only offered, never applied
MIN_PREFIX = 4


@dataclass(frozen=True)
class Vocab:
    """Plain data (cached per catalogue revision): folded term -> what it names."""

    occupation_words: dict[str, frozenset[int]]
    occupation_phrases: dict[str, frozenset[int]]
    occupation_stems: dict[str, frozenset[int]]
    districts: dict[str, frozenset[int]]  # folded district or area name -> district ids
    kinds: dict[str, frozenset[str]]
    names: dict[int, dict[str, str]]  # occupation id -> locale -> name (suggestions)
    slugs: dict[int, str]  # occupation id -> slug (links to occupation pages)

    def link(self, occupation_id: int, locale: str) -> tuple[str, str]:
        """(slug, name in the reader's language, else Swedish) for a link."""
        names = self.names.get(occupation_id, {})
        return self.slugs[occupation_id], names.get(locale) or names.get("sv", "")


@dataclass
class Term:
    """One thing the resident typed, with everything it can match."""

    text: str
    patterns: set[str] = field(default_factory=set)  # substrings of folded programme text
    occupations: set[int] = field(default_factory=set)
    districts: set[int] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    fuzzy: bool = False  # matched only by a typo-tolerant comparison


def _add(index: dict, key: str, value) -> None:
    index.setdefault(key, set()).add(value)


def _frozen(index: dict) -> dict:
    return {k: frozenset(v) for k, v in index.items()}


def load_vocab() -> Vocab:
    words: dict = {}
    phrases: dict = {}
    stem_index: dict = {}
    names: dict[int, dict[str, str]] = {}
    slugs: dict[int, str] = {}
    rows = db.session.execute(
        select(
            OccupationTranslation.occupation_id,
            Occupation.slug,
            OccupationTranslation.locale,
            OccupationTranslation.name,
            OccupationTranslation.search_terms,
        ).join(Occupation)
    )
    for occupation_id, slug, locale, name, search_terms in rows:
        slugs[occupation_id] = slug
        names.setdefault(occupation_id, {})[locale] = name
        for term in (search_terms or "").split("\n"):
            parts = term.split()
            if len(parts) > 1:
                _add(phrases, term, occupation_id)
            for part in parts:
                _add(words, part, occupation_id)
                for stem in stems(part, "sv") - {part}:
                    _add(stem_index, stem, occupation_id)
    districts: dict = {}
    places = db.session.execute(select(District.id, District.slug, District.name)).all()
    for district_id, slug, name in places:
        for written in _written_names(name):
            for part in {written, *written.replace("-", " ").split()}:
                _add(districts, part, district_id)
        for area, area_districts in search_words().areas.items():
            if slug in area_districts:
                for written in _written_names(area) | {area}:
                    _add(districts, written, district_id)
    return Vocab(
        occupation_words=_frozen(words),
        occupation_phrases=_frozen(phrases),
        occupation_stems=_frozen(stem_index),
        districts=_frozen(districts),
        kinds=dict(search_words().kinds),
        names=names,
        slugs=slugs,
    )


def _written_names(name: str) -> set[str]:
    """A place's name folded as every locale writes it (Järva: يارفا, Ярва, ...)."""
    names = {fold(name)}
    for code in LOCALES:
        with force_locale(code):
            names.add(fold(place_name(name.title() if name.islower() else name)))
    return names


def _phrases(query: str, vocab: Vocab) -> list[Term]:
    """Multi-word names in the query ("care assistant", "bygga hus", "learn swedish")."""
    padded = f" {query} "
    found = []
    for phrase, ids in vocab.occupation_phrases.items():
        if f" {phrase} " in padded:
            found.append(Term(phrase, {phrase}, set(ids)))
    for phrase, kinds in vocab.kinds.items():
        if " " in phrase and f" {phrase} " in padded:
            found.append(Term(phrase, set(), set(), set(), set(kinds)))
    return found


def _exact(term: Term, word: str, locale: str, vocab: Vocab) -> None:
    word_stems = stems(word, locale)
    term.patterns |= word_stems
    for w in word_stems:
        term.occupations |= vocab.occupation_words.get(w, set())
        term.occupations |= vocab.occupation_stems.get(w, set())
    if len(word) >= MIN_PREFIX:  # a word still being typed, or a compound ("barnskötarjobb")
        for known, ids in vocab.occupation_words.items():
            if known.startswith(word) or (len(known) >= 6 and word.startswith(known)):
                term.occupations |= ids
    term.districts |= vocab.districts.get(word, set())
    term.kinds |= vocab.kinds.get(word, set())


def _rapidfuzz(word: str, choices) -> list[str]:
    matches = process.extract(word, list(choices), scorer=fuzz.ratio, limit=3)
    needed = LONG_FUZZY_SCORE if len(word) >= LONG_WORD else FUZZY_SCORE
    return [m for m, score, _ in matches if score >= needed]


def _trigram(words: list[str]) -> dict[str, set[str]]:
    """Vocabulary words similar to each of `words`, in one query (PostgreSQL, pg_trgm)."""
    sql = text(
        "SELECT q.word, v.term FROM unnest(CAST(:words AS text[])) AS q(word) "
        "JOIN (SELECT DISTINCT unnest(regexp_split_to_array(search_terms, '\\s+')) AS term "
        "FROM occupation_translation) AS v ON similarity(q.word, v.term) >= :threshold"
    )
    found: dict[str, set[str]] = {}
    for word, term in db.session.execute(sql, {"words": words, "threshold": TRIGRAM_SIMILARITY}):
        found.setdefault(word, set()).add(term)
    return found


def _fuzzy(unmatched: list[Term], vocab: Vocab) -> None:
    words = [t.text for t in unmatched if len(t.text) >= MIN_FUZZY_LENGTH]
    if not words:
        return
    if db.engine.dialect.name == "postgresql":
        similar = _trigram(words)
    else:
        similar = {w: set(_rapidfuzz(w, vocab.occupation_words)) for w in words}
    for term in unmatched:
        for known in similar.get(term.text, ()):
            term.occupations |= vocab.occupation_words.get(known, set())
        for known in _rapidfuzz(term.text, vocab.districts) if len(term.text) >= 4 else ():
            term.districts |= vocab.districts[known]
        if term.occupations or term.districts:
            term.fuzzy = True


def resolve(q: str, locale: str, vocab: Vocab) -> list[Term]:
    """The query's terms, each with everything it can match. Stopwords and words covered by a
    phrase are left out; at most MAX_TERMS terms."""
    words = terms(q)
    query = " ".join(words)
    found = _phrases(query, vocab)
    covered = {w for t in found for w in t.text.split()}
    stop = search_words().stopwords
    for word in words:
        if word in covered or word in stop:
            continue
        term = Term(word)
        _exact(term, word, locale, vocab)
        found.append(term)
    found = found[:MAX_TERMS]
    _fuzzy([t for t in found if not (t.occupations or t.districts or t.kinds)], vocab)
    return found


def suggestions(q: str, vocab: Vocab, limit: int = 3) -> list[int]:
    """The occupations nearest to what was typed, for "did you mean"."""
    query = " ".join(w for w in terms(q) if w not in search_words().stopwords)
    if not query:
        return []
    by_term: dict[str, int] = {}
    for term, ids in {**vocab.occupation_words, **vocab.occupation_phrases}.items():
        by_term.setdefault(term, min(ids))
    best = process.extract(query, list(by_term), scorer=fuzz.ratio, limit=limit * 4)
    chosen: list[int] = []
    for term, score, _ in best:
        if score >= SUGGEST_SCORE and by_term[term] not in chosen:
            chosen.append(by_term[term])
    return chosen[:limit]
