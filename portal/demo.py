"""Demo content for `flask --app portal seed-demo`, read from the files in portal/content/.

Idempotent: records are matched by slug or name and only missing ones are added (a programme or
field also gets the locales it still lacks), so running it again never duplicates or overwrites
what an editor changed. Intakes are dated relative to today; a demo programme whose starts have
all passed gets new ones, so the demo never goes stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from typing import Any, TypeVar

from sqlalchemy import select

from portal import clock
from portal.content.loader import Content, FieldEntry, ProgrammeEntry, content
from portal.content.schema import IntakePlan
from portal.extensions import db
from portal.models.catalog import (
    District,
    Employer,
    Field,
    FieldTranslation,
    Intake,
    Programme,
    ProgrammeTranslation,
    Provider,
    SwedishLevel,
)
from portal.occupation_seed import seed_occupations
from portal.recruitment.seed import seed_recruitment_days

Item = TypeVar("Item")


def _add_missing(
    model: Any, key: str, items: Iterable[Item], item_key: Callable[[Item], str], build
) -> tuple[dict, int]:
    existing = {getattr(row, key): row for row in db.session.scalars(select(model))}
    created = 0
    for item in items:
        if item_key(item) not in existing:
            existing[item_key(item)] = build(item)
            db.session.add(existing[item_key(item)])
            created += 1
    return existing, created


def _intakes(plan: list[IntakePlan], today: date) -> list[Intake]:
    intakes = []
    for start in plan:
        starts_on = today + timedelta(weeks=start.starts_in_weeks)
        intakes.append(
            Intake(
                starts_on=starts_on,
                application_opens=starts_on - timedelta(weeks=start.application_weeks),
                application_closes=starts_on - timedelta(days=7),
                seats=start.seats,
            )
        )
    return intakes


def _programme(entry: ProgrammeEntry, refs: dict, sources: dict[str, str], today) -> Programme:
    f = entry.facts
    outcome = f.outcome
    return Programme(
        slug=entry.slug,
        kind=f.kind,
        status=f.status,
        field=refs["fields"].get(f.field),
        provider=refs["providers"].get(f.provider),
        district=refs["districts"].get(f.district),
        address=f.address,
        study_format=f.format,
        pace=f.pace,
        length_weeks=f.weeks,
        swedish_level=SwedishLevel[f.swedish_level].value,
        min_schooling_years=f.min_schooling_years,
        max_schooling_years=f.max_schooling_years,
        outcome_is_target=bool(outcome and outcome.is_target),
        outcome_share=outcome and outcome.share,
        outcome_months=outcome and outcome.months,
        outcome_year=outcome and outcome.year,
        outcome_source=sources[outcome.source] if outcome else None,
        apply_url=f.apply_url,
        apply_via=f.apply_via,
        apply_address=f.apply_address,
        apply_phone=f.apply_phone,
        audience=f.audience,
        employers=[refs["employers"][name] for name in f.employers],
        intakes=_intakes(f.intakes, today),
    )


WAY_IN = ("apply_url", "apply_via", "apply_address", "apply_phone", "audience")


def _fill_missing_way_in(entries: list[ProgrammeEntry], programmes: dict) -> int:
    """A database seeded before programmes had a way in gets it, only where a value is missing."""
    filled = 0
    for entry in entries:
        p = programmes[entry.slug]
        for name in WAY_IN:
            if getattr(p, name) is None and getattr(entry.facts, name) is not None:
                setattr(p, name, getattr(entry.facts, name))
                filled += 1
    return filled


def _refresh_stale_intakes(entries: list[ProgrammeEntry], programmes: dict, today) -> int:
    refreshed = 0
    for entry in entries:
        p = programmes[entry.slug]
        if entry.facts.intakes and not any(i.starts_on >= today for i in p.intakes):
            p.intakes.extend(_intakes(entry.facts.intakes, today))
            refreshed += 1
    return refreshed


def _add_translations(
    fields: list[FieldEntry], programmes: list[ProgrammeEntry], rows: dict[str, dict]
) -> int:
    """Each locale a file has and the database still lacks; an editor's texts are kept."""
    added = 0
    for entry in fields:
        f = rows["fields"][entry.slug]
        have = {t.locale for t in f.translations}
        for locale, text in entry.texts.items():
            if locale not in have:
                f.translations.append(
                    FieldTranslation(
                        locale=locale,
                        name=text.name,
                        summary=text.summary,
                        body=text.body,
                        reviewed=text.reviewed,
                    )
                )
                added += 1
    for programme in programmes:
        p = rows["programmes"][programme.slug]
        have = {t.locale for t in p.translations}
        for locale, t in programme.texts.items():
            if locale not in have:
                p.translations.append(
                    ProgrammeTranslation(
                        locale=locale,
                        title=t.title,
                        summary=t.summary,
                        body=t.body,
                        prerequisites=t.prerequisites,
                        occupation=t.occupation,
                        easy_summary=t.easy_summary,
                        reviewed=t.reviewed,
                        source_version=1,
                    )
                )
                added += 1
    return added


def load_demo_content(data: Content | None = None) -> int:
    """Add missing demo records and return how many were created or refreshed."""
    data = data or content()
    today = clock.today()
    fields, n_fields = _add_missing(
        Field,
        "slug",
        data.fields,
        lambda e: e.slug,
        lambda e: Field(slug=e.slug, position=e.facts.position),
    )
    providers, n_providers = _add_missing(
        Provider,
        "name",
        data.providers,
        lambda p: p.name,
        lambda p: Provider(name=p.name, url=p.url),
    )
    districts, n_districts = _add_missing(
        District,
        "slug",
        data.districts,
        lambda d: d.slug,
        lambda d: District(slug=d.slug, name=d.name, outer_city=d.outer_city),
    )
    employers, n_employers = _add_missing(
        Employer,
        "name",
        data.employers,
        lambda e: e.name,
        lambda e: Employer(name=e.name, kind=e.kind),
    )
    refs = dict(fields=fields, providers=providers, districts=districts, employers=employers)
    programmes, n_programmes = _add_missing(
        Programme,
        "slug",
        data.programmes,
        lambda e: e.slug,
        lambda e: _programme(e, refs, data.sources, today),
    )
    db.session.flush()
    for entry in data.programmes:  # next steps point at programmes that now all exist
        p = programmes[entry.slug]
        if entry.facts.next_step and p.next_step_id is None:
            p.next_step = programmes[entry.facts.next_step]
    refreshed = _refresh_stale_intakes(data.programmes, programmes, today)
    refreshed += _fill_missing_way_in(data.programmes, programmes)
    rows = dict(fields=fields, programmes=programmes)
    translated = _add_translations(data.fields, data.programmes, rows)
    n_occupations = seed_occupations(data.occupations)
    n_occupations += seed_recruitment_days(data.recruitment_days)
    db.session.commit()
    return (
        sum((n_fields, n_providers, n_districts, n_employers, n_programmes, refreshed, translated))
        + n_occupations
    )
