"""The occupation vocabulary: `portal/content/occupations/<slug>.toml`, one file per
occupation with its SSYK 2012 code, every locale's name and everyday words, and the slugs of the
programmes that lead to it. `seed()` adds what the database is missing (idempotent)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from sqlalchemy import select

from portal.extensions import db
from portal.i18n import LOCALES
from portal.models.catalog import Field, Programme
from portal.models.occupation import Occupation, OccupationTranslation

DIRECTORY = Path(__file__).parent / "occupations"


@dataclass(frozen=True)
class OccupationText:
    name: str
    synonyms: tuple[str, ...] = ()
    description: str = ""
    need: str = ""


@dataclass(frozen=True)
class OccupationFile:
    slug: str
    ssyk: str
    field: str | None
    programmes: tuple[str, ...]
    texts: dict[str, OccupationText] = field(default_factory=dict)
    need_source: str | None = None


def _parse(path: Path) -> OccupationFile:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    texts = {
        loc: OccupationText(
            name=data[loc]["name"],
            synonyms=tuple(data[loc].get("synonyms", ())),
            description=data[loc].get("description", ""),
            need=data[loc].get("need", ""),
        )
        for loc in LOCALES
        if loc in data
    }
    return OccupationFile(
        slug=data["slug"],
        ssyk=str(data["ssyk"]),
        field=data.get("field"),
        programmes=tuple(data.get("programmes", ())),
        texts=texts,
        need_source=data.get("need_source"),
    )


@cache
def load_all() -> tuple[OccupationFile, ...]:
    return tuple(_parse(p) for p in sorted(DIRECTORY.glob("*.toml")))


def seed() -> int:
    """Add missing occupations, their translations and programme links; never overwrite."""
    existing = {o.slug: o for o in db.session.scalars(select(Occupation))}
    fields = {f.slug: f for f in db.session.scalars(select(Field))}
    programmes = {p.slug: p for p in db.session.scalars(select(Programme))}
    added = 0
    for item in load_all():
        occupation = existing.get(item.slug)
        if occupation is None:
            occupation = Occupation(
                slug=item.slug,
                ssyk=item.ssyk,
                field=fields.get(item.field or ""),
                need_source=item.need_source,
            )
            db.session.add(occupation)
            added += 1
        have = {t.locale for t in occupation.translations}
        for locale, text in item.texts.items():
            if locale not in have:
                occupation.translations.append(
                    OccupationTranslation(
                        locale=locale,
                        name=text.name,
                        synonyms="\n".join(text.synonyms),
                        description=text.description,
                        need=text.need,
                        reviewed=locale in ("sv", "en"),
                        source_version=1,
                    )
                )
                added += 1
        if occupation.id is None:  # links only for new occupations: editors own them after
            occupation.programmes = [programmes[s] for s in item.programmes if s in programmes]
    return added
