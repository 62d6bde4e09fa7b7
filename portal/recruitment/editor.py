"""Editing a recruitment day: date, times, place, capacity, employers, programmes and its texts
per locale (Swedish required). Bad input is refused with a message per field and nothing stored
changes; a save from an outdated form is refused instead of overwriting. Every save keeps a
revision and is audited; a change of date, time or place, and a cancellation, notify the
people who said they are coming (notices.py)."""

from __future__ import annotations

from datetime import date, time

from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import func, select, update
from sqlalchemy.orm.attributes import flag_modified

from portal import audit, clock
from portal.extensions import db
from portal.forms import TEXT_AREA_LIMIT
from portal.i18n import LOCALES
from portal.models.catalog import District, Employer, Programme
from portal.models.recruitment import (
    Answer,
    DayStatus,
    Invitation,
    RecruitmentDay,
    RecruitmentDayRevision,
    RecruitmentDayTranslation,
)
from portal.recruitment import consent_scope, notices, reminders
from portal.search_text import slugify

TEXTS = ("title", "description", "directions")
LIMITS = {"title": 200, "description": TEXT_AREA_LIMIT, "directions": 2000}
MOVING = ("day", "starts_at", "ends_at", "address", "district_id")  # what a notice reports
MAX_CAPACITY = 10_000

Problems = list[tuple[str, str]]


def coming_count(day: RecruitmentDay) -> int:
    return (
        db.session.scalar(
            select(func.count(Invitation.id)).where(
                Invitation.day_id == day.id, Invitation.answer == Answer.COMING
            )
        )
        or 0
    )


def form_values(d: RecruitmentDay) -> dict:
    values: dict = {
        "day": d.day.isoformat(),
        "starts_at": d.starts_at.strftime("%H:%M"),
        "ends_at": d.ends_at.strftime("%H:%M"),
        "address": d.address,
        "district": str(d.district_id or ""),
        "capacity": "" if d.capacity is None else str(d.capacity),
        "version": str(d.version),
        "employers": {e.id for e in d.employers},
        "programmes": {p.id for p in d.programmes},
    }
    for t in d.translations:
        values.update({f"{t.locale}-{n}": getattr(t, n) or "" for n in TEXTS})
    return values


def submitted_values(form) -> dict:
    values = {k: v for k, v in form.items() if k not in ("employers", "programmes")}
    for key in ("employers", "programmes"):
        values[key] = {int(v) for v in form.getlist(key) if v.isdigit()}
    return values


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        return None


def _time(value: str) -> time | None:
    try:
        return time.fromisoformat(value.strip())
    except ValueError:
        return None


def _check(form, d: RecruitmentDay | None) -> tuple[Problems, dict]:
    """What is wrong with the form, and the parsed facts when nothing is."""
    problems: Problems = []
    facts: dict = {}
    if not form.get("sv-title", "").strip():
        problems.append(("sv-title", _("Write a title in Swedish.")))
    day = _date(form.get("day", ""))
    if day is None:
        problems.append(("day", _("Write the date as year-month-day, like 2030-05-14.")))
    elif day < clock.today() and (d is None or day != d.day):
        problems.append(("day", _("The date has passed. Choose today or a later date.")))
    starts, ends = _time(form.get("starts_at", "")), _time(form.get("ends_at", ""))
    if starts is None:
        problems.append(("starts_at", _("Write the start time as hours and minutes, like 09:30.")))
    if ends is None:
        problems.append(("ends_at", _("Write the end time as hours and minutes, like 15:00.")))
    elif starts is not None and ends <= starts:
        problems.append(("ends_at", _("The end time must be after the start time.")))
    address = form.get("address", "").strip()
    if not address:
        problems.append(("address", _("Write the address where the day is held.")))
    elif len(address) > 200:
        problems.append(("address", _("Write at most %(num)s characters.", num=200)))
    capacity_text = form.get("capacity", "").strip()
    capacity = None
    if capacity_text:
        if not capacity_text.isascii() or not capacity_text.isdigit():
            problems.append(("capacity", _("Write the number of places as a whole number.")))
        else:
            capacity = int(capacity_text)
            coming = coming_count(d) if d is not None else 0
            if not 1 <= capacity <= MAX_CAPACITY:
                problems.append(
                    ("capacity", _("Write a number from 1 to %(num)s.", num=MAX_CAPACITY))
                )
            elif capacity < coming:
                problems.append(
                    (
                        "capacity",
                        _(
                            "%(num)s people have already said they are coming, so the number "
                            "of places cannot be lower than that.",
                            num=coming,
                        ),
                    )
                )
    district_text = form.get("district", "")
    district = db.session.get(District, int(district_text)) if district_text.isdigit() else None
    if district_text and district is None:
        problems.append(("district", _("Choose a district from the list.")))
    for code in LOCALES:
        for name, limit in LIMITS.items():
            if len(form.get(f"{code}-{name}", "")) > limit:
                problems.append(
                    (f"{code}-{name}", _("Write at most %(num)s characters.", num=limit))
                )
    facts = dict(
        day=day,
        starts_at=starts,
        ends_at=ends,
        address=address,
        district_id=district.id if district else None,
        capacity=capacity,
    )
    return problems, facts


def snapshot(d: RecruitmentDay) -> dict:
    return {
        "day": d.day.isoformat(),
        "starts_at": d.starts_at.strftime("%H:%M"),
        "ends_at": d.ends_at.strftime("%H:%M"),
        "address": d.address,
        "district": d.district.slug if d.district else None,
        "capacity": d.capacity,
        "status": d.status,
        "employers": sorted(e.name for e in d.employers),
        "programmes": sorted(p.slug for p in d.programmes),
        "translations": {t.locale: {n: getattr(t, n) for n in TEXTS} for t in d.translations},
    }


