"""Catalogue search: free text, facets with counts, sorting and paging, all in the database.

`matching.resolve` turns the query into terms (programme-text patterns, occupations, districts,
kinds). One SQL statement then scores every published programme: a programme is a candidate
when it matches as many of the terms as the best programme does (so an unknown extra word
narrows nothing away), ranked by where it matched (title and occupation above body), ties
broken by the next open intake (stored on the programme: intake_dates.py). One statement
answers a search whatever the catalogue's size: every facet count (each leaving out its own
filter, so a count says what choosing that option would give) as one row of filtered counts
read in one pass over the candidates, joined to the page's ids (a top-N sort; without words,
read in date order through an index). The words are read once per locale for all the query's
terms, from the narrow search_document table, and on PostgreSQL only from the documents that
hold one of them (trigram indexes), so a search reads what it matches.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import Any

from sqlalchemy import (
    and_,
    case,
    func,
    literal,
    or_,
    select,
    true,
    union_all,
)
from sqlalchemy.sql.elements import UnaryExpression

from portal.catalog import intake_dates, matching
from portal.catalog.filters import REMOTE, SearchFilters
from portal.catalog.labels import WITHIN_MONTHS
from portal.catalog.parameters import PACES
from portal.catalog.queries import Vocabulary
from portal.extensions import db
from portal.models.catalog import (
    Kind,
    Programme,
    ProgrammeTranslation,
    Status,
    StudyFormat,
    SwedishLevel,
    search_document,
)
from portal.models.occupation import programme_occupations

PAGE_SIZE = 10
MAX_LINKS = 4  # occupation links above the results
FACETS = ("kind", "field", "level", "format", "pace", "district", "within", "open")
# The facets read from a programme column, and the column.
FACET_COLUMNS = {
    "kind": "kind",
    "field": "field_id",
    "level": "swedish_level",
    "format": "study_format",
    "pace": "pace",
    "district": "district_id",
}
# Points for where a term matched: title and occupation above body.
TITLE, OCCUPATION, PLACE, BODY = 8, 8, 3, 1


@dataclass
class SearchResult:
    filters: SearchFilters
    ids: list[int]  # this page's programme ids, in order
    total: int
    page: int
    pages: int
    facets: dict[str, Counter]
    # Occupations the query named, as (slug, name) links; nearest ones when nothing matched.
    occupations: list[tuple[str, str]] = field(default_factory=list)
    suggestions: list[tuple[str, str]] = field(default_factory=list)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _text_locales(locale: str) -> tuple[str, ...]:
    # Text in the reader's language, and Swedish, which every programme has.
    return (locale, "sv") if locale != "sv" else ("sv",)


def _shortest(patterns: set[str]) -> list[str]:
    """The patterns no other pattern is inside: text with `undersköterska` has `underskoters`,
    so looking for the shorter alone finds the same texts."""
    return sorted(p for p in patterns if not any(q != p and q in p for q in patterns))


def _text_hits(terms: list[matching.Term], locale: str):
    """For the programmes whose text in `locale` holds a word of the query (`_any_word`): for
    each term with patterns (by its index n), whether it is in the title (`title_n`) and
    whether in the text (`body_n`: title, summary, body and the rest). One pass over those
    search documents for all the terms, each pattern tried once per text: a word against the
    distinct words, a phrase of several against the whole folded text (read only when the
    query has a phrase). A programme has at most one text per locale, so no grouping is
    needed. None when no term has patterns."""
    d = search_document.c
    t = ProgrammeTranslation
    searched = [(n, _shortest(term.patterns)) for n, term in enumerate(terms) if term.patterns]
    if not searched:
        return None
    phrases = any(" " in p for _, patterns in searched for p in patterns)
    # One term of plain words: each document found holds it, so it need not be tried again.
    found_is_match = len(searched) == 1 and not phrases

    def has(column, patterns):
        return case((or_(*(column.contains(p, autoescape=True) for p in patterns)), 1), else_=0)

    def in_text(patterns):
        if found_is_match:
            return literal(1)
        words = [p for p in patterns if " " not in p]
        several = [p for p in patterns if " " in p]
        return case(
            (
                or_(
                    *(d.words.contains(p, autoescape=True) for p in words),
                    *(t.search_text.contains(p, autoescape=True) for p in several),
                ),
                1,
            ),
            else_=0,
        )

    columns = [
        column
        for n, patterns in searched
        for column in (
            has(d.title, patterns).label(f"title_{n}"),
            in_text(patterns).label(f"body_{n}"),
        )
    ]
    hits = select(d.programme_id, *columns).where(
        d.locale == locale, _any_word([patterns for _, patterns in searched])
    )
    if phrases:
        hits = hits.join(t, t.id == d.translation_id)
    return hits.subquery(f"text_{locale}")


def _any_word(patterns_by_term: list[list[str]]):
    """Documents holding a word of some term's patterns (every word of a phrase): the only
    ones a term can match. A title's words are among the document's words, so these alone find them,
    through PostgreSQL's trigram index on the words: a search reads the documents it matches
    instead of every document."""
    d = search_document.c
    return or_(
        *(
            d.words.contains(p, autoescape=True)
            if " " not in p
            else and_(*(d.words.contains(w, autoescape=True) for w in p.split()))
            for patterns in patterns_by_term
            for p in patterns
        )
    )


def _term_scores(n: int, term: matching.Term, hits: list):
    """(matched 0/1, points) SQL expressions for term number `n`; `hits` the `_text_hits`."""
    texts = hits if term.patterns else []
    title = or_(literal(False), *(h.c[f"title_{n}"] == 1 for h in texts))
    body = or_(literal(False), *(h.c[f"body_{n}"] == 1 for h in texts))
    occupation = (
        Programme.id.in_(
            select(programme_occupations.c.programme_id).where(
                programme_occupations.c.occupation_id.in_(sorted(term.occupations))
            )
        )
        if term.occupations
        else literal(False)
    )
    place = or_(
        Programme.district_id.in_(sorted(term.districts)) if term.districts else literal(False),
        Programme.kind.in_(sorted(term.kinds)) if term.kinds else literal(False),
    )
    matched = case((or_(title, body, occupation, place), 1), else_=0)
    points = (
        case((title, TITLE), else_=0)
        + case((occupation, OCCUPATION), else_=0)
        + case((place, PLACE), else_=0)
        + case((body, BODY), else_=0)
    )
    return matched, points


def candidates(terms: list[matching.Term], locale: str, today: date, dated: bool = False):
    """A CTE of published programmes matching the query best: facet columns and score.

    Materialized, so the text matching and the next start (a CASE on whether the stored dates
    hold today) are worked out once per programme, not again in each facet count and for the
    page. With no terms only the counts read it (the page comes from `_page_by_date`), so it
    is inlined unless a filter compares the dates (`dated`)."""
    next_start, open_now, stale_dates = intake_dates.for_search(today)
    hits = [h for lc in _text_locales(locale) if (h := _text_hits(terms, lc)) is not None]
    scores = [_term_scores(n, t, hits) for n, t in enumerate(terms)]
    coverage = sum((m for m, _ in scores), literal(0))
    points = sum((p for _, p in scores), literal(0))
    scored = (
        select(
            Programme.id,
            *(getattr(Programme, column) for column in FACET_COLUMNS.values()),
            next_start.label("next_start"),
            open_now.label("open_now"),
            coverage.label("coverage"),
            points.label("points"),
        )
        .outerjoin(stale_dates, stale_dates.c.programme_id == Programme.id)
        .where(Programme.status == Status.PUBLISHED)
    )
    for h in hits:
        scored = scored.outerjoin(h, h.c.programme_id == Programme.id)
    if not terms:
        return scored.cte("matched").prefix_with("MATERIALIZED" if dated else "NOT MATERIALIZED")
    scored = scored.where(coverage > 0)  # the window below then reads only the matches
    if len(terms) == 1:  # each match covers the one term: no window
        return scored.cte("matched").prefix_with("MATERIALIZED")
    ranked = scored.add_columns(func.max(coverage).over().label("best")).subquery("scored")
    return (
        select(ranked)
        .where(ranked.c.coverage == ranked.c.best)
        .cte("matched")
        .prefix_with("MATERIALIZED")
    )


def _conditions(f: SearchFilters, c, field_ids, district_ids, horizon) -> dict:
    """One condition per facet; a facet's own is left out when counting its values."""
    districts = [d for d in district_ids if d is not None]
    return {
        "kind": c.kind.in_(f.kinds) if f.kinds else true(),
        "field": c.field_id.in_(field_ids) if f.fields else true(),
        "level": c.swedish_level <= f.level if f.level is not None else true(),
        "format": c.study_format.in_(f.formats) if f.formats else true(),
        "pace": c.pace.in_(f.paces) if f.paces else true(),
        "district": or_(
            c.district_id.in_(districts),
            c.district_id.is_(None) if None in district_ids else literal(False),
        )
        if f.districts
        else true(),
        "within": c.next_start <= horizon if horizon else true(),
        "open": c.open_now == 1 if f.open_now else true(),
    }


