"""Replies to our text messages: "STOP" withdraws the SMS purpose of whoever has that number.

Withdrawal goes through contact.service.withdraw, as on the manage page: a ConsentEvent is
recorded, the number is forgotten, and texts still queued for the person are skipped by the
sender (their consent is no longer active). An unknown number changes nothing, and the
caller answers the same either way, so the webhook never tells whether a number is known.
"""

from __future__ import annotations

from sqlalchemy import select

from portal.contact import service
from portal.contact.forms import mobile_e164
from portal.extensions import db
from portal.models.contact import Contact, Purpose

# Swedish "STOPP" and the international "STOP", any case, surrounding space or a full stop.
STOP_WORDS = frozenset({"stop", "stopp"})


def is_stop(text: str) -> bool:
    return text.strip().rstrip(".!").strip().casefold() in STOP_WORDS


def receive(sender: str, text: str) -> int:
    """Act on one reply. Returns how many people withdrew (for tests; never shown)."""
    if not is_stop(text):
        return 0
    number = mobile_e164(sender.strip())
    if number is None:
        return 0
    withdrawn = 0
    for contact in db.session.scalars(select(Contact).where(Contact.phone == number)).all():
        if any(
            c.purpose == Purpose.SMS_REMINDERS and c.withdrawn_at is None for c in contact.consents
        ):
            service.withdraw(contact, [Purpose.SMS_REMINDERS])
            withdrawn += 1
    return withdrawn
