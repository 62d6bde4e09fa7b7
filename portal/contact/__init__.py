"""Contact opt-in: explicit, granular, provable consent to be contacted, withdrawable as easily
as it was given, and deleted by code when it ends."""

from flask import Blueprint

from portal.i18n import LOCALE_PREFIX

bp = Blueprint("contact", __name__, url_prefix=f"{LOCALE_PREFIX}/kontakt")


@bp.context_processor
def contact_helpers():
    from portal.contact import districts, privacy, texts
    from portal.contact.forms import LAST_STEP
    from portal.i18n import current_locale
    from portal.models.contact import Purpose

    return {
        "purposes": [p.value for p in Purpose],
        "consent_wording": lambda purpose: texts.wording(purpose, current_locale()),
        "purpose_titles": texts.PURPOSE_TITLES,
        "background_labels": texts.BACKGROUND_LABELS,
        "interest_labels": texts.INTEREST_LABELS,
        "district_labels": districts.labels,  # called where needed: it reads the database
        "consent_months": texts.consent_months(),
        "detail_labels": texts.DETAIL_LABELS,
        "retention": privacy.retention(),
        "controller": privacy.controller(),
        "signup_steps": LAST_STEP,
    }


from portal.contact import manage, routes  # noqa: E402,F401  (registers the views on bp)
