"""E-mail over SMTP (standard library), one connection kept open across a sender's run.

Without MAIL_SERVER (development) messages are printed and written to instance/outbox/.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import make_msgid
from pathlib import Path

from flask import current_app

from portal.mail.transports import DeliveryError, register
from portal.models.contact import OutboxMessage

# Headers mail clients read as they are: a folded List-Unsubscribe gets RFC 2047-encoded by
# the standard policy (its URL is one long word) and clients no longer find the link.
VERBATIM = {"list-unsubscribe", "list-unsubscribe-post"}


class _Policy(EmailPolicy):
    """The SMTP policy (CRLF, folding at 78), except for VERBATIM headers (ASCII, one line)."""

    def fold(self, name, value):
        if name.lower() in VERBATIM:
            return f"{name}: {value}{self.linesep}"
        return super().fold(name, value)

    def fold_binary(self, name, value):
        if name.lower() in VERBATIM:
            return self.fold(name, value).encode("ascii")
        return super().fold_binary(name, value)


POLICY = _Policy(linesep="\r\n")


def build(message: OutboxMessage) -> EmailMessage:
    config = current_app.config
    email = EmailMessage(policy=POLICY)
    email["From"] = config["MAIL_FROM"]
    email["To"] = message.to_address
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(domain=config["MAIL_FROM"].rpartition("@")[2].strip(">"))
    for name, value in (message.headers or {}).items():
        email[name] = value
    email.set_content(message.text_body)
    email.add_alternative(message.html_body, subtype="html")
    return email


class SmtpTransport:
    def __init__(self):
        self.config = current_app.config
        self.smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        config = self.config
        smtp = smtplib.SMTP(config["MAIL_SERVER"], config["MAIL_PORT"], timeout=10)
        if config.get("MAIL_USE_TLS"):
            smtp.starttls(context=ssl.create_default_context())
        if config.get("MAIL_USERNAME"):
            smtp.login(config["MAIL_USERNAME"], config["MAIL_PASSWORD"] or "")
        return smtp

    def send(self, message: OutboxMessage) -> None:
        email = build(message)
        if not self.config.get("MAIL_SERVER"):
            _write_to_folder(email)
            return
        try:
            if self.smtp is None:
                self.smtp = self._connect()
            self.smtp.send_message(email)
        except smtplib.SMTPRecipientsRefused as error:
            code, reply = next(iter(error.recipients.values()))
            raise DeliveryError(_reason(code, reply), permanent=code >= 500) from None
        except smtplib.SMTPResponseException as error:
            self.close()
            raise DeliveryError(
                _reason(error.smtp_code, error.smtp_error), permanent=error.smtp_code >= 500
            ) from None
        except (OSError, smtplib.SMTPException) as error:
            self.close()  # connect again for the next message
            raise DeliveryError(type(error).__name__) from None

    def close(self) -> None:
        if self.smtp is not None:
            try:
                self.smtp.quit()
            except (OSError, smtplib.SMTPException):
                self.smtp.close()
            self.smtp = None


def _reason(code: int, reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return f"{code} {' '.join(text.split())}"


def _write_to_folder(email: EmailMessage) -> None:
    outbox = Path(current_app.instance_path) / "outbox"
    outbox.mkdir(exist_ok=True)
    name = email["Message-ID"].strip("<>").replace("@", "_")
    (outbox / f"{name}.eml").write_bytes(bytes(email))
    plain = email.get_body(("plain",))
    assert plain is not None  # every message is built with a plain-text part
    print(plain.get_content())  # the development console


register("email", SmtpTransport)
