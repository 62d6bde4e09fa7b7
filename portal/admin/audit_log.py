"""Reading the audit log: the latest events, filtered by action and by who acted."""

from __future__ import annotations

from sqlalchemy import func, select

from portal.extensions import db
from portal.models.audit import AuditEvent

SHOWN = 200


def latest(action: str, actor: str) -> list[AuditEvent]:
    stmt = select(AuditEvent).order_by(AuditEvent.id.desc())
    if action:
        stmt = stmt.where(AuditEvent.action == action)
    if actor:
        stmt = stmt.where(AuditEvent.actor.ilike(f"%{actor}%"))
    return list(db.session.scalars(stmt.limit(SHOWN)))


def actions() -> list[str]:
    return list(
        db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
    )


def total() -> int:
    return db.session.scalar(select(func.count()).select_from(AuditEvent)) or 0
