"""People with consents in a given state, and mailings, built directly in the database."""

from datetime import timedelta

from portal import clock
from portal.extensions import db
from portal.mailings import workflow
from portal.models.contact import Consent, ConsentText, Contact


def person(email, locale="sv", state="active", purpose="newsletter", **profile):
    """A contact whose consent for `purpose` is active, withdrawn, expired or unconfirmed."""
    now = clock.now()
    text = db.session.scalar(db.select(ConsentText).where(ConsentText.purpose == purpose))
    if text is None:
        text = ConsentText(purpose=purpose, locale="sv", version=1, text="Ja", sha256="0" * 64)
        db.session.add(text)
    contact = Contact(
        email=email,
        locale=locale,
        background=profile.get("background", "bemanna_2020"),
        interests=profile.get("interests", ["elderly_care"]),
        districts=profile.get("districts", []),
    )
    consent = Consent(
        contact=contact,
        purpose=purpose,
        consent_text=text,
        locale=locale,
        given_at=now - timedelta(days=30),
        confirmed_at=None if state == "unconfirmed" else now - timedelta(days=29),
        expires_at=now - timedelta(days=1) if state == "expired" else now + timedelta(days=600),
        withdrawn_at=now - timedelta(days=2) if state == "withdrawn" else None,
    )
    db.session.add_all([contact, consent])
    db.session.commit()
    return contact


SWEDISH = (
    "Nytt om vårdutbildningar",
    "Hej!\n\nVi har **nya** utbildningar. [Läs mer](https://start.stockholm/)",
)
ENGLISH = ("News about care programmes", "Hello!\n\nWe have **new** programmes.")


def mailing(author, purpose="newsletter", texts=None, **narrowing):
    draft = workflow.Draft(
        purpose=purpose,
        backgrounds=narrowing.get("backgrounds", []),
        interests=narrowing.get("interests", []),
        texts=texts or {"sv": SWEDISH, "en": ENGLISH},
    )
    return workflow.save(None, draft, author)


def approved_and_sending(item, approver, sender=None):
    workflow.approve(item, approver, item.version)
    workflow.send(item, sender or approver)
    return item
