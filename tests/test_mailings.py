"""Mailings: the right people get one message each, in their language, outside requests."""

import threading

import pytest
from sqlalchemy import func, select

from portal import clock
from portal.contact.record import export
from portal.extensions import db
from portal.mail import sender, worker
from portal.mailings import delivery, workflow
from portal.models.audit import AuditEvent
from portal.models.contact import Contact, OutboxMessage
from portal.models.mailing import Mailing, MailingRecipient
from tests.admin_helpers import make_user
from tests.contact_helpers import path_of
from tests.mailing_helpers import ENGLISH, SWEDISH, approved_and_sending, mailing, person


@pytest.fixture(autouse=True)
def _no_pacing(app, monkeypatch):
    """Everything due at once, except in the tests of the per-minute limit."""
    monkeypatch.setitem(app.config, "MAILING_PER_MINUTE", 1_000_000)


@pytest.fixture
def officers(session):
    return make_user("anna@stockholm.se", "contact_officer"), make_user(
        "bo@stockholm.se", "contact_officer"
    )


def report(item):
    rows = db.session.execute(
        select(MailingRecipient.status, func.count())
        .where(MailingRecipient.mailing_id == item.id)
        .group_by(MailingRecipient.status)
    ).all()
    return dict(rows)


def test_each_eligible_person_gets_one_message_in_their_language(client, session, smtp, officers):
    author, approver = officers
    person("sv@example.org", "sv")
    person("en@example.org", "en")
    person("fi@example.org", "fi")  # no Finnish text: Swedish
    for state in ("withdrawn", "expired", "unconfirmed"):
        person(f"{state}@example.org", "en", state=state)
    person("other-purpose@example.org", "en", purpose="education_info")
    item = mailing(author)
    approved_and_sending(item, approver)
    assert smtp.connections == 0  # sending started in a request: nothing went out in it
    received = {m["To"]: m for m in smtp.messages}
    assert sorted(received) == ["en@example.org", "fi@example.org", "sv@example.org"]
    assert received["en@example.org"]["Subject"] == ENGLISH[0]
    assert received["fi@example.org"]["Subject"] == SWEDISH[0]
    assert received["sv@example.org"]["Subject"] == SWEDISH[0]
    html = received["sv@example.org"].get_body(("html",)).get_content()
    assert "<strong>nya</strong>" in html and 'href="https://start.stockholm/"' in html
    text = received["en@example.org"].get_body(("plain",)).get_content()
    assert "We have **new** programmes." in text and "/en/kontakt/hantera" in text
    smtp.deliver()  # a second round sends nothing again
    assert len(smtp.received) == 3
    db.session.expire_all()
    assert report(item) == {"sent": 3}
    assert db.session.get(Mailing, item.id).status == "sent"