def _page_part(matched, conditions: dict, order: list, page: int, page_size: int):
    """One page of matching programmes, with what they are ordered by (the caller sorts the
    few rows again): ORDER BY with LIMIT lets the database keep only the best rows as it reads
    (a top-N sort) instead of numbering every candidate."""
    c = matched.c
    return (
        select(
            c.id.label("page_id"),
            *(_plain(o).label(f"page_order_{i}") for i, o in enumerate(order)),
        )
        .where(*conditions.values())
        .order_by(*order)
        .limit(page_size)
        .offset((page - 1) * page_size)
        .subquery("page")
    )


def _page_by_date(f: SearchFilters, today: date, ids: tuple[list, set], page: int, page_size: int):
    """One page of a search without words (so in date order), in `_page_part`'s shape, read
    through the index on the stored next start instead of sorting the whole catalogue: the
    first rows in that index's order of the programmes whose stored dates hold today, with
    the programmes whose dates are worked out from their intakes (few: intake_dates.py). The
    caller sorts the two together. `ids` are the field and district ids the filters name."""
    next_start, open_now, stale = intake_dates.for_search(today)
    field_ids, district_ids = ids
    horizon = add_months(today, f.within) if f.within else None

    def columns(next_start, open_now) -> SimpleNamespace:
        return SimpleNamespace(
            **{column: getattr(Programme, column) for column in FACET_COLUMNS.values()},
            next_start=next_start,
            open_now=open_now,
        )

    def rows(c, dates):
        return select(Programme.id, c.next_start.label("next_start")).where(
            Programme.status == Status.PUBLISHED,
            dates,
            *_conditions(f, c, field_ids, district_ids, horizon).values(),
        )

    stored = columns(*intake_dates.stored())
    held = (
        rows(stored, intake_dates.fresh(today))
        .order_by(Programme.next_start.asc().nulls_last(), Programme.id)
        .limit(page * page_size)
        .subquery("held")
    )
    worked_out = rows(columns(next_start, open_now), intake_dates.stale_rows(today)).outerjoin(
        stale, stale.c.programme_id == Programme.id
    )
    both = union_all(select(held), worked_out).subquery("by_date")
    undated = case((both.c.next_start.is_(None), 1), else_=0)
    return (
        select(
            both.c.id.label("page_id"),
            undated.label("page_order_0"),
            both.c.next_start.label("page_order_1"),
            both.c.id.label("page_order_2"),
        )
        .order_by(undated, both.c.next_start, both.c.id)
        .limit(page_size)
        .offset((page - 1) * page_size)
        .subquery("page")
    )


