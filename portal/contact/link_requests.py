""" "Mail me my manage link", answered outside the request.

The form queues the typed address as an outbox row of its own kind and answers at once, the
same for every address. The sender looks the address up: a registered person gets the link
mail (queued in the same transaction), an unknown address nothing; either way the row is gone.
"""

from __future__ import annotations

from sqlalchemy import select

from portal import mail
from portal.contact import messages
from portal.extensions import db
from portal.models.contact import Contact, OutboxMessage

KIND = "manage_link"


def queue(address: str) -> None:
    mail.queue(address, kind=KIND)


class ManageLinkResolver:
    """A transport that, instead of delivering, turns the request into the real e-mail."""

    def send(self, message: OutboxMessage) -> None:
        contact = db.session.scalar(select(Contact).where(Contact.email == message.to_address))
        if contact is not None:
            messages.manage_link(contact)

    def close(self) -> None:
        pass


mail.register(KIND, ManageLinkResolver)
