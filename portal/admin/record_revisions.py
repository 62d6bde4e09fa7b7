"""Revisions of reference records (providers, employers, districts, field pages): one table
for every kind. Each save adds a snapshot; the edit page lists them, newest first, each with
the parts that changed since the one before."""

from __future__ import annotations

from dataclasses import dataclass

from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal.extensions import db
from portal.models.admin import RecordRevision


@dataclass(frozen=True)
class Entry:
    revision: RecordRevision
    changed: list[str]  # flattened keys, e.g. "name" or "fi.body"; [] for the oldest known


def add(record_type: str, record_id: int, data: dict, summary: str) -> RecordRevision:
    revision = RecordRevision(
        record_type=record_type,
        record_id=record_id,
        user_id=getattr(current_user, "id", None),
        summary=summary,
        data=data,
    )
    db.session.add(revision)
    return revision


def _flat(data: dict, prefix: str = "") -> dict:
    flat: dict = {}
    for key, value in data.items():
        if isinstance(value, dict):
            flat.update(_flat(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def changed(older: dict, newer: dict) -> list[str]:
    """The keys whose value differs between two snapshots."""
    before, after = _flat(older), _flat(newer)
    return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


def history(record_type: str, record_id: int, limit: int = 20) -> list[Entry]:
    rows = list(
        db.session.scalars(
            select(RecordRevision)
            .where(RecordRevision.record_type == record_type)
            .where(RecordRevision.record_id == record_id)
            .options(selectinload(RecordRevision.user))
            .order_by(RecordRevision.id.desc())
            .limit(limit + 1)  # one more, to say what the oldest shown changed
        )
    )
    return [
        Entry(r, changed(rows[n + 1].data, r.data) if n + 1 < len(rows) else [])
        for n, r in enumerate(rows[:limit])
    ]
