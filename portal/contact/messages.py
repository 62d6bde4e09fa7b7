"""The e-mails of the contact flow, each in the recipient's language, with text and HTML parts
and a withdraw link (also as List-Unsubscribe, RFC 2369 and one-click RFC 8058)."""

from __future__ import annotations

from flask import render_template
from flask_babel import force_locale
from flask_babel import gettext as _

from portal import mail
from portal.contact import privacy, texts, tokens
from portal.models.contact import Consent, Contact, ContactChange, OutboxMessage
from portal.urls import public_url


def _message(
    contact: Contact, locale: str, template: str, subject: str, to: str | None = None, **context
):
    withdraw_token = tokens.make("withdraw", contact.public_id, purposes="all")
    withdraw_url = public_url("contact.withdraw", token=withdraw_token, lang_code=locale)
    context.update(
        contact=contact,
        withdraw_url=withdraw_url,
        locale=locale,
        purpose_titles=texts.PURPOSE_TITLES,
        detail_labels=texts.DETAIL_LABELS,
        retention=privacy.retention(),
    )
    with force_locale(locale):
        subject = str(subject)
        text = render_template(f"mail/{template}.txt", **context)
        html = render_template(f"mail/{template}.html", subject=subject, **context)
    headers = {
        "List-Unsubscribe": "<{}>".format(
            public_url("contact.unsubscribe", token=withdraw_token, lang_code=locale)
        ),
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    return mail.queue(
        to or contact.email, subject, text, html, headers=headers, contact_id=contact.id
    )


def _confirm_url(contact: Contact, change: ContactChange, locale: str) -> str:
    token = tokens.make("confirm", contact.public_id, change=change.public_id)
    return public_url("contact.confirm", token=token, lang_code=locale)


def confirmation(contact: Contact, change: ContactChange, locale: str) -> OutboxMessage:
    """Names what the request asks for (purposes, and which details, never their new values:
    a stranger's text is never put into the city's mail)."""
    with force_locale(locale):
        subject = _("Confirm that we may contact you")
    return _message(
        contact,
        locale,
        "confirm",
        subject,
        purposes=list(change.purposes),
        changed_fields=[
            label for key, label in texts.DETAIL_LABELS.items() if key in change.details
        ],
        first_time=contact.details_confirmed_at is None,
        confirm_url=_confirm_url(contact, change, locale),
    )


def email_change(contact: Contact, change: ContactChange) -> OutboxMessage:
    """Sent to the new address: only its owner can make it the one we use."""
    with force_locale(contact.locale):
        subject = _("Confirm your new e-mail address")
    return _message(
        contact,
        contact.locale,
        "email_change",
        subject,
        to=change.details["email"],
        confirm_url=_confirm_url(contact, change, contact.locale),
    )


def receipt(contact: Contact, consents: list[Consent]) -> OutboxMessage:
    """The consent receipt: who, what exactly (wording and its SHA-256), when, until when,
    on what legal basis, and how to withdraw."""
    token = tokens.make("manage", contact.public_id)
    with force_locale(contact.locale):
        subject = _("Receipt: what you have agreed to")
    return _message(
        contact,
        contact.locale,
        "receipt",
        subject,
        consents=consents,
        controller=privacy.controller(),
        manage_url=public_url("contact.manage", token=token, lang_code=contact.locale),
    )


def manage_link(contact: Contact) -> OutboxMessage:
    token = tokens.make("manage", contact.public_id)
    with force_locale(contact.locale):
        subject = _("Your link to see and change your consent")
    return _message(
        contact,
        contact.locale,
        "manage",
        subject,
        manage_url=public_url("contact.manage", token=token, lang_code=contact.locale),
    )


def renewal(contact: Contact, purposes: list[str]) -> OutboxMessage:
    token = tokens.make("renew", contact.public_id, purposes=purposes)
    with force_locale(contact.locale):
        subject = _("Do you want us to keep contacting you?")
    return _message(
        contact,
        contact.locale,
        "renew",
        subject,
        purposes=purposes,
        renew_url=public_url("contact.renew", token=token, lang_code=contact.locale),
    )
