"""For the administration: counts without personal data, and the one list of people that may
be contacted for exactly one purpose (each with their own withdraw link)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from portal import clock
from portal.contact import tokens
from portal.extensions import db
from portal.models.contact import Consent
from portal.urls import public_url


def _active_consents() -> list[Consent]:
    now = clock.now()
    consents = db.session.scalars(
        select(Consent).options(selectinload(Consent.contact)).where(Consent.is_active(now))
    ).all()
    return list(consents)


def aggregate_counts() -> dict[str, Counter]:
    """Active consents by purpose, language and month confirmed; people by interest."""
    consents = _active_consents()
    people = {c.contact_id: c.contact for c in consents}.values()
    return {
        "purpose": Counter(c.purpose for c in consents),
        "language": Counter(c.contact.locale for c in consents),
        "month": Counter(c.confirmed_at.strftime("%Y-%m") for c in consents if c.confirmed_at),
        "interest": Counter(i for person in people for i in person.interests or []),
    }


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str | None
    phone: str | None
    locale: str
    withdraw_url: str


def contacts_for_purpose(purpose: str) -> list[Recipient]:
    """Confirmed, unexpired, unwithdrawn consents for `purpose` only. Needs a request context
    (for the withdraw links)."""
    rows = [c for c in _active_consents() if c.purpose == purpose]
    rows.sort(key=lambda c: c.contact.email)
    return [
        Recipient(
            email=c.contact.email,
            name=c.contact.name,
            phone=c.contact.phone if purpose == "sms_reminders" else None,
            locale=c.contact.locale,
            withdraw_url=public_url(
                "contact.withdraw",
                lang_code=c.contact.locale,
                token=tokens.make("withdraw", c.contact.public_id, purposes=purpose),
            ),
        )
        for c in rows
    ]


__all__ = ["aggregate_counts", "contacts_for_purpose"]
