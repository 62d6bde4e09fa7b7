"""Catalogue search: free text, facets with counts, sorting and paging.

One query fetches a small row per published programme that matches the text (its facet values,
next start, open for application, relevance); filters and facet counts are then computed from
those rows in Python. The page's cards are loaded with a fixed number of queries more, so the
query count never depends on the number of results.
"""

from __future__ import annotations

import calendar
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, case, exists, func, literal, or_, select

from portal.catalog.filters import REMOTE, SearchFilters
from portal.catalog.labels import WITHIN_MONTHS
from portal.catalog.queries import Vocabulary
from portal.extensions import db
from portal.models.catalog import Intake, Programme, ProgrammeTranslation, Status, SwedishLevel
from portal.search_text import fold

PAGE_SIZE = 10
FACETS = ("kind", "field", "level", "format", "pace", "district", "within", "open")


class Row(NamedTuple):
    id: int
    kind: str
    field_id: int | None
    swedish_level: int
    study_format: str
    pace: int
    district_id: int | None
    next_start: date | None
    open_now: bool
    relevance: int


@dataclass
class SearchResult:
    filters: SearchFilters
    ids: list[int]  # this page's programme ids, in order
    total: int
    page: int
    pages: int
    facets: dict[str, Counter]


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _text_locales(locale: str) -> tuple[str, ...]:
    # Text in the reader's language, and Swedish, which every programme has.
    return (locale, "sv") if locale != "sv" else ("sv",)


def candidate_rows(q: str, locale: str, today: date) -> list[Row]:
    upcoming = (
        select(
            Intake.programme_id,
            func.min(Intake.starts_on).label("next_start"),
            func.max(
                case(
                    (
                        and_(
                            or_(
                                Intake.application_opens.is_(None),
                                Intake.application_opens <= today,
                            ),
                            func.coalesce(Intake.application_closes, Intake.starts_on) >= today,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ).label("open_now"),
        )
        .where(Intake.starts_on >= today, Intake.cancelled.is_(False))
        .group_by(Intake.programme_id)
        .subquery()
    )
    locales = _text_locales(locale)
    terms = fold(q).split()[:10]

    def text_has(column, term):
        return exists().where(
            ProgrammeTranslation.programme_id == Programme.id,
            ProgrammeTranslation.locale.in_(locales),
            column.contains(term, autoescape=True),
        )

    relevance = sum(
        (case((text_has(ProgrammeTranslation.search_title, t), 1), else_=0) for t in terms),
        literal(0),
    )
    stmt = (
        select(
            Programme.id,
            Programme.kind,
            Programme.field_id,
            Programme.swedish_level,
            Programme.study_format,
            Programme.pace,
            Programme.district_id,
            upcoming.c.next_start,
            func.coalesce(upcoming.c.open_now, 0),
            relevance,
        )
        .outerjoin(upcoming, upcoming.c.programme_id == Programme.id)
        .where(Programme.status == Status.PUBLISHED)
        .where(*(text_has(ProgrammeTranslation.search_text, t) for t in terms))
    )
    return [
        Row(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), int(r[9]))
        for r in db.session.execute(stmt)
    ]


def _tests(f: SearchFilters, field_ids: set[int], district_ids: set[int | None], horizon):
    """One predicate per facet; a facet's own predicate is left out when counting its values."""
    return {
        "kind": lambda r: not f.kinds or r.kind in f.kinds,
        "field": lambda r: not f.fields or r.field_id in field_ids,
        "level": lambda r: f.level is None or r.swedish_level <= f.level,
        "format": lambda r: not f.formats or r.study_format in f.formats,
        "pace": lambda r: not f.paces or r.pace in f.paces,
        "district": lambda r: not f.districts or r.district_id in district_ids,
        "within": lambda r: horizon is None or (r.next_start or date.max) <= horizon,
        "open": lambda r: not f.open_now or r.open_now,
    }


# For the "I can start with" facet: a programme asking for level L counts under L and above.
LEVELS_FROM = {lv.value: [x.value for x in SwedishLevel if x >= lv] for lv in SwedishLevel}


def _facet_values(row: Row, horizons: dict[int, date]) -> dict[str, list]:
    start = row.next_start
    return {
        "kind": [row.kind],
        "field": [row.field_id],
        "level": LEVELS_FROM.get(row.swedish_level, []),
        "format": [row.study_format],
        "pace": [row.pace],
        "district": [row.district_id],
        "within": [m for m, h in horizons.items() if start and start <= h] if start else [],
        "open": [True] if row.open_now else [],
    }


def search(
    f: SearchFilters,
    locale: str,
    today: date,
    vocab: Vocabulary,
    page_size: int = PAGE_SIZE,
) -> SearchResult:
    rows = candidate_rows(f.q, locale, today)
    field_ids = {vocab.field_ids_by_slug[s] for s in f.fields}
    district_ids = {None if s == REMOTE else vocab.district_ids_by_slug[s] for s in f.districts}
    horizons = {m: add_months(today, m) for m in WITHIN_MONTHS}
    tests = list(_tests(f, field_ids, district_ids, horizons.get(f.within or 0)).items())

    facets: dict[str, Counter] = {name: Counter() for name in FACETS}
    matched = []
    for row in rows:
        failures = [name for name, test in tests if not test(row)]
        if not failures:
            matched.append(row)
        elif len(failures) > 1:
            continue  # counts nowhere: changing one facet would not bring it in
        values = _facet_values(row, horizons)
        for name in failures or FACETS:
            facets[name].update(values[name])

    far_future = date.max
    if f.sort == "relevance" and f.q:
        matched.sort(key=lambda r: (-r.relevance, r.next_start or far_future, r.id))
    else:
        matched.sort(key=lambda r: (r.next_start or far_future, r.id))

    total = len(matched)
    pages = max(1, -(-total // page_size))
    page = min(f.page, pages)  # out of range goes to the nearest valid page
    start = (page - 1) * page_size
    return SearchResult(
        filters=f,
        ids=[r.id for r in matched[start : start + page_size]],
        total=total,
        page=page,
        pages=pages,
        facets=facets,
    )
