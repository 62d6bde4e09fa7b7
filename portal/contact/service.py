"""What happens to a person's data: sign-up, confirmation, withdrawal, export and deletion.

Every change to a consent appends a ConsentEvent. Sign-ups and other changes that wait for the
owner of the address to confirm them live in changes.py.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import delete, select, update
from sqlalchemy.orm import selectinload

from portal import clock
from portal.contact import link_requests, messages, texts
from portal.extensions import db
from portal.models.contact import (
    Consent,
    ConsentEvent,
    Contact,
    ContactChange,
    EventKind,
    OutboxMessage,
    Purpose,
)

# How long before a consent ends we ask whether to keep it (flask consent remind --days).
RENEWAL_NOTICE_DAYS = 30


def normalise_email(address: str) -> str:
    return address.strip().lower()


def months_from(moment: datetime, months: int) -> datetime:
    return moment + timedelta(days=round(months * 365.25 / 12))


def record_event(contact: Contact, consent: Consent, kind: EventKind, when: datetime) -> None:
    db.session.add(
        ConsentEvent(
            contact_id=contact.id,
            purpose=consent.purpose,
            kind=kind,
            consent_text_id=consent.consent_text_id,
            locale=consent.locale,
            occurred_at=when,
        )
    )


def find_contact(public_id: str | None) -> Contact | None:
    if not public_id:
        return None
    return db.session.scalar(select(Contact).where(Contact.public_id == public_id))


def withdraw(contact: Contact, purposes: list[str]) -> bool:
    """Withdraw consent for `purposes`. When nothing is left, the person's data is deleted at
    once. Returns True when the person was deleted."""
    now = clock.now()
    for consent in contact.consents:
        if consent.purpose in purposes and consent.withdrawn_at is None:
            consent.withdrawn_at = now
            record_event(contact, consent, EventKind.WITHDRAWN, now)
            if consent.purpose == Purpose.SMS_REMINDERS:
                contact.phone = None  # kept only for text messages
    remaining = [c for c in contact.consents if c.withdrawn_at is None]
    if not remaining:
        delete_person(contact, now)
        db.session.commit()
        return True
    db.session.commit()
    return False


def delete_person(contact: Contact, when: datetime) -> None:
    """Delete every personal detail; the events keep only purpose, kind, locale and time."""
    for consent in contact.consents:
        record_event(contact, consent, EventKind.DELETED, when)
    db.session.flush()
    contact_id = contact.id
    db.session.delete(contact)
    db.session.flush()
    # Explicitly too, since SQLite does not enforce ON DELETE by default: cut the events' link,
    # and drop mail still waiting for the person (a receipt must not outlive their data).
    db.session.execute(
        update(ConsentEvent).where(ConsentEvent.contact_id == contact_id).values(contact_id=None)
    )
    db.session.execute(delete(OutboxMessage).where(OutboxMessage.contact_id == contact_id))


def renew(contact: Contact, purposes: list[str]) -> None:
    now = clock.now()
    for consent in contact.consents:
        if consent.purpose in purposes and consent.is_active(now):
            consent.expires_at = months_from(now, texts.consent_months())
            consent.renewal_sent_at = None
            record_event(contact, consent, EventKind.RENEWED, now)
    db.session.commit()


def update_details(
    contact: Contact,
    name: str | None,
    phone: str | None,
    interests: list[str],
    locale: str,
    districts: list[str] | None = None,
) -> None:
    """Corrections from the manage page, which only the owner of the address can open."""
    contact.name, contact.phone, contact.interests, contact.locale = name, phone, interests, locale
    if districts is not None:
        contact.districts = districts
    contact.details_confirmed_at = contact.details_confirmed_at or clock.now()
    db.session.commit()


def request_manage_link(address: str) -> None:
    """Queue the request; the sender mails a manage link if the address is registered. The
    request does the same work for every address, so neither answer nor timing tells."""
    link_requests.queue(normalise_email(address))
    db.session.commit()


def purge() -> dict[str, int]:
    """Delete what may no longer be kept: unconfirmed sign-ups after UNCONFIRMED_DAYS, expired
    and withdrawn consents, and people with nothing left. Safe to run again."""
    now = clock.now()
    counts = {"expired": 0, "unconfirmed": 0, "people_deleted": 0}
    stale_before = now - timedelta(days=current_app.config["UNCONFIRMED_DAYS"])
    everyone = select(Contact).options(selectinload(Contact.consents))
    for contact in db.session.scalars(everyone).all():
        for consent in list(contact.consents):
            if consent.confirmed_at is None and consent.given_at < stale_before:
                counts["unconfirmed"] += 1
            elif consent.withdrawn_at is not None:
                pass  # withdrawn: removed below
            elif consent.confirmed_at is None or consent.is_active(now):
                continue  # awaiting confirmation, or still in force
            else:
                record_event(contact, consent, EventKind.EXPIRED, now)
                counts["expired"] += 1
            contact.consents.remove(consent)
        if not contact.consents:
            delete_person(contact, now)
            counts["people_deleted"] += 1
    # Change requests nobody confirmed in time: they may hold a stranger's details.
    db.session.execute(
        delete(ContactChange).where(
            ContactChange.applied_at.is_(None), ContactChange.created_at < stale_before
        )
    )
    db.session.commit()
    current_app.logger.info("consent purge: %s", counts)
    return counts


def send_renewal_reminders(days_before: int = RENEWAL_NOTICE_DAYS) -> int:
    """Ask people whose consent ends within `days_before` days whether to keep it."""
    now = clock.now()
    horizon = now + timedelta(days=days_before)
    due = db.session.scalars(
        select(Consent).where(
            Consent.is_active(now),
            Consent.renewal_sent_at.is_(None),
            Consent.expires_at <= horizon,
        )
    ).all()
    by_contact: dict[int, list[Consent]] = {}
    for consent in due:
        by_contact.setdefault(consent.contact_id, []).append(consent)
    for consents in by_contact.values():
        messages.renewal(consents[0].contact, [c.purpose for c in consents])
        for consent in consents:
            consent.renewal_sent_at = now
    db.session.commit()
    return len(by_contact)


def active_purposes(contact: Contact) -> list[str]:
    now = clock.now()
    return [c.purpose for c in contact.consents if c.is_active(now)]


ALL_PURPOSES = [p.value for p in Purpose]
