"""People who asked to be contacted, and their consents.

Only what the purposes need is stored: an e-mail address, optionally a mobile number (only for
the SMS purpose), a name and a preferred language, a background, interests and the districts
where the person would like to work (none: anywhere in Stockholm). No personal
identity number, no IP address, no free text. Deleting a Contact deletes every personal detail
(consents and queued mail cascade); consent events then keep only anonymous facts.
"""

from __future__ import annotations

import enum
import re
import secrets
from datetime import datetime

from sqlalchemy import (
    JSON,
    ColumnElement,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    func,
)
from sqlalchemy.ext.hybrid import hybrid_method
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from portal.extensions import Base


class Purpose(enum.StrEnum):
    EDUCATION_INFO = "education_info"
    JOB_INVITATIONS = "job_invitations"
    NEWSLETTER = "newsletter"
    SMS_REMINDERS = "sms_reminders"


class Background(enum.StrEnum):
    BEMANNA_2020 = "bemanna_2020"
    PANDEMIC_STAFF = "pandemic_staff"
    OTHER = "other"


class EventKind(enum.StrEnum):
    GIVEN = "given"
    CONFIRMED = "confirmed"
    RENEWED = "renewed"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    DELETED = "deleted"


E164 = re.compile(r"\+[1-9]\d{6,14}")


def _public_id() -> str:
    return secrets.token_urlsafe(18)


class Contact(Base):
    __tablename__ = "contact"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What signed links name; never reused, so an old link can never reach a new person.
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=_public_id)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    name: Mapped[str | None] = mapped_column(String(100))
    locale: Mapped[str] = mapped_column(String(8))
    background: Mapped[str] = mapped_column(String(32))
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Slugs of the districts (stadsdelar) where the person would like to work; empty: anywhere.
    districts: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # When the owner of the address first confirmed (by a link we mailed there). Until then
    # the details are only what someone typed into a public form: no mail greets by that name.
    details_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    consents: Mapped[list[Consent]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )
    changes: Mapped[list[ContactChange]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )

    @validates("phone")
    def _phone_in_e164(self, _key: str, number: str | None) -> str | None:
        """Every way in (sign-up, manage page, confirmed changes) normalises the number with
        phonenumbers (contact/forms.py mobile_e164); anything else is a bug, refused here."""
        if number is not None and not E164.fullmatch(number):
            raise ValueError("Contact.phone must be in E.164 (+46701234567)")
        return number

    @property
    def greeting_name(self) -> str | None:
        """The name mail may greet with: only one the address owner has confirmed."""
        return self.name if self.details_confirmed_at else None


class ContactChange(Base):
    """What one sign-up (or one change on the manage page) asks to store, waiting for the
    owner of the address. The confirmation link names this row, so a link applies exactly what
    it was issued for, once; never later data, and never over a newer confirmed change."""

    __tablename__ = "contact_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    public_id: Mapped[str] = mapped_column(String(32), unique=True, default=_public_id)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    # Field -> new value (name, phone, locale, background, interests, districts, email).
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    # Purpose -> id of the ConsentText this request agreed to (the exact wording it showed).
    purposes: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)
    contact: Mapped[Contact] = relationship(back_populates="changes")


class ConsentText(Base):
    """The exact wording a person agreed to, per purpose, locale and version."""

    __tablename__ = "consent_text"
    __table_args__ = (UniqueConstraint("purpose", "locale", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32))
    locale: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class Consent(Base):
    __tablename__ = "consent"
    __table_args__ = (UniqueConstraint("contact_id", "purpose"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contact.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(32))
    consent_text_id: Mapped[int] = mapped_column(ForeignKey("consent_text.id"))
    locale: Mapped[str] = mapped_column(String(8))
    channel: Mapped[str] = mapped_column(String(16), default="web")
    given_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    renewal_sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    contact: Mapped[Contact] = relationship(back_populates="consents")
    consent_text: Mapped[ConsentText] = relationship()

    # The one definition of an active consent, in Python (`consent.is_active(now)`) and in SQL
    # (`select(Consent).where(Consent.is_active(now))`): confirmed, not withdrawn, and with an
    # end date still ahead. Every consent gets its end date when confirmed; one without is not
    # relied on (nobody is contacted on it) and the purge removes it.
    def _is_active(self, now: datetime) -> bool:
        return (
            self.confirmed_at is not None
            and self.withdrawn_at is None
            and self.expires_at is not None
            and self.expires_at > now
        )

    @classmethod
    def _is_active_sql(cls, now: datetime) -> ColumnElement[bool]:
        return and_(
            cls.confirmed_at.is_not(None),
            cls.withdrawn_at.is_(None),
            cls.expires_at.is_not(None),
            cls.expires_at > now,
        )

    is_active = hybrid_method(_is_active, _is_active_sql)


class ConsentEvent(Base):
    """Append-only: every change to a consent. The link to the person is cut when their data is
    deleted, leaving an anonymous record (purpose, what happened, when) for statistics."""

    __tablename__ = "consent_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    purpose: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))
    consent_text_id: Mapped[int | None] = mapped_column(ForeignKey("consent_text.id"))
    locale: Mapped[str] = mapped_column(String(8))
    occurred_at: Mapped[datetime] = mapped_column(DateTime)


class OutboxMessage(Base):
    """A message waiting to be sent, outside any web request (see portal/mail/).

    `kind` names the transport ("email"; other kinds register their own, e.g. SMS). A sender
    claims a row by setting `claimed_until` (a lease: a crashed sender's claim runs out), so
    any number of senders deliver each row once. A row with a `purpose` goes out only while
    the person's consent for that purpose is active at the moment of sending. Sent rows are
    deleted: their content is personal data with no further use."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(24), default="email", server_default="email")
    purpose: Mapped[str | None] = mapped_column(String(32))
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200), default="")
    text_body: Mapped[str] = mapped_column(Text, default="")
    html_body: Mapped[str] = mapped_column(Text, default="")
    headers: Mapped[dict] = mapped_column(JSON, default=dict)
    # What the message belongs to, for the feature's report: e.g. ("mailing_recipient", 42).
    source: Mapped[str | None] = mapped_column(String(24))
    source_id: Mapped[int | None] = mapped_column(Integer, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    # Not sent before this moment: a retry's back-off, or a bulk message's throttled slot.
    not_before: Mapped[datetime] = mapped_column(DateTime, index=True)
    claimed_until: Mapped[datetime | None] = mapped_column(DateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    failed_at: Mapped[datetime | None] = mapped_column(DateTime)  # given up: kept for the report
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
