"""A translation older than the Swedish it was made from, told honestly on the public page.

A translation records the Swedish `source_version` it was made from. When the Swedish has moved
on, the page says so in the reader's language and shows the current Swedish for the fields that
changed since. Which fields changed is read from the programme's saved revisions (the Swedish as
it was at that version); without such a revision every Swedish field counts as changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import Revision

FIELDS = ("title", "summary", "body", "prerequisites", "occupation")


@dataclass(frozen=True)
class Staleness:
    changed: frozenset[str] = field(default_factory=frozenset)
    current: dict = field(default_factory=dict)  # field -> the current Swedish text

    def __bool__(self) -> bool:
        return bool(self.changed)


def is_stale(own, sv) -> bool:
    if own is None or sv is None or own.locale == sv.locale:
        return False
    return (own.source_version or 0) < (sv.source_version or 0)


def _swedish_at(programme_id: int, version: int | None) -> dict | None:
    """The Swedish texts as they were at `version`, from the newest revision that had it."""
    for data in db.session.scalars(
        select(Revision.data)
        .where(Revision.programme_id == programme_id)
        .order_by(Revision.id.desc())
    ):
        sv = (data or {}).get("translations", {}).get("sv") or {}
        if sv.get("source_version") == version:
            return sv
    return None


def staleness(programme_id: int, own, sv) -> Staleness:
    """What changed in the Swedish since `own` (a translation) was made; empty when current."""
    if not is_stale(own, sv):
        return Staleness()
    then = _swedish_at(programme_id, own.source_version)
    now = {name: getattr(sv, name) or "" for name in FIELDS}
    changed = {n for n in FIELDS if now[n] and (then is None or (then.get(n) or "") != now[n])}
    return Staleness(frozenset(changed), {name: now[name] for name in changed})
