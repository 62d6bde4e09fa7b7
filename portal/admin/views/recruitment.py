"""Recruitment days in the administration: editors write and cancel them; contact officers
invite (a mailing), follow the answers per day and, audited, see who is coming."""

from __future__ import annotations

import csv
import io

from flask import abort, make_response, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal import audit, clock
from portal.admin import bp
from portal.admin.access import requires
from portal.admin.views.roles import ADMIN, EDITOR, OFFICER
from portal.contact import districts
from portal.contact.export import DELIMITER, spreadsheet_cell
from portal.contact.texts import INTEREST_LABELS
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.recruitment import RecruitmentDay
from portal.recruitment import consent_scope, editor, invitations, notices, queries


def _day(day_id: int) -> RecruitmentDay:
    return db.session.get(RecruitmentDay, day_id) or abort(404)


@bp.get("/rekryteringstraffar")
@requires(EDITOR, OFFICER, ADMIN)
def recruitment_days():
    rows = db.session.scalars(
        select(RecruitmentDay)
        .options(selectinload(RecruitmentDay.employers))
        .order_by(RecruitmentDay.day.desc(), RecruitmentDay.id)
    ).all()
    today = clock.today()
    return render(
        "admin/recruitment/list.html",
        days=rows,
        invitable={d.id for d in rows if consent_scope.invitable(d, today)},
        counts=queries.answer_counts(),
    )


def _editor(d, values, problems=(), conflict=False, status=200):
    return render(
        "admin/recruitment/edit.html",
        day=d,
        values=values,
        problems=list(problems),
        conflict=conflict,
        history=editor.revisions(d) if d is not None else [],
        coming=editor.coming_count(d) if d is not None else 0,
        not_covered=consent_scope.NOT_COVERED
        if d is not None and not consent_scope.covers(d)
        else None,
        status=status,
        **editor.choices(),
    )


@bp.route("/rekryteringstraffar/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_recruitment_day():
    if request.method == "POST":
        d, problems, _ = editor.save(None, request.form)
        if not problems and d is not None:
            return redirect_to(url_for("admin.edit_recruitment_day", day_id=d.id, sparat="1"))
        return _editor(None, editor.submitted_values(request.form), problems, status=422)
    return _editor(None, {"employers": set(), "programmes": set()})


@bp.route("/rekryteringstraffar/<int:day_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_recruitment_day(day_id: int):
    d = _day(day_id)
    if request.method == "POST":
        _, problems, conflict = editor.save(d, request.form)
        if not problems and not conflict:
            return redirect_to(url_for("admin.edit_recruitment_day", day_id=d.id, sparat="1"))
        values = editor.submitted_values(request.form)
        return _editor(d, values, problems, conflict, status=409 if conflict else 422)
    return _editor(d, editor.form_values(d))


@bp.post("/rekryteringstraffar/<int:day_id>/stall-in")
@requires(EDITOR)
def cancel_recruitment_day(day_id: int):
    d = _day(day_id)
    if not editor.cancel(d, request.form.get("version")):
        return _editor(d, editor.form_values(d), conflict=True, status=409)
    return redirect_to(url_for("admin.edit_recruitment_day", day_id=d.id, installd="1"))


@bp.route("/rekryteringstraffar/<int:day_id>/bjud-in", methods=["GET", "POST"])
@requires(OFFICER, ADMIN)
def invite_to_recruitment_day(day_id: int):
    d = _day(day_id)
    if not consent_scope.invitable(d, clock.today()):
        return render(
            "admin/recruitment/closed.html",
            status=409,
            day=d,
            today=clock.today(),
            consent_scope_note=consent_scope.NOT_COVERED,
        )
    district_choices = districts.choices()
    if request.method == "POST":
        wanted = [k for k in request.form.getlist("interests") if k in INTEREST_LABELS]
        known = dict(district_choices)
        places = [k for k in dict.fromkeys(request.form.getlist("districts")) if k in known]
        mailing = invitations.create(d, current_user, wanted, places)
        return redirect_to(url_for("admin.mailing", mailing_id=mailing.id))
    return render(
        "admin/recruitment/invite.html",
        day=d,
        interest_labels=INTEREST_LABELS,
        district_choices=district_choices,
        chosen_districts=invitations.suggested_districts(d),
    )


@bp.get("/rekryteringstraffar/<int:day_id>/kommer")
@requires(OFFICER, ADMIN)
def recruitment_day_coming(day_id: int):
    """The names of those coming, for the organiser: seeing them is audited."""
    d = _day(day_id)
    people = [i.contact for i in notices.coming(d)]
    audit.record("recruitment_day_coming_viewed", f"recruitment_day:{d.id}", {"rows": len(people)})
    db.session.commit()
    return render("admin/recruitment/coming.html", day=d, people=people)


@bp.get("/rekryteringstraffar/<int:day_id>/kommer.csv")
@requires(OFFICER, ADMIN)
def recruitment_day_coming_csv(day_id: int):
    """The same list as a file for the organiser; the export is audited (rows, never names)."""
    d = _day(day_id)
    people = [i.contact for i in notices.coming(d)]
    audit.record(
        "recruitment_day_coming_exported", f"recruitment_day:{d.id}", {"rows": len(people)}
    )
    db.session.commit()
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, quoting=csv.QUOTE_ALL)
    writer.writerow(["name", "email"])
    for p in people:  # residents type their names: no cell may run as a formula
        writer.writerow([spreadsheet_cell(p.greeting_name), spreadsheet_cell(p.email)])
    response = make_response(out.getvalue())
    response.headers["Content-Type"] = "text/csv; charset=utf-8"
    response.headers["Content-Disposition"] = f'attachment; filename="{d.slug}-kommer.csv"'
    return response
