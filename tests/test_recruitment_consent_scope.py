"""The job-invitation consent reads "invitations to job tracks (jobbspår) and recruitment days
in elderly care": nobody is invited under it to a day without an elderly-care employer, by a
mailing or through "I'm interested", and staff and residents are told why."""

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models.mailing import Mailing
from tests import factories
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.helpers import page, text_of


@pytest.fixture
def officer(app, session):
    make_user("handlaggare@stockholm.se", "contact_officer")
    client = app.test_client()
    sign_in(client, "handlaggare@stockholm.se")
    return client


@pytest.fixture
def days(session):
    preschool = factories.recruitment_day(
        "Barnskötare i förskolan",
        slug="forskola",
        employers=[factories.employer("Förskolor i Rinkeby-Kista", "preschool")],
    )
    care = factories.recruitment_day(
        "Jobb i äldreomsorgen",
        slug="aldreomsorg",
        employers=[factories.employer("Vård- och omsorgsboenden i Skärholmen", "care_home")],
    )
    session.commit()
    return preschool, care


def test_no_invitation_is_written_for_a_day_outside_the_consent(officer, days):
    preschool, care = days
    listing = officer.get("/admin/rekryteringstraffar").text
    assert f"/admin/rekryteringstraffar/{care.id}/bjud-in" in listing
    assert f"/admin/rekryteringstraffar/{preschool.id}/bjud-in" not in listing
    invite = f"/admin/rekryteringstraffar/{preschool.id}/bjud-in"
    soup = page(officer.get(invite), 409)
    assert "äldreomsorgen" in text_of(soup, ".notice")  # what the consent covers
    token = csrf_token(officer, "/admin/rekryteringstraffar")
    assert officer.post(invite, data={"csrf_token": token}).status_code == 409
    assert db.session.scalar(select(Mailing.id)) is None
    assert officer.get(f"/admin/rekryteringstraffar/{care.id}/bjud-in").status_code == 200


def test_the_editor_is_told_which_days_can_be_invited_to(app, days):
    preschool, care = days
    make_user("redaktor@stockholm.se", "editor")
    editor = app.test_client()
    sign_in(editor, "redaktor@stockholm.se")
    hint = page(editor.get(f"/admin/rekryteringstraffar/{preschool.id}")).select_one(
        "#consent-scope"
    )
    assert hint is not None and "äldreomsorgen" in hint.get_text()
    assert (
        page(editor.get(f"/admin/rekryteringstraffar/{care.id}")).select_one("#consent-scope")
        is None
    )


def test_a_resident_is_not_asked_to_agree_to_invitations_for_a_day_outside_them(client, days):
    preschool, care = days
    preschool_page = client.get("/sv/rekryteringstraffar/forskola")
    assert "syfte=job_invitations" not in preschool_page.text
    assert "äldreomsorgen" in text_of(page(preschool_page), ".call-to-action")
    assert "traff=aldreomsorg" in client.get("/sv/rekryteringstraffar/aldreomsorg").text


def test_an_invitation_drafted_before_the_day_left_elderly_care_is_not_sent(app, officer, days):
    # Drafted for a covered day; then the editor swaps the employer for a preschool one.
    from portal.models.mailing import MailingStatus
    from tests.contact_helpers import form_fields
    from tests.mailing_helpers import person

    preschool, care = days
    person("anna@example.org", purpose="job_invitations")
    invite = f"/admin/rekryteringstraffar/{care.id}/bjud-in"
    officer.post(invite, data={"csrf_token": csrf_token(officer, invite)})
    (mailing,) = db.session.scalars(select(Mailing)).all()

    make_user("redaktor@stockholm.se", "editor")
    editor = app.test_client()
    sign_in(editor, "redaktor@stockholm.se")
    path = f"/admin/rekryteringstraffar/{care.id}"
    data = form_fields(editor.get(path).get_data(as_text=True), "main form[method=post]")
    data["employers"] = [str(e.id) for e in preschool.employers]
    assert editor.post(path, data=data).status_code == 303
    db.session.expire_all()
    assert mailing.status == MailingStatus.CANCELLED


def test_an_invitation_for_a_day_outside_the_consent_cannot_be_approved_or_sent(app, days):
    # E.g. drafted before the rule existed.
    from portal.mailings import workflow
    from portal.models.contact import Purpose
    from portal.models.mailing import MailingStatus
    from tests.mailing_helpers import person

    preschool, _ = days
    person("anna@example.org", purpose="job_invitations")
    author = make_user("forfattare@stockholm.se", "contact_officer")
    approver = make_user("godkannare@stockholm.se", "contact_officer")
    with app.test_request_context():
        draft = workflow.Draft(Purpose.JOB_INVITATIONS, [], [], {"sv": ("Inbjudan", "Kom!")})
        mailing = workflow.save(None, draft, author)
        mailing.recruitment_day_id = preschool.id
        db.session.commit()
        with pytest.raises(workflow.Refused) as refused:
            workflow.approve(mailing, approver, mailing.version)
        assert "äldreomsorg" in str(refused.value)
        mailing.status = MailingStatus.APPROVED  # approved before the rule existed
        db.session.commit()
        with pytest.raises(workflow.Refused):
            workflow.send(mailing, approver)
    assert db.session.get(Mailing, mailing.id).status == MailingStatus.APPROVED
