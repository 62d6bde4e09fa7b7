"""Outgoing mail through an outbox table, sent by SMTP (standard library).

A message is stored first and sent second, in its own step: if the SMTP server is down the
message stays queued for `flask --app portal mail send-queued`, and nothing is lost. Sent
messages are deleted: their content is personal data with no further use. Without MAIL_SERVER
(development) messages are printed and written to instance/outbox/ instead.
Logs name message ids and counts, never addresses.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.contact import OutboxMessage

MAX_ATTEMPTS = 20


def queue(to: str, subject: str, text: str, html: str, headers=None, contact_id=None):
    message = OutboxMessage(
        to_address=to,
        subject=subject,
        text_body=text,
        html_body=html,
        headers=dict(headers or {}),
        contact_id=contact_id,
        created_at=clock.now(),
    )
    db.session.add(message)
    return message


def _build(message: OutboxMessage) -> EmailMessage:
    config = current_app.config
    email = EmailMessage()
    email["From"] = config["MAIL_FROM"]
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(domain=config["MAIL_FROM"].rpartition("@")[2].strip(">"))
    for name, value in (message.headers or {}).items():
        email[name] = value
    email.set_content(message.text_body)
    email.add_alternative(message.html_body, subtype="html")
    return email


def _deliver(email: EmailMessage) -> None:
    config = current_app.config
    if not config.get("MAIL_SERVER"):
        outbox = Path(current_app.instance_path) / "outbox"
        outbox.mkdir(exist_ok=True)
        name = email["Message-ID"].strip("<>").replace("@", "_")
        (outbox / f"{name}.eml").write_bytes(bytes(email))
        plain = email.get_body(("plain",))
        assert plain is not None  # every message is built with a plain-text part
        print(plain.get_content())
        return
    with smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10) as smtp:
        if config.get("MAIL_USE_TLS"):
            smtp.starttls(context=ssl.create_default_context())
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
        smtp.send_message(email)


def send(message: OutboxMessage) -> bool:
    """Try to send one queued message now; True when it went. Commits either way."""
    message.attempts += 1
    try:
        _deliver(_build(message))
    except (OSError, smtplib.SMTPException) as error:
        message.last_error = type(error).__name__
        current_app.logger.warning(
            "mail %s not sent (attempt %s): %s", message.id, message.attempts, type(error).__name__
        )
        db.session.commit()
        return False
    db.session.delete(message)
    db.session.commit()
    return True


def send_queued() -> tuple[int, int]:
    """Send everything waiting; returns (sent, still queued)."""
    waiting = db.session.scalars(
        select(OutboxMessage)
        .where(OutboxMessage.attempts < MAX_ATTEMPTS)
        .order_by(OutboxMessage.id)
    ).all()
    sent = sum(send(message) for message in waiting)
    return sent, len(waiting) - sent
