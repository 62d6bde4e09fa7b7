"""The staff programme list: search, filters, sorting and paging, all read from the URL so a
list can be bookmarked and shared, and bulk changes to the programmes ticked in it."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import selectinload

from portal import audit, clock
from portal.admin import revisions
from portal.admin.editor import OTHER_LOCALES, locale_states
from portal.catalog.labels import KIND_LABELS
from portal.extensions import db
from portal.models.catalog import Intake, Programme, ProgrammeTranslation, Status

PAGE_SIZE = 50
STATES = ("missing", "stale", "unreviewed", "ok")
SORTS = ("title", "-title", "updated", "-updated", "status")


def _int(value: str | None) -> int | None:
    text = (value or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


@dataclass
class ListQuery:
    q: str = ""
    status: str = ""
    kind: str = ""
    field_id: int | None = None
    district_id: int | None = None
    lang: str = ""  # with `state`: programmes whose text in `lang` is in that state
    state: str = ""
    upcoming: bool = False
    sort: str = "title"
    page: int = 1

    @classmethod
    def from_args(cls, args) -> ListQuery:
        """Anything unknown is ignored, never an error: these come from shared links."""
        status, kind = args.get("status", ""), args.get("kind", "")
        lang, state, sort = args.get("lang", ""), args.get("state", ""), args.get("sort", "")
        return cls(
            q=args.get("q", "")[:100].strip(),
            status=status if status in {s.value for s in Status} else "",
            kind=kind if kind in {str(getattr(k, "value", k)) for k in KIND_LABELS} else "",
            field_id=_int(args.get("field")),
            district_id=_int(args.get("district")),
            lang=lang if lang in OTHER_LOCALES else "",
            state=state if state in STATES else "",
            upcoming=args.get("upcoming") == "1",
            sort=sort if sort in SORTS else "title",
            page=max(_int(args.get("page")) or 1, 1),
        )

    def args(self, **changes) -> dict:
        """The query as URL arguments (defaults left out), with `changes` applied."""
        values = {
            "q": self.q,
            "status": self.status,
            "kind": self.kind,
            "field": self.field_id,
            "district": self.district_id,
            "lang": self.lang,
            "state": self.state,
            "upcoming": "1" if self.upcoming else "",
            "sort": "" if self.sort == "title" else self.sort,
            "page": "" if self.page == 1 else self.page,
        }
        values.update(changes)
        return {k: v for k, v in values.items() if v not in ("", None)}


@dataclass
class ListPage:
    programmes: list[Programme]
    total: int
    page: int
    pages: int
    states: dict[int, dict[str, str]] = field(default_factory=dict)


def _statement(query: ListQuery, today: date):
    sv = ProgrammeTranslation
    stmt = select(Programme).outerjoin(sv, (sv.programme_id == Programme.id) & (sv.locale == "sv"))
    if query.q:
        like = f"%{query.q}%"
        stmt = stmt.where(or_(sv.title.ilike(like), Programme.slug.ilike(like)))
    for column, value in (
        (Programme.status, query.status),
        (Programme.kind, query.kind),
        (Programme.field_id, query.field_id),
        (Programme.district_id, query.district_id),
    ):
        if value:
            stmt = stmt.where(column == value)
    if query.upcoming:
        stmt = stmt.where(
            exists().where(
                Intake.programme_id == Programme.id, Intake.starts_on >= today, ~Intake.cancelled
            )
        )
    order: list[Any] = {
        "title": [func.lower(sv.title)],
        "-title": [func.lower(sv.title).desc()],
        "updated": [Programme.updated_at.desc()],
        "-updated": [Programme.updated_at],
        "status": [Programme.status, func.lower(sv.title)],
    }[query.sort]  # type: ignore[assignment]
    return stmt.order_by(*order, Programme.id)


def find(query: ListQuery) -> ListPage:
    stmt = _statement(query, clock.today()).options(selectinload(Programme.translations))
    if query.lang and query.state:
        # The state is worked out per programme (see editor.translation_state); the catalogue
        # is a few hundred programmes, so this filter runs over the rows the others left.
        every = [p for p in db.session.scalars(stmt) if locale_states(p)[query.lang] == query.state]
        total = len(every)
    else:
        total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    pages = max(math.ceil(total / PAGE_SIZE), 1)
    page = min(query.page, pages)  # a page past the end shows the last one
    start = (page - 1) * PAGE_SIZE
    if query.lang and query.state:
        rows = every[start : start + PAGE_SIZE]
    else:
        rows = list(db.session.scalars(stmt.limit(PAGE_SIZE).offset(start)))
    return ListPage(rows, total, page, pages, {p.id: locale_states(p) for p in rows})


BULK_ACTIONS = {"unpublish": Status.DRAFT, "archive": Status.ARCHIVED}


def bulk(action: str, ids: list[int], user) -> int:
    """Unpublish, archive or copy intakes to the next term for the ticked programmes; each
    changed programme gets a revision and an audit entry. Returns how many changed."""
    programmes = db.session.scalars(select(Programme).where(Programme.id.in_(ids))).all()
    changed = 0
    for p in programmes:
        if action in BULK_ACTIONS:
            if p.status == BULK_ACTIONS[action]:
                continue
            p.status = BULK_ACTIONS[action]
        elif not copy_intakes_to_next_term(p):
            continue
        p.updated_at = clock.now()
        db.session.flush()
        summary = {"unpublish": "unpublished", "archive": "archived"}.get(action, "intakes copied")
        revisions.save_revision(p, user, summary)
        audit.record(f"programme_bulk_{action}", f"programme:{p.id}", {"slug": p.slug})
        changed += 1
    db.session.commit()
    return changed


def _term(day: date) -> tuple[int, int]:
    """(year, 0 for spring / 1 for autumn): Swedish terms run January–June and July–December."""
    return day.year, 0 if day.month <= 6 else 1


def _six_months_on(day: date | None) -> date | None:
    if day is None:
        return None
    month = day.month + 6
    year, month = day.year + (month - 1) // 12, (month - 1) % 12 + 1
    for d in (day.day, 30, 29, 28):  # the 31st of a shorter month becomes its last day
        try:
            return date(year, month, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def copy_intakes_to_next_term(p: Programme) -> bool:
    """Copy the starts of the programme's latest term to the term after, six months on, with
    their application windows and places; starts already there are left alone."""
    current = [i for i in p.intakes if not i.cancelled]
    if not current:
        return False
    latest = max(_term(i.starts_on) for i in current)
    existing = {i.starts_on for i in p.intakes}
    added = False
    for intake in (i for i in current if _term(i.starts_on) == latest):
        starts = _six_months_on(intake.starts_on)
        if starts in existing:
            continue
        p.intakes.append(
            Intake(
                starts_on=starts,
                application_opens=_six_months_on(intake.application_opens),
                application_closes=_six_months_on(intake.application_closes),
                seats=intake.seats,
            )
        )
        added = True
    return added
