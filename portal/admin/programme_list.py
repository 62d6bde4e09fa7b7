"""The staff programme list: which programmes match the list's search and filters."""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from portal.extensions import db
from portal.models.catalog import Programme, ProgrammeTranslation, Status

PAGE_SIZE = 50


def find(q: str, status: str) -> list[Programme]:
    stmt = select(Programme).join(
        ProgrammeTranslation,
        (ProgrammeTranslation.programme_id == Programme.id) & (ProgrammeTranslation.locale == "sv"),
    )
    if q:
        stmt = stmt.where(
            or_(ProgrammeTranslation.title.ilike(f"%{q}%"), Programme.slug.ilike(f"%{q}%"))
        )
    if status in {s.value for s in Status}:
        stmt = stmt.where(Programme.status == status)
    stmt = stmt.options(selectinload(Programme.translations))
    return list(db.session.scalars(stmt.order_by(ProgrammeTranslation.title).limit(PAGE_SIZE)))
