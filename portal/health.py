"""Liveness for load balancers and monitoring.

200 with status "ok" when the database and the rate-limit storage answer; 200 with status
"degraded" when only the rate-limit storage (Redis) is down: the portal still serves, counting
limits per process in memory; 503 when the database does not answer.
"""

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from portal.extensions import db, limiter

bp = Blueprint("health", __name__)


def _database_ok() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
    except SQLAlchemyError:
        db.session.rollback()
        current_app.logger.warning("healthz: database did not answer")
        return False
    return True


def _rate_limit_storage_ok() -> bool:
    try:
        ok = bool(limiter.storage.check())
    except Exception:
        ok = False
    if not ok:
        current_app.logger.warning(
            "healthz: rate-limit storage did not answer; limits are counted in memory per process"
        )
    return ok


@bp.get("/healthz")
def healthz():
    database, limits = _database_ok(), _rate_limit_storage_ok()
    status = "unavailable" if not database else "ok" if limits else "degraded"
    response = jsonify(
        status=status,
        database="ok" if database else "error",
        rate_limit_storage="ok" if limits else "in-memory fallback",
    )
    response.status_code = 200 if database else 503
    response.headers["Cache-Control"] = "no-store"
    return response
