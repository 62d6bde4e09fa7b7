"""Outgoing messages through an outbox table: a web request only queues, a sender outside
requests delivers (`flask --app portal mail worker`, or `mail send-queued` once).

- `queue()` stores an e-mail; nothing is lost when the SMTP server is down.
- `sender.send_queued()` claims rows one at a time, atomically and with a lease, so any number
  of senders on any number of machines deliver each message once (see sender.py).
- Other kinds of message (SMS, deferred work) register a transport for their `kind`
  (`transports.register`); the same claim-and-send loop delivers them.
- `outcome` is a signal sent for every message the sender finishes (sent, failed, skipped), in
  the sender's transaction, so a feature can keep its own report (mailings do).

Logs name message ids and counts, never addresses.
"""

from __future__ import annotations

from datetime import datetime

from portal import clock
from portal.extensions import db
from portal.mail import smtp  # noqa: F401 - registers the "email" transport
from portal.mail.transports import DeliveryError, outcome, register
from portal.models.contact import OutboxMessage

__all__ = ["DeliveryError", "outcome", "queue", "register"]


def queue(
    to: str,
    subject: str = "",
    text: str = "",
    html: str = "",
    headers: dict | None = None,
    contact_id: int | None = None,
    *,
    kind: str = "email",
    purpose: str | None = None,
    not_before: datetime | None = None,
    source: tuple[str, int] | None = None,
) -> OutboxMessage:
    """Add a message to the outbox in the caller's transaction; the caller commits.

    `purpose`: the consent the message relies on; it is delivered only while that consent is
    active. `not_before`: the earliest moment to send (bulk mail is spread out by it).
    `source`: what the message belongs to, handed back with the `outcome` signal."""
    now = clock.now()
    message = OutboxMessage(
        kind=kind,
        purpose=purpose,
        to_address=to,
        subject=subject,
        text_body=text,
        html_body=html,
        headers=dict(headers or {}),
        contact_id=contact_id,
        created_at=now,
        not_before=not_before or now,
        attempts=0,
        source=source[0] if source else None,
        source_id=source[1] if source else None,
    )
    db.session.add(message)
    return message
