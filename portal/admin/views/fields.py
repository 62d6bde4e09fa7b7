"""Field pages (yrkesområden): the list and the editor of their texts."""

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
    return render(
        "admin/field_edit.html",
        field=field,
        form=form,
        conflict=conflict,
        history=record_revisions.history("field", field.id),
        change_label=field_pages.change_label,
        status=status,
    )
