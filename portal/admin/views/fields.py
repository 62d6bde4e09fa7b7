"""Field pages (yrkesområden): the list and the editor of their texts."""

from flask import url_for
from sqlalchemy import select

from portal.admin import bp, field_pages
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
    if form.validate_on_submit():
        field_pages.save(field, form)
        return redirect_to(url_for("admin.edit_field", field_id=field.id, sparat="save"))
    status = 422 if form.is_submitted() else 200
    return render("admin/field_edit.html", field=field, form=form, status=status)
