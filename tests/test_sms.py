"""Text messages: queued in the outbox, delivered once through the provider's REST API (a
real local HTTP server here), retried while the provider is down, never sent without the SMS
consent, and never logging a number."""

import logging
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from portal import clock, sms
from portal.extensions import db
from portal.mail import sender
from portal.mail.transports import DeliveryError
from portal.models.contact import (
    Consent,
    ConsentEvent,
    ConsentText,
    Contact,
    EventKind,
    OutboxMessage,
)
from portal.sms.gateway import mask
from portal.sms.http_api import HttpGateway
from tests.mailing_helpers import person

NUMBER = "+46701234567"
TEXT = "Påminnelse: rekryteringsträff i morgon kl. 10.00, Kista. Läs mer: https://x.se/r/1"


def with_phone(email="anna@example.org", number=NUMBER, state="active", also=("job_invitations",)):
    """A person with a mobile number whose SMS consent is `state`, and active `also` purposes
    (so withdrawing the SMS purpose keeps the person)."""
    contact = person(email, state=state, purpose="sms_reminders")
    contact.phone = number
    for purpose in also:
        text = db.session.scalar(select(ConsentText).where(ConsentText.purpose == purpose))
        text = text or ConsentText(purpose=purpose, locale="sv", version=1, text="Ja", sha256="1")
        now = clock.now()
        db.session.add(
            Consent(
                contact=contact,
                purpose=purpose,
                consent_text=text,
                locale="sv",
                given_at=now,
                confirmed_at=now,
                expires_at=now + timedelta(days=600),
            )
        )
    db.session.commit()
    return contact


def queue_text(contact, text=TEXT):
    message = sms.queue(contact, text)
    db.session.commit()
    return message


def outbox():
    return db.session.scalars(select(OutboxMessage).order_by(OutboxMessage.id)).all()


def later(monkeypatch, minutes):
    moment = clock.now() + timedelta(minutes=minutes)
    monkeypatch.setattr(clock, "now", lambda: moment)


def logged_text(caplog) -> str:
    formatter = logging.Formatter("%(name)s %(message)s")
    return "\n".join(formatter.format(record) for record in caplog.records)


def test_a_queued_text_arrives_exactly_once_with_its_fields_and_auth(session, sms_provider):
    queue_text(with_phone())
    assert sms_provider.requests == []  # queuing sends nothing
    (arrived,) = sms_provider.messages
    assert arrived["to"] == NUMBER and arrived["message"] == TEXT
    assert arrived["from"] == "Stockholm" and arrived["path"] == "/a1/sms"
    assert (arrived["user"], arrived["password"]) == (sms_provider.USER, sms_provider.PASSWORD)
    assert outbox() == []  # sent rows are deleted
    sms_provider.deliver()
    assert len(sms_provider.requests) == 1


@pytest.mark.parametrize("outage", ["500", "connection refused"])
def test_provider_down_keeps_the_text_queued_and_it_arrives_once_later(
    session, sms_provider, monkeypatch, outage
):
    queue_text(with_phone())
    if outage == "500":
        sms_provider.fail(times=1, status=500)
    else:
        sms_provider.down()
    assert sms_provider.deliver()["retry"] == 1
    (waiting,) = outbox()
    assert waiting.attempts == 1 and waiting.failed_at is None and waiting.last_error
    assert sms_provider.received == []
    sms_provider.up()
    assert sms_provider.deliver().total() == 0  # not due again before the backoff
    later(monkeypatch, minutes=2)
    (arrived,) = sms_provider.messages
    assert arrived["to"] == NUMBER
    sms_provider.deliver()
    assert len(sms_provider.received) == 1 and outbox() == []


def test_a_refused_number_is_marked_failed_and_not_retried(session, sms_provider, monkeypatch):
    queue_text(with_phone())
    sms_provider.fail(times=1, status=400, body=f"Invalid to number {NUMBER}")
    assert sms_provider.deliver()["failed"] == 1
    (failed,) = outbox()
    assert failed.failed_at is not None and failed.last_error.startswith("HTTP 400")
    assert NUMBER not in failed.last_error and "701234567" not in failed.last_error
    later(monkeypatch, minutes=120)
    sms_provider.deliver()
    assert len(sms_provider.requests) == 1 and sms_provider.received == []


@pytest.mark.parametrize("status", [401, 402, 429, 503])
def test_account_and_rate_problems_are_retried_not_given_up(session, sms_provider, status):
    queue_text(with_phone())
    sms_provider.fail(times=1, status=status)
    assert sms_provider.deliver()["retry"] == 1
    assert outbox()[0].failed_at is None