def test_one_click_unsubscribe_ends_only_that_purpose(client, session, smtp, officers):
    author, approver = officers
    contact = person("sv@example.org", "sv")
    person("sv@example.org-edu", "sv", purpose="education_info")  # another person
    approved_and_sending(mailing(author), approver)
    (message,) = smtp.messages
    url = message["List-Unsubscribe"].strip("<>")
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    contact_id = contact.id
    response = client.post(path_of(url), data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 204
    db.session.expire_all()
    assert db.session.get(Contact, contact_id) is None  # newsletter was their only purpose


def test_someone_who_withdraws_after_queueing_gets_nothing(client, session, smtp, officers):
    author, approver = officers
    stays = person("stays@example.org")
    leaves = person("leaves@example.org")
    item = approved_and_sending(mailing(author), approver)
    with client.application.app_context(), worker.public_context():
        delivery.run()  # queued, not sent yet
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 2
    consent = leaves.consents[0]
    consent.withdrawn_at = clock.now()
    db.session.commit()
    assert [m["To"] for m in smtp.messages] == [stays.email]
    db.session.expire_all()
    assert report(item) == {"sent": 1, "skipped": 1}


def test_two_workers_at_once_send_each_person_one_message(shared_app, smtp, monkeypatch):
    monkeypatch.setitem(shared_app.config, "MAIL_SERVER", "127.0.0.1")
    monkeypatch.setitem(shared_app.config, "MAIL_PORT", smtp.port)
    monkeypatch.setitem(shared_app.config, "MAILING_PER_MINUTE", 100_000)
    with shared_app.app_context():
        author, approver = (
            make_user("anna@stockholm.se", "contact_officer"),
            make_user("bo@stockholm.se", "contact_officer"),
        )
        addresses = [f"p{n}@example.org" for n in range(30)]
        for address in addresses:
            person(address, "sv")
        with shared_app.test_request_context():
            approved_and_sending(mailing(author), approver)
    smtp.delay = 0.02

    def work():
        with shared_app.app_context(), worker.public_context():
            for _ in range(3):
                worker.run_round(sender.sender_name())
            db.session.remove()

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(m["To"] for m in smtp.received) == sorted(addresses)
    with shared_app.app_context():
        assert db.session.scalar(select(func.count()).select_from(MailingRecipient)) == 30
        db.session.remove()


def test_smtp_down_loses_nothing_and_a_refusal_is_reported(
    app, client, session, smtp, officers, monkeypatch
):
    author, approver = officers
    person("sv@example.org")
    person("refused@example.org")
    item = approved_and_sending(mailing(author), approver)
    monkeypatch.setitem(app.config, "MAIL_PORT", 9)  # the SMTP server is down
    counts = smtp.deliver()
    assert counts["sent"] == 0 and counts["retry"] >= 1
    db.session.expire_all()
    assert report(item) == {"queued": 2}
    monkeypatch.setitem(app.config, "MAIL_PORT", smtp.port)
    later = clock.now() + sender.backoff(1) * 2
    monkeypatch.setattr(clock, "now", lambda: later)
    smtp.handler.refuse = {"refused@example.org"}
    smtp.deliver()
    assert [m["To"] for m in smtp.received] == ["sv@example.org"]
    db.session.expire_all()
    assert report(item) == {"sent": 1, "failed": 1}
    error = db.session.scalar(
        select(MailingRecipient.error).where(MailingRecipient.error.is_not(None))
    )
    assert error.startswith("550") and "refused@" not in error


def test_sending_is_spread_to_the_per_minute_limit(app, session, smtp, officers, monkeypatch):
    author, approver = officers
    monkeypatch.setitem(app.config, "MAILING_PER_MINUTE", 2)
    for n in range(3):
        person(f"p{n}@example.org")
    approved_and_sending(mailing(author), approver)
    assert len(smtp.messages) == 1  # the others wait for their slot
    times = db.session.scalars(select(OutboxMessage.not_before).order_by(OutboxMessage.id)).all()
    assert [(b - a).total_seconds() for a, b in zip(times, times[1:], strict=False)] == [30.0]


def test_cancel_while_sending_stops_the_rest(app, session, smtp, officers, monkeypatch):
    author, approver = officers
    monkeypatch.setitem(app.config, "MAILING_PER_MINUTE", 1)
    for n in range(3):
        person(f"p{n}@example.org")
    item = approved_and_sending(mailing(author), approver)
    assert len(smtp.messages) == 1
    workflow.cancel(db.session.get(Mailing, item.id), approver)
    smtp.deliver()
    assert len(smtp.received) == 1
    db.session.expire_all()
    assert report(item) == {"sent": 1, "cancelled": 2}
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0


@pytest.fixture
def officers_at_work(app, officers):
    """Officers acting as in a request (messages in their language, URLs on the public site)."""
    with app.test_request_context():
        yield officers


def test_rules_of_the_workflow(app, session, officers_at_work):
    author, approver = officers_at_work
    person("sv@example.org")
    item = mailing(author)
    with pytest.raises(workflow.Refused, match="Någon annan än den som skrev"):
        workflow.approve(item, author, item.version)
    with pytest.raises(workflow.Refused, match="har ändrat utskicket"):
        workflow.approve(item, approver, item.version - 1)
    with pytest.raises(workflow.Refused, match="Bara ett godkänt utskick"):
        workflow.send(item, author)
    workflow.approve(item, approver, item.version)
    with pytest.raises(workflow.Refused, match="kan inte längre ändras"):
        workflow.save(item, workflow.Draft("newsletter", [], [], {"sv": SWEDISH}), author)
    workflow.send(item, author)
    with pytest.raises(workflow.Refused, match="Bara ett godkänt utskick"):
        workflow.send(item, author)
    workflow.cancel(item, author)
    actions = db.session.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert [a for a in actions if a.startswith("mailing_")] == [
        "mailing_created",
        "mailing_approved",
        "mailing_sent",
        "mailing_cancelled",
    ]


def test_an_empty_audience_cannot_be_approved(app, session, officers_at_work):
    author, approver = officers_at_work
    person("sv@example.org", background="other")
    item = mailing(author, backgrounds=["bemanna_2020"])
    with pytest.raises(workflow.Refused, match="Ingen kan få utskicket"):
        workflow.approve(item, approver, item.version)


def test_the_data_download_lists_mailings_until_the_person_is_deleted(
    client, session, smtp, officers
):
    author, approver = officers
    contact = person("sv@example.org")
    item = approved_and_sending(mailing(author), approver)
    smtp.deliver()
    db.session.expire_all()
    with client.application.test_request_context():
        data = export(db.session.get(Contact, contact.id))
    (entry,) = data["mailings_received"]
    assert entry["subject"] == SWEDISH[0] and entry["purpose"] == "newsletter"
    from portal.contact.service import delete_person

    delete_person(db.session.get(Contact, contact.id), clock.now())
    db.session.commit()
    (row,) = db.session.scalars(
        select(MailingRecipient).where(MailingRecipient.mailing_id == item.id)
    )
    assert row.contact_id is None and row.status == "sent"  # the report keeps its counts
