"""The path finder at /<lang>/vilken-vag: a few questions, then a personal route to a job."""

from flask import Blueprint

from portal.i18n import LOCALE_PREFIX

bp = Blueprint("pathfinder", __name__, url_prefix=LOCALE_PREFIX)

from portal.pathfinder import compare, routes  # noqa: E402,F401  (register the views on bp)
