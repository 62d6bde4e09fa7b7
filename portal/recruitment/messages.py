"""What people are sent about a recruitment day, in their own language: the invitation's answer
link, the notice when a day is cancelled or moved (e-mail, and SMS where they agreed to it),
and the reminder SMS the day before. SMS are short: what, when, where, a link."""

from __future__ import annotations

from flask import current_app, render_template
from flask_babel import force_locale, format_date
from flask_babel import gettext as _

from portal import mail, sms
from portal.catalog.places import place_name
from portal.contact import tokens
from portal.contact.texts import PURPOSE_TITLES
from portal.i18n import isolate_ltr
from portal.models.contact import Contact, Purpose
from portal.models.recruitment import Invitation, RecruitmentDay
from portal.urls import public_url

CANCELLED, MOVED, REMINDER, INVITED = "cancelled", "moved", "reminder", "invited"
NOTICE_SOURCE, REMINDER_SOURCE = "recruitment_notice", "recruitment_reminder"


def rsvp_url(public_id: str, day_id: int, locale: str) -> str:
    token = tokens.make("rsvp", public_id, d=day_id)
    return public_url("recruitment.rsvp_page", token=token, lang_code=locale)


def day_url(day: RecruitmentDay, locale: str) -> str:
    return public_url("recruitment.day", slug=day.slug, lang_code=locale)


def time_range(day: RecruitmentDay, locale: str, dash: str = "–") -> str:
    """`09:30–15:00`, kept left to right inside Arabic or Persian text."""
    times = f"{day.starts_at.strftime('%H:%M')}{dash}{day.ends_at.strftime('%H:%M')}"
    return isolate_ltr(times, locale)


def when(day: RecruitmentDay, locale: str) -> str:
    """The date and the times, in `locale` (the current one): `tisdag 14 maj 2030, 09:30–15:00`."""
    return f"{format_date(day.day, 'full')}, {time_range(day, locale)}"


def where(day: RecruitmentDay, locale: str) -> str:
    address = isolate_ltr(day.address, locale)  # a Swedish street name and number
    return f"{address} ({place_name(day.district.name)})" if day.district else address


def short_url(day: RecruitmentDay, locale: str) -> str:
    """A short link to the day's page, for text messages (a segment holds 67-160 characters)."""
    return public_url("recruitment.short_link", day_id=day.id, lang_code=locale)


def _sms_text(kind: str, day: RecruitmentDay, locale: str, place: bool = True) -> str:
    values = dict(
        date=format_date(day.day, "d MMM"),
        # A hyphen, not a dash: Swedish texts stay in the GSM alphabet (160 characters a part).
        time=time_range(day, locale, dash="-"),
        place=isolate_ltr(day.address, locale) if place else "",
        url=isolate_ltr(short_url(day, locale), locale),
    )
    if kind == CANCELLED:
        text = _("Cancelled: the recruitment day on %(date)s. %(url)s", **values)
    elif kind == MOVED:
        text = _("Recruitment day moved: %(date)s %(time)s, %(place)s. %(url)s", **values)
    else:
        text = _("Reminder: recruitment day tomorrow %(time)s, %(place)s. %(url)s", **values)
    return text.replace(" , ", " ").replace(", .", ".")


def sms_text(kind: str, day: RecruitmentDay, locale: str) -> str:
    """The text in `locale`, within SMS_MAX_SEGMENTS: without the address if it must be."""
    with force_locale(locale):
        text = _sms_text(kind, day, locale)
        if sms.segments.count(text) > current_app.config["SMS_MAX_SEGMENTS"]:
            text = _sms_text(kind, day, locale, place=False)
    return text


def queue_sms(contact: Contact, kind: str, day: RecruitmentDay, invitation: Invitation) -> None:
    source = REMINDER_SOURCE if kind == REMINDER else NOTICE_SOURCE
    limit = current_app.config["SMS_MAX_SEGMENTS"]
    text = sms.segments.shorten(sms_text(kind, day, contact.locale), limit)
    sms.queue(contact, text, source=(source, invitation.id))


def queue_notice_mail(contact: Contact, kind: str, day: RecruitmentDay, invitation) -> None:
    locale = contact.locale
    token = tokens.make("withdraw", contact.public_id, purposes=Purpose.JOB_INVITATIONS)
    with force_locale(locale):
        text = day.text(locale)
        if kind == CANCELLED:
            subject = _("Cancelled: %(title)s", title=text.title)
        elif kind == INVITED:
            subject = _("Invitation: %(title)s", title=text.title)
        else:
            subject = _("New time or place: %(title)s", title=text.title)
        context = dict(
            kind=kind,
            locale=locale,
            subject=subject,
            title=text.title,
            when=when(day, locale),
            where=where(day, locale),
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
