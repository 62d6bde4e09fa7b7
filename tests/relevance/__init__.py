"""The search relevance set (queries.toml) and how it is scored: success@5 per locale."""

from __future__ import annotations

import tomllib
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from portal import clock
from portal.catalog.filters import SearchFilters
from portal.catalog.queries import vocabulary
from portal.catalog.search import search
from portal.extensions import db
from portal.models.catalog import Programme

QUERIES = Path(__file__).parent / "queries.toml"
TOP = 5


def load_queries() -> list[dict]:
    return tomllib.loads(QUERIES.read_text(encoding="utf-8"))["q"]


def evaluate() -> tuple[dict[str, tuple[int, int]], list[str]]:
    """Run every query (in an app context with the demo catalogue): per locale (hits, total),
    and a line for each miss."""
    vocab = vocabulary()
    slugs = dict(db.session.execute(select(Programme.id, Programme.slug)).all())
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for item in load_queries():
        result = search(
            SearchFilters(q=item["query"]),
            item["locale"],
            clock.today(),
            vocab,
            page_size=TOP,
        )
        found = [slugs[i] for i in result.ids]
        scores[item["locale"]][1] += 1
        if set(found) & set(item["expect"]):
            scores[item["locale"]][0] += 1
        else:
            misses.append(f"{item['locale']} {item['query']!r}: {found}")
    return {k: (v[0], v[1]) for k, v in scores.items()}, misses
