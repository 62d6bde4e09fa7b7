"""The education-path catalogue: programmes, their translations, intakes and what they point to.

Swedish is the source language of content: every programme has a Swedish translation, and
other locales fall back to it field by field.
"""

from __future__ import annotations

import enum
import secrets
from datetime import date, datetime

from sqlalchemy import (
    DDL,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
    delete,
    event,
    func,
    inspect,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import Base
from portal.search_text import distinct_words, fold


class Kind(enum.StrEnum):
    """Kinds of programme, in the order residents usually meet them (see GLOSSARY.md)."""

    SFI = "sfi"
    SFX = "sfx"
    SFI_JOBB = "sfi_jobb"  # Sfi jobb and Sfy: sfi with work skills, for short schooling
    SVA = "sva"
    KOMVUX_GRUNDLAGGANDE = "komvux_grundlaggande"
    KOMVUX_GYMNASIAL = "komvux_gymnasial"
    KOMVUX_SARSKILD = "komvux_sarskild"
    KOMBINATIONSUTBILDNING = "kombinationsutbildning"
    YRKESUTBILDNING = "yrkesutbildning"
    LARLING = "larling"
    JOBBSPAR = "jobbspar"
    YRKESHOGSKOLA = "yrkeshogskola"


class StudyFormat(enum.StrEnum):
    CLASSROOM = "klassrum"
    DISTANCE = "distans"
    HYBRID = "hybrid"


class SwedishLevel(enum.IntEnum):
    """The one ordered scale of Swedish a programme asks for: a reader at level N can start
    every programme that asks for N or less."""

    NONE = 0
    SFI_A = 1
    SFI_B = 2
    SFI_C = 3
    SFI_D = 4
    SVA_GRUND = 5
    SVA_GYMNASIAL = 6


# Enum columns hold the plain string values: portable, readable in SQL, no database enum types.


class Audience(enum.StrEnum):
    """A group a programme is made for, which the path finder puts first for that group."""

    PARENTS_ON_LEAVE = "parents_on_leave"  # sfi för föräldralediga
    GRADUATES = "graduates"  # intensive Swedish for people with a degree
    SPECIAL_NEEDS = "special_needs"  # adapted teaching, chosen together with a counsellor


class Status(enum.StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class EmployerKind(enum.StrEnum):
    CARE_HOME = "care_home"
    HOME_CARE = "home_care"
    PRESCHOOL = "preschool"
    HOSPITAL = "hospital"
    PUBLIC_TRANSPORT = "public_transport"
    PROPERTY = "property"
    RESTAURANT = "restaurant"
    CONSTRUCTION = "construction"


programme_employers = Table(
    "programme_employer",
    Base.metadata,
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), primary_key=True),
    Column("employer_id", ForeignKey("employer.id", ondelete="CASCADE"), primary_key=True),
)


class Field(Base):
    """An occupational field, e.g. Vård och omsorg. Names are translated like programmes."""

    __tablename__ = "field"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    position: Mapped[int] = mapped_column(SmallInteger, default=0)
    # Optimistic locking: a save from an outdated form is refused (portal/admin/reference_data.py).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    translations: Mapped[list[FieldTranslation]] = relationship(
        back_populates="field", cascade="all, delete-orphan", lazy="selectin"
    )


