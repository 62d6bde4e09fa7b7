"""What each purpose means, in words a person agrees to; versioned by the exact wording.

The wording lives in the translation catalogues. When the wording shown in a locale changes
(a new translation, a new retention period), a new ConsentText version is recorded the next
time someone agrees to it; earlier consents keep pointing at the version they agreed to.
"""

from __future__ import annotations

import hashlib

from flask import current_app
from flask_babel import force_locale, gettext, ngettext
from flask_babel import lazy_gettext as _l
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from portal.extensions import db
from portal.models.contact import Background, ConsentText, Purpose

PURPOSE_TEXTS = {
    Purpose.EDUCATION_INFO: _l(
        "Yes, the City of Stockholm may e-mail me information about adult education and "
        "combined programmes (kombinationsutbildningar) in health and social care."
    ),
    Purpose.JOB_INVITATIONS: _l(
        "Yes, the City of Stockholm may e-mail me invitations to job tracks (jobbspår) and "
        "recruitment days in elderly care."
    ),
    Purpose.NEWSLETTER: _l(
        "Yes, the City of Stockholm may send me its newsletter about new programmes by e-mail, "
        "about once a month."
    ),
    Purpose.SMS_REMINDERS: _l(
        "Yes, the City of Stockholm may send a text message (SMS) to my mobile phone before a "
        "recruitment day I have been invited to."
    ),
}

PURPOSE_TITLES = {
    Purpose.EDUCATION_INFO: _l("Information about adult education and combined programmes"),
    Purpose.JOB_INVITATIONS: _l("Invitations to job tracks and recruitment days"),
    Purpose.NEWSLETTER: _l("Newsletter about new programmes"),
    Purpose.SMS_REMINDERS: _l("Text message reminders"),
}

BACKGROUND_LABELS = {
    Background.BEMANNA_2020: _l("I volunteered through Bemanna Stockholm in 2020"),
    Background.PANDEMIC_STAFF: _l("I worked for the city for a time during the pandemic"),
    Background.OTHER: _l("Other: I am interested in education and work in care"),
}

INTEREST_LABELS = {
    "elderly_care": _l("Work in elderly care"),
    "health_care": _l("Health care, for example assistant nurse"),
    "childcare": _l("Childcare and preschool"),
    "swedish": _l("Learning Swedish"),
    "job_track": _l("A job track with an employer (jobbspår)"),
    "vocational": _l("Vocational training in adult education"),
    "higher_vocational": _l("Higher vocational education (yrkeshögskola)"),
}


# What a sign-up or the manage page may change, named as the forms name them.
DETAIL_LABELS = {
    "email": _l("E-mail address"),
    "name": _l("Name"),
    "phone": _l("Mobile number"),
    "locale": _l("Language for our messages"),
    "background": _l("How do you know us?"),
    "interests": _l("What are you interested in?"),
    "districts": _l("Where in Stockholm would you like to work?"),
}


def consent_months() -> int:
    return current_app.config["CONSENT_MONTHS"]


def wording(purpose: str, locale: str) -> str:
    """The exact text shown for `purpose` in `locale`: the purpose and how long it lasts."""
    with force_locale(locale):
        months = consent_months()
        lasts = ngettext(
            "The consent lasts %(num)s month. You can withdraw it at any time.",
            "The consent lasts %(num)s months. You can withdraw it at any time.",
            months,
        )
        return f"{gettext(PURPOSE_TEXTS[Purpose(purpose)])} {lasts}"


def fingerprint(locale: str) -> str:
    """One hash over every purpose's wording in `locale`, carried through the form, so the
    wording a person read is the wording they agree to."""
    joined = "\n".join(wording(p, locale) for p in Purpose)
    return hashlib.sha256(joined.encode()).hexdigest()


def current_text(purpose: str, locale: str) -> ConsentText:
    """The ConsentText for today's wording, recorded as a new version if it changed.

    Call it before other changes in the session: a race with another worker is settled by
    rolling back and reading the version that worker recorded."""
    text = wording(purpose, locale)
    digest = hashlib.sha256(text.encode()).hexdigest()
    latest = db.session.scalar(
        select(ConsentText)
        .where(ConsentText.purpose == purpose, ConsentText.locale == locale)
        .order_by(ConsentText.version.desc())
        .limit(1)
    )
    if latest is not None and latest.sha256 == digest:
        return latest
    record = ConsentText(
        purpose=purpose,
        locale=locale,
        text=text,
        sha256=digest,
        version=(latest.version + 1) if latest else 1,
    )
    db.session.add(record)
    try:
        db.session.flush()
    except IntegrityError:  # another worker recorded the same new version first
        db.session.rollback()
        return current_text(purpose, locale)
    return record