def test_no_text_once_the_sms_consent_is_withdrawn_before_sending(session, sms_provider):
    from portal.contact import service

    contact = with_phone()
    queue_text(contact)
    service.withdraw(contact, ["sms_reminders"])
    assert sms_provider.deliver()["skipped"] == 1
    assert sms_provider.requests == [] and outbox() == []


def test_no_text_without_an_active_sms_consent(session, sms_provider):
    queue_text(with_phone("expired@example.org", "+46701111111", state="expired"))
    queue_text(with_phone("unconfirmed@example.org", "+46702222222", state="unconfirmed"))
    assert sms_provider.deliver()["skipped"] == 2
    assert sms_provider.requests == []


def test_logs_hold_no_phone_number(app, session, sms_provider, monkeypatch, caplog):
    queue_text(with_phone())
    queue_text(with_phone("b@example.org", "+46709876543"))
    with caplog.at_level(logging.DEBUG):
        sms_provider.fail(times=1, status=400, body=f"Invalid to number {NUMBER}")
        sms_provider.fail(times=1, status=503, body="Try +46709876543 later")
        sms_provider.deliver()
        later(monkeypatch, minutes=2)
        sms_provider.deliver()
    assert len(sms_provider.received) == 1  # the second arrived on its retry
    logged = logged_text(caplog)
    assert "not sent" in logged and "sent as SMS" in logged  # the failures were logged
    for digits in ("701234567", "709876543"):
        assert digits not in logged


def test_queue_refuses_a_text_over_the_segment_limit(app, session, sms_provider):
    contact = with_phone()
    arabic = "تذكير: لقاء التوظيف غدا الساعة العاشرة في كيستا. " * 3  # UCS-2: 70 a segment
    assert sms.segments.size(arabic).encoding == "UCS-2"
    assert sms.segments.count(arabic) == 3
    with pytest.raises(sms.TextTooLong):
        sms.queue(contact, arabic)
    assert outbox() == []
    assert sms.queue(contact, sms.segments.shorten(arabic, 2)) is not None


def test_the_sender_refuses_a_row_over_the_segment_limit(session, sms_provider):
    from portal import mail

    contact = with_phone()
    mail.queue(NUMBER, text="x" * 400, contact_id=contact.id, kind="sms", purpose="sms_reminders")
    db.session.commit()
    assert sms_provider.deliver()["failed"] == 1
    assert sms_provider.requests == []


@pytest.mark.parametrize(
    ("text", "encoding", "segments"),
    [
        ("a" * 160, "GSM-7", 1),
        ("å" * 161, "GSM-7", 2),  # Swedish letters are in the GSM-7 alphabet
        ("€" * 80, "GSM-7", 1),  # the euro sign takes two septets
        ("€" * 81, "GSM-7", 2),
        ("ب" * 70, "UCS-2", 1),  # Arabic
        ("ب" * 71, "UCS-2", 2),
        ("ሰላም " * 30, "UCS-2", 2),  # Tigrinya (Ethiopic), 120 characters
        ("😀" * 35, "UCS-2", 1),  # two UTF-16 units each
    ],
)
def test_segments_follow_the_gsm7_and_ucs2_limits(text, encoding, segments):
    size = sms.segments.size(text)
    assert (size.encoding, size.segments) == (encoding, segments)


def test_shorten_keeps_gsm7_texts_gsm7():
    shortened = sms.segments.shorten("ord " * 100, 1)
    assert shortened.endswith("...") and sms.segments.size(shortened).encoding == "GSM-7"
    assert sms.segments.count(shortened) == 1


def test_development_prints_the_text_with_a_masked_number(app, session, monkeypatch, capsys):
    monkeypatch.setitem(app.config, "SMS_BACKEND", "console")
    queue_text(with_phone())
    with app.app_context():
        assert sender.send_queued()["sent"] == 1
    printed = capsys.readouterr().out
    assert TEXT in printed and mask(NUMBER) in printed and NUMBER not in printed
    assert mask(NUMBER) == "+46*******67"


def test_credentials_only_travel_over_tls_or_to_this_machine():
    config = {"SMS_API_URL": "http://sms.example.net/a1/sms", "SMS_API_USER": "u"}
    with pytest.raises(DeliveryError):
        HttpGateway.from_config(config)
    assert HttpGateway.from_config({**config, "SMS_API_URL": "https://sms.example.net/a1/sms"})
    with pytest.raises(DeliveryError):
        HttpGateway.from_config({})


def count_events(kind):
    return db.session.scalar(
        select(func.count()).select_from(ConsentEvent).where(ConsentEvent.kind == kind)
    )


