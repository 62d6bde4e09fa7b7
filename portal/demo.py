"""Demo content for `flask --app portal seed-demo`, from portal/demo_content.py.

Idempotent: records are matched by slug or name and only missing ones are added, so running it
again never duplicates or overwrites what an editor changed. Intakes are dated relative to
today; a demo programme whose starts have all passed gets new ones, so the demo never goes stale.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from portal import clock, demo_content, demo_translations
from portal.content import occupations
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

TEXT_KEYS = ("title", "summary", "body", "prerequisites", "occupation", "easy_summary")


def _existing(model, key: str) -> dict:
    return {getattr(row, key): row for row in db.session.scalars(select(model))}


def _add_missing(model, key: str, items: list[dict], build) -> tuple[dict, int]:
    existing = _existing(model, key)
    created = 0
    for item in items:
        if item[key] not in existing:
            existing[item[key]] = build(item)
            db.session.add(existing[item[key]])
            created += 1
    return existing, created


def _field(item: dict) -> Field:
    f = Field(slug=item["slug"], position=item.get("position", 0))
    for locale in ("sv", "en"):
        if locale in item:
            text = item[locale]
            f.translations.append(
                FieldTranslation(
                    locale=locale,
                    name=text["name"],
                    summary=text.get("summary", ""),
                    body=text.get("body", ""),
                    reviewed=locale == "sv",
                )
            )
    return f


def _intakes(plan: list[dict], today) -> list[Intake]:
    intakes = []
    for start in plan:
        starts_on = today + timedelta(weeks=start["starts_in_weeks"])
        intakes.append(
            Intake(
                starts_on=starts_on,
                application_opens=starts_on - timedelta(weeks=start["application_weeks"]),
                application_closes=starts_on - timedelta(days=7),
                seats=start.get("seats"),
            )
        )
    return intakes


def _programme(item: dict, refs: dict, today) -> Programme:
    outcome = item.get("outcome") or {}
    schooling = item.get("schooling_years") or [None, None]
    p = Programme(
        slug=item["slug"],
        kind=item["kind"],
        status=item["status"],
        field=refs["fields"].get(item.get("field")),
        provider=refs["providers"].get(item.get("provider")),
        district=refs["districts"].get(item.get("district")),
        address=item.get("address"),
        study_format=item["format"],
        pace=item["pace"],
        length_weeks=item.get("length_weeks"),
        swedish_level=SwedishLevel[item["swedish_level"]].value,
        min_schooling_years=schooling[0],
        max_schooling_years=schooling[1],
        outcome_is_target=bool(outcome.get("is_target")),
        outcome_share=outcome.get("share"),
        outcome_months=outcome.get("months"),
        outcome_year=outcome.get("year"),
        outcome_source=demo_content.SOURCES.get(outcome.get("source")) if outcome else None,
        apply_url=item.get("apply_url"),
        employers=[refs["employers"][name] for name in item.get("employers", [])],
        intakes=_intakes(item.get("intakes", []), today),
    )
    for locale in ("sv", "en"):
        if locale in item:
            text = item[locale]
            p.translations.append(
                ProgrammeTranslation(
                    locale=locale,
                    **{k: text.get(k, "") for k in TEXT_KEYS},
                    reviewed=locale == "sv",
                    source_version=1,
                )
            )
    return p


def _refresh_stale_intakes(programmes: dict, today) -> int:
    refreshed = 0
    for item in demo_content.PROGRAMMES:
        p = programmes[item["slug"]]
        if item.get("intakes") and not any(i.starts_on >= today for i in p.intakes):
            p.intakes.extend(_intakes(item["intakes"], today))
            refreshed += 1
    return refreshed


def _add_translations(fields: dict, programmes: dict) -> int:
    """fi, ar and so for the care field and its programmes, marked as not checked by a
    person (so the pages say so), added only where that language is still missing."""
    added = 0
    for slug, by_locale in demo_translations.FIELD_TRANSLATIONS.items():
        f = fields[slug]
        have = {t.locale for t in f.translations}
        for locale, text in by_locale.items():
            if locale not in have:
                f.translations.append(FieldTranslation(locale=locale, reviewed=False, **text))
                added += 1
    for slug, by_locale in demo_translations.PROGRAMME_TRANSLATIONS.items():
        p = programmes[slug]
        have = {t.locale for t in p.translations}
        for locale, text in by_locale.items():
            if locale not in have:
                p.translations.append(
                    ProgrammeTranslation(
                        locale=locale,
                        reviewed=False,
                        source_version=1,
                        **{k: text.get(k, "") for k in TEXT_KEYS if k != "easy_summary"},
                    )
                )
                added += 1
    return added


def load_demo_content() -> int:
    """Add missing demo records and return how many were created or refreshed."""
    today = clock.today()
    fields, n_fields = _add_missing(Field, "slug", demo_content.FIELDS, _field)
    providers, n_providers = _add_missing(
        Provider,
        "name",
        demo_content.PROVIDERS,
        lambda i: Provider(name=i["name"], url=i.get("url")),
    )
    districts, n_districts = _add_missing(
        District,
        "slug",
        demo_content.DISTRICTS,
        lambda i: District(slug=i["slug"], name=i["name"], outer_city=i["outer_city"]),
    )
    employers, n_employers = _add_missing(
        Employer,
        "name",
        demo_content.EMPLOYERS,
        lambda i: Employer(name=i["name"], kind=i["kind"]),
    )
    refs = dict(fields=fields, providers=providers, districts=districts, employers=employers)
    programmes, n_programmes = _add_missing(
        Programme, "slug", demo_content.PROGRAMMES, lambda i: _programme(i, refs, today)
    )
    db.session.flush()
    for item in demo_content.PROGRAMMES:  # next steps point at programmes that now all exist
        p = programmes[item["slug"]]
        if item.get("next_step") and p.next_step_id is None:
            p.next_step = programmes[item["next_step"]]
    refreshed = _refresh_stale_intakes(programmes, today)
    translated = _add_translations(fields, programmes)
    n_occupations = occupations.seed()
    db.session.commit()
    return sum(
        (n_fields, n_providers, n_districts, n_employers, n_programmes, refreshed, translated)
        + (n_occupations,)
    )
