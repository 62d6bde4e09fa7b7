"""Seeding occupations from portal/content/occupations/<slug>.toml (read by the content loader):
adds missing occupations, locales and, for new occupations, their programme links. Never
overwrites what an editor changed."""

from __future__ import annotations

from sqlalchemy import select

from portal.content.loader import OccupationEntry
from portal.extensions import db
from portal.models.catalog import Field, Programme
from portal.models.occupation import Occupation, OccupationTranslation


def seed_occupations(entries: list[OccupationEntry]) -> int:
    existing = {o.slug: o for o in db.session.scalars(select(Occupation))}
    fields = {f.slug: f for f in db.session.scalars(select(Field))}
    programmes = {p.slug: p for p in db.session.scalars(select(Programme))}
    added = 0
    for entry in entries:
        occupation = existing.get(entry.slug)
        if occupation is None:
            occupation = Occupation(
                slug=entry.slug,
                ssyk=entry.facts.ssyk,
                field=fields.get(entry.facts.field or ""),
                need_source=entry.facts.need_source,
                programmes=[programmes[s] for s in entry.facts.programmes if s in programmes],
            )
            db.session.add(occupation)
            added += 1
        have = {t.locale for t in occupation.translations}
        for locale, text in entry.texts.items():
            if locale in have:
                continue
            occupation.translations.append(
                OccupationTranslation(
                    locale=locale,
                    name=text.name,
                    synonyms="\n".join(text.synonyms),
                    description=text.description,
                    need=text.need,
                    reviewed=text.reviewed,
                    source_version=1,
                )
            )
            added += 1
    return added
