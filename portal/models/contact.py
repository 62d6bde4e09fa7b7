"""People who asked to be contacted, and their consents.

Only what the purposes need is stored: an e-mail address, optionally a mobile number (only for
the SMS purpose), a name and a preferred language, a background and interests. No personal
identity number, no IP address, no free text. Deleting a Contact deletes every personal detail
(consents and queued mail cascade); consent events then keep only anonymous facts.
"""

from __future__ import annotations

import enum
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
from sqlalchemy.orm import Mapped, mapped_column, relationship

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
    # Profile changes from a repeated sign-up, applied only when the address owner confirms.
    pending: Mapped[dict | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    consents: Mapped[list[Consent]] = relationship(
        back_populates="contact", cascade="all, delete-orphan", passive_deletes=True
    )


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
    """Mail waiting to be sent: nothing is lost when the SMTP server is down."""

    __tablename__ = "outbox_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="CASCADE"), index=True
    )
    to_address: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str] = mapped_column(Text)
    headers: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(String(200))
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