def _plain(expression):
    return expression.element if isinstance(expression, UnaryExpression) else expression


def _page_ids(rows, order: list) -> list[int]:
    """The page's ids in `order` (whose descending parts are numbers); `rows` have page_id and
    page_order_<n>, and one row without a page_id when the page is empty."""
    descending = [isinstance(o, UnaryExpression) for o in order]

    def key(row):
        values = [getattr(row, f"page_order_{i}") for i in range(len(order))]
        return [
            (v is None, -v if d and v is not None else v)
            for v, d in zip(values, descending, strict=True)
        ]

    return [row.page_id for row in sorted((r for r in rows if r.page_id is not None), key=key)]


def _facet_keys(vocab: Vocabulary) -> dict[str, list]:
    """The values each facet can take (the options the page shows)."""
    return {
        "kind": [k.value for k in Kind],
        "field": [f.id for f in vocab.fields],
        "level": [lv.value for lv in SwedishLevel],
        "format": [f.value for f in StudyFormat],
        "pace": list(PACES),
        "district": [d.id for d in vocab.districts] + [None],
    }


def _facet_counts(
    matched,
    conditions: dict,
    horizons: dict[int, date],
    keys: dict[str, list],
    page,
    order: list,
) -> tuple[dict[str, Counter], list[int]]:
    """Every facet's counts and the page's ids, from one statement reading the candidates
    once: one row of filtered counts (one per facet option, each leaving out its own facet's
    filter) joined to the page's rows."""
    c = matched.c

    def others(name):
        return and_(*(cond for n, cond in conditions.items() if n != name))

    columns = {name: c[column] for name, column in FACET_COLUMNS.items()}
    counts: list[tuple[str, Any, Any]] = [
        (name, key, column.is_(None) if key is None else column == key)
        for name, column in columns.items()
        for key in keys[name]
    ]
    counts += [("within", m, c.next_start <= h) for m, h in horizons.items()]
    counts += [("open", True, c.open_now == 1), ("total", "", true())]
    aggregate = (
        select(
            *(
                func.count().filter(and_(others(name), condition)).label(f"n{i}")
                for i, (name, _, condition) in enumerate(counts)
            )
        )
        .select_from(matched)
        .subquery("counts")
    )
    rows = db.session.execute(
        select(aggregate, page).select_from(aggregate.outerjoin(page, true()))
    ).all()
    facets: dict[str, Counter] = {name: Counter() for name in (*FACETS, "total")}
    first = rows[0]
    for i, (name, key, _) in enumerate(counts):
        facets[name][key] += getattr(first, f"n{i}")
    levels = facets["level"]  # a programme asking for level L counts under L and above
    facets["level"] = Counter(
        {lv.value: sum(levels[x] for x in range(lv.value + 1)) for lv in SwedishLevel}
    )
    return facets, _page_ids(rows, order)


