"""Reading recruitment days for the public pages: upcoming ones (cancelled ones stay listed,
marked, until their date has passed, so nobody travels to a cancelled day), those of one
programme or one field, and one by its slug. Each in one query plus one for texts."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from portal import clock
from portal.extensions import db
from portal.models.catalog import Programme, Status
from portal.models.recruitment import (
    Answer,
    Invitation,
    RecruitmentDay,
    RecruitmentDayTranslation,
    recruitment_day_programmes,
)


@dataclass
class DayView:
    """A day as a page shows it in one locale: its text, and whether that is the Swedish one."""

    day: RecruitmentDay
    text: RecruitmentDayTranslation
    fallback: bool  # the text is Swedish because the reader's language has none

    @property
    def lang_attrs(self) -> str:
        return ' lang="sv" dir="ltr"' if self.fallback else ""


def view(day: RecruitmentDay, locale: str) -> DayView:
    text = day.text(locale)
    return DayView(day, text, text.locale != locale)


def programme_links(day: RecruitmentDay, locale: str) -> list[tuple[str, str, bool]]:
    """(slug, title, title is the Swedish fallback) of the day's published programmes."""
    links = []
    for p in day.programmes:
        if p.status != Status.PUBLISHED:
            continue
        texts = {t.locale: t for t in p.translations}
        text = texts.get(locale) or texts.get("sv")
        if text is not None:
            links.append((p.slug, text.title, text.locale != locale))
    return links


def _upcoming():
    return (
        select(RecruitmentDay)
        .where(RecruitmentDay.day >= clock.today())
        .options(selectinload(RecruitmentDay.district), selectinload(RecruitmentDay.employers))
        .order_by(RecruitmentDay.day, RecruitmentDay.starts_at, RecruitmentDay.id)
    )


def upcoming(locale: str) -> list[DayView]:
    return [view(d, locale) for d in db.session.scalars(_upcoming())]


def for_programme(programme_id: int, locale: str) -> list[DayView]:
    linked = select(recruitment_day_programmes.c.day_id).where(
        recruitment_day_programmes.c.programme_id == programme_id
    )
    stmt = _upcoming().where(RecruitmentDay.id.in_(linked))
    return [view(d, locale) for d in db.session.scalars(stmt)]


def for_field(field_id: int, locale: str) -> list[DayView]:
    linked = (
        select(recruitment_day_programmes.c.day_id)
        .join(Programme, Programme.id == recruitment_day_programmes.c.programme_id)
        .where(Programme.field_id == field_id)
    )
    stmt = _upcoming().where(RecruitmentDay.id.in_(linked))
    return [view(d, locale) for d in db.session.scalars(stmt)]


def by_slug(slug: str) -> RecruitmentDay | None:
    return db.session.scalar(
        select(RecruitmentDay)
        .where(RecruitmentDay.slug == slug)
        .options(
            selectinload(RecruitmentDay.district),
            selectinload(RecruitmentDay.employers),
            selectinload(RecruitmentDay.programmes).selectinload(Programme.translations),
        )
    )


def answer_counts() -> dict[int, dict[str, int]]:
    """Per day id: how many invited, coming, not coming and not answered (never who)."""
    rows = db.session.execute(
        select(Invitation.day_id, Invitation.answer, func.count(Invitation.id)).group_by(
            Invitation.day_id, Invitation.answer
        )
    )
    counts: dict[int, dict[str, int]] = {}
    for day_id, answer, n in rows:
        per_day = counts.setdefault(day_id, {a.value: 0 for a in Answer})
        per_day[answer] = n
    return counts
