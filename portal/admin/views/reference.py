"""Providers (anordnare), employers (arbetsgivare) and districts (stadsdelar): a list, a new
record, the editor with its history, and deleting what no programme uses. The same four views
serve every kind (reference_data.KINDS); each kind gets its own view names."""

from flask import request, url_for
from sqlalchemy import select

from portal.admin import bp, record_revisions, reference_data
from portal.admin.access import requires
from portal.admin.reference_data import Kind, Outcome
from portal.admin.views.roles import EDITOR
from portal.catalog.labels import EMPLOYER_KIND_LABELS
from portal.extensions import db
from portal.htmx import redirect_to, render


def _page(kind: Kind, form, record=None, status=200, conflict=False, in_use=0):
    labels = {field.name: field.label.text for field in kind.form(None, meta={"csrf": False})}
    return render(
        "admin/reference_edit.html",
        kind=kind,
        form=form,
        record=record,
        conflict=conflict,
        in_use=in_use,
        used_by=len(reference_data.users(kind).get(record.id, ())) if record else 0,
        history=record_revisions.history(kind.name, record.id) if record else [],
        change_label=lambda key: labels.get(key, key),
        status=status,
    )


def _register(kind: Kind) -> None:
    one, key = kind.name, f"{kind.name}_id"

    def listing():
        order = kind.model.name
        rows = db.session.scalars(select(kind.model).order_by(order)).all()
        used = reference_data.users(kind)
        counts = {r.id: len(used.get(r.id, ())) for r in rows}
        return render(
            "admin/reference_list.html",
            kind=kind,
            rows=rows,
            counts=counts,
            employer_kind_labels=EMPLOYER_KIND_LABELS,
        )

    def new():
        form = reference_data.form_for(
            kind, None, request.form if request.method == "POST" else None
        )
        if request.method == "POST":
            record, outcome = reference_data.save(kind, None, form)
            if outcome is Outcome.SAVED:
                return redirect_to(url_for(f"admin.edit_{one}", **{key: record.id}, sparat="save"))
            return _page(kind, form, status=422)
        return _page(kind, form)

    def edit(**ids):
        record = db.get_or_404(kind.model, ids[key])
        if request.method == "POST":
            form = reference_data.form_for(kind, record, request.form)
            _, outcome = reference_data.save(kind, record, form)
            if outcome is Outcome.SAVED:
                return redirect_to(url_for(f"admin.edit_{one}", **{key: record.id}, sparat="save"))
            conflict = outcome is Outcome.CONFLICT
            record = db.get_or_404(kind.model, ids[key])
            return _page(kind, form, record, status=409 if conflict else 422, conflict=conflict)
        return _page(kind, reference_data.form_for(kind, record), record)

    def delete(**ids):
        record = db.get_or_404(kind.model, ids[key])
        in_use = reference_data.delete(kind, record)
        if not in_use:
            return redirect_to(url_for(f"admin.{kind.name}s", borttagen="1"))
        return _page(kind, reference_data.form_for(kind, record), record, 409, in_use=in_use)

    base = f"/{kind.path}"
    bp.add_url_rule(base, f"{one}s", requires(EDITOR)(listing))
    bp.add_url_rule(f"{base}/ny", f"new_{one}", requires(EDITOR)(new), methods=["GET", "POST"])
    bp.add_url_rule(
        f"{base}/<int:{key}>", f"edit_{one}", requires(EDITOR)(edit), methods=["GET", "POST"]
    )
    bp.add_url_rule(
        f"{base}/<int:{key}>/ta-bort", f"delete_{one}", requires(EDITOR)(delete), methods=["POST"]
    )


for _kind in reference_data.KINDS:
    _register(_kind)
