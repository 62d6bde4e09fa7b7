"""A programme's next intake start and whether it is open for application, stored on the
programme so a search reads two columns instead of grouping every intake of the catalogue.

Both depend on today's date as well as on the intakes. So each programme also stores the day
they were computed for (`dates_on`) and the first day they may differ (`dates_until`: the day
after the next intake starts, the day an application window opens, or the day after one
closes). A search uses the stored values when `dates_on <= today < dates_until` and otherwise
works them out from the intakes for that one row (a correlated subquery, evaluated only for
those rows). Results are therefore always today's, whatever was stored; storing only keeps
the per-search cost flat:

- intakes saved through the ORM: `_recompute_after_flush` below (one SELECT and one UPDATE
  per flush that touched intakes or added programmes);
- the passing of days: `flask --app portal catalog refresh-dates` (daily, e.g. from cron)
  recomputes the rows whose window has passed; forgetting it costs speed, never correctness.

The UPDATE is a Core statement, so it neither bumps the programme's optimistic-locking version
nor counts as an editor's change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, case, event, func, or_, select, update
from sqlalchemy.orm import Session

from portal import clock
from portal.models.catalog import Intake, Programme

FOREVER = date(9999, 12, 31)  # no upcoming intake: nothing changes until one is saved


def compute(intakes: Iterable[Any], today: date) -> dict[str, Any]:
    """The stored columns for a programme with `intakes` (objects or rows with the Intake
    attributes), as of `today`."""
    next_start = None
    open_now = False
    until = FOREVER
    for i in intakes:
        if i.cancelled or i.starts_on < today:
            continue
        next_start = i.starts_on if next_start is None else min(next_start, i.starts_on)
        opens = i.application_opens
        closes = i.application_closes or i.starts_on
        if (opens is None or opens <= today) and closes >= today:
            open_now = True
        until = min(until, i.starts_on + timedelta(days=1))
        if opens is not None and opens > today:
            until = min(until, opens)
        if closes >= today:
            until = min(until, closes + timedelta(days=1))
    return {
        "next_start": next_start,
        "open_now": open_now,
        "dates_on": today,
        "dates_until": until,
    }


def recompute(connection, programme_ids: Iterable[int], today: date | None = None) -> int:
    """Store the columns for `programme_ids`: one SELECT and one UPDATE."""
    ids = sorted(set(programme_ids))
    if not ids:
        return 0
    today = today or clock.today()
    by_programme: dict[int, list] = defaultdict(list)
    columns = (
        Intake.programme_id,
        Intake.starts_on,
        Intake.application_opens,
        Intake.application_closes,
        Intake.cancelled,
    )
    for i in range(0, len(ids), 1000):
        for row in connection.execute(
            select(*columns).where(Intake.programme_id.in_(ids[i : i + 1000]))
        ):
            by_programme[row.programme_id].append(row)
    rows = [{"pid": pid, **compute(by_programme[pid], today)} for pid in ids]
    table = Programme.__table__  # Core: no version bump, no ORM bookkeeping
    connection.execute(
        update(table)  # type: ignore[arg-type]
        .where(table.c.id == bindparam("pid"))
        .values(
            next_start=bindparam("next_start"),
            open_now=bindparam("open_now"),
            dates_on=bindparam("dates_on"),
            dates_until=bindparam("dates_until"),
        )
        .execution_options(synchronize_session=False),
        rows,
    )
    return len(rows)


def refresh_stale(connection, today: date | None = None) -> int:
    """Recompute the programmes whose stored values are not valid today."""
    today = today or clock.today()
    stale = connection.scalars(select(Programme.id).where(~fresh(today)))
    return recompute(connection, list(stale), today)


def fresh(today: date):
    """The programmes whose stored dates hold today."""
    return and_(
        Programme.dates_on.is_not(None),
        Programme.dates_on <= today,
        Programme.dates_until > today,
    )


def stale_rows(today: date):
    """The others: `fresh`'s complement, NULLs included (indexes on both dates find them)."""
    return or_(
        Programme.dates_on.is_(None),
        Programme.dates_until.is_(None),
        Programme.dates_on > today,
        Programme.dates_until <= today,
    )


def for_search(today: date):
    """(next start, open 0/1, stale subquery to outer-join on programme id): SQL for a search.

    Rows whose stored values hold today read them; the others (few: those whose window has
    passed since the last refresh) get them from their intakes, grouped in a subquery limited
    to those rows (indexes on dates_on and dates_until find them), so the cost does not grow
    with the catalogue."""
    stale = (
        select(
            Intake.programme_id,
            func.min(Intake.starts_on).label("next_start"),
            func.max(
                case(
                    (
                        and_(
                            or_(
                                Intake.application_opens.is_(None),
                                Intake.application_opens <= today,
                            ),
                            func.coalesce(Intake.application_closes, Intake.starts_on) >= today,
                        ),
                        1,
                    ),
                    else_=0,
                )
            ).label("open_now"),
        )
        .join(Programme, Programme.id == Intake.programme_id)
        .where(
            stale_rows(today),
            Intake.starts_on >= today,
            Intake.cancelled.is_(False),
        )
        .group_by(Intake.programme_id)
        .subquery("stale_dates")
    )
    is_fresh = fresh(today)
    stored_start, stored_open = stored()
    next_start = case((is_fresh, stored_start), else_=stale.c.next_start)
    open_now = case((is_fresh, stored_open), else_=func.coalesce(stale.c.open_now, 0))
    return next_start, open_now, stale


def stored():
    """(next start, open 0/1) as stored: today's for the programmes `fresh` today."""
    return Programme.next_start, case((Programme.open_now.is_(True), 1), else_=0)


def _touched(session: Session) -> set[int]:
    ids: set[int] = set()
    for obj in (*session.new, *session.dirty, *session.deleted):
        if isinstance(obj, Intake):
            pid = obj.programme_id or (obj.programme.id if obj.programme else None)
            if pid is not None:
                ids.add(pid)
        elif isinstance(obj, Programme) and obj in session.new:
            ids.add(obj.id)
    return ids


@event.listens_for(Session, "after_flush")
def _recompute_after_flush(session: Session, flush_context) -> None:
    # New/dirty/deleted still show what this flush wrote; new rows have their ids by now.
    ids = _touched(session)
    if ids:
        recompute(session.connection(), ids)
