"""Every text field has a length limit, said in the reader's language, and nothing is saved."""

from portal.extensions import db
from portal.models.catalog import ProgrammeTranslation
from tests.contact_helpers import submit
from tests.helpers import page
from tests.test_admin_editor import draft, editor_form, post  # noqa: F401


def test_editor_text_over_its_limit_is_refused_with_a_message(session, editor, draft):  # noqa: F811
    url = f"/admin/programmes/{draft.id}"
    response = post(editor, url, editor_form(editor, url), **{"sv-body": "x" * 20_001})
    soup = page(response, status=422)
    assert "Skriv högst 20000 tecken." in soup.get_text()
    response = post(editor, url, editor_form(editor, url), **{"sv-title": "y" * 201})
    assert "Skriv högst 200 tecken." in page(response, status=422).get_text()
    stored = db.session.scalars(db.select(ProgrammeTranslation.body)).all()
    assert not any("xxxx" in b for b in stored)


def test_contact_fields_without_their_own_limit_get_one(client):
    url = "/en/kontakt"
    step2 = submit(
        client,
        url,
        client.get(url).get_data(as_text=True),
        background="bemanna_2020",
        interests=["elderly_care"],
        action="next",
    )
    step3 = submit(
        client, url, step2.get_data(as_text=True), action="next", purpose_sms_reminders="y"
    )
    response = submit(
        client,
        url,
        step3.get_data(as_text=True),
        action="next",
        email="anna@example.org",
        phone="0" * 5000,
    )
    soup = page(response, status=422)
    assert "Write at most 200 characters." in soup.get_text()
    assert soup.select_one("input[name=phone]")["maxlength"] == "200"


def test_a_nul_byte_in_editor_text_answers_400_and_saves_nothing(session, editor, draft):  # noqa: F811
    url = f"/admin/programmes/{draft.id}"
    response = post(editor, url, editor_form(editor, url), **{"sv-body": "Text\x00mer"})
    assert page(response, status=400).select_one("[data-status='400']")
    stored = db.session.scalars(db.select(ProgrammeTranslation.body)).all()
    assert not any("mer" in b for b in stored)
