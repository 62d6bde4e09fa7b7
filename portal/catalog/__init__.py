"""Public pages: the start page now; search, programme and field pages as the catalogue grows."""

from flask import Blueprint

from portal.i18n import LOCALE_PREFIX

bp = Blueprint("catalog", __name__, url_prefix=LOCALE_PREFIX)

from portal.catalog import routes  # noqa: E402,F401  (registers the views on bp)
