"""The message one person receives from a mailing, exactly as the preview and the test send
show it: the text in their language (Swedish where that text is missing), the Markdown body
as the plain-text part and sanitised HTML, and the one-click unsubscribe for the purpose."""

from __future__ import annotations

from dataclasses import dataclass

import markdown as md
import nh3
from flask import render_template
from flask_babel import force_locale

from portal.contact import tokens
from portal.contact.texts import PURPOSE_TITLES
from portal.markdown import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, render_markdown
from portal.models.contact import Purpose
from portal.models.mailing import Mailing
from portal.recruitment import invitations
from portal.urls import public_url

MAX_SUBJECT = 150
MAX_BODY = 20_000
PREVIEW_ID = "preview"  # a public id no person has: links in previews reach nobody


@dataclass
class Rendered:
    locale: str
    subject: str
    text: str
    html: str
    headers: dict


def is_unsafe(markdown_text: str) -> bool:
    """True when sanitising would change the HTML: raw HTML, scripts, javascript: links ...
    Such text is refused rather than silently sent differently from what was written."""
    html = md.markdown(markdown_text, extensions=["sane_lists"], output_format="html")
    clean = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=None,
    )
    return clean != html


def render(mailing: Mailing, locale: str, public_id: str = PREVIEW_ID) -> Rendered:
    """The message for a person who reads `locale`, whose links name `public_id`."""
    text = mailing.text_for(locale)
    token = tokens.make("withdraw", public_id, purposes=mailing.purpose)
    page_locale = locale  # pages open in the reader's language, even when the mail is Swedish
    context = {
        "locale": text.locale,
        "subject": text.subject,
        "body": text.body,
        "body_html": render_markdown(text.body),
        "withdraw_url": public_url("contact.withdraw", token=token, lang_code=page_locale),
        "manage_url": public_url("contact.manage_request", lang_code=page_locale),
        "answer_url": invitations.answer_link(mailing, public_id, page_locale),
    }
    with force_locale(text.locale):
        context["purpose_title"] = str(PURPOSE_TITLES[Purpose(mailing.purpose)])
        plain = render_template("mail/mailing.txt", **context)
        html = render_template("mail/mailing.html", **context)
    unsubscribe = public_url("contact.unsubscribe", token=token, lang_code=page_locale)
    headers = {
        "List-Unsubscribe": f"<{unsubscribe}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }
    return Rendered(text.locale, text.subject, plain, html, headers)
