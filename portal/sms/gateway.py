"""The one interface every SMS backend offers, and the backend the configuration chooses.

`send(to_e164, text)` returns the provider's id for the message, or raises DeliveryError:
`permanent` when trying again cannot help (the provider refused the number or the request,
HTTP 4xx), temporary when it may (5xx, timeout, connection refused). Numbers never reach a
log or an error message whole: `mask()` keeps the country code and the last two digits.
"""

from __future__ import annotations

import re
from typing import Protocol

from flask import current_app

from portal.mail.transports import DeliveryError

BACKENDS = ("console", "http")
# E.164 and the ways providers quote numbers (+46701234567, 46701234567, 0701234567).
NUMBER = re.compile(r"\+?\d[\d \-]{6,}\d")


class Gateway(Protocol):
    def send(self, to_e164: str, text: str) -> str: ...


def mask(number: str) -> str:
    """+46701234567 -> +46*******67: enough to tell numbers apart in a console, no more."""
    digits = number.strip()
    if len(digits) <= 5:
        return "*" * len(digits)
    return digits[:3] + "*" * (len(digits) - 5) + digits[-2:]


def without_numbers(text: str) -> str:
    """A provider's reason may quote the number it refused: keep the reason, not the number."""
    return NUMBER.sub("<number>", text)


def make_gateway() -> Gateway:
    """The backend SMS_BACKEND names (console in development, http in production)."""
    from portal.sms.console import ConsoleGateway
    from portal.sms.http_api import HttpGateway

    config = current_app.config
    backend = config.get("SMS_BACKEND", "console")
    if backend == "console":
        return ConsoleGateway()
    if backend == "http":
        return HttpGateway.from_config(config)
    raise DeliveryError(f"SMS_BACKEND {backend!r} is not one of {', '.join(BACKENDS)}")
