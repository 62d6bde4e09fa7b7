"""Occupation pages and links: loading an occupation, the paths into it grouped by where a
person starts, and its schema.org JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import url_for
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from portal.catalog.localize import Localized
from portal.catalog.queries import Card
from portal.extensions import db
from portal.models.catalog import Programme, Status, SwedishLevel
from portal.models.occupation import Occupation, programme_occupations

# Where a person starts, by the Swedish a programme asks for (the one ordered scale).
STARTING_POINTS = (
    ("none", _l("You have no Swedish yet"), {SwedishLevel.NONE}),
    (
        "sfi",
        _l("You are studying sfi"),
        {SwedishLevel.SFI_A, SwedishLevel.SFI_B, SwedishLevel.SFI_C, SwedishLevel.SFI_D},
    ),
    (
        "sva",
        _l("You have finished sfi and study Swedish as a second language"),
        {SwedishLevel.SVA_GRUND},
    ),
    ("gymnasial", _l("You have upper-secondary Swedish"), {SwedishLevel.SVA_GYMNASIAL}),
)


@dataclass
class OccupationLink:
    slug: str
    name: Any  # a localize.Text


def occupation_by_slug(slug: str) -> Occupation | None:
    return db.session.scalar(select(Occupation).where(Occupation.slug == slug))


def localized(occupation: Occupation, locale: str) -> Localized:
    return Localized({t.locale: t for t in occupation.translations}, locale)


def published_programme_ids(occupation_id: int) -> list[int]:
    return list(
        db.session.scalars(
            select(Programme.id)
            .join(programme_occupations, programme_occupations.c.programme_id == Programme.id)
            .where(
                programme_occupations.c.occupation_id == occupation_id,
                Programme.status == Status.PUBLISHED,
            )
            .order_by(Programme.swedish_level, Programme.id)
        )
    )


def paths_by_start(cards: list[Card]) -> list[tuple[str, Any, list[Card]]]:
    """The cards grouped by where a person starts, soonest start first; empty groups left out."""
    groups = []
    for key, label, levels in STARTING_POINTS:
        found = [c for c in cards if c.programme.swedish_level in levels]
        found.sort(key=lambda c: (c.next_intake is None, c.next_intake and c.next_intake.starts_on))
        if found:
            groups.append((key, label, found))
    return groups


def links_for(ids: list[int], locale: str) -> list[OccupationLink]:
    """Occupation links (slug and name in the reader's language) for occupation ids, in order:
    one query."""
    if not ids:
        return []
    rows = {o.id: o for o in db.session.scalars(select(Occupation).where(Occupation.id.in_(ids)))}
    return [OccupationLink(rows[i].slug, localized(rows[i], locale).name) for i in ids if i in rows]


def programme_occupation_links(programme_id: int, locale: str) -> list[OccupationLink]:
    ids = db.session.scalars(
        select(programme_occupations.c.occupation_id).where(
            programme_occupations.c.programme_id == programme_id
        )
    ).all()
    return links_for(sorted(ids), locale)


def occupation_json_ld(occupation: Occupation, text: Localized, locale: str) -> dict[str, Any]:
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Occupation",
        "name": text.name.value,
        "url": url_for(
            "catalog.occupation", slug=occupation.slug, lang_code=locale, _external=True
        ),
        "occupationalCategory": {
            "@type": "CategoryCode",
            "codeValue": occupation.ssyk,
            "inCodeSet": "SSYK 2012",
        },
        "occupationLocation": {"@type": "City", "name": "Stockholm"},
    }
    if text.description:
        data["description"] = text.description.value
    alternates = [s for t in occupation.translations for s in [t.name, *t.synonym_list]]
    if alternates:
        data["alternateName"] = sorted(set(alternates) - {text.name.value})[:30]
    return data
