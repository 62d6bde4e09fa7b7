"""Field pages (yrkesområden): the list and the editor of their texts."""

from flask import request, url_for
from sqlalchemy import select

from portal.admin import bp, field_pages
from portal.admin.access import requires
from portal.admin.views.roles import EDITOR
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.i18n import LOCALES
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
    locale_names = {c: LOCALES[c].name for c in LOCALES}
    if request.method == "POST":
        problems = field_pages.save(field, request.form)
        if not problems:
            return redirect_to(url_for("admin.edit_field", field_id=field.id, sparat="save"))
        return render(
            "admin/field_edit.html",
            field=field,
            texts=request.form,
            problems=problems,
            locale_names=locale_names,
            status=422,
        )
    return render(
        "admin/field_edit.html",
        field=field,
        texts=field_pages.form_values(field),
        problems=[],
        locale_names=locale_names,
    )