class FieldTranslation(Base):
    __tablename__ = "field_translation"
    __table_args__ = (UniqueConstraint("field_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(120))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown, sanitised when shown
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    field: Mapped[Field] = relationship(back_populates="translations")


class Provider(Base):
    """Who runs the programme: the city's own schools or a contracted provider."""

    __tablename__ = "provider"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    url: Mapped[str | None] = mapped_column(String(300))
    # Optimistic locking: a save from an outdated form is refused (portal/admin/reference_data.py).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class District(Base):
    """A city district (stadsdel) or, for distance study, the whole city."""

    __tablename__ = "district"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))  # a Swedish proper name in every locale
    outer_city: Mapped[bool] = mapped_column(Boolean, default=False)
    # Optimistic locking: a save from an outdated form is refused (portal/admin/reference_data.py).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Employer(Base):
    """A partner employer of a jobbspår (a member of Integrationspakten)."""

    __tablename__ = "employer"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(160), unique=True)
    kind: Mapped[str] = mapped_column(String(32))
    # Optimistic locking: a save from an outdated form is refused (portal/admin/reference_data.py).
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Programme(Base):
    __tablename__ = "programme"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), default=Status.DRAFT, index=True)
    field_id: Mapped[int | None] = mapped_column(ForeignKey("field.id"), index=True)
    provider_id: Mapped[int | None] = mapped_column(ForeignKey("provider.id"))
    district_id: Mapped[int | None] = mapped_column(ForeignKey("district.id"), index=True)
    address: Mapped[str | None] = mapped_column(String(200))
    study_format: Mapped[str] = mapped_column(String(16), default=StudyFormat.CLASSROOM)
    pace: Mapped[int] = mapped_column(SmallInteger, default=100)  # percent of full time
    length_weeks: Mapped[int | None] = mapped_column(SmallInteger)
    # None until an editor chooses: publishing requires a choice (no silent "no Swedish").
    swedish_level: Mapped[int | None] = mapped_column(SmallInteger, default=SwedishLevel.NONE)
    min_schooling_years: Mapped[int | None] = mapped_column(SmallInteger)
    max_schooling_years: Mapped[int | None] = mapped_column(SmallInteger)
    # Outcome: share (percent) in work N months after, for a year, from a named source; either
    # a measured result or the committee's target (the budget states targets, not results).
    outcome_is_target: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome_share: Mapped[int | None] = mapped_column(SmallInteger)
    outcome_months: Mapped[int | None] = mapped_column(SmallInteger)
    outcome_year: Mapped[int | None] = mapped_column(SmallInteger)
    outcome_source: Mapped[str | None] = mapped_column(String(300))
    apply_url: Mapped[str | None] = mapped_column(String(300))
    # The way in when it is not an application form (see portal/catalog/way_in.py): whom a
    # jobbspår goes through (Jobbtorg Stockholm or the employer) and how to reach them.
    apply_via: Mapped[str | None] = mapped_column(String(160))
    apply_address: Mapped[str | None] = mapped_column(String(200))
    apply_phone: Mapped[str | None] = mapped_column(String(40))
    # Who a programme is made for beyond its Swedish level, e.g. parents on leave (Audience).
    audience: Mapped[str | None] = mapped_column(String(32))
    next_step_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Derived from the intakes and today's date, for search (portal/catalog/intake_dates.py
    # keeps them and says when they are used): the next start, open for application, and the
    # days [dates_on, dates_until) for which these two hold.
    next_start: Mapped[date | None] = mapped_column(Date)
    open_now: Mapped[bool] = mapped_column(Boolean, default=False)
    dates_on: Mapped[date | None] = mapped_column(Date, index=True)
    dates_until: Mapped[date | None] = mapped_column(Date, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, server_default=func.now(), onupdate=func.now()
    )

    # Optimistic locking: an UPDATE against a stale version fails instead of overwriting.
    __mapper_args__ = {"version_id_col": version}
    # A search without words reads its page in this order (search._page_by_date).
    __table_args__ = (Index("ix_programme_next_start", "next_start", "id"),)

    field: Mapped[Field | None] = relationship()
    provider: Mapped[Provider | None] = relationship()
    district: Mapped[District | None] = relationship()
    next_step: Mapped[Programme | None] = relationship(remote_side=[id])
    employers: Mapped[list[Employer]] = relationship(secondary=programme_employers)
    translations: Mapped[list[ProgrammeTranslation]] = relationship(
        back_populates="programme", cascade="all, delete-orphan"
    )
    intakes: Mapped[list[Intake]] = relationship(
        back_populates="programme", cascade="all, delete-orphan", order_by="Intake.starts_on"
    )


