"""The start page and the administration's language choice."""

from flask import redirect, request, session, url_for

from portal.admin import bp
from portal.admin.access import requires, safe_next
from portal.admin.views.roles import ANY_STAFF
from portal.htmx import render
from portal.i18n import ADMIN_LOCALES


@bp.get("/sprak/<code>")
def language(code: str):
    if code in ADMIN_LOCALES:
        session["admin_lang"] = code
    return redirect(safe_next(request.args.get("next"), url_for("admin.dashboard")))


@bp.get("/")
@requires(*ANY_STAFF)
def dashboard():
    return render("admin/dashboard.html")
