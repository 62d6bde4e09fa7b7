"""Mailings (utskick): one message to everyone who agreed to one e-mail purpose.

A mailing is written (a text per locale, Swedish required), approved by a second person and
sent. Its recipients are decided person by person by the sender, outside requests; each person
gets at most one MailingRecipient row per mailing (a unique constraint), which is the report.
When a person is deleted their rows lose the link to them and keep only anonymous facts.
"""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from portal.extensions import Base


class MailingStatus(enum.StrEnum):
    DRAFT = "draft"
    APPROVED = "approved"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"


class RecipientStatus(enum.StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"  # the consent ended between queueing and sending
    CANCELLED = "cancelled"


class Mailing(Base):
    __tablename__ = "mailing"

    id: Mapped[int] = mapped_column(primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=MailingStatus.DRAFT)
    # Optional narrowing: only people who gave one of these backgrounds / interests.
    backgrounds: Mapped[list[str]] = mapped_column(JSON, default=list)
    interests: Mapped[list[str]] = mapped_column(JSON, default=list)
    # District slugs: people who chose one of them, and everyone who chose none (anywhere).
    districts: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # An invitation to a recruitment day: each message carries the person's answer link and
    # each recipient gets an Invitation row (portal/recruitment/invitations.py).
    recruitment_day_id: Mapped[int | None] = mapped_column(
        ForeignKey("recruitment_day.id", ondelete="SET NULL")
    )
    version: Mapped[int] = mapped_column(Integer, default=1)  # an approval names the version
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    approved_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime)
    sent_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    send_started_at: Mapped[datetime | None] = mapped_column(DateTime)
    # The sender adds recipients in contact id order; this is how far it has come.
    queued_up_to: Mapped[int] = mapped_column(Integer, default=0)
    all_queued_at: Mapped[datetime | None] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    cancelled_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime)
    texts: Mapped[list[MailingText]] = relationship(
        back_populates="mailing", cascade="all, delete-orphan", order_by="MailingText.locale"
    )

    def text_for(self, locale: str) -> MailingText:
        """The text in `locale`, else the Swedish one (every mailing has one)."""
        by_locale = {t.locale: t for t in self.texts}
        return by_locale.get(locale) or by_locale["sv"]


class MailingText(Base):
    __tablename__ = "mailing_text"
    __table_args__ = (UniqueConstraint("mailing_id", "locale"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(ForeignKey("mailing.id", ondelete="CASCADE"))
    locale: Mapped[str] = mapped_column(String(8))
    subject: Mapped[str] = mapped_column(String(150))
    body: Mapped[str] = mapped_column(Text)  # Markdown, sanitised when rendered
    mailing: Mapped[Mailing] = relationship(back_populates="texts")


class MailingRecipient(Base):
    __tablename__ = "mailing_recipient"
    __table_args__ = (UniqueConstraint("mailing_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(
        ForeignKey("mailing.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    locale: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16), default=RecipientStatus.QUEUED)
    error: Mapped[str | None] = mapped_column(String(200))
    queued_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