def _unique_slug(title: str, day: date) -> str:
    base = slugify(f"{title} {day.isoformat()}")[:110] or "rekryteringstraff"
    slug, n = base, 2
    while db.session.scalar(select(RecruitmentDay.id).where(RecruitmentDay.slug == slug)):
        slug, n = f"{base}-{n}", n + 1
    return slug


def _record(d: RecruitmentDay, summary: str, action: str) -> None:
    db.session.add(
        RecruitmentDayRevision(
            day_id=d.id,
            user_id=getattr(current_user, "id", None),
            summary=summary,
            data=snapshot(d),
        )
    )
    audit.record(action, f"recruitment_day:{d.id}", {"slug": d.slug})


def save(d: RecruitmentDay | None, form) -> tuple[RecruitmentDay | None, Problems, bool]:
    """(day, problems, conflict). Nothing is saved when there are problems, or when the day
    changed since the form was opened (conflict)."""
    problems, facts = _check(form, d)
    if problems:
        return d, problems, False
    if d is not None and form.get("version") != str(d.version):
        return d, [], True
    before = {k: getattr(d, k) for k in MOVING} if d is not None else None
    if d is None:
        d = RecruitmentDay(slug=_unique_slug(form["sv-title"].strip(), facts["day"]))
        db.session.add(d)
    for key, value in facts.items():
        setattr(d, key, value)
    d.employers = _chosen(Employer, form.getlist("employers"))
    d.programmes = _chosen(Programme, form.getlist("programmes"))
    existing = {t.locale: t for t in d.translations}
    for code in LOCALES:
        values = {n: form.get(f"{code}-{n}", "").strip() for n in TEXTS}
        text = existing.get(code)
        if not values["title"]:
            if text is not None and code != "sv":
                d.translations.remove(text)  # an emptied language falls back to Swedish
            continue
        if text is None:
            text = RecruitmentDayTranslation(locale=code)
            d.translations.append(text)
        for name, value in values.items():
            setattr(text, name, value)
    if d.id is not None:
        flag_modified(d, "address")  # every save moves the version on, even for text alone
    db.session.flush()
    moved = before is not None and any(before[k] != getattr(d, k) for k in MOVING)
    _record(d, "created" if before is None else "edited", "recruitment_day_saved")
    if moved:
        reminders.withdraw_waiting(d)
    if moved and d.status == DayStatus.PLANNED:
        notices.queue(d, notices.MOVED)
    if before is not None and before["day"] != d.day:
        _reminders_due_again(d)
    db.session.commit()
    if moved or not consent_scope.covers(d):
        # Their text names the old time or place, or the day is no longer one the consent to
        # invitations covers.
        _stop_invitations(d)
    return d, [], False


def _reminders_due_again(d: RecruitmentDay) -> None:
    """A reminder queued for the old date said "tomorrow" about that date: the day before the
    new date, those coming get one again."""
    db.session.execute(
        update(Invitation)
        .where(Invitation.day_id == d.id, Invitation.reminder_queued_at.is_not(None))
        .values(reminder_queued_at=None)
        .execution_options(synchronize_session=False)
    )


def _chosen(model, ids: list[str]) -> list:
    wanted = {int(v) for v in ids if v.isdigit()}
    return list(db.session.scalars(select(model).where(model.id.in_(wanted)))) if wanted else []


def cancel(d: RecruitmentDay, version: str | None) -> bool:
    """Cancel a planned day and notify those coming; False if it changed meanwhile."""
    if version != str(d.version):
        return False
    if d.status == DayStatus.CANCELLED:
        return True
    d.status = DayStatus.CANCELLED
    db.session.flush()
    _record(d, "cancelled", "recruitment_day_cancelled")
    reminders.withdraw_waiting(d)
    notices.queue(d, notices.CANCELLED)
    db.session.commit()
    _stop_invitations(d)
    return True


def _stop_invitations(d: RecruitmentDay) -> None:
    """Invitation mailings not yet (fully) sent, for a day now cancelled or moved (their text,
    approved as written, names the old time and place), are cancelled like any mailing
    (audited; nothing queued after it goes out). An officer writes a new invitation."""
    from portal.mailings import workflow
    from portal.models.mailing import Mailing, MailingStatus

    open_states = (MailingStatus.DRAFT, MailingStatus.APPROVED, MailingStatus.SENDING)
    mailings = db.session.scalars(
        select(Mailing).where(Mailing.recruitment_day_id == d.id, Mailing.status.in_(open_states))
    ).all()
    for mailing in mailings:
        try:
            workflow.cancel(mailing, current_user)
        except workflow.Refused:
            continue  # it finished or was stopped meanwhile


def revisions(d: RecruitmentDay, limit: int = 20) -> list[RecruitmentDayRevision]:
    return list(
        db.session.scalars(
            select(RecruitmentDayRevision)
            .where(RecruitmentDayRevision.day_id == d.id)
            .order_by(RecruitmentDayRevision.id.desc())
            .limit(limit)
        )
    )


def choices() -> dict:
    """Districts, employers and programmes to choose from, by their names."""
    from portal.admin.occupations import programme_choices

    return {
        "districts": [
            (d.id, d.name) for d in db.session.scalars(select(District).order_by(District.name))
        ],
        "employers": [
            (e.id, e.name) for e in db.session.scalars(select(Employer).order_by(Employer.name))
        ],
        "programmes": programme_choices(),
    }
