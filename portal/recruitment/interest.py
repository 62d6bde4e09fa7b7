"""'I'm interested' on a recruitment day page: the ordinary consent sign-up, with the
job-invitation purpose ticked and the day remembered in the sign-up's change request. When the
person confirms and their consent to invitations is active, they are invited to that day and
get its answer link by e-mail."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.contact import Contact, Purpose
from portal.models.recruitment import Invitation, RecruitmentDay
from portal.recruitment import consent_scope
from portal.recruitment.messages import INVITED, queue_notice_mail

DETAIL_KEY = "recruitment_day"  # in ContactChange.details


def _open_day(slug: str | None) -> RecruitmentDay | None:
    """The day named `slug`, if it can be invited to (consent_scope.invitable)."""
    if not slug:
        return None
    day = db.session.scalar(select(RecruitmentDay).where(RecruitmentDay.slug == slug))
    return day if day is not None and consent_scope.invitable(day, clock.today()) else None


def exists(slug: str) -> bool:
    return _open_day(slug) is not None


def remember(contact: Contact, slug: str | None, now: datetime) -> None:
    day = _open_day(slug)
    if day is None:
        return
    agreed = any(
        c.purpose == Purpose.JOB_INVITATIONS and c.is_active(now) for c in contact.consents
    )
    already = db.session.scalar(
        select(Invitation.id).where(
            Invitation.day_id == day.id, Invitation.contact_id == contact.id
        )
    )
    if not agreed or already:
        return
    invitation = Invitation(day_id=day.id, contact_id=contact.id, invited_at=now)
    db.session.add(invitation)
    db.session.flush()
    queue_notice_mail(contact, INVITED, day, invitation)
