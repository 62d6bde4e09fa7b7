"""A prepared change of a published programme: compare it with the published version,
preview it in any language, publish it (after the checks) or discard it."""

from flask import abort, url_for
from flask_login import current_user

from portal.admin import bp, drafts
from portal.admin.access import requires
from portal.admin.views.programmes import preview_page
from portal.admin.views.roles import EDITOR
from portal.extensions import db
from portal.htmx import redirect_to, render
from portal.models.catalog import Programme


def _programme_and_draft(programme_id: int):
    p = db.get_or_404(Programme, programme_id)
    draft = drafts.of(p)
    if draft is None:
        abort(404)
    return p, draft


def _draft_page(p, draft, problems=(), status=200):
    return render(
        "admin/draft.html",
        programme=p,
        draft=draft,
        changes=drafts.changes(p, draft),
        problems=list(problems),
        status=status,
    )


@bp.get("/programmes/<int:programme_id>/utkast")
@requires(EDITOR)
def draft(programme_id: int):
    p, change = _programme_and_draft(programme_id)
    return _draft_page(p, change)


@bp.get("/programmes/<int:programme_id>/utkast/forhandsvisning")
@requires(EDITOR)
def preview_draft(programme_id: int):
    p, change = _programme_and_draft(programme_id)
    with drafts.applied(p, change):
        return preview_page(p, draft=change)


@bp.post("/programmes/<int:programme_id>/utkast/publicera")
@requires(EDITOR)
def publish_draft(programme_id: int):
    p, change = _programme_and_draft(programme_id)
    problems = drafts.publish(p, change, current_user)
    if problems:
        return _draft_page(p, drafts.of(p), problems, status=422)
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat="publish"))


@bp.post("/programmes/<int:programme_id>/utkast/kasta")
@requires(EDITOR)
def discard_draft(programme_id: int):
    p, change = _programme_and_draft(programme_id)
    drafts.discard(p, change)
    return redirect_to(url_for("admin.edit_programme", programme_id=p.id, sparat="discard"))
