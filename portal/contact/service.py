"""What happens to a person's data: sign-up, confirmation, withdrawal, export and deletion.

Every change to a consent appends a ConsentEvent. Changes asked for by a form that anyone can
fill in (a sign-up with an address that is already registered) wait for the confirmation link
in that person's inbox before they touch what is stored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import selectinload

from portal import clock, mail
from portal.contact import messages, texts
from portal.extensions import db
from portal.models.contact import Consent, ConsentEvent, Contact, EventKind, Purpose


@dataclass
class SignUp:
    email: str
    purposes: list[str]
    locale: str  # the language of the page where the consent was given
    language: str  # the language the person wants our messages in
    background: str
    interests: list[str]
    name: str | None = None
    phone: str | None = None


def normalise_email(address: str) -> str:
    return address.strip().lower()


def months_from(moment: datetime, months: int) -> datetime:
    return moment + timedelta(days=round(months * 365.25 / 12))


def _event(contact: Contact, consent: Consent, kind: EventKind, when: datetime) -> None:
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


def sign_up(data: SignUp, retry: bool = True) -> bool:
    """Record the sign-up and queue the confirmation e-mail; True if the mail went out now."""
    consent_texts = {p: texts.current_text(p, data.locale) for p in data.purposes}
    now = clock.now()
    email = normalise_email(data.email)
    contact = db.session.scalar(select(Contact).where(Contact.email == email))
    profile = {
        "name": data.name,
        "phone": data.phone,
        "locale": data.language,
        "background": data.background,
        "interests": data.interests,
    }
    if contact is None:
        contact = Contact(email=email, **profile)
        db.session.add(contact)
    else:
        contact.pending = profile  # applied when the owner of the address confirms
    db.session.flush()
    existing = {c.purpose: c for c in contact.consents}
    for purpose, text in consent_texts.items():
        consent = existing.get(purpose)
        if consent is not None and consent.is_active(now):
            continue  # already agreed and confirmed: nothing to ask again
        if consent is None:
            consent = Consent(contact=contact, purpose=purpose)
            db.session.add(consent)
        consent.consent_text_id, consent.locale, consent.channel = text.id, data.locale, "web"
        consent.given_at, consent.confirmed_at, consent.withdrawn_at = now, None, None
        consent.expires_at = None
        db.session.flush()
        _event(contact, consent, EventKind.GIVEN, now)
    message = messages.confirmation(contact, data.purposes, data.language)
    try:
        db.session.commit()
    except IntegrityError:
        # The same address signed up at the same moment (a double submit): the other request
        # created the person, so this one now updates them. Once only; never a loop.
        db.session.rollback()
        if not retry:
            raise
        return sign_up(data, retry=False)
    return mail.send(message)


def confirm(contact: Contact, purposes: list[str]) -> None:
    """Confirm the purposes named in the link. Harmless to repeat."""
    now = clock.now()
    months = texts.consent_months()
    for consent in contact.consents:
        if (
            consent.purpose in purposes
            and consent.confirmed_at is None
            and consent.withdrawn_at is None
        ):
            consent.confirmed_at, consent.expires_at = now, months_from(now, months)
            _event(contact, consent, EventKind.CONFIRMED, now)
    if contact.pending:
        for key, value in contact.pending.items():
            setattr(contact, key, value)
        contact.pending = None
    db.session.commit()


def withdraw(contact: Contact, purposes: list[str]) -> bool:
    """Withdraw consent for `purposes`. When nothing is left, the person's data is deleted at
    once. Returns True when the person was deleted."""
    now = clock.now()
    for consent in contact.consents:
        if consent.purpose in purposes and consent.withdrawn_at is None:
            consent.withdrawn_at = now
            _event(contact, consent, EventKind.WITHDRAWN, now)
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
        _event(contact, consent, EventKind.DELETED, when)
    db.session.flush()
    contact_id = contact.id
    db.session.delete(contact)
    db.session.flush()
    # Cut the link explicitly too: SQLite does not enforce ON DELETE SET NULL by default.
    db.session.execute(
        update(ConsentEvent).where(ConsentEvent.contact_id == contact_id).values(contact_id=None)
    )


def renew(contact: Contact, purposes: list[str]) -> None:
    now = clock.now()
    for consent in contact.consents:
        if consent.purpose in purposes and consent.is_active(now):
            consent.expires_at = months_from(now, texts.consent_months())
            consent.renewal_sent_at = None
            _event(contact, consent, EventKind.RENEWED, now)
    db.session.commit()


def change_language(contact: Contact, locale: str) -> None:
    contact.locale = locale
    db.session.commit()


def request_manage_link(address: str) -> None:
    """Mail a manage link if the address is registered. The caller answers the same either way."""
    contact = db.session.scalar(select(Contact).where(Contact.email == normalise_email(address)))
    if contact is None:
        return
    message = messages.manage_link(contact)
    db.session.commit()
    mail.send(message)


def export(contact: Contact) -> dict:
    """Everything stored about the person (GDPR art. 15 and 20), consent history included."""
    events = db.session.scalars(
        select(ConsentEvent)
        .where(ConsentEvent.contact_id == contact.id)
        .order_by(ConsentEvent.occurred_at, ConsentEvent.id)
    )

    def iso(moment):
        return moment.isoformat() + "Z" if moment else None

    return {
        "controller": "Arbetsmarknadsförvaltningen, Stockholms stad",
        "contact": {
            "email": contact.email,
            "phone": contact.phone,
            "name": contact.name,
            "language": contact.locale,
            "background": contact.background,
            "interests": contact.interests,
            "registered_at": iso(contact.created_at),
        },
        "consents": [
            {
                "purpose": c.purpose,
                "wording": c.consent_text.text,
                "wording_version": c.consent_text.version,
                "wording_sha256": c.consent_text.sha256,
                "wording_language": c.locale,
                "channel": c.channel,
                "given_at": iso(c.given_at),
                "confirmed_at": iso(c.confirmed_at),
                "expires_at": iso(c.expires_at),
                "withdrawn_at": iso(c.withdrawn_at),
            }
            for c in contact.consents
        ],
        "history": [
            {"purpose": e.purpose, "event": e.kind, "at": iso(e.occurred_at)} for e in events
        ],
    }


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
                _event(contact, consent, EventKind.EXPIRED, now)
                counts["expired"] += 1
            contact.consents.remove(consent)
        if not contact.consents:
            delete_person(contact, now)
            counts["people_deleted"] += 1
    db.session.commit()
    current_app.logger.info("consent purge: %s", counts)
    return counts


def send_renewal_reminders(days_before: int = 30) -> int:
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
    queued = []
    for consents in by_contact.values():
        contact = consents[0].contact
        queued.append(messages.renewal(contact, [c.purpose for c in consents]))
        for consent in consents:
            consent.renewal_sent_at = now
    db.session.commit()
    for message in queued:
        mail.send(message)
    return len(queued)


def active_purposes(contact: Contact) -> list[str]:
    now = clock.now()
    return [c.purpose for c in contact.consents if c.is_active(now)]


ALL_PURPOSES = [p.value for p in Purpose]
