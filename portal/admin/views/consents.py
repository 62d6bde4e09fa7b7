"""Consents: the counts per purpose and the export of one purpose's contacts."""

from flask import Response, abort, request

from portal import audit
from portal.admin import bp
from portal.admin.access import requires
from portal.admin.views.roles import OFFICER
from portal.contact.export import consents_csv
from portal.contact.stats import aggregate_counts
from portal.contact.texts import PURPOSE_TITLES
from portal.extensions import db
from portal.htmx import render
from portal.models.contact import Purpose


@bp.get("/samtycken")
@requires(OFFICER)
def consents():
    return render(
        "admin/consents.html",
        counts=aggregate_counts(),
        purposes=list(Purpose),
        purpose_titles=PURPOSE_TITLES,
    )


@bp.post("/samtycken/export")
@requires(OFFICER)
def export_consents():
    purpose = request.form.get("purpose", "")
    if purpose not in {p.value for p in Purpose}:
        abort(400)
    text, rows = consents_csv(purpose)
    audit.record("consents_exported", f"purpose:{purpose}", {"rows": rows})
    db.session.commit()
    return Response(
        text,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="kontakter-{purpose}.csv"'},
    )