@pytest.mark.parametrize("reply", ["STOP", "stop", "  Stopp \n", "STOPP.", "stop!"])
def test_a_stop_reply_withdraws_the_sms_purpose_and_queued_texts_are_skipped(
    client, session, sms_provider, reply
):
    contact = with_phone()
    queue_text(contact)
    response = sms_provider.reply(client, "+46 70 123 45 67", reply)
    assert response.status_code == 200 and response.get_data() == b""
    db.session.expire_all()
    assert count_events(EventKind.WITHDRAWN) == 1
    assert sms_provider.deliver()["skipped"] == 1
    assert sms_provider.requests == []
    kept = db.session.get(Contact, contact.id)
    assert kept.phone is None  # the number was kept only for text messages
    assert {c.purpose for c in kept.consents if c.withdrawn_at is None} == {"job_invitations"}


def test_stop_from_someone_with_only_the_sms_purpose_deletes_their_data(
    client, session, sms_provider
):
    contact_id = queue_text(with_phone(also=())).contact_id
    assert sms_provider.reply(client, NUMBER, "STOP").status_code == 200
    db.session.expire_all()
    assert db.session.get(Contact, contact_id) is None and outbox() == []
    assert count_events(EventKind.WITHDRAWN) == 1 and count_events(EventKind.DELETED) == 1
    sms_provider.deliver()
    assert sms_provider.requests == []


def test_other_replies_and_unknown_numbers_change_nothing(client, session, sms_provider):
    contact = with_phone()
    queue_text(contact)
    for number, text in [(NUMBER, "Jag kommer"), ("+46709999999", "STOP"), ("nonsense", "STOP")]:
        response = sms_provider.reply(client, number, text)
        assert response.status_code == 200 and response.get_data() == b""
    assert count_events(EventKind.WITHDRAWN) == 0
    assert len(sms_provider.messages) == 1


@pytest.mark.parametrize(
    "authorization",
    [None, "Basic " + "d3Jvbmc6d3Jvbmc=", "Bearer webhook-secret", "Basic !!notbase64"],
)
def test_the_webhook_refuses_unauthenticated_calls(client, session, sms_provider, authorization):
    contact = with_phone()
    queue_text(contact)
    headers = {"Authorization": authorization} if authorization else {}
    response = client.post(
        "/api/v1/sms/inbound", data={"from": NUMBER, "message": "STOP"}, headers=headers
    )
    assert response.status_code == 401 and response.get_data() == b""
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert count_events(EventKind.WITHDRAWN) == 0
    assert len(sms_provider.messages) == 1


def test_the_webhook_refuses_everyone_when_no_credentials_are_configured(
    app, client, session, sms_provider, monkeypatch
):
    monkeypatch.setitem(app.config, "SMS_INBOUND_USER", None)
    monkeypatch.setitem(app.config, "SMS_INBOUND_PASSWORD", None)
    with_phone()
    assert sms_provider.reply(client, NUMBER, "STOP").status_code == 401
    assert count_events(EventKind.WITHDRAWN) == 0


def test_guessing_the_webhook_password_is_rate_limited(client, session, sms_provider):
    statuses = [
        sms_provider.reply(client, NUMBER, "STOP", auth=False).status_code for _ in range(11)
    ]
    assert statuses[:10] == [401] * 10 and statuses[10] == 429
    assert sms_provider.reply(client, NUMBER, "hej").status_code == 429  # per client address


def test_a_number_corrected_after_queuing_gets_the_text(session, sms_provider):
    contact = with_phone()
    queue_text(contact)
    contact.phone = "+46731234567"  # corrected on the manage page
    db.session.commit()
    (arrived,) = sms_provider.messages
    assert arrived["to"] == "+46731234567"


def test_a_number_in_a_log_record_is_redacted(app, caplog):
    with caplog.at_level(logging.INFO):
        app.logger.info("provider said: invalid number %s", NUMBER)
    logged = logged_text(caplog)
    assert "701234567" not in logged and "[phone]" in logged


def test_no_answer_after_sending_is_not_retried_so_never_sent_twice(
    app, session, sms_provider, monkeypatch
):
    import time

    monkeypatch.setitem(app.config, "SMS_TIMEOUT", 0.3)
    queue_text(with_phone())
    sms_provider.delay = 0.8  # the provider takes the text but answers too late
    assert sms_provider.deliver()["failed"] == 1
    (failed,) = outbox()
    assert "may have been sent" in failed.last_error
    for _ in range(50):  # the provider finishes on its own time
        if sms_provider.received:
            break
        time.sleep(0.05)
    sms_provider.delay = 0
    later(monkeypatch, minutes=120)
    sms_provider.deliver()
    assert len(sms_provider.received) == 1 and len(sms_provider.requests) == 1
