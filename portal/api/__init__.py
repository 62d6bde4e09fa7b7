"""Read-only open data: the published catalogue as JSON (documented in README.md)."""

from flask import Blueprint

bp = Blueprint("api", __name__, url_prefix="/api/v1")

from portal.api import openapi, routes  # noqa: E402,F401  (register the views on bp)
