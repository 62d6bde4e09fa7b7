"""The SMS reminder the day before a recruitment day (`flask --app portal reminders send-due`).

Everyone who said they are coming to a planned day tomorrow, and holds an active SMS consent
and a mobile number, gets one short text in their language. Each invitation is claimed by
setting `reminder_queued_at` in the same statement that checks it is empty, in the transaction
that queues the SMS: running the command twice, or twice at once, queues one reminder each.
Nothing goes for a cancelled day or to anyone without the SMS consent; the sender checks the
consent again just before the message leaves. A reminder still waiting in the outbox when its
day moves or is cancelled is taken back (`withdraw_waiting`): it names the old date, time or
place."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import cast

from sqlalchemy import CursorResult, delete, or_, select, update
from sqlalchemy.orm import selectinload

from portal import clock
from portal.extensions import db
from portal.models.contact import Contact, OutboxMessage
from portal.models.recruitment import Answer, DayStatus, Invitation, RecruitmentDay
from portal.recruitment.messages import REMINDER, REMINDER_SOURCE, queue_sms
from portal.recruitment.notices import sms_allowed


def send_due() -> Counter:
    """Queue tomorrow's reminders; returns counts: queued, already, no_consent, cancelled."""
    tomorrow = clock.today() + timedelta(days=1)
    rows = db.session.scalars(
        select(Invitation)
        .join(RecruitmentDay, RecruitmentDay.id == Invitation.day_id)
        .where(RecruitmentDay.day == tomorrow, Invitation.answer == Answer.COMING)
        .options(
            selectinload(Invitation.contact).selectinload(Contact.consents),
            selectinload(Invitation.recruitment_day),
        )
        .order_by(Invitation.id)
    ).all()
    counts: Counter = Counter(queued=0, already=0, no_consent=0, cancelled=0)
    now = clock.now()
    for invitation in rows:
        day = invitation.recruitment_day
        if day.status == DayStatus.CANCELLED:
            counts["cancelled"] += 1
        elif invitation.reminder_queued_at is not None:
            counts["already"] += 1
        elif not sms_allowed(invitation.contact):
            counts["no_consent"] += 1
        elif _claim(invitation, now):
            queue_sms(invitation.contact, REMINDER, day, invitation)
            counts["queued"] += 1
        else:
            counts["already"] += 1  # another run claimed it meanwhile
    db.session.commit()
    return counts


def _claim(invitation: Invitation, now) -> bool:
    result = db.session.execute(
        update(Invitation)
        .where(Invitation.id == invitation.id, Invitation.reminder_queued_at.is_(None))
        .values(reminder_queued_at=now)
        .execution_options(synchronize_session=False)
    )
    return cast(CursorResult, result).rowcount == 1


def withdraw_waiting(day: RecruitmentDay) -> int:
    """Take back the reminders for `day` not yet sent (one a sender holds right now goes out,
    one given up on stays as it is); their invitations can be reminded again, with what the day
    now says, by a later run before the day."""
    now = clock.now()
    waiting = db.session.scalars(
        delete(OutboxMessage)
        .where(
            OutboxMessage.source == REMINDER_SOURCE,
            OutboxMessage.source_id.in_(select(Invitation.id).where(Invitation.day_id == day.id)),
            or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            OutboxMessage.failed_at.is_(None),  # given up on: kept for the report, not retried
        )
        .returning(OutboxMessage.source_id)
        .execution_options(synchronize_session=False)
    ).all()
    if waiting:
        db.session.execute(
            update(Invitation)
            .where(Invitation.id.in_(waiting))
            .values(reminder_queued_at=None)
            .execution_options(synchronize_session=False)
        )
    return len(waiting)
