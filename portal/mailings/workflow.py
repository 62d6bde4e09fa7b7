"""What contact officers do with a mailing: write it, test it, approve it, send it, cancel it.

Each step checks the mailing's state in the same statement that changes it, so two people
pressing buttons at once cannot approve an edited text, send twice or edit after approval.
Every step is audited by mailing id, purpose and counts, never by a resident's details.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import cast

from flask_babel import lazy_gettext as _l
from sqlalchemy import CursorResult, delete, select, update

from portal import audit, clock, mail
from portal.contact.texts import PURPOSE_TITLES
from portal.extensions import db
from portal.mailings import audience, content
from portal.models.contact import OutboxMessage, Purpose
from portal.models.mailing import Mailing, MailingRecipient, MailingStatus, MailingText
from portal.models.mailing import RecipientStatus as R

SOURCE = "mailing_recipient"  # OutboxMessage.source of a mailing's messages


def changed_rows(statement) -> int:
    """Run an UPDATE or DELETE and say how many rows it changed."""
    return cast(CursorResult, db.session.execute(statement)).rowcount


class Refused(Exception):
    """A step that is not allowed now; the message says why, in the officer's language."""


@dataclass
class Draft:
    purpose: str
    backgrounds: list[str]
    interests: list[str]
    texts: dict[str, tuple[str, str]]  # locale -> (subject, Markdown body); "sv" required
    districts: list[str] = field(default_factory=list)  # slugs; none: every district


