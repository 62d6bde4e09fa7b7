"""Answering an invitation through its signed link, without an account.

The link names the person (public id) and the day. An answer can be given and changed until
the day itself; not after it, not for a cancelled day, and not by someone whose consent to
invitations has ended. "I'm coming" is refused with a clear message when the places are
taken. Answers for one day take turns (see `_take_turn`), so two people answering at once
cannot take the last place twice."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update

from portal import clock
from portal.contact import tokens
from portal.extensions import db
from portal.models.contact import Consent, Contact, Purpose
from portal.models.recruitment import Answer, Invitation, RecruitmentDay

# Why an answer cannot be given (None: it can).
PAST, CANCELLED, WITHDRAWN, FULL = "past", "cancelled", "withdrawn", "full"


@dataclass
class Link:
    contact: Contact
    day: RecruitmentDay
    invitation: Invitation | None


def read(token: str) -> Link | None:
    data = tokens.read("rsvp", token)
    if not data or not isinstance(data.get("d"), int):
        return None
    contact = db.session.scalar(select(Contact).where(Contact.public_id == data.get("p")))
    day = db.session.get(RecruitmentDay, data["d"])
    if contact is None or day is None:
        return None
    invitation = db.session.scalar(
        select(Invitation).where(Invitation.day_id == day.id, Invitation.contact_id == contact.id)
    )
    return Link(contact, day, invitation)


def closed_reason(link: Link) -> str | None:
    if link.day.cancelled:
        return CANCELLED
    if link.day.day < clock.today():
        return PAST
    consent = db.session.scalar(
        select(Consent).where(
            Consent.contact_id == link.contact.id, Consent.purpose == Purpose.JOB_INVITATIONS
        )
    )
    if consent is None or not consent.is_active(clock.now()):
        return WITHDRAWN
    return None


def places_left(day: RecruitmentDay) -> int | None:
    if day.capacity is None:
        return None
    taken = db.session.scalar(
        select(func.count(Invitation.id)).where(
            Invitation.day_id == day.id, Invitation.answer == Answer.COMING
        )
    )
    return max(day.capacity - (taken or 0), 0)


def _take_turn(day: RecruitmentDay) -> None:
    """Wait until no other answer to `day` is in progress, and hold it off until commit.

    A write to the day's row (one that changes nothing) does this on every database:
    PostgreSQL locks the row, SQLite takes its single write lock. A SELECT ... FOR UPDATE
    would not do on SQLite, which ignores it and reads outside any transaction: there two
    people could both count the last place as free."""
    db.session.execute(
        update(RecruitmentDay)
        .where(RecruitmentDay.id == day.id)
        .values(updated_at=RecruitmentDay.updated_at)  # as it was: no onupdate either
        .execution_options(synchronize_session=False)
    )


def answer(link: Link, value: str) -> str | None:
    """Store the answer; returns why it was refused, or None when stored."""
    reason = closed_reason(link)
    if reason:
        return reason
    _take_turn(link.day)
    invitation = link.invitation
    already = invitation is not None and invitation.answer == Answer.COMING
    if value == Answer.COMING and not already and places_left(link.day) == 0:
        db.session.rollback()
        return FULL
    if invitation is None:
        invitation = Invitation(day_id=link.day.id, contact_id=link.contact.id)
        db.session.add(invitation)
        link.invitation = invitation
    invitation.answer = value
    invitation.answered_at = clock.now()
    db.session.commit()
    return None
