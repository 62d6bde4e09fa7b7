"""The audit log page."""

from flask import request

from portal.admin import audit_log as log
from portal.admin import bp
from portal.admin.access import requires
from portal.admin.views.roles import ADMIN
from portal.htmx import render


@bp.get("/logg")
@requires(ADMIN)
def audit_log():
    action, actor = request.args.get("action", ""), request.args.get("actor", "")[:254]
    return render(
        "admin/audit.html",
        block="audit_rows",
        events=log.latest(action, actor),
        actions=log.actions(),
        action=action,
        actor=actor,
        total=log.total(),
        shown=log.SHOWN,
    )
