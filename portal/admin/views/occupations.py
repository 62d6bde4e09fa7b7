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


def _editor(o, form, conflict=False, status=200):
    return render(
        "admin/occupation_edit.html",
        occupation=o,
        form=form,
        conflict=conflict,
        history=occupations.revisions(o) if o is not None else [],
        status=status,
    )


def _posted():
    return request.form if request.method == "POST" else None


@bp.route("/yrken/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_occupation():
    form = occupations.form_for(None, _posted())
    if request.method == "POST":
        o, saved, _ = occupations.save(None, form)
        if saved and o is not None:
            return redirect_to(url_for("admin.edit_occupation", occupation_id=o.id, sparat="save"))
        return _editor(None, form, status=422)
    return _editor(None, form)


@bp.route("/yrken/<int:occupation_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_occupation(occupation_id: int):
    o = db.get_or_404(Occupation, occupation_id)
    form = occupations.form_for(o, _posted())
    if request.method == "POST":
        _, saved, conflict = occupations.save(o, form)
        if saved:
            return redirect_to(url_for("admin.edit_occupation", occupation_id=o.id, sparat="save"))
        return _editor(o, form, conflict, status=409 if conflict else 422)
    return _editor(o, form)
