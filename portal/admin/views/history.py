"""A programme's saved versions: the list, one version against today, restoring one."""

from flask import abort, url_for
from flask_login import current_user

from portal.admin import bp, editor, revisions
from portal.admin.access import requires
from portal.admin.views.roles import EDITOR
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.admin import Revision
from portal.models.catalog import Programme


@bp.get("/programmes/<int:programme_id>/versioner")
@requires(EDITOR)
def history(programme_id: int):
    p = db.get_or_404(Programme, programme_id)
    return render("admin/history.html", programme=p, revisions=revisions.history(p.id))


def _programme_and_revision(programme_id: int, revision_id: int):
    p, rev = db.get_or_404(Programme, programme_id), db.get_or_404(Revision, revision_id)
    if rev.programme_id != p.id:
        abort(404)
    return p, rev


@bp.get("/programmes/<int:programme_id>/versioner/<int:revision_id>")
@requires(EDITOR)
def revision(programme_id: int, revision_id: int):
    p, rev = _programme_and_revision(programme_id, revision_id)
    changes = revisions.diff(rev.data, revisions.snapshot(p))
    return render("admin/revision.html", programme=p, revision=rev, changes=changes)


@bp.post("/programmes/<int:programme_id>/versioner/<int:revision_id>/aterstall")
@requires(EDITOR)
def restore(programme_id: int, revision_id: int):
    p, rev = _programme_and_revision(programme_id, revision_id)
    editor.restore(p, rev, current_user)
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat="restore"))
