"""Sign-ups and every other change someone asks for, confirmed by the owner of the address.

Each request (a sign-up, giving a purpose again, a new e-mail address) is stored as one
ContactChange and mailed as a link naming that row. Confirming applies exactly that row, once:
an old link never applies newer data, and a change older than one already confirmed is never
applied over it. A brand-new person is stored at once (unconfirmed, deleted after the
confirmation period); a registered person's details change only through their own link.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from portal import clock
from portal.contact import messages, texts
from portal.contact.service import months_from, normalise_email, record_event
from portal.extensions import db
from portal.models.contact import (
    Consent,
    ConsentEvent,
    ConsentText,
    Contact,
    ContactChange,
    EventKind,
)
from portal.recruitment import interest

# What a sign-up may propose to change, in the order the confirm page lists them.
DETAIL_FIELDS = ("email", "name", "phone", "locale", "background", "interests", "districts")


@dataclass
class SignUp:
    email: str
    purposes: list[str]
    locale: str  # the language of the page where the consent was given
    language: str  # the language the person wants our messages in
    background: str | None = None
    interests: list[str] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)  # slugs; none: anywhere
    name: str | None = None
    phone: str | None = None
    recruitment_day: str | None = None  # slug of the day an "I'm interested" link named

    def details(self) -> dict:
        return {
            "name": self.name,
            "phone": self.phone,
            "locale": self.language,
            "background": self.background,
            "interests": self.interests,
            "districts": self.districts,
        }


def sign_up(data: SignUp, retry: bool = True) -> None:
    """Record the sign-up and queue the mail to the address (sent outside the request)."""
    try:
        _record_sign_up(data)
        db.session.commit()
    except IntegrityError:
        # The same address signed up at the same moment: the other request created the person,
        # so this one now updates them (under the row lock). Once only; never a loop.
        db.session.rollback()
        if not retry:
            raise
        sign_up(data, retry=False)


def _record_sign_up(data: SignUp):
    consent_texts = {p: texts.current_text(p, data.locale) for p in data.purposes}
    now = clock.now()
    email = normalise_email(data.email)
    # Locked until commit, so sign-ups for one address (on PostgreSQL) take turns.
    contact = db.session.scalar(select(Contact).where(Contact.email == email).with_for_update())
    if contact is None:
        contact = Contact(email=email, **data.details())
        db.session.add(contact)
        db.session.flush()  # a concurrent first sign-up fails here, inside the retry
        proposed = data.details()
    else:
        # Only what was filled in is proposed; an empty optional field changes nothing.
        proposed = {
            key: value
            for key, value in data.details().items()
            if value not in (None, "", []) and getattr(contact, key) != value
        }
    if data.recruitment_day:  # not a detail of the person: remembered for confirm()
        proposed[interest.DETAIL_KEY] = data.recruitment_day
    change = ContactChange(contact=contact, details=proposed, purposes={}, created_at=now)
    db.session.add(change)
    _give(contact, change, consent_texts, data.locale, now)
    db.session.flush()
    if not change.purposes and not change.details:
        # Nothing new to confirm: the owner gets their manage link instead of a dead button.
        db.session.delete(change)
        return messages.manage_link(contact)
    # A confirmed person's mail stays in the language they chose, not in one a stranger picks.
    language = contact.locale if contact.details_confirmed_at else data.language
    return messages.confirmation(contact, change, language)


def _give(contact: Contact, change: ContactChange, consent_texts: dict, locale: str, now) -> None:
    """Mark each purpose as given by this request (unconfirmed), unless already in force."""
    existing = {c.purpose: c for c in contact.consents}
    for purpose, text in consent_texts.items():
        consent = existing.get(purpose)
        if consent is not None and consent.is_active(now):
            continue  # already agreed and confirmed: nothing to ask again
        if consent is None:
            consent = Consent(contact=contact, purpose=purpose)
            db.session.add(consent)
        consent.consent_text_id, consent.locale, consent.channel = text.id, locale, "web"
        consent.given_at, consent.confirmed_at, consent.withdrawn_at = now, None, None
        consent.expires_at = None
        db.session.flush()
        record_event(contact, consent, EventKind.GIVEN, now)
        change.purposes = {**change.purposes, purpose: text.id}


def give_again(contact: Contact, purposes: list[str], locale: str, phone: str | None) -> None:
    """From the manage page: purposes given again wait for a confirmation link, as at sign-up.
    A new mobile number for text messages travels with that request."""
    consent_texts = {p: texts.current_text(p, locale) for p in purposes}
    now = clock.now()
    details = {"phone": phone} if phone and phone != contact.phone else {}
    change = ContactChange(contact=contact, details=details, purposes={}, created_at=now)
    db.session.add(change)
    _give(contact, change, consent_texts, locale, now)
    db.session.flush()
    messages.confirmation(contact, change, contact.locale)
    db.session.commit()


def request_email_change(contact: Contact, new_address: str) -> None:
    """The new address must confirm before it replaces the old one."""
    change = ContactChange(
        contact=contact,
        details={"email": normalise_email(new_address)},
        purposes={},
        created_at=clock.now(),
    )
    db.session.add(change)
    db.session.flush()
    messages.email_change(contact, change)
    db.session.commit()


def find_change(contact: Contact | None, public_id: str | None) -> ContactChange | None:
    if contact is None or not public_id:
        return None
    return db.session.scalar(
        select(ContactChange).where(
            ContactChange.contact_id == contact.id, ContactChange.public_id == public_id
        )
    )


def superseded(change: ContactChange) -> bool:
    """True when a later change for the same person has already been confirmed."""
    later = select(ContactChange.id).where(
        ContactChange.contact_id == change.contact_id,
        ContactChange.id > change.id,
        ContactChange.applied_at.is_not(None),
    )
    return db.session.scalar(later.limit(1)) is not None


def email_taken(change: ContactChange) -> bool:
    address = change.details.get("email")
    if not address:
        return False
    other = select(Contact.id).where(Contact.email == address, Contact.id != change.contact_id)
    return db.session.scalar(other) is not None


@dataclass
class Preview:
    """What confirming a change would do, for the confirm page."""

    purposes: list[tuple[str, ConsentText]]  # each with the exact wording being confirmed
    details: list[tuple[str, object, object]]  # (field, stored value, new value)
    first_time: bool  # the person's details were never confirmed: all of them are shown

    @property
    def empty(self) -> bool:
        return not self.purposes and not self.details


def preview(change: ContactChange) -> Preview:
    contact = change.contact
    purposes = [(c.purpose, _text(change, c.purpose)) for c in _consents_to_confirm(change)]
    first_time = contact.details_confirmed_at is None
    details = []
    if change.applied_at is None and not superseded(change) and not email_taken(change):
        for key in DETAIL_FIELDS:
            if key not in change.details:
                continue
            old, new = getattr(contact, key), change.details[key]
            if first_time and new in (None, "", []):
                continue  # nothing given, nothing to show
            if first_time or old != new:
                details.append((key, None if first_time else old, new))
    return Preview(purposes=purposes, details=details, first_time=first_time)


def _text(change: ContactChange, purpose: str) -> ConsentText:
    """The wording this request showed for `purpose` (versions are never deleted)."""
    return db.session.get_one(ConsentText, change.purposes[purpose])


def _consents_to_confirm(change: ContactChange) -> list[Consent]:
    # A link confirms a purpose that is still waiting for confirmation, unless the person
    # withdrew it after this request: a withdrawal always wins over an older link.
    withdrawn_since = set(
        db.session.scalars(
            select(ConsentEvent.purpose).where(
                ConsentEvent.contact_id == change.contact_id,
                ConsentEvent.kind == EventKind.WITHDRAWN,
                ConsentEvent.occurred_at >= change.created_at,
            )
        )
    )
    return [
        c
        for c in change.contact.consents
        if c.purpose in change.purposes
        and c.confirmed_at is None
        and c.withdrawn_at is None
        and c.purpose not in withdrawn_since
    ]


def confirm(change: ContactChange) -> str | None:
    """Confirm what the change asks for, and mail a receipt when a consent was confirmed.
    Harmless to repeat. Returns what was done: "consents", "details" or None (nothing)."""
    now = clock.now()
    contact = change.contact
    shown = preview(change)
    confirmed = _consents_to_confirm(change)
    for consent in confirmed:
        # What is confirmed is what this link's request agreed to, not a later sign-up's text.
        text = _text(change, consent.purpose)
        consent.consent_text_id, consent.locale = text.id, text.locale
        consent.given_at = change.created_at
        consent.confirmed_at = now
        consent.expires_at = months_from(now, texts.consent_months())
        record_event(contact, consent, EventKind.CONFIRMED, now)
    for key, _old, new in shown.details:
        setattr(contact, key, new)
    if change.applied_at is None and (shown.details or confirmed):
        change.applied_at = now
        contact.details_confirmed_at = contact.details_confirmed_at or now
    interest.remember(contact, change.details.get(interest.DETAIL_KEY), now)
    if not confirmed:
        db.session.commit()
        return "details" if shown.details else None
    messages.receipt(contact, [c for c in contact.consents if c.is_active(now)])
    db.session.commit()
    return "consents"
