"""Field pages (yrkesområden): the list, a new page, the editor of their texts, deletion."""

from flask import url_for
from sqlalchemy import select

from portal.admin import bp, field_pages, record_revisions
from portal.admin.access import requires
from portal.admin.views.roles import EDITOR
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.catalog import Field


@bp.get("/omraden")
@requires(EDITOR)
def fields():
    rows = db.session.scalars(select(Field).order_by(Field.position, Field.slug)).all()
    return render("admin/fields.html", fields=rows)


@bp.route("/omraden/ny", methods=["GET", "POST"])
@requires(EDITOR)
def new_field():
    form = field_pages.FieldPageForm()
    if form.validate_on_submit():
        field = field_pages.create(form)
        if field is not None:
            return redirect_to(url_for("admin.edit_field", field_id=field.id, sparat="save"))
    return _editor(None, form, status=422 if form.is_submitted() else 200)


@bp.route("/omraden/<int:field_id>", methods=["GET", "POST"])
@requires(EDITOR)
def edit_field(field_id: int):
    field = db.get_or_404(Field, field_id)
    form = field_pages.form_for(field)
    conflict = False
    if form.validate_on_submit():
        if field_pages.save(field, form):
            return redirect_to(url_for("admin.edit_field", field_id=field.id, sparat="save"))
        conflict = True
        field = db.get_or_404(Field, field_id)
    status = (409 if conflict else 422) if form.is_submitted() else 200
    return _editor(field, form, conflict=conflict, status=status)


@bp.post("/omraden/<int:field_id>/ta-bort")
@requires(EDITOR)
def delete_field(field_id: int):
    field = db.get_or_404(Field, field_id)
    in_use = field_pages.delete(field)
    if not any(in_use):
        return redirect_to(url_for("admin.fields", borttagen="1"))
    return _editor(field, field_pages.form_for(field, stored=True), in_use=in_use, status=409)


def _editor(field, form, conflict=False, in_use=(0, 0), status=200):
    return render(
        "admin/field_edit.html",
        field=field,
        form=form,
        conflict=conflict,
        in_use=in_use,
        used_by=in_use if any(in_use) or field is None else field_pages.users(field),
        history=record_revisions.history("field", field.id) if field is not None else [],
        change_label=field_pages.change_label,
        status=status,
    )
