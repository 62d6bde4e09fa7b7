"""The catalogue as the path finder's rules see it: two queries for every published programme."""

from __future__ import annotations

from sqlalchemy import func, select

from portal.extensions import db
from portal.models.catalog import District, Field, Intake, Programme, Status
from portal.pathfinder.rules import Offer


def published_offers(today) -> list[Offer]:
    next_start = dict(
        db.session.execute(
            select(Intake.programme_id, func.min(Intake.starts_on))
            .join(Programme)
            .where(
                Programme.status == Status.PUBLISHED,
                Intake.starts_on >= today,
                Intake.cancelled.is_(False),
            )
            .group_by(Intake.programme_id)
        ).all()
    )
    rows = db.session.execute(
        select(Programme, Field.slug, District.slug)
        .outerjoin(Field, Programme.field_id == Field.id)
        .outerjoin(District, Programme.district_id == District.id)
        # A programme whose Swedish level is not chosen cannot be published; never guess one.
        .where(Programme.status == Status.PUBLISHED, Programme.swedish_level.is_not(None))
        .order_by(Programme.id)
    ).all()
    return [
        Offer(
            id=p.id,
            kind=p.kind,
            level=p.swedish_level or 0,  # never None here: filtered above
            field=field_slug,
            district=district_slug,
            pace=p.pace,
            min_years=p.min_schooling_years,
            max_years=p.max_schooling_years,
            audience=p.audience,
            next_step=p.next_step_id,
            next_start=next_start.get(p.id),
        )
        for p, field_slug, district_slug in rows
    ]
