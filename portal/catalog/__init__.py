"""Public pages: start page, search, programme pages and field pages."""

from flask import Blueprint, url_for
from flask_babel import format_percent
from flask_babel import gettext as _

from portal.catalog import facts, intake_dates, labels  # noqa: F401  (intake_dates: listener)
from portal.catalog.places import place_name
from portal.catalog.way_in import how_to_apply
from portal.i18n import LOCALE_PREFIX

bp = Blueprint("catalog", __name__, url_prefix=LOCALE_PREFIX)


def pace_label(pace: int) -> str:
    if pace >= 100:
        return _("Full time")
    return _("Part time, %(percent)s", percent=format_percent(pace / 100))


def search_url(filters, **changes) -> str:
    return url_for("catalog.programmes", **filters.to_args(**changes))


@bp.app_context_processor  # app-wide: the administration's preview uses the same templates
def catalog_helpers():
    return {
        "kind_labels": labels.KIND_LABELS,
        "guidance": {"url": facts.GUIDANCE_URL, "phone": facts.CITY_CONTACT_PHONE},
        "format_labels": labels.FORMAT_LABELS,
        "level_labels": labels.LEVEL_LABELS,
        "requirement_labels": labels.REQUIREMENT_LABELS,
        "employer_kind_labels": labels.EMPLOYER_KIND_LABELS,
        "within_months": labels.WITHIN_MONTHS,
        "pace_label": pace_label,
        "search_url": search_url,
        "place_name": place_name,
        "how_to_apply": how_to_apply,
    }


from portal.catalog import occupation_routes, routes  # noqa: E402,F401  (registers the views)