class ProgrammeTranslation(Base):
    __tablename__ = "programme_translation"
    __table_args__ = (UniqueConstraint("programme_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8), index=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text, default="")  # Markdown, sanitised when shown
    prerequisites: Mapped[str] = mapped_column(Text, default="")
    occupation: Mapped[str] = mapped_column(String(200), default="")  # what it leads to
    easy_summary: Mapped[str] = mapped_column(Text, default="")  # lättläst, Swedish only
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    # The Swedish version this text was translated from; older than the programme's = stale.
    source_version: Mapped[int | None] = mapped_column(Integer)
    # The whole text folded (lower case, no diacritics), for phrases of several words; kept in
    # step with the text by the listeners below, so every way of saving keeps it right.
    search_text: Mapped[str] = mapped_column(Text, default="")
    programme: Mapped[Programme] = relationship(back_populates="translations")

    def refresh_search_text(self) -> None:
        parts = (self.title, self.summary, self.body, self.prerequisites, self.occupation)
        self.search_text = fold(" ".join(p or "" for p in parts))

    def search_document(self) -> dict:
        """The translation's row in `search_document`."""
        return {
            "translation_id": self.id,
            "programme_id": self.programme_id,
            "locale": self.locale,
            "title": fold(self.title or "")[:200],
            "words": distinct_words(self.search_text),
        }


# What a free-text search reads for every programme: per translation, the folded title and
# the distinct folded words of all its text. A narrow table apart from the wide texts, so
# that reading every programme's words reads few bytes (50,000 generated programmes: 19 MB
# against 195 MB of programme_translation, a third of the scan's time). Phrases are matched
# against programme_translation.search_text. Kept in step by the listeners below; Core
# inserts into programme_translation (bench/generate.py) fill it themselves.
search_document = Table(
    "search_document",
    Base.metadata,
    Column(
        "translation_id",
        ForeignKey("programme_translation.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("programme_id", ForeignKey("programme.id", ondelete="CASCADE"), nullable=False),
    Column("locale", String(8), nullable=False),
    Column("title", String(200), nullable=False),
    Column("words", Text, nullable=False),
)
# On PostgreSQL, trigram indexes find the documents containing a word (LIKE '%word%'), so a
# search reads the documents it matches, not all of them (portal/catalog/search.py).
for _column in ("title", "words"):
    Index(
        f"ix_search_document_{_column}_trigram",
        search_document.c[_column],
        postgresql_using="gin",
        postgresql_ops={_column: "gin_trgm_ops"},
    ).ddl_if(dialect="postgresql")
SEARCHED = ("title", "summary", "body", "prerequisites", "occupation", "locale", "programme_id")


@event.listens_for(ProgrammeTranslation, "before_insert")
@event.listens_for(ProgrammeTranslation, "before_update")
def _fold_for_search(mapper, connection, translation: ProgrammeTranslation) -> None:
    translation.refresh_search_text()


def _store_search_document(connection, translation: ProgrammeTranslation) -> None:
    """Insert the translation's document, or replace the one stored (upsert: also puts back
    a row lost outside the ORM, and replaces one SQLite left behind for a reused id, as it
    enforces no foreign keys here)."""
    values = translation.search_document()
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    connection.execute(
        dialect.insert(search_document)
        .values(values)
        .on_conflict_do_update(
            index_elements=[search_document.c.translation_id],
            set_={k: v for k, v in values.items() if k != "translation_id"},
        )
    )


@event.listens_for(ProgrammeTranslation, "after_insert")
def _add_search_document(mapper, connection, translation: ProgrammeTranslation) -> None:
    _store_search_document(connection, translation)


@event.listens_for(ProgrammeTranslation, "after_update")
def _update_search_document(mapper, connection, translation: ProgrammeTranslation) -> None:
    state = inspect(translation)
    if any(state.attrs[name].history.has_changes() for name in SEARCHED):
        _store_search_document(connection, translation)  # not for a review mark alone


@event.listens_for(ProgrammeTranslation, "after_delete")
def _delete_search_document(mapper, connection, translation: ProgrammeTranslation) -> None:
    # The foreign key cascades on PostgreSQL; SQLite enforces no foreign keys here.
    connection.execute(
        delete(search_document).where(search_document.c.translation_id == translation.id)
    )


# PostgreSQL: keep the folded search text uncompressed (inline when the row allows), so the
# LIKE scan a phrase search makes reads it without decompressing each text first
# (EXPLAIN ANALYZE at 50,000 programmes: about half the scan's time). Migration 0017.
event.listen(
    ProgrammeTranslation.__table__,
    "after_create",
    DDL(
        "ALTER TABLE programme_translation ALTER COLUMN search_text SET STORAGE EXTERNAL"
    ).execute_if(dialect="postgresql"),
)


class Intake(Base):
    """One start of a programme, with its application window."""

    __tablename__ = "intake"

    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(
        ForeignKey("programme.id", ondelete="CASCADE"), index=True
    )
    starts_on: Mapped[date] = mapped_column(Date, index=True)
    application_opens: Mapped[date | None] = mapped_column(Date)
    application_closes: Mapped[date | None] = mapped_column(Date)
    seats: Mapped[int | None] = mapped_column(SmallInteger)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    programme: Mapped[Programme] = relationship(back_populates="intakes")

    def is_open_on(self, day: date) -> bool:
        if self.cancelled or self.starts_on < day:
            return False
        opens = self.application_opens or date.min
        closes = self.application_closes or self.starts_on
        return opens <= day <= closes


class CatalogueRevision(Base):
    """A counter bumped by every write to the catalogue (see portal/catalog/cache.py), so each
    worker process can tell in one cheap query whether what it cached is still current."""

    __tablename__ = "catalogue_revision"

    id: Mapped[int] = mapped_column(primary_key=True)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    # New whenever the row is created again (a database rebuilt or restored under running
    # workers), so a counter that starts over never matches an old cache entry.
    epoch: Mapped[str | None] = mapped_column(String(32), default=lambda: secrets.token_hex(8))


CATALOGUE_MODELS = (
    Field,
    FieldTranslation,
    Provider,
    District,
    Employer,
    Programme,
    ProgrammeTranslation,
    Intake,
)
