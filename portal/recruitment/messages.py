"""What people are sent about a recruitment day, in their own language: the invitation's answer
link, the notice when a day is cancelled or moved (e-mail, and SMS where they agreed to it),
and the reminder SMS the day before. SMS are short: what, when, where, a link."""

from __future__ import annotations

from flask import render_template
from flask_babel import force_locale, format_date
from flask_babel import gettext as _

from portal import mail
from portal.catalog.places import place_name
from portal.contact import tokens
from portal.contact.texts import PURPOSE_TITLES
from portal.models.contact import Contact, Purpose
from portal.models.recruitment import Invitation, RecruitmentDay
from portal.urls import public_url

CANCELLED, MOVED = "cancelled", "moved"
NOTICE_SOURCE, REMINDER_SOURCE = "recruitment_notice", "recruitment_reminder"


def rsvp_url(public_id: str, day_id: int, locale: str) -> str:
    token = tokens.make("rsvp", public_id, d=day_id)
    return public_url("recruitment.rsvp_page", token=token, lang_code=locale)


def day_url(day: RecruitmentDay, locale: str) -> str:
    return public_url("recruitment.day", slug=day.slug, lang_code=locale)


def when(day: RecruitmentDay) -> str:
    """The date and the times, in the current locale: `tisdag 14 maj 2030, 09:30–15:00`."""
    return "{}, {}–{}".format(
        format_date(day.day, "full"), day.starts_at.strftime("%H:%M"), day.ends_at.strftime("%H:%M")
    )


def where(day: RecruitmentDay) -> str:
    return f"{day.address} ({place_name(day.district.name)})" if day.district else day.address


def _sms_text(kind: str, day: RecruitmentDay, locale: str) -> str:
    values = dict(
        title=day.text(locale).title, when=when(day), where=where(day), url=day_url(day, locale)
    )
    if kind == CANCELLED:
        return _("Cancelled: %(title)s, %(when)s. Read more: %(url)s", **values)
    if kind == MOVED:
        return _("New time or place: %(title)s, %(when)s, %(where)s. %(url)s", **values)
    return _("Reminder: %(title)s tomorrow, %(when)s, %(where)s. %(url)s", **values)


def queue_sms(contact: Contact, kind: str, day: RecruitmentDay, invitation: Invitation) -> None:
    with force_locale(contact.locale):
        text = _sms_text(kind, day, contact.locale)
    source = REMINDER_SOURCE if kind == "reminder" else NOTICE_SOURCE
    mail.queue(
        contact.phone or "",
        text=text,
        kind="sms",
        purpose=Purpose.SMS_REMINDERS,
        contact_id=contact.id,
        source=(source, invitation.id),
    )


def queue_notice_mail(contact: Contact, kind: str, day: RecruitmentDay, invitation) -> None:
    locale = contact.locale
    token = tokens.make("withdraw", contact.public_id, purposes=Purpose.JOB_INVITATIONS)
    with force_locale(locale):
        text = day.text(locale)
        if kind == CANCELLED:
            subject = _("Cancelled: %(title)s", title=text.title)
        else:
            subject = _("New time or place: %(title)s", title=text.title)
        context = dict(
            kind=kind,
            locale=locale,
            subject=subject,
            title=text.title,
            when=when(day),
            where=where(day),
            day_url=day_url(day, locale),
            rsvp_url=rsvp_url(contact.public_id, day.id, locale),
            purpose_title=str(PURPOSE_TITLES[Purpose.JOB_INVITATIONS]),
            withdraw_url=public_url("contact.withdraw", token=token, lang_code=locale),
            manage_url=public_url("contact.manage_request", lang_code=locale),
        )
        plain = render_template("mail/recruitment_notice.txt", **context)
        html = render_template("mail/recruitment_notice.html", **context)
    unsubscribe = public_url("contact.unsubscribe", token=token, lang_code=locale)
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    mail.queue(
        contact.email,
        subject,
        plain,
        html,
        headers,
        contact_id=contact.id,
        purpose=Purpose.JOB_INVITATIONS,
        source=(NOTICE_SOURCE, invitation.id),
    )