def _change(mailing: Mailing, allowed: set[MailingStatus], **values) -> None:
    """Move `mailing` on, only from an `allowed` state and only if nobody changed it meanwhile."""
    done = changed_rows(
        update(Mailing)
        .where(
            Mailing.id == mailing.id,
            Mailing.status.in_(allowed),
            Mailing.version == mailing.version,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if not done:
        db.session.rollback()
        raise Refused(_l("Someone else changed this mailing meanwhile. Look at it again."))
    db.session.refresh(mailing)


def save(mailing: Mailing | None, draft: Draft, user) -> Mailing:
    now = clock.now()
    if mailing is None:
        mailing = Mailing(created_by_id=user.id, created_at=now, status=MailingStatus.DRAFT)
        db.session.add(mailing)
        action = "mailing_created"
    elif mailing.status != MailingStatus.DRAFT:
        raise Refused(_l("An approved mailing can no longer be changed."))
    elif mailing.recruitment_day_id is not None and draft.purpose != Purpose.JOB_INVITATIONS:
        # People are invited under the consent they gave for invitations, nothing else.
        raise Refused(
            _l(
                "This mailing invites people to a recruitment day, so its purpose stays "
                "“%(purpose)s”.",
                purpose=PURPOSE_TITLES[Purpose.JOB_INVITATIONS],
            )
        )
    else:
        _change(mailing, {MailingStatus.DRAFT}, version=mailing.version + 1)
        action = "mailing_edited"
    mailing.purpose, mailing.updated_at = draft.purpose, now
    mailing.backgrounds, mailing.interests = draft.backgrounds, draft.interests
    mailing.districts = draft.districts
    existing = {t.locale: t for t in mailing.texts}
    for locale, text in existing.items():
        if locale not in draft.texts:
            mailing.texts.remove(text)
    for locale, (subject, body) in draft.texts.items():
        text = existing.get(locale) or MailingText(locale=locale)
        text.subject, text.body = subject, body
        if text not in mailing.texts:
            mailing.texts.append(text)
    db.session.flush()
    audit.record(action, f"mailing:{mailing.id}", {"purpose": mailing.purpose})
    db.session.commit()
    return mailing


def _needs_audience(mailing: Mailing) -> int:
    total = sum(audience.counts(mailing).values())
    if not total:
        raise Refused(
            _l(
                "No one can receive this mailing right now: nobody has an active "
                "consent for its purpose among the people it is narrowed to."
            )
        )
    return total


def _needs_day_the_consent_covers(mailing: Mailing) -> None:
    """An invitation to a recruitment day goes out only while the consent covers the day: an
    edit may have changed its employers since it was written (recruitment/consent_scope.py)."""
    from portal.models.recruitment import RecruitmentDay
    from portal.recruitment import consent_scope

    if mailing.recruitment_day_id is None:
        return
    day = db.session.get(RecruitmentDay, mailing.recruitment_day_id)
    if day is not None and not consent_scope.covers(day):
        raise Refused(consent_scope.NOT_COVERED)


def approve(mailing: Mailing, user, version: int | None) -> None:
    if mailing.created_by_id == user.id:
        raise Refused(_l("Someone other than the author must approve a mailing."))
    if mailing.status != MailingStatus.DRAFT:
        raise Refused(_l("Only a draft can be approved."))
    if version != mailing.version:
        raise Refused(_l("Someone else changed this mailing meanwhile. Look at it again."))
    _needs_day_the_consent_covers(mailing)
    total = _needs_audience(mailing)
    _change(
        mailing,
        {MailingStatus.DRAFT},
        status=MailingStatus.APPROVED,
        approved_by_id=user.id,
        approved_at=clock.now(),
    )
    audit.record("mailing_approved", f"mailing:{mailing.id}", {"recipients_now": total})
    db.session.commit()


def send(mailing: Mailing, user) -> None:
    """Hand an approved mailing to the sender; it decides each recipient when it gets there."""
    if mailing.status != MailingStatus.APPROVED:
        raise Refused(_l("Only an approved mailing that has not been sent can be sent."))
    _needs_day_the_consent_covers(mailing)
    total = _needs_audience(mailing)
    _change(
        mailing,
        {MailingStatus.APPROVED},
        status=MailingStatus.SENDING,
        sent_by_id=user.id,
        send_started_at=clock.now(),
    )
    audit.record("mailing_sent", f"mailing:{mailing.id}", {"recipients_now": total})
    db.session.commit()


def cancel(mailing: Mailing, user) -> None:
    """Stop a mailing; what a sender holds right now still goes, nothing after it."""
    open_states = {MailingStatus.DRAFT, MailingStatus.APPROVED, MailingStatus.SENDING}
    if mailing.status not in open_states:
        raise Refused(_l("This mailing is finished and can no longer be cancelled."))
    now = clock.now()
    _change(
        mailing,
        open_states,
        status=MailingStatus.CANCELLED,
        cancelled_by_id=user.id,
        cancelled_at=now,
    )
    recipients = select(MailingRecipient.id).where(MailingRecipient.mailing_id == mailing.id)
    db.session.execute(
        delete(OutboxMessage)
        .where(
            OutboxMessage.source == SOURCE,
            OutboxMessage.source_id.in_(recipients),
            (OutboxMessage.claimed_until.is_(None)) | (OutboxMessage.claimed_until < now),
        )
        .execution_options(synchronize_session=False)
    )
    still_queued = select(OutboxMessage.id).where(
        OutboxMessage.source == SOURCE, OutboxMessage.source_id == MailingRecipient.id
    )
    not_sent = changed_rows(
        update(MailingRecipient)
        .where(
            MailingRecipient.mailing_id == mailing.id,
            MailingRecipient.status == R.QUEUED,
            ~still_queued.exists(),
        )
        .values(status=R.CANCELLED, finished_at=now)
        .execution_options(synchronize_session=False)
    )
    audit.record("mailing_cancelled", f"mailing:{mailing.id}", {"not_sent": not_sent})
    db.session.commit()


def test_send(mailing: Mailing, user, locale: str) -> None:
    """Queue the mailing, as `locale` readers get it, to the officer's own address."""
    message = content.render(mailing, locale)
    mail.queue(user.email, message.subject, message.text, message.html, message.headers)
    audit.record("mailing_test_sent", f"mailing:{mailing.id}", {"locale": message.locale})
    db.session.commit()
