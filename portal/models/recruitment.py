"""Recruitment days (rekryteringsträffar): where residents meet employers who hire, and who
was invited and answered.

A day has a place and a time, texts per locale (Swedish required, others fall back to it),
the employers who come and the programmes (mostly jobbspår) it belongs to. `version` refuses a
save against a newer one. An Invitation is one person's row per day: the answer they gave
through their signed link, and when a reminder was queued (so one is never queued twice).
Invitations are personal data and go when the person is deleted (cascade).
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal import clock
from portal.extensions import Base
from portal.models.catalog import District, Employer, Programme

if TYPE_CHECKING:
    from portal.models.admin import User
    from portal.models.contact import Contact


class DayStatus(enum.StrEnum):
    PLANNED = "planned"
    CANCELLED = "cancelled"


class Answer(enum.StrEnum):
    NONE = "none"
    COMING = "coming"
    NOT_COMING = "not_coming"


recruitment_day_employers = Table(
    "recruitment_day_employer",
    Base.metadata,
    Column("day_id", ForeignKey("recruitment_day.id", ondelete="CASCADE"), primary_key=True),
    Column("employer_id", ForeignKey("employer.id", ondelete="CASCADE"), primary_key=True),
)

recruitment_day_programmes = Table(
    "recruitment_day_programme",
    Base.metadata,
    Column("day_id", ForeignKey("recruitment_day.id", ondelete="CASCADE"), primary_key=True),
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
)


class RecruitmentDay(Base):
    __tablename__ = "recruitment_day"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time] = mapped_column(Time)  # Stockholm local time
    ends_at: Mapped[time] = mapped_column(Time)
    address: Mapped[str] = mapped_column(String(200))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    capacity: Mapped[int | None] = mapped_column(Integer)  # None: no limit
    status: Mapped[str] = mapped_column(String(16), default=DayStatus.PLANNED)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now, onupdate=clock.now)
    __mapper_args__ = {"version_id_col": version}

    district: Mapped[District | None] = relationship()
    employers: Mapped[list[Employer]] = relationship(
        secondary=recruitment_day_employers, order_by=Employer.name
    )
    programmes: Mapped[list[Programme]] = relationship(secondary=recruitment_day_programmes)
    translations: Mapped[list[RecruitmentDayTranslation]] = relationship(
        back_populates="recruitment_day", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def cancelled(self) -> bool:
        return self.status == DayStatus.CANCELLED

    def text(self, locale: str) -> RecruitmentDayTranslation:
        """The text in `locale`, else the Swedish one (every day has one)."""
        by_locale = {t.locale: t for t in self.translations}
        return by_locale.get(locale) or by_locale["sv"]


class RecruitmentDayTranslation(Base):
    __tablename__ = "recruitment_day_translation"
    __table_args__ = (UniqueConstraint("day_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(ForeignKey("recruitment_day.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")  # Markdown, sanitised when shown
    directions: Mapped[str] = mapped_column(Text, default="")  # how to get there
    recruitment_day: Mapped[RecruitmentDay] = relationship(back_populates="translations")


class Invitation(Base):
    """One person invited to (or interested in) one day, and their answer."""

    __tablename__ = "invitation"
    __table_args__ = (UniqueConstraint("day_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(
        ForeignKey("recruitment_day.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    mailing_id: Mapped[int | None] = mapped_column(ForeignKey("mailing.id", ondelete="SET NULL"))
    answer: Mapped[str] = mapped_column(String(16), default=Answer.NONE)
    invited_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime)
    reminder_queued_at: Mapped[datetime | None] = mapped_column(DateTime)
    recruitment_day: Mapped[RecruitmentDay] = relationship()
    contact: Mapped[Contact] = relationship()


class RecruitmentDayRevision(Base):
    """A snapshot of a day after a save: who, when, and its facts and texts as JSON."""

    __tablename__ = "recruitment_day_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    day_id: Mapped[int] = mapped_column(
        ForeignKey("recruitment_day.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    summary: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict] = mapped_column(JSON)
    user: Mapped[User | None] = relationship()
