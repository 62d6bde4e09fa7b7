"""An invitation to a recruitment day stays a job invitation, and times, addresses and links
read left to right inside Arabic and Persian plain text (e-mail text parts and SMS)."""

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.i18n import LRI, PDI
from portal.models.audit import AuditEvent
from portal.models.contact import OutboxMessage
from portal.models.mailing import Mailing
from portal.recruitment import invitations, messages
from portal.recruitment.messages import MOVED, REMINDER
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.helpers import page, text_of
from tests.recruitment_helpers import invited


@pytest.fixture
def officer(app, session):
    user = make_user("handlaggare@stockholm.se", "contact_officer")
    client = app.test_client()
    sign_in(client, user.email)
    client.user = user
    return client


def edit(client, mailing, purpose, lang=None):
    path = f"/admin/utskick/{mailing.id}/redigera"
    if lang:
        client.get(f"/admin/sprak/{lang}")
    data = {
        "csrf_token": csrf_token(client, path),
        "purpose": purpose,
        "texts-sv-subject": "Inbjudan",
        "texts-sv-body": "Välkommen",
    }
    return client.post(path, data=data)


@pytest.mark.parametrize(
    ("lang", "message"),
    [
        ("sv", "bjuder in till en rekryteringsträff, så dess syfte förblir"),
        ("ar", "يبقى غرضها"),
    ],
)
def test_an_invitation_cannot_be_switched_to_another_purpose(officer, session, lang, message):
    day = factories.recruitment_day()
    session.commit()
    mailing = invitations.create(day, officer.user, [])
    audited = db.session.scalar(select(db.func.count()).select_from(AuditEvent))
    soup = page(edit(officer, mailing, "newsletter", lang), status=422)
    assert message in text_of(soup, ".error-summary")
    db.session.expire_all()
    stored = db.session.get(Mailing, mailing.id)
    assert stored.purpose == "job_invitations" and stored.recruitment_day_id == day.id
    assert db.session.scalar(select(db.func.count()).select_from(AuditEvent)) == audited
    # Its texts can still be changed, as long as the purpose stays.
    assert edit(officer, mailing, "job_invitations").status_code == 303
    db.session.expire_all()
    assert db.session.get(Mailing, mailing.id).texts[0].body == "Välkommen"


def test_an_ordinary_mailing_may_still_change_purpose(officer, session):
    from portal.mailings import workflow

    draft = workflow.Draft("newsletter", [], [], {"sv": ("Hej", "Text")})
    mailing = workflow.save(None, draft, officer.user)
    assert edit(officer, mailing, "education_info").status_code == 303
    db.session.expire_all()
    assert db.session.get(Mailing, mailing.id).purpose == "education_info"


@pytest.fixture
def day(app, session):
    day = factories.recruitment_day(
        texts={"ar": "يوم التوظيف", "fa": "روز استخدام"}, address="Kista torg 7"
    )
    session.commit()
    return day


@pytest.mark.parametrize("locale", ["ar", "fa"])
def test_sms_in_right_to_left_locales_keep_times_address_and_link_in_order(app, day, locale):
    with app.test_request_context():
        for kind in (REMINDER, MOVED):
            text = messages.sms_text(kind, day, locale)
            assert f"{LRI}09:30-15:00{PDI}" in text
            assert f"{LRI}Kista torg 7{PDI}" in text
            assert f"{LRI}http" in text and text.rstrip(".").endswith(PDI)


@pytest.mark.parametrize("locale", ["sv", "en", "uk"])
def test_left_to_right_sms_carry_no_invisible_marks(app, day, locale):
    with app.test_request_context():
        text = messages.sms_text(REMINDER, day, locale)
    assert "09:30-15:00" in text and "Kista torg 7" in text
    assert LRI not in text and PDI not in text


def test_notice_mail_isolates_the_time_range_for_persian_readers_only(app, day):
    fa, _ = invited(day, "fa@example.org", locale="fa", answer="coming")
    sv, _ = invited(day, "sv@example.org", locale="sv", answer="coming")
    from portal.recruitment import notices

    with app.test_request_context():
        notices.queue(day, MOVED)
    db.session.commit()
    mails = {m.to_address: m for m in db.session.scalars(select(OutboxMessage))}
    persian = mails["fa@example.org"].text_body
    assert f"{LRI}09:30–15:00{PDI}" in persian and f"{LRI}Kista torg 7{PDI}" in persian
    swedish = mails["sv@example.org"].text_body
    assert "09:30–15:00" in swedish and LRI not in swedish


def test_the_arabic_invitation_text_keeps_the_time_range_in_order(app, day, officer):
    mailing = invitations.create(day, officer.user, [])
    texts = {t.locale: t.body for t in mailing.texts}
    assert f"{LRI}09:30–15:00{PDI}" in texts["ar"]
    assert "09:30–15:00" in texts["sv"] and LRI not in texts["sv"]
