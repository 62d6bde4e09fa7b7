"""Loading what the catalogue pages show, with a fixed number of queries per page."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, or_, select
from sqlalchemy.orm import joinedload, selectinload

from portal.catalog.localize import Localized
from portal.extensions import db
from portal.models.catalog import (
    District,
    Field,
    Intake,
    Programme,
    ProgrammeTranslation,
    Status,
)


@dataclass
class Vocabulary:
    """The catalogue's small lookup tables: fields and districts."""

    fields: list[Field]
    districts: list[District]

    @property
    def field_ids_by_slug(self) -> dict[str, int]:
        return {f.slug: f.id for f in self.fields}

    @property
    def district_ids_by_slug(self) -> dict[str, int]:
        return {d.slug: d.id for d in self.districts}

    def field_name(self, field_id: int | None, locale: str):
        for f in self.fields:
            if f.id == field_id:
                return localized_field(f, locale).name
        return None


def vocabulary() -> Vocabulary:
    fields = db.session.scalars(select(Field).order_by(Field.position, Field.slug)).all()
    districts = db.session.scalars(select(District).order_by(District.name)).all()
    return Vocabulary(list(fields), list(districts))


def localized_field(f: Field, locale: str) -> Localized:
    return Localized({t.locale: t for t in f.translations}, locale)


@dataclass
class Card:
    """A programme as a list or detail page shows it."""

    programme: Programme
    text: Localized
    intakes: list[Intake] = field(default_factory=list)

    @property
    def next_intake(self) -> Intake | None:
        return self.intakes[0] if self.intakes else None


def _translations(ids: list[int], locale: str) -> dict[int, dict[str, ProgrammeTranslation]]:
    locales = {locale, "sv"}
    rows = db.session.scalars(
        select(ProgrammeTranslation).where(
            ProgrammeTranslation.programme_id.in_(ids), ProgrammeTranslation.locale.in_(locales)
        )
    )
    by_programme: dict[int, dict[str, ProgrammeTranslation]] = defaultdict(dict)
    for t in rows:
        by_programme[t.programme_id][t.locale] = t
    return by_programme


def _upcoming_intakes(ids: list[int], today: date) -> dict[int, list[Intake]]:
    rows = db.session.scalars(
        select(Intake)
        .where(Intake.programme_id.in_(ids), Intake.starts_on >= today, Intake.cancelled.is_(False))
        .order_by(Intake.starts_on)
    )
    by_programme: dict[int, list[Intake]] = defaultdict(list)
    for intake in rows:
        by_programme[intake.programme_id].append(intake)
    return by_programme


def load_cards(ids: list[int], locale: str, today: date) -> list[Card]:
    """Cards for `ids`, in that order: three queries whatever the number of ids."""
    if not ids:
        return []
    programmes = {
        p.id: p
        for p in db.session.scalars(
            select(Programme)
            .where(Programme.id.in_(ids))
            .options(joinedload(Programme.district), joinedload(Programme.provider))
        )
    }
    texts = _translations(ids, locale)
    intakes = _upcoming_intakes(ids, today)
    return [Card(programmes[i], Localized(texts[i], locale), intakes[i]) for i in ids]


def published_programme(slug: str) -> Programme | None:
    return db.session.scalar(
        select(Programme)
        .where(Programme.slug == slug, Programme.status == Status.PUBLISHED)
        .options(
            joinedload(Programme.district),
            joinedload(Programme.provider),
            selectinload(Programme.employers),
        )
    )


def related_ids(programme: Programme, limit: int = 3) -> list[int]:
    """Published programmes to go on to: the next step first, then the same field."""
    is_next = Programme.id == (programme.next_step_id or -1)
    return list(
        db.session.scalars(
            select(Programme.id)
            .where(
                Programme.status == Status.PUBLISHED,
                Programme.id != programme.id,
                or_(is_next, Programme.field_id == programme.field_id),
            )
            .order_by(case((is_next, 0), else_=1), Programme.id)
            .limit(limit)
        )
    )


def field_by_slug(slug: str) -> Field | None:
    return db.session.scalar(select(Field).where(Field.slug == slug))
