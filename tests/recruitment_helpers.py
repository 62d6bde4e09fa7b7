"""Invited people and their answer links, built directly in the database."""

from portal.contact import tokens
from portal.extensions import db
from portal.models.recruitment import Invitation
from tests.mailing_helpers import person


def invited(day, email, locale="sv", state="active", answer="none", **profile):
    """A person with a job_invitations consent in `state`, invited to `day`."""
    contact = person(email, locale=locale, state=state, purpose="job_invitations", **profile)
    invitation = Invitation(day_id=day.id, contact_id=contact.id, answer=answer)
    db.session.add(invitation)
    db.session.commit()
    return contact, invitation


def answer_path(contact, day, locale="sv") -> str:
    token = tokens.make("rsvp", contact.public_id, d=day.id)
    return f"/{locale}/rekryteringstraffar/svar/{token}"
