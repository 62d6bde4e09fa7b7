"""JSON shapes of the open-data API. Field names are stable: consumers depend on them."""

from __future__ import annotations

from typing import Any

from portal.catalog.queries import Card, Vocabulary
from portal.models.catalog import SwedishLevel
from portal.urls import public_url


def _intake(intake, today) -> dict[str, Any]:
    return {
        "starts_on": intake.starts_on.isoformat(),
        "application_opens": intake.application_opens and intake.application_opens.isoformat(),
        "application_closes": intake.application_closes and intake.application_closes.isoformat(),
        "seats": intake.seats,
        "open_for_application": intake.is_open_on(today),
    }


def summary(card: Card, locale: str, vocab: Vocabulary, today) -> dict[str, Any]:
    p, t = card.programme, card.text
    field_name = vocab.field_name(p.field_id, locale)
    return {
        "slug": p.slug,
        "kind": p.kind,
        "title": t.title.value,
        "summary": t.summary.value,
        "language": t.title.lang,  # the language the texts are in (Swedish when untranslated)
        "field": field_name.value if field_name else None,
        "district": p.district.name if p.district else None,
        "format": p.study_format,
        "pace_percent": p.pace,
        "length_weeks": p.length_weeks,
        "swedish_level": (
            SwedishLevel(p.swedish_level).name.lower() if p.swedish_level is not None else None
        ),
        "url": public_url("catalog.programme", slug=p.slug, lang_code=locale),
        "intakes": [_intake(i, today) for i in card.intakes],
    }


def detail(card: Card, locale: str, vocab: Vocabulary, today) -> dict[str, Any]:
    p, t = card.programme, card.text
    data = summary(card, locale, vocab, today)
    outcome = None
    if p.outcome_share is not None:
        outcome = {
            "share_percent": p.outcome_share,
            "months_after": p.outcome_months,
            "year": p.outcome_year,
            "is_target": p.outcome_is_target,
            "source": p.outcome_source,
        }
    data.update(
        body_markdown=t.body.value,
        prerequisites=t.prerequisites.value,
        occupation=t.occupation.value,
        address=p.address,
        provider=p.provider.name if p.provider else None,
        min_schooling_years=p.min_schooling_years,
        max_schooling_years=p.max_schooling_years,
        employers=[{"name": e.name, "kind": e.kind} for e in p.employers],
        outcome=outcome,
        apply_url=p.apply_url,
    )
    return data
