"""Seeding recruitment days from portal/content/recruitment_days/<slug>.toml: adds missing days
(dated from today, so the demo never shows only past days) and locales; never overwrites what
an editor changed."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy import select

from portal import clock
from portal.content.loader import RecruitmentDayEntry
from portal.extensions import db
from portal.models.catalog import District, Employer, Programme
from portal.models.recruitment import RecruitmentDay, RecruitmentDayTranslation


def _working_day(day: date) -> date:
    """Employers meet residents on weekdays: a Saturday or Sunday moves to the Monday after."""
    return day + timedelta(days=(7 - day.weekday()) % 7 if day.weekday() >= 5 else 0)


def seed_recruitment_days(entries: list[RecruitmentDayEntry]) -> int:
    existing = {d.slug: d for d in db.session.scalars(select(RecruitmentDay))}
    districts = {d.slug: d for d in db.session.scalars(select(District))}
    employers = {e.name: e for e in db.session.scalars(select(Employer))}
    programmes = {p.slug: p for p in db.session.scalars(select(Programme))}
    added = 0
    for entry in entries:
        f = entry.facts
        day = existing.get(entry.slug)
        if day is None:
            day = RecruitmentDay(
                slug=entry.slug,
                day=_working_day(clock.today() + timedelta(days=f.in_days)),
                starts_at=time.fromisoformat(f.starts),
                ends_at=time.fromisoformat(f.ends),
                address=f.address,
                district=districts.get(f.district or ""),
                capacity=f.capacity,
                employers=[employers[n] for n in f.employers if n in employers],
                programmes=[programmes[s] for s in f.programmes if s in programmes],
            )
            db.session.add(day)
            added += 1
        have = {t.locale for t in day.translations}
        for locale, text in entry.texts.items():
            if locale not in have:
                day.translations.append(
                    RecruitmentDayTranslation(
                        locale=locale,
                        title=text.title,
                        description=text.description,
                        directions=text.directions,
                    )
                )
                added += 1
    return added
