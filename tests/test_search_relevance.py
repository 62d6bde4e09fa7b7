"""Residents find the right programme among the first five results for at least 90 % of the
relevance set (tests/relevance/queries.toml), on SQLite and PostgreSQL alike."""

from portal.demo import load_demo_content
from tests.relevance import evaluate, load_queries

LOCALES = {"sv", "en", "fi", "ar", "fa", "so", "ti", "uk"}


def test_the_set_covers_every_locale_with_enough_queries():
    queries = load_queries()
    assert len(queries) >= 60
    assert {q["locale"] for q in queries} == LOCALES


def test_success_at_five_is_at_least_ninety_percent(app, session):
    load_demo_content()
    scores, misses = evaluate()
    hits, total = sum(h for h, _ in scores.values()), sum(t for _, t in scores.values())
    assert hits / total >= 0.9, f"success@5 {hits}/{total}; misses:\n" + "\n".join(misses)
