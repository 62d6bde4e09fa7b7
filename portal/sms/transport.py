"""The outbox transport for kind "sms": the sender's claim, retries and never-twice apply to
text messages as they do to mail. A row's `to_address` is the number in E.164, its
`text_body` the text."""

from __future__ import annotations

from flask import current_app

from portal.mail.transports import DeliveryError, register
from portal.models.contact import OutboxMessage
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
        if self.gateway is None:
            self.gateway = make_gateway()
        provider_id = self.gateway.send(message.to_address, message.text_body)
        current_app.logger.info("outbox %s sent as SMS %s", message.id, provider_id)

    def close(self) -> None:
        self.gateway = None


register(KIND, SmsTransport)
