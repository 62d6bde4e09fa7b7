"""Inviting people to a recruitment day: a mailing (the ordinary utskick, written, approved by a
second person and sent by the mail worker) for the job-invitation purpose, linked to the day.
Its text starts from the day's own texts in every locale it has; each message carries the
person's signed answer link, and each person it is queued for gets an Invitation row."""

from __future__ import annotations

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from portal import audit, clock
from portal.extensions import db
from portal.mailings import workflow
from portal.models.contact import Contact, Purpose
from portal.models.mailing import Mailing
from portal.models.recruitment import Invitation, RecruitmentDay
from portal.recruitment import consent_scope
from portal.recruitment.messages import rsvp_url, when, where


def _text(day: RecruitmentDay, locale: str) -> tuple[str, str]:
    text = day.text(locale)
    with force_locale(locale):
        subject = _("Invitation: %(title)s", title=text.title)[:150]
        lines = [
            _("You are invited to a recruitment day where you meet employers who are hiring."),
            "",
            f"**{text.title}**",
            "",
            f"- {_('When')}: {when(day, locale)}",
            f"- {_('Where')}: {where(day, locale)}",
        ]
        if day.employers:
            lines.append(f"- {_('Employers')}: {', '.join(e.name for e in day.employers)}")
        if text.description:
            lines += ["", text.description]
        if text.directions:
            lines += ["", f"{_('How to get there')}: {text.directions}"]
    return subject, "\n".join(lines)


def suggested_districts(day: RecruitmentDay) -> list[str]:
    """The narrowing the invitation form starts from: the day's own district, if it has one."""
    return [day.district.slug] if day.district else []


def create(
    day: RecruitmentDay, user, interests: list[str], districts: list[str] | None = None
) -> Mailing:
    """A draft mailing inviting to `day`, narrowed to `interests` and to people who would like
    to work in one of `districts` or anywhere (none given: everyone who agreed). The day must
    be one the consent covers (consent_scope)."""
    if not consent_scope.covers(day):
        raise ValueError("the job-invitation consent does not cover this day")
    locales = [t.locale for t in day.translations]
    draft = workflow.Draft(
        purpose=Purpose.JOB_INVITATIONS,
        backgrounds=[],
        interests=interests,
        texts={code: _text(day, code) for code in locales},
        districts=list(districts or []),
    )
    mailing = workflow.save(None, draft, user)
    mailing.recruitment_day_id = day.id
    audit.record(
        "recruitment_day_invited",
        f"recruitment_day:{day.id}",
        {"mailing": mailing.id, "interests": interests, "districts": draft.districts},
    )
    db.session.commit()
    return mailing


def answer_link(mailing: Mailing, public_id: str, locale: str) -> str | None:
    """The answer link a message of `mailing` carries, or None for an ordinary mailing."""
    if mailing.recruitment_day_id is None:
        return None
    return rsvp_url(public_id, mailing.recruitment_day_id, locale)


def record(mailing: Mailing, person: Contact) -> None:
    """The person is invited to the mailing's day (once, however many invitations they get)."""
    if mailing.recruitment_day_id is None:
        return
    exists = db.session.scalar(
        select(Invitation.id).where(
            Invitation.day_id == mailing.recruitment_day_id, Invitation.contact_id == person.id
        )
    )
    if exists is None:
        db.session.add(
            Invitation(
                day_id=mailing.recruitment_day_id,
                contact_id=person.id,
                mailing_id=mailing.id,
                invited_at=clock.now(),
            )
        )
