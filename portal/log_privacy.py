"""No personal data or link tokens in the logs (GDPR; DESIGN.md "Principles").

Two layers: SQLAlchemy never puts bound parameters into its error messages
(`hide_parameters`, config.py), and every record the portal's, Werkzeug's and Gunicorn's
loggers write passes a filter that replaces e-mail addresses (a database's own message can
quote one, e.g. PostgreSQL's "Key (email)=(...) already exists") and signed link tokens
(manage, withdraw and confirm links carry them in the path that "Exception on <path>"
logs), and mobile numbers in E.164, before any handler formats it.
"""

from __future__ import annotations

import logging
import re

from flask import Flask

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# Mobile numbers as the portal stores and sends them (E.164, portal/sms/).
PHONE = re.compile(r"\+\d{7,15}\b")
# itsdangerous' URL-safe signed values: payload.timestamp.signature (base64url parts)
TOKEN = re.compile(r"[\w-]{8,}\.[\w-]{4,}\.[\w-]{20,}")
LOGGERS = ("werkzeug", "gunicorn.error", "gunicorn.access")


def redact(text: str) -> str:
    return PHONE.sub("[phone]", TOKEN.sub("[token]", EMAIL.sub("[e-mail]", text)))


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def init_app(app: Flask) -> None:
    redacting = RedactingFilter()
    for logger in (app.logger, *map(logging.getLogger, LOGGERS)):
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(redacting)