def _key(name: str, key: str | None):
    if name in ("field", "level", "pace", "district", "within"):
        return int(key) if key is not None else None
    return True if name == "open" else key


def search(
    f: SearchFilters,
    locale: str,
    today: date,
    vocab: Vocabulary,
    page_size: int = PAGE_SIZE,
    words: matching.Vocab | None = None,  # the occupation words, loaded when not given
) -> SearchResult:
    words = words or matching.load_vocab() if f.q else None
    terms = matching.resolve(f.q, locale, words) if words else []
    matched = candidates(terms, locale, today, dated=bool(f.within or f.open_now))
    field_ids = [vocab.field_ids_by_slug[s] for s in f.fields]
    district_ids = {None if s == REMOTE else vocab.district_ids_by_slug[s] for s in f.districts}
    horizons = {m: add_months(today, m) for m in WITHIN_MONTHS}
    conditions = _conditions(f, matched.c, field_ids, district_ids, horizons.get(f.within or 0))
    c = matched.c
    undated = case((c.next_start.is_(None), 1), else_=0)
    order = [undated, c.next_start, c.id]
    if f.sort == "relevance" and terms:
        order.insert(0, c.points.desc())

    def page_part(number: int):
        if terms:
            return _page_part(matched, conditions, order, number, page_size)
        return _page_by_date(f, today, (field_ids, district_ids), number, page_size)

    keys = _facet_keys(vocab)
    facets, ids = _facet_counts(matched, conditions, horizons, keys, page_part(f.page), order)
    total = facets.pop("total")[""]
    pages = max(1, -(-total // page_size))
    page = min(f.page, pages)  # out of range goes to the nearest valid page
    if page != f.page:
        ids = _page_ids(db.session.execute(select(page_part(page))).all(), order)
    named = sorted({o for t in terms for o in t.occupations})
    nearest = matching.suggestions(f.q, words) if words and not named and total == 0 else []
    return SearchResult(
        filters=f,
        ids=list(ids),
        total=total,
        page=page,
        pages=pages,
        facets=facets,
        occupations=[words.link(o, locale) for o in named[:MAX_LINKS]] if words else [],
        suggestions=[words.link(o, locale) for o in nearest] if words else [],
    )
