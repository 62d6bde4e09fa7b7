"""A mailing on its way, outside requests (run by the mail worker each round).

1. Queue: for each mailing being sent, the next batch of people who may receive it now get a
   MailingRecipient row (unique per mailing and person) and an outbox message in their
   language, in one transaction. Messages get send times spaced to MAILING_PER_MINUTE, across
   all mailings, so any number of senders keep the pace together. The mailing row is locked
   (SKIP LOCKED) while a batch is queued and its cursor only moves forward, so two workers
   never queue one person twice and a crash resumes where the last commit left off.
2. Send: the ordinary outbox sender; it skips anyone whose consent ended after queueing.
3. Report: the sender's outcome updates each recipient row; a mailing whose rows are all
   finished is marked sent.
"""

from __future__ import annotations

from datetime import timedelta

from flask import current_app
from sqlalchemy import event, func, select, update
from sqlalchemy.exc import IntegrityError

from portal import clock, mail
from portal.extensions import db
from portal.mail.worker import register_producer
from portal.mailings import audience, content
from portal.mailings.workflow import SOURCE, changed_rows
from portal.models.contact import Contact, OutboxMessage
from portal.models.mailing import Mailing, MailingRecipient, MailingStatus
from portal.models.mailing import RecipientStatus as R
from portal.recruitment import invitations

BATCH = 200


def _next_slot():
    """The first send time after every bulk message already queued (now, if none)."""
    last = db.session.scalar(
        select(func.max(OutboxMessage.not_before)).where(OutboxMessage.source == SOURCE)
    )
    now = clock.now()
    return max(now, last + _spacing()) if last else now


def _spacing() -> timedelta:
    return timedelta(minutes=1) / max(int(current_app.config["MAILING_PER_MINUTE"]), 1)


def queue_batch(mailing_id: int) -> bool:
    """Queue the next batch of one mailing; False when there is nothing more to do now."""
    mailing = db.session.scalar(
        select(Mailing)
        .where(Mailing.id == mailing_id, Mailing.status == MailingStatus.SENDING)
        .with_for_update(skip_locked=True)
    )
    if mailing is None or mailing.all_queued_at is not None:
        db.session.rollback()
        return False
    start = mailing.queued_up_to
    people, last_seen = audience.batch(mailing, after=start, size=BATCH)
    now, slot, spacing = clock.now(), _next_slot(), _spacing()
    try:
        for person in people:
            _queue_one(mailing, person, now, slot)
            slot += spacing
        moved = changed_rows(  # the cursor only moves forward, once per batch
            update(Mailing)
            .where(Mailing.id == mailing.id, Mailing.queued_up_to == start)
            .values(queued_up_to=last_seen or start, all_queued_at=None if last_seen else now)
            .execution_options(synchronize_session=False)
        )
        if not moved:
            db.session.rollback()  # another worker queued this batch first
            return False
        db.session.commit()
    except IntegrityError:
        db.session.rollback()  # the same, noticed by the unique constraint (SQLite)
        return False
    return last_seen is not None


def _queue_one(mailing: Mailing, person: Contact, now, slot) -> None:
    message = content.render(mailing, person.locale, person.public_id)
    recipient = MailingRecipient(
        mailing_id=mailing.id, contact_id=person.id, locale=message.locale, queued_at=now
    )
    db.session.add(recipient)
    invitations.record(mailing, person)  # a recruitment day's invitation: who was invited
    db.session.flush()
    mail.queue(
        person.email,
        message.subject,
        message.text,
        message.html,
        message.headers,
        contact_id=person.id,
        purpose=mailing.purpose,
        not_before=slot,
        source=(SOURCE, recipient.id),
    )


def _finish_done() -> None:
    unfinished = select(MailingRecipient.id).where(
        MailingRecipient.mailing_id == Mailing.id, MailingRecipient.status == R.QUEUED
    )
    db.session.execute(
        update(Mailing)
        .where(
            Mailing.status == MailingStatus.SENDING,
            Mailing.all_queued_at.is_not(None),
            ~unfinished.exists(),
        )
        .values(status=MailingStatus.SENT, finished_at=clock.now())
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def run() -> None:
    """The worker's producer: queue what is due of every mailing being sent."""
    sending = db.session.scalars(
        select(Mailing.id).where(
            Mailing.status == MailingStatus.SENDING, Mailing.all_queued_at.is_(None)
        )
    ).all()
    for mailing_id in sending:
        while queue_batch(mailing_id):
            pass
    _finish_done()


@mail.outcome.connect
def _record_outcome(message: OutboxMessage, status: str, error: str | None = None) -> None:
    if message.source != SOURCE:
        return
    db.session.execute(
        update(MailingRecipient)
        .where(MailingRecipient.id == message.source_id)
        .values(status=status, error=error, finished_at=clock.now())
        .execution_options(synchronize_session=False)
    )


@event.listens_for(Contact, "after_delete")
def _forget_person(_mapper, connection, contact: Contact) -> None:
    """A deleted person's rows keep only anonymous facts (SQLite does not enforce SET NULL)."""
    connection.execute(
        update(MailingRecipient)
        .where(MailingRecipient.contact_id == contact.id)
        .values(contact_id=None)
    )


def received(contact_id: int) -> list[dict]:
    """What the person was sent, for their data download."""
    rows = db.session.execute(
        select(MailingRecipient, Mailing)
        .join(Mailing, Mailing.id == MailingRecipient.mailing_id)
        .where(MailingRecipient.contact_id == contact_id, MailingRecipient.status == R.SENT)
        .order_by(MailingRecipient.finished_at)
    ).all()
    return [
        {
            "mailing": mailing.id,
            "purpose": mailing.purpose,
            "language": recipient.locale,
            "subject": mailing.text_for(recipient.locale).subject,
            "sent_at": f"{recipient.finished_at:%Y-%m-%dT%H:%M:%S}Z",
        }
        for recipient, mailing in rows
    ]


register_producer(run)
