"""Text messages (SMS): queued in the outbox like mail and delivered by the same sender.

- `queue(contact, text, ...)` puts a text for a person's mobile number in the outbox, relying
  on the SMS purpose: the sender delivers it only while that consent is active.
- `gateway.py` the interface (`send(to_e164, text) -> provider id`), `console.py` the
  development backend, `http_api.py` the provider's REST API; SMS_BACKEND chooses.
- `segments.py` measures texts (why they stay short is explained there).
- `inbound.py` and `webhook.py`: replies; "STOP" withdraws the SMS purpose.

Numbers never reach a log whole (`gateway.mask`).
"""

from __future__ import annotations

from datetime import datetime

from portal import mail
from portal.extensions import db
from portal.models.contact import Contact, OutboxMessage, Purpose
from portal.sms import segments, transport

__all__ = ["TextTooLong", "queue", "segments"]


class TextTooLong(ValueError):
    """A text over SMS_MAX_SEGMENTS: a bug in the caller, caught before anything is queued."""


def queue(
    contact: Contact,
    text: str,
    *,
    purpose: str = Purpose.SMS_REMINDERS,
    not_before: datetime | None = None,
    source: tuple[str, int] | None = None,
) -> OutboxMessage | None:
    """Queue `text` for `contact`'s mobile number in the caller's transaction (the caller
    commits). None when the person has no number. Raises TextTooLong over the limit."""
    if not contact.phone:
        return None
    if contact.id is None:
        db.session.flush()  # the row names the person, so the sender can check the consent
    limit = transport.max_segments()
    parts = segments.count(text)
    if parts > limit:
        raise TextTooLong(f"{parts} segments, at most {limit}")
    return mail.queue(
        contact.phone,
        text=text,
        contact_id=contact.id,
        kind=transport.KIND,
        purpose=purpose,
        not_before=not_before,
        source=source,
    )
