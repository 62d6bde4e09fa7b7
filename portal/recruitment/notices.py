"""A cancelled or moved recruitment day: everyone who said they are coming is told, by e-mail
(the job-invitation purpose they were invited under) and by SMS where they hold an active SMS
consent and a mobile number. Queued in the editor's transaction, so a save and its notices are
stored together or not at all; the sender delivers them and checks consent again."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal import clock
from portal.extensions import db
from portal.models.contact import Contact, Purpose
from portal.models.recruitment import Answer, Invitation, RecruitmentDay
from portal.recruitment.messages import CANCELLED, MOVED, queue_notice_mail, queue_sms

__all__ = ["CANCELLED", "MOVED", "queue", "sms_allowed"]


def sms_allowed(contact: Contact) -> bool:
    """An active (confirmed, unexpired, not withdrawn) SMS consent and a number to send to."""
    now = clock.now()
    return bool(contact.phone) and any(
        c.purpose == Purpose.SMS_REMINDERS and c.is_active(now) for c in contact.consents
    )


def coming(day: RecruitmentDay) -> list[Invitation]:
    return list(
        db.session.scalars(
            select(Invitation)
            .where(Invitation.day_id == day.id, Invitation.answer == Answer.COMING)
            .options(selectinload(Invitation.contact).selectinload(Contact.consents))
            .order_by(Invitation.id)
        )
    )


def queue(day: RecruitmentDay, kind: str) -> int:
    """Queue the notice to everyone coming; returns how many people it goes to."""
    invitations = coming(day)
    for invitation in invitations:
        contact = invitation.contact
        queue_notice_mail(contact, kind, day, invitation)
        if sms_allowed(contact):
            queue_sms(contact, kind, day, invitation)
    return len(invitations)
