"""Occupations (yrken): the jobs programmes lead to, with names and everyday words in every
locale, so a resident who types the job they want, in their own words, finds the way in.

Swedish is the source language, as for programmes; other locales fall back to it field by field.
A translation's `synonyms` hold one word or phrase per line: abbreviations, everyday words,
older titles (undersköterska: usk, vårdare). Search matches the folded `search_terms`.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal import clock
from portal.extensions import Base
from portal.models.catalog import Field, Programme
from portal.search_text import fold

if TYPE_CHECKING:
    from portal.models.admin import User

programme_occupations = Table(
    "programme_occupation",
    Base.metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("occupation_id", ForeignKey("occupation.id", ondelete="CASCADE"), primary_key=True),
)


class Occupation(Base):
    __tablename__ = "occupation"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    ssyk: Mapped[str] = mapped_column(String(8))  # SSYK 2012 code (4 digits, or a 3-digit group)
    field_id: Mapped[int | None] = mapped_column(ForeignKey("field.id"))
    # Where the figures about the need for this job come from (shown with them).
    need_source: Mapped[str | None] = mapped_column(String(300))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    field: Mapped[Field | None] = relationship()
    translations: Mapped[list[OccupationTranslation]] = relationship(
        back_populates="occupation", cascade="all, delete-orphan", lazy="selectin"
    )
    programmes: Mapped[list[Programme]] = relationship(
        secondary=programme_occupations, backref="occupations"
    )


class OccupationTranslation(Base):
    __tablename__ = "occupation_translation"
    __table_args__ = (UniqueConstraint("occupation_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occupation_id: Mapped[int] = mapped_column(ForeignKey("occupation.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    description: Mapped[str] = mapped_column(Text, default="")  # what the job is
    need: Mapped[str] = mapped_column(Text, default="")  # the need in Stockholm, with figures
    synonyms: Mapped[str] = mapped_column(Text, default="")  # one per line
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    source_version: Mapped[int | None] = mapped_column(Integer)
    search_terms: Mapped[str] = mapped_column(Text, default="")  # folded name + synonyms
    occupation: Mapped[Occupation] = relationship(back_populates="translations")

    @property
    def synonym_list(self) -> list[str]:
        return [s.strip() for s in (self.synonyms or "").splitlines() if s.strip()]

    def refresh_search_terms(self) -> None:
        self.search_terms = "\n".join(fold(t) for t in [self.name, *self.synonym_list] if t)


@event.listens_for(OccupationTranslation, "before_insert")
@event.listens_for(OccupationTranslation, "before_update")
def _fold_terms(mapper, connection, translation: OccupationTranslation) -> None:
    translation.refresh_search_terms()


class OccupationRevision(Base):
    """A snapshot of an occupation after a save: who, when, and every text and link as JSON."""

    __tablename__ = "occupation_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    occupation_id: Mapped[int] = mapped_column(
        ForeignKey("occupation.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=clock.now)
    summary: Mapped[str] = mapped_column(String(200))
    data: Mapped[dict] = mapped_column(JSON)
    user: Mapped[User | None] = relationship()


OCCUPATION_MODELS = (Occupation, OccupationTranslation)
