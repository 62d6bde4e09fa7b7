"""Occupations (yrken): the list, and the editor of their texts and programme links."""

from flask import request, url_for
from sqlalchemy import select

from portal.admin import bp, occupations
from portal.admin.access import requires
from portal.admin.views.roles import EDITOR
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.i18n import LOCALES
from portal.models.occupation import Occupation


@bp.get("/yrken")
@requires(EDITOR)
def occupations_list():
    rows = db.session.scalars(select(Occupation).order_by(Occupation.slug)).all()
    return render("admin/occupations.html", occupations=rows, locales=list(LOCALES))


def _editor(o, values, problems=(), conflict=False, status=200):
    return render(
        "admin/occupation_edit.html",
        occupation=o,
        texts=values,
        problems=list(problems),
        conflict=conflict,
        programmes=occupations.programme_choices(),
        history=occupations.revisions(o) if o is not None else [],
        status=status,
    )


@bp.route("/yrken/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_occupation():
    if request.method == "POST":
        o, problems, _ = occupations.save(None, request.form)
        if not problems and o is not None:
            return redirect_to(url_for("admin.edit_occupation", occupation_id=o.id, sparat="save"))
        return _editor(None, occupations.submitted_values(request.form), problems, status=422)
    return _editor(None, {"programmes": set()})


@bp.route("/yrken/<int:occupation_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_occupation(occupation_id: int):
    o = db.get_or_404(Occupation, occupation_id)
    if request.method == "POST":
        _, problems, conflict = occupations.save(o, request.form)
        if not problems and not conflict:
            return redirect_to(url_for("admin.edit_occupation", occupation_id=o.id, sparat="save"))
        values = occupations.submitted_values(request.form)
        return _editor(o, values, problems, conflict, status=409 if conflict else 422)
    return _editor(o, occupations.form_values(o))
