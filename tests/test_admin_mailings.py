"""Mailings in the administration, through the pages a contact officer uses."""

import pytest
from sqlalchemy import func, select

from portal.extensions import db
from portal.models.contact import OutboxMessage
from portal.models.mailing import Mailing
from tests.admin_helpers import csrf_token, make_user, sign_in
from tests.helpers import page, text_of
from tests.mailing_helpers import person


@pytest.fixture
def anna(app, session):
    make_user("anna@stockholm.se", "contact_officer")
    make_user("bo@stockholm.se", "contact_officer")
    client = app.test_client()
    sign_in(client, "anna@stockholm.se")
    return client


def compose(client, **fields):
    data = {
        "csrf_token": csrf_token(client, "/admin/utskick/ny"),
        "purpose": "newsletter",
        "texts-sv-subject": "Nytt i december",
        "texts-sv-body": "Hej!\n\nNya **utbildningar** finns.",
        "texts-ar-subject": "جديد",
        "texts-ar-body": "مرحبا",
    }
    data.update({k: v for k, v in fields.items() if v is not None})
    for key in [k for k, v in fields.items() if v is None]:
        data.pop(key, None)
    return client.post("/admin/utskick/ny", data=data)


def stored():
    return db.session.scalar(select(func.count()).select_from(Mailing))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"texts-sv-subject": "", "texts-sv-body": ""}, "Skriv ämne och text på svenska"),
        ({"texts-sv-body": "<script>alert(1)</script>"}, "Skriv vanlig Markdown"),
        ({"texts-sv-body": "[x](javascript:alert(1))"}, "Skriv vanlig Markdown"),
        ({"texts-sv-body": "x" * 20_001}, "högst 20000 tecken"),
        ({"texts-sv-subject": "x" * 151}, "högst 150 tecken"),
        ({"texts-ar-body": ""}, "Skriv både ämne och text"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_stored(anna, fields, message):
    soup = page(compose(anna, **fields), status=422)
    assert message in text_of(soup, ".error-summary")
    assert soup.title.get_text().startswith("Fel: ")
    assert stored() == 0


def test_compose_preview_test_send_and_approve(app, anna):
    person("sv@example.org", "sv")
    person("ar@example.org", "ar")
    person("fi@example.org", "fi")
    response = compose(anna)
    assert response.status_code == 303
    show = page(anna.get(response.headers["Location"]))
    counts = text_of(show, "main")
    assert "3 personer skulle få det nu." in counts
    assert "@example.org" not in str(show)  # counts, never addresses
    item = db.session.scalar(select(Mailing))
    preview = page(anna.get(f"/admin/utskick/{item.id}/forhandsvisning/ar"))
    assert "جديد" in preview.get_text() and preview.select_one("pre.mail-preview")
    html = anna.get(f"/admin/utskick/{item.id}/forhandsvisning/fi/html")
    assert "<strong>utbildningar</strong>" in html.get_data(as_text=True)
    assert "sandbox" in html.headers["Content-Security-Policy"]
    # A test send is queued to the officer's own address; nothing is sent in the request.
    token = csrf_token(anna, f"/admin/utskick/{item.id}")
    step = f"/admin/utskick/{item.id}/steg"
    assert (
        anna.post(f"{step}/testutskick", data={"csrf_token": token, "locale": "ar"}).status_code
        == 303
    )
    test = db.session.scalar(select(OutboxMessage))
    assert test.to_address == "anna@stockholm.se" and test.subject == "جديد"
    # The author cannot approve; a second officer can.
    refused = anna.post(f"{step}/godkann", data={"csrf_token": token, "version": item.version})
    assert refused.status_code == 409
    assert "Någon annan än den som skrev" in page(refused, status=409).get_text()
    bo = app.test_client()
    sign_in(bo, "bo@stockholm.se")
    token = csrf_token(bo, f"/admin/utskick/{item.id}")
    approved = bo.post(f"{step}/godkann", data={"csrf_token": token, "version": item.version})
    assert approved.status_code == 303
    assert anna.get(f"/admin/utskick/{item.id}/redigera").status_code == 200
    edit = compose_edit(anna, item.id)
    assert edit.status_code == 422 and "kan inte längre ändras" in edit.get_data(as_text=True)


def compose_edit(client, mailing_id):
    return client.post(
        f"/admin/utskick/{mailing_id}/redigera",
        data={
            "csrf_token": csrf_token(client, f"/admin/utskick/{mailing_id}/redigera"),
            "purpose": "newsletter",
            "texts-sv-subject": "Ändrat",
            "texts-sv-body": "Ändrat",
        },
    )
