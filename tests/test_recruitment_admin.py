"""Editors write and cancel recruitment days; contact officers invite, see counts, and (audited)
the names of those coming. Bad input is refused with a message and nothing stored changes."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from portal import clock
from portal.extensions import db
from portal.mailings import delivery
from portal.models.audit import AuditEvent
from portal.models.contact import OutboxMessage
from portal.models.mailing import Mailing
from portal.models.recruitment import Invitation, RecruitmentDay, RecruitmentDayRevision
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.helpers import page, text_of
from tests.mailing_helpers import approved_and_sending
from tests.recruitment_helpers import invited


@pytest.fixture
def editor(app, session):
    user = make_user("redaktor@stockholm.se", "editor")
    client = app.test_client()
    sign_in(client, user.email)
    return client


@pytest.fixture
def officer(app, session):
    user = make_user("handlaggare@stockholm.se", "contact_officer")
    client = app.test_client()
    sign_in(client, user.email)
    client.user = user
    return client


def form(client, path, **changes):
    day = clock.today() + timedelta(days=20)
    data = {
        "csrf_token": csrf_token(client, path),
        "day": day.isoformat(),
        "starts_at": "09:30",
        "ends_at": "15:00",
        "address": "Kista torg 7",
        "capacity": "40",
        "sv-title": "Rekryteringsträff hemtjänst",
        "sv-description": "Träffa arbetsgivare.",
        "ar-title": "يوم التوظيف",
    }
    data.update(changes)
    return data


def days():
    db.session.expire_all()
    return db.session.scalars(select(RecruitmentDay)).all()


def test_an_editor_creates_a_day_with_a_revision_and_an_audit_entry(editor, session):
    response = editor.post(
        "/admin/rekryteringstraffar/ny", data=form(editor, "/admin/rekryteringstraffar/ny")
    )
    assert response.status_code == 303
    (day,) = days()
    assert day.text("sv").title == "Rekryteringsträff hemtjänst"
    assert day.text("ar").title == "يوم التوظيف"
    assert day.text("fi").locale == "sv"  # no Finnish: Swedish is shown
    assert db.session.scalar(select(RecruitmentDayRevision.summary)) == "created"
    assert (
        db.session.scalar(select(AuditEvent.action).where(AuditEvent.action.like("recruitment%")))
        == "recruitment_day_saved"
    )
    assert editor.get("/admin/rekryteringstraffar").status_code == 200


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_at": "09:00"}, "ends_at", "Sluttiden måste vara efter starttiden."),
        ({"day": (clock.today() - timedelta(days=1)).isoformat()}, "day", "Datumet har passerat."),
        ({"sv-title": ""}, "sv-title", "Skriv en rubrik på svenska."),
        ({"starts_at": "nio"}, "starts_at", "Skriv starttiden"),
        ({"address": ""}, "address", "Skriv adressen"),
    ],
)
def test_bad_input_is_refused_with_a_translated_message_and_kept(editor, changes, field, message):
    data = form(editor, "/admin/rekryteringstraffar/ny", **changes)
    response = editor.post("/admin/rekryteringstraffar/ny", data=data)
    assert response.status_code == 422
    assert message in response.text
    assert f'href="#{field}"' in response.text
    assert "Rekryteringsträff hemtjänst" in response.text or field == "sv-title"
    assert "Kista torg 7" in response.text or field == "address"
    assert days() == []


def test_capacity_below_those_already_coming_is_refused(editor, session):
    day = factories.recruitment_day(capacity=5)
    session.commit()
    for n in range(3):
        invited(day, f"k{n}@example.org", answer="coming")
    path = f"/admin/rekryteringstraffar/{day.id}"
    data = form(editor, path, capacity="2", version=str(day.version))
    response = editor.post(path, data=data)
    assert response.status_code == 422
    assert "3 personer har redan sagt att de kommer" in response.text
    assert days()[0].capacity == 5


def test_a_save_from_an_outdated_form_is_refused(editor, session):
    day = factories.recruitment_day()
    session.commit()
    path = f"/admin/rekryteringstraffar/{day.id}"
    stale = form(editor, path, version=str(day.version), address="Gamla vägen 1")
    assert editor.post(path, data=form(editor, path, version=str(day.version))).status_code == 303
    response = editor.post(path, data=stale)
    assert response.status_code == 409
    assert days()[0].address == "Kista torg 7"


def notices(kind):
    return db.session.scalars(
        select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
    ).all()


def with_sms(contact, number="+46701234567"):
    from tests.mailing_helpers import person

    contact.phone = number
    sms_consent = person(f"sms-{contact.id}@example.org", purpose="sms_reminders").consents[0]
    sms_consent.contact = contact
    db.session.commit()


def test_moving_a_day_tells_those_coming_by_mail_and_sms_where_agreed(editor, session):
    day = factories.recruitment_day(texts={"ar": "يوم التوظيف"})
    session.commit()
    coming, _ = invited(day, "kommer@example.org", locale="ar", answer="coming")
    with_sms(coming)
    invited(day, "kommer-utan-sms@example.org", answer="coming")
    invited(day, "inte@example.org", answer="not_coming")
    invited(day, "vet-ej@example.org")
    path = f"/admin/rekryteringstraffar/{day.id}"
    unchanged = form(editor, path, version=str(day.version), **{"day": day.day.isoformat()})
    assert editor.post(path, data=unchanged).status_code == 303
    assert notices("email") == [] and notices("sms") == []  # only the texts changed
    moved = form(
        editor,
        path,
        version=str(days()[0].version),
        starts_at="13:00",
        ends_at="16:00",
        **{"day": day.day.isoformat()},
    )
    assert editor.post(path, data=moved).status_code == 303
    mails = notices("email")
    assert sorted(m.to_address for m in mails) == [
        "kommer-utan-sms@example.org",
        "kommer@example.org",
    ]
    assert all("13:00" in m.text_body for m in mails)
    (sms,) = notices("sms")
    assert sms.to_address == "+46701234567" and "13:00" in sms.text_body
    assert sms.purpose == "sms_reminders"


def test_cancelling_tells_those_coming_and_the_day_shows_cancelled(editor, session):
    day = factories.recruitment_day()
    session.commit()
    coming, _ = invited(day, "kommer@example.org", answer="coming")
    with_sms(coming)
    invited(day, "inte@example.org", answer="not_coming")
    path = f"/admin/rekryteringstraffar/{day.id}/stall-in"
    data = {
        "csrf_token": csrf_token(editor, f"/admin/rekryteringstraffar/{day.id}"),
        "version": str(day.version),
    }
    assert editor.post(path, data=data).status_code == 303
    assert days()[0].cancelled
    (mail,) = notices("email")
    assert mail.to_address == "kommer@example.org" and "inställd" in mail.subject.lower()
    (sms,) = notices("sms")
    assert "Inställd" in sms.text_body
    actions = db.session.scalars(select(AuditEvent.action)).all()
    assert "recruitment_day_cancelled" in actions


def test_inviting_writes_a_mailing_whose_messages_carry_the_answer_link(app, officer, session):
    day = factories.recruitment_day(texts={"ar": "يوم التوظيف"})
    session.commit()
    from tests.mailing_helpers import person

    person("anna@example.org", purpose="job_invitations", interests=["elderly_care"])
    person("omar@example.org", locale="ar", purpose="job_invitations", interests=["elderly_care"])
    person("bara-sfi@example.org", purpose="job_invitations", interests=["swedish"])
    person("nyhetsbrev@example.org", purpose="newsletter")
    path = f"/admin/rekryteringstraffar/{day.id}/bjud-in"
    data = {"csrf_token": csrf_token(officer, path), "interests": ["elderly_care"]}
    response = officer.post(path, data=data)
    assert response.status_code == 303
    mailing = db.session.scalar(select(Mailing))
    assert mailing.purpose == "job_invitations" and mailing.recruitment_day_id == day.id
    assert mailing.interests == ["elderly_care"]
    approver = make_user("godkannare@stockholm.se", "contact_officer")
    approved_and_sending(mailing, approver)
    with app.test_request_context():
        delivery.run()
    rows = db.session.scalars(select(Invitation).order_by(Invitation.id)).all()
    assert sorted(r.contact.email for r in rows) == ["anna@example.org", "omar@example.org"]
    messages = notices("email")
    assert len(messages) == 2
    for message in messages:
        assert "/rekryteringstraffar/svar/" in message.text_body
        assert "/rekryteringstraffar/svar/" in message.html_body
    arabic = next(m for m in messages if m.to_address == "omar@example.org")
    assert "يوم التوظيف" in arabic.subject and "/ar/rekryteringstraffar/svar/" in arabic.text_body


def test_officers_see_counts_and_only_the_names_of_those_coming_audited(officer, session):
    day = factories.recruitment_day()
    session.commit()
    invited(day, "kommer@example.org", answer="coming")
    invited(day, "inte@example.org", answer="not_coming")
    invited(day, "vet-ej@example.org")
    listing = officer.get("/admin/rekryteringstraffar").text
    assert "<td>3</td><td>1</td><td>1</td><td>1</td>" in listing.replace("\n", "").replace(
        "    ", ""
    )
    assert (
        db.session.scalar(
            select(AuditEvent.id).where(AuditEvent.action == "recruitment_day_coming_viewed")
        )
        is None
    )
    names = officer.get(f"/admin/rekryteringstraffar/{day.id}/kommer").text
    assert "kommer@example.org" in names
    assert "inte@example.org" not in names and "vet-ej@example.org" not in names
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "recruitment_day_coming_viewed")
    )
    assert event.details == {"rows": 1} and "@" not in str(event.details)


def test_the_export_of_those_coming_is_audited(officer, session):
    day = factories.recruitment_day()
    session.commit()
    invited(day, "kommer@example.org", answer="coming")
    invited(day, "inte@example.org", answer="not_coming")
    response = officer.get(f"/admin/rekryteringstraffar/{day.id}/kommer.csv")
    assert response.headers["Content-Type"].startswith("text/csv")
    assert "kommer@example.org" in response.text and "inte@example.org" not in response.text
    event = db.session.scalar(
        select(AuditEvent).where(AuditEvent.action == "recruitment_day_coming_exported")
    )
    assert event.details == {"rows": 1}


def test_a_name_in_the_export_of_those_coming_never_runs_as_a_formula(officer, session):
    # Residents type their own names; the organiser opens the file in a spreadsheet.
    day = factories.recruitment_day()
    session.commit()
    contact, _ = invited(day, "kommer@example.org", answer="coming")
    contact.name = '=HYPERLINK("http://evil.example","Klicka")'
    contact.details_confirmed_at = clock.now()
    session.commit()
    body = officer.get(f"/admin/rekryteringstraffar/{day.id}/kommer.csv").text
    row = body.splitlines()[1]
    assert "'=HYPERLINK" in row
    assert not any(cell.strip('"').startswith("=") for cell in row.split(";"))


def test_cancelling_a_day_stops_its_invitation_mailings_not_yet_sent(app, editor, officer, session):
    # An invitation written before the day was cancelled must not go out after it.
    from portal.models.mailing import MailingStatus
    from tests.mailing_helpers import person

    day = factories.recruitment_day()
    session.commit()
    person("anna@example.org", purpose="job_invitations", interests=["elderly_care"])
    invite = f"/admin/rekryteringstraffar/{day.id}/bjud-in"
    officer.post(invite, data={"csrf_token": csrf_token(officer, invite)})
    officer.post(invite, data={"csrf_token": csrf_token(officer, invite)})
    drafted, approved = db.session.scalars(select(Mailing).order_by(Mailing.id)).all()
    approved_and_sending(approved, make_user("godkannare@stockholm.se", "contact_officer"))

    path = f"/admin/rekryteringstraffar/{day.id}/stall-in"
    data = {
        "csrf_token": csrf_token(editor, f"/admin/rekryteringstraffar/{day.id}"),
        "version": str(day.version),
    }
    assert editor.post(path, data=data).status_code == 303
    with app.test_request_context():
        delivery.run()
    db.session.expire_all()
    assert drafted.status == MailingStatus.CANCELLED
    assert approved.status == MailingStatus.CANCELLED
    assert notices("email") == []
    assert db.session.scalars(select(Invitation)).all() == []


def test_moving_a_day_stops_its_invitation_mailings_written_for_the_old_time(
    app, editor, officer, session
):
    # Their text (approved as written) names the old date; a new invitation is written.
    from portal.models.mailing import MailingStatus
    from tests.mailing_helpers import person

    day = factories.recruitment_day()
    session.commit()
    person("anna@example.org", purpose="job_invitations", interests=["elderly_care"])
    invite = f"/admin/rekryteringstraffar/{day.id}/bjud-in"
    officer.post(invite, data={"csrf_token": csrf_token(officer, invite)})
    (mailing,) = db.session.scalars(select(Mailing)).all()
    approved_and_sending(mailing, make_user("godkannare@stockholm.se", "contact_officer"))

    path = f"/admin/rekryteringstraffar/{day.id}"
    kept = [str(e.id) for e in day.employers]  # still a day in elderly care
    texts_only = form(
        editor, path, version=str(day.version), employers=kept, **{"day": day.day.isoformat()}
    )
    assert editor.post(path, data=texts_only).status_code == 303
    db.session.expire_all()
    assert mailing.status == MailingStatus.SENDING  # a change of text alone leaves it be
    moved = form(
        editor,
        path,
        version=str(days()[0].version),
        starts_at="13:00",
        ends_at="16:00",
        employers=kept,
    )
    moved["day"] = day.day.isoformat()
    assert editor.post(path, data=moved).status_code == 303
    with app.test_request_context():
        delivery.run()
    db.session.expire_all()
    assert mailing.status == MailingStatus.CANCELLED
    assert notices("email") == []


def test_no_invitation_can_be_written_for_a_day_that_has_taken_place(officer, session):
    day = factories.recruitment_day("Förra månadens träff", in_days=-30)
    session.commit()
    invite = f"/admin/rekryteringstraffar/{day.id}/bjud-in"
    assert invite not in officer.get("/admin/rekryteringstraffar").text
    refused = officer.get(invite)
    assert refused.status_code == 409
    soup = page(refused, status=409)  # the portal's page in the officer's language
    assert "Inga inbjudningar kan skickas till den här träffen" in text_of(soup, "h1")
    assert "redan ägt rum" in soup.get_text()  # why, and where to go instead
    assert soup.select_one('a[href="/admin/rekryteringstraffar"]') is not None
    assert db.session.scalar(select(Mailing.id)) is None
