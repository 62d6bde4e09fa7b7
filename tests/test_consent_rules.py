"""One definition of an active consent, the same in Python and in SQL, used by the statistics,
the renewal reminders and the purge. A confirmed consent without an end date is not active."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from portal import clock
from portal.contact import service
from portal.contact.stats import aggregate_counts
from portal.extensions import db
from portal.models.contact import Consent, Contact
from tests.contact_helpers import links_in, path_of, sign_up, submit

NOW = clock.now()
CASES = {
    # name: (confirmed_at, expires_at, withdrawn_at, active?)
    "in_force": (NOW - timedelta(days=1), NOW + timedelta(days=10), None, True),
    "no_end_date": (NOW - timedelta(days=1), None, None, False),
    "expired": (NOW - timedelta(days=900), NOW - timedelta(days=1), None, False),
    "withdrawn": (NOW - timedelta(days=1), NOW + timedelta(days=10), NOW, False),
    "unconfirmed": (None, None, None, False),
}


@pytest.fixture
def consents(client, session, smtp):
    """One person per case, each with one consent put into that state."""
    for name in CASES:
        sign_up(client, lang="sv", email=f"{name}@example.org")
    for message in smtp.messages:
        url = path_of(links_in(message)[0])
        submit(client, url, client.get(url).get_data(as_text=True))
    smtp.messages.clear()
    for name, (confirmed, expires, withdrawn, _) in CASES.items():
        contact = db.session.scalar(select(Contact).where(Contact.email == f"{name}@example.org"))
        (consent,) = contact.consents
        consent.confirmed_at, consent.expires_at, consent.withdrawn_at = (
            confirmed,
            expires,
            withdrawn,
        )
    db.session.commit()
    return {c.contact.email.split("@")[0]: c for c in db.session.scalars(select(Consent))}


def test_python_and_sql_agree_on_which_consents_are_active(consents):
    expected = {name for name, case in CASES.items() if case[3]}
    in_python = {name for name, c in consents.items() if c.is_active(NOW)}
    in_sql = {
        c.contact.email.split("@")[0]
        for c in db.session.scalars(select(Consent).where(Consent.is_active(NOW)))
    }
    assert in_python == in_sql == expected == {"in_force"}


def test_statistics_count_only_active_consents(consents):
    assert sum(aggregate_counts()["purpose"].values()) == 1


def test_no_renewal_reminder_for_a_consent_without_end_date(app, consents, smtp):
    remind = app.test_cli_runner().invoke
    consents["in_force"].expires_at = NOW + timedelta(days=400)  # not due either
    db.session.commit()
    assert "queued: 0" in remind(args=["consent", "remind"]).output
    consents["in_force"].expires_at = NOW + timedelta(days=10)
    db.session.commit()
    assert "queued: 1" in remind(args=["consent", "remind"]).output
    (message,) = smtp.messages
    assert message["To"] == "in_force@example.org"


def test_purge_removes_a_consent_without_end_date(consents):
    counts = service.purge()
    assert counts["expired"] == 2  # "expired" and "no_end_date"
    left = {c.email for c in db.session.scalars(select(Contact))}
    assert "no_end_date@example.org" not in left
    assert "in_force@example.org" in left and "unconfirmed@example.org" in left
