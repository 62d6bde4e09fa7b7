"""The administration at /admin: staff sign in (Flask-Security-Too), edit the catalogue, follow
consent statistics and the audit log. Every view declares its role (access.requires)."""

from flask import Blueprint

from portal.admin.access import guard

bp = Blueprint("admin", __name__, url_prefix="/admin")

OPEN_ENDPOINTS = {"admin.language", "admin.set_password"}  # usable before signing in


@bp.before_request
def _guard():
    from flask import request

    if request.endpoint in OPEN_ENDPOINTS:
        return None
    return guard()


@bp.after_request
def _no_store(response):
    response.headers["Cache-Control"] = "no-store"
    return response


from portal.admin import views  # noqa: E402,F401  (registers the views on bp)
