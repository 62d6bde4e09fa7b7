"""The outbox transport for kind "sms": the sender's claim, retries and never-twice apply to
text messages as they do to mail. A row's `to_address` is the number in E.164, its
`text_body` the text."""

from __future__ import annotations

from flask import current_app

from portal.extensions import db
from portal.mail.transports import DeliveryError, register
from portal.models.contact import Contact, OutboxMessage
from portal.sms import segments
from portal.sms.gateway import Gateway, make_gateway

KIND = "sms"


def max_segments() -> int:
    return int(current_app.config.get("SMS_MAX_SEGMENTS") or 2)


class SmsTransport:
    def __init__(self):
        self.gateway: Gateway | None = None

    def send(self, message: OutboxMessage) -> None:
        parts = segments.count(message.text_body)
        if parts > max_segments():
            raise DeliveryError(f"text of {parts} SMS segments, over the limit", permanent=True)
        number = _current_number(message)
        if not number:
            raise DeliveryError("no mobile number", permanent=True)
        if self.gateway is None:
            self.gateway = make_gateway()
        provider_id = self.gateway.send(number, message.text_body)
        current_app.logger.info("outbox %s sent as SMS %s", message.id, provider_id)

    def close(self) -> None:
        self.gateway = None


def _current_number(message: OutboxMessage) -> str | None:
    """The person's number now: one corrected on the manage page after the text was queued
    gets it; without a person (a text to a bare number), the number it was queued for."""
    if message.contact_id is None:
        return message.to_address
    contact = db.session.get(Contact, message.contact_id)
    return contact.phone if contact is not None else None


register(KIND, SmsTransport)
