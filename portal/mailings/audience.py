"""Who receives a mailing: people whose consent for its purpose is confirmed, unexpired and
not withdrawn at the moment the sender looks, narrowed by background, interests and districts
if the mailing says so (a person who chose no district, anywhere, is in every district).
Read in contact id order, in batches, so a mailing can resume anywhere."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import and_, select

from portal import clock
from portal.contact import districts
from portal.extensions import db
from portal.models.contact import Consent, Contact, Purpose
from portal.models.mailing import Mailing

EMAIL_PURPOSES = (Purpose.EDUCATION_INFO, Purpose.JOB_INVITATIONS, Purpose.NEWSLETTER)


def active_consent(purpose: str):
    """SQL for an active consent for `purpose`, by the one definition (Consent.is_active)."""
    return and_(Consent.purpose == purpose, Consent.is_active(clock.now()))


def _query(mailing: Mailing, after: int = 0):
    stmt = (
        select(Contact)
        .join(Consent, Consent.contact_id == Contact.id)
        .where(active_consent(mailing.purpose), Contact.id > after)
        .order_by(Contact.id)
    )
    if mailing.backgrounds:
        stmt = stmt.where(Contact.background.in_(mailing.backgrounds))
    return stmt


def _wanted(mailing: Mailing, contact: Contact) -> bool:
    # Interests and districts are JSON lists: matched here, the same way on every database.
    interested = not mailing.interests or bool(
        set(mailing.interests) & set(contact.interests or [])
    )
    return interested and districts.matches(mailing.districts, contact.districts)


def batch(mailing: Mailing, after: int, size: int) -> tuple[list[Contact], int | None]:
    """The next recipients after contact id `after`, and the last id looked at (None: done)."""
    scanned = db.session.scalars(_query(mailing, after).limit(size)).all()
    if not scanned:
        return [], None
    return [c for c in scanned if _wanted(mailing, c)], scanned[-1].id


def counts(mailing: Mailing) -> Counter:
    """How many would receive it now, per language they would get (never who)."""
    written = {t.locale for t in mailing.texts}
    result: Counter = Counter()
    for contact in db.session.scalars(_query(mailing)):
        if _wanted(mailing, contact):
            result[contact.locale if contact.locale in written else "sv"] += 1
    return result
