"""`flask --app portal reminders send-due`: the day before a recruitment day, one short SMS in
their language to everyone coming who holds the SMS consent and a number; a second run sends
nothing more; none for a cancelled day or without the consent. Read at a real local HTTP
server standing in for the SMS provider."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.models.contact import Consent, ConsentText
from portal.models.recruitment import DayStatus
from tests import factories
from tests.recruitment_helpers import invited


def agree_to_sms(contact, number, state="active"):
    now = clock.now()
    text = db.session.scalar(select(ConsentText).where(ConsentText.purpose == "sms_reminders"))
    text = text or ConsentText(
        purpose="sms_reminders", locale="sv", version=1, text="Ja", sha256="2"
    )
    contact.phone = number
    db.session.add(
        Consent(
            contact=contact,
            purpose="sms_reminders",
            consent_text=text,
            locale=contact.locale,
            given_at=now,
            confirmed_at=None if state == "unconfirmed" else now,
            expires_at=now + timedelta(days=600),
            withdrawn_at=now if state == "withdrawn" else None,
        )
    )
    db.session.commit()


def run(app):
    result = app.test_cli_runner().invoke(args=["reminders", "send-due"])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture
def tomorrow(session):
    day = factories.recruitment_day(
        "Träffa hemtjänsten",
        texts={"ar": "قابل الرعاية المنزلية"},
        in_days=1,
        address="Kista torg 7",
    )
    session.commit()
    return day


def test_exactly_one_reminder_per_eligible_person_even_when_run_twice(
    app, session, tomorrow, sms_provider
):
    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    omar, _ = invited(tomorrow, "omar@example.org", locale="ar", answer="coming")
    agree_to_sms(omar, "+46702222222")
    no_consent, _ = invited(tomorrow, "utan@example.org", answer="coming")
    no_consent.phone = "+46703333333"
    withdrawn, _ = invited(tomorrow, "aterkallat@example.org", answer="coming")
    agree_to_sms(withdrawn, "+46704444444", state="withdrawn")
    unconfirmed, _ = invited(tomorrow, "obekraftat@example.org", answer="coming")
    agree_to_sms(unconfirmed, "+46706666666", state="unconfirmed")
    not_coming, _ = invited(tomorrow, "inte@example.org", answer="not_coming")
    agree_to_sms(not_coming, "+46705555555")
    db.session.commit()

    first = run(app)
    assert "SMS reminders queued: 2;" in first
    assert "coming without SMS consent or number: 3" in first
    second = run(app)
    assert "SMS reminders queued: 0; already queued before: 2" in second

    arrived = sms_provider.messages
    assert sorted(m["to"] for m in arrived) == ["+46701111111", "+46702222222"]
    (swedish,) = sms_provider.texts_to("+46701111111")
    assert swedish.startswith("Påminnelse") and "09:30" in swedish and "Kista torg 7" in swedish
    assert f"/sv/traff/{tomorrow.id}" in swedish
    (arabic,) = sms_provider.texts_to("+46702222222")
    assert "تذكير" in arabic and f"/ar/traff/{tomorrow.id}" in arabic
    run(app)
    sms_provider.deliver()
    assert len(sms_provider.received) == 2


def test_no_reminder_for_a_cancelled_day_or_a_day_not_tomorrow(
    app, session, tomorrow, sms_provider
):
    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    later = factories.recruitment_day(in_days=3)
    db.session.commit()
    bo, _ = invited(later, "bo@example.org", answer="coming")
    agree_to_sms(bo, "+46707777777")
    tomorrow.status = DayStatus.CANCELLED
    db.session.commit()
    output = run(app)
    assert "SMS reminders queued: 0;" in output and "cancelled day (none sent): 1" in output
    assert sms_provider.messages == []


def test_a_person_who_withdraws_before_sending_gets_nothing(app, session, tomorrow, sms_provider):
    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    run(app)
    consent = db.session.scalar(select(Consent).where(Consent.purpose == "sms_reminders"))
    consent.withdrawn_at = clock.now()
    db.session.commit()
    assert sms_provider.messages == []


def test_cancelling_sends_the_sms_notice_to_those_coming_who_agreed(app, session, sms_provider):
    from portal.recruitment import notices

    day = factories.recruitment_day(texts={"ar": "يوم التوظيف"}, in_days=5)
    session.commit()
    omar, _ = invited(day, "omar@example.org", locale="ar", answer="coming")
    agree_to_sms(omar, "+46702222222")
    invited(day, "utan@example.org", answer="coming")
    with app.test_request_context():
        day = db.session.merge(day)
        day.status = DayStatus.CANCELLED
        notices.queue(day, notices.CANCELLED)
        db.session.commit()
    (arrived,) = sms_provider.messages
    assert arrived["to"] == "+46702222222" and f"/ar/traff/{day.id}" in arrived["message"]


def test_a_day_moved_after_its_reminder_gets_a_reminder_before_the_new_date(
    app, session, tomorrow, sms_provider, monkeypatch
):
    from werkzeug.datastructures import MultiDict

    from portal.recruitment import editor

    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    assert "SMS reminders queued: 1;" in run(app)
    sms_provider.deliver()
    assert len(sms_provider.texts_to("+46701111111")) == 1

    new_date = clock.today() + timedelta(days=8)
    values = editor.form_values(tomorrow)
    values.update(day=new_date.isoformat(), employers="", programmes="")
    with app.test_request_context("/admin/rekryteringstraffar", method="POST"):
        _, problems, conflict = editor.save(tomorrow, MultiDict(values))
    assert problems == [] and not conflict

    real_today = clock.today
    monkeypatch.setattr(clock, "today", lambda: real_today() + timedelta(days=7))
    output = run(app)
    assert "SMS reminders queued: 1;" in output
    sms_provider.deliver()
    reminders = [t for t in sms_provider.texts_to("+46701111111") if t.startswith("Påminnelse")]
    assert len(reminders) == 2


def test_withdrawing_the_invitation_consent_frees_the_place_and_stops_the_reminder(
    app, session, tomorrow, sms_provider
):
    # The answer link then says the consent is withdrawn and takes no answer, so the
    # person could not say "I can't come" any more: their "coming" must not linger.
    from portal.contact import service
    from portal.recruitment import rsvp

    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    tomorrow.capacity = 1
    db.session.commit()
    assert rsvp.places_left(tomorrow) == 0

    service.withdraw(anna, ["job_invitations"])  # the SMS purpose stays
    assert rsvp.places_left(tomorrow) == 1
    assert "SMS reminders queued: 0;" in run(app)
    assert sms_provider.messages == []


def test_purge_of_expired_consents_forgets_the_number_and_the_answers_kept_for_them(
    app, session, tomorrow, sms_provider
):
    from datetime import timedelta as days

    from portal.contact import service
    from portal.models.contact import Contact
    from portal.models.recruitment import Invitation
    from tests.mailing_helpers import person

    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    newsletter = person("brev@example.org", purpose="newsletter").consents[0]
    newsletter.contact = anna  # something else stays in force, so the person stays
    for consent in anna.consents:
        if consent.purpose in ("job_invitations", "sms_reminders"):
            consent.expires_at = clock.now() - days(days=1)
    db.session.commit()

    with app.app_context():
        service.purge()
    db.session.expire_all()
    anna = db.session.get(Contact, anna.id)
    assert anna is not None and anna.phone is None
    assert db.session.scalars(select(Invitation)).all() == []


def _edit(app, day, **changes):
    from werkzeug.datastructures import MultiDict

    from portal.recruitment import editor

    values = editor.form_values(day)
    values.update(employers="", programmes="", **changes)
    with app.test_request_context("/admin/rekryteringstraffar", method="POST"):
        _, problems, conflict = editor.save(day, MultiDict(values))
    assert problems == [] and not conflict


def test_a_reminder_still_waiting_names_the_new_time_after_a_change_the_same_day(
    app, session, tomorrow, sms_provider
):
    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    assert "SMS reminders queued: 1;" in run(app)  # waiting in the outbox, not yet sent
    _edit(app, tomorrow, starts_at="15:00", ends_at="17:00")
    assert "SMS reminders queued: 1;" in run(app)  # a new one, with the new time
    sms_provider.deliver()
    texts = sms_provider.texts_to("+46701111111")
    reminders = [t for t in texts if t.startswith("Påminnelse")]
    assert len(reminders) == 1 and "15:00-17:00" in reminders[0]
    assert any(t.startswith("Rekryteringsträffen flyttad") and "15:00" in t for t in texts)


def test_a_reminder_still_waiting_when_the_day_is_cancelled_is_not_sent(
    app, session, tomorrow, sms_provider
):
    from portal.recruitment import editor

    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    assert "SMS reminders queued: 1;" in run(app)
    with app.test_request_context("/admin/rekryteringstraffar", method="POST"):
        assert editor.cancel(tomorrow, str(tomorrow.version))
    sms_provider.deliver()
    (text,) = sms_provider.texts_to("+46701111111")
    assert text.startswith("Inställd")


def test_a_reminder_given_up_on_is_not_sent_again_after_a_change(
    app, session, tomorrow, sms_provider
):
    from portal import clock
    from portal.models.contact import OutboxMessage

    anna, _ = invited(tomorrow, "anna@example.org", answer="coming")
    agree_to_sms(anna, "+46701111111")
    assert "SMS reminders queued: 1;" in run(app)
    (waiting,) = db.session.scalars(select(OutboxMessage)).all()
    waiting.failed_at = clock.now()  # the provider refused the number for good
    db.session.commit()
    _edit(app, tomorrow, starts_at="15:00", ends_at="17:00")
    assert db.session.get(OutboxMessage, waiting.id) is not None  # kept for the report
    assert "SMS reminders queued: 0;" in run(app)  # no second try at that number
