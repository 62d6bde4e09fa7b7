"""Publishing: the checks name what is missing, and a change to a published programme is
prepared as a draft that residents, the API and the cache do not see until it is published."""

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models.admin import ProgrammeDraft
from portal.models.audit import AuditEvent
from tests import factories
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of

PUBLIC = "/sv/utbildningar/usk-jarva"


def _programme(status):
    p = factories.programme(
        "Undersköterska, Järva",
        slug="usk-jarva",
        status=status,
        field=factories.field(),
        provider=factories.provider(),
        apply_url="https://www.stockholm.se/ansok",
    )
    db.session.commit()
    return p


def _form(client, url):
    return form_fields(client.get(url).get_data(as_text=True), "#editor form")


def _post(client, url, data, **changes):
    return client.post(url, data={**data, **{k: [v] for k, v in changes.items()}})


def _summary_links(soup):
    return {a["href"] for a in soup.select(".error-summary a")}


MISSING = {
    "swedish level": ({"swedish_level": ""}, "#swedish_level", "Välj hur mycket svenska"),
    "provider": ({"provider_id": ""}, "#provider_id", "Välj anordnare"),
    "way in": ({"apply_url": ""}, "#apply_url", "Lägg till en länk för ansökan"),
    "body": ({"sv-body": ""}, "#sv-body", "Skriv en beskrivning på svenska"),
    "dates": (
        {
            "intakes-0-starts_on": "2027-01-01",
            "intakes-0-application_opens": "2027-02-01",
            "intakes-0-application_closes": "2026-12-01",
        },
        "#intakes-0-application_opens",
        "Ansökan måste öppna innan den stänger",
    ),
    "seats": ({"intakes-0-seats": "9999"}, "#intakes-0-seats", "antal platser från 0 till 5000"),
}


@pytest.mark.parametrize("missing", MISSING)
def test_publishing_names_what_is_missing(client, editor, session, missing):
    p = _programme("draft")
    url = f"/admin/programmes/{p.id}"
    changes, field_link, message = MISSING[missing]
    response = _post(editor, url, _form(editor, url), action="publish", **changes)
    soup = page(response, status=422)
    assert field_link in _summary_links(soup)
    assert message in text_of(soup, ".error-summary")
    assert client.get(PUBLIC).status_code == 404  # nothing was published


def test_a_new_programme_has_no_swedish_level_until_one_is_chosen(editor, session):
    soup = page(editor.get("/admin/programmes/ny"))
    chosen = soup.select_one("#swedish_level option[selected]")
    assert chosen is None or chosen["value"] == ""
    assert soup.select_one('#swedish_level option[value=""]')


def test_a_change_to_a_published_programme_waits_as_a_draft(client, editor, session):
    p = _programme("published")
    url = f"/admin/programmes/{p.id}"
    before_public = text_of(page(client.get(PUBLIC)), ".lead")
    before_api = client.get("/api/v1/programmes/usk-jarva").json["summary"]
    data = _form(editor, url)
    response = _post(
        editor,
        url,
        data,
        **{"sv-summary": "Ny sammanfattning", "translations-ar-title": "مساعد تمريض، يارفا"},
    )
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/admin/programmes/{p.id}/utkast?sparat=draft")
    # The public page, the API and the cached search still show the published version.
    assert text_of(page(client.get(PUBLIC)), ".lead") == before_public
    assert client.get("/api/v1/programmes/usk-jarva").json["summary"] == before_api
    assert "Ny sammanfattning" not in client.get("/sv/utbildningar").get_data(as_text=True)
    # The editor goes on from the draft; the draft page shows the difference.
    assert _form(editor, url)["sv-summary"] == ["Ny sammanfattning"]
    diff = page(editor.get(f"/admin/programmes/{p.id}/utkast"))
    assert "Ny sammanfattning" in text_of(diff, ".diff")
    preview = page(editor.get(f"/admin/programmes/{p.id}/utkast/forhandsvisning?lang=ar"))
    assert "مساعد تمريض، يارفا" in text_of(preview, "h1")
    assert text_of(page(client.get(PUBLIC)), ".lead") == before_public
    # Publishing puts it live everywhere.
    token = diff.select_one('input[name="csrf_token"]')["value"]
    done = editor.post(f"/admin/programmes/{p.id}/utkast/publicera", data={"csrf_token": token})
    assert done.status_code == 303
    assert text_of(page(client.get(PUBLIC)), ".lead") == "Ny sammanfattning"
    assert client.get("/api/v1/programmes/usk-jarva").json["summary"] == "Ny sammanfattning"
    assert "Ny sammanfattning" in client.get("/sv/utbildningar").get_data(as_text=True)
    assert db.session.scalar(select(ProgrammeDraft)) is None
    actions = set(db.session.scalars(select(AuditEvent.action)))
    assert {"draft_saved", "draft_published"} <= actions


def test_a_discarded_draft_leaves_the_published_version(client, editor, session):
    p = _programme("published")
    url = f"/admin/programmes/{p.id}"
    before = text_of(page(client.get(PUBLIC)), ".lead")
    _post(editor, url, _form(editor, url), **{"sv-summary": "Blir aldrig av"})
    diff = page(editor.get(f"/admin/programmes/{p.id}/utkast"))
    token = diff.select_one('input[name="csrf_token"]')["value"]
    editor.post(f"/admin/programmes/{p.id}/utkast/kasta", data={"csrf_token": token})
    assert db.session.scalar(select(ProgrammeDraft)) is None
    assert text_of(page(client.get(PUBLIC)), ".lead") == before
    assert _form(editor, url)["sv-summary"] == [before]


def test_a_draft_that_fails_the_checks_is_not_published(client, editor, session):
    p = _programme("published")
    url = f"/admin/programmes/{p.id}"
    _post(editor, url, _form(editor, url), apply_url="", **{"sv-summary": "Utan väg in"})
    diff = page(editor.get(f"/admin/programmes/{p.id}/utkast"))
    token = diff.select_one('input[name="csrf_token"]')["value"]
    response = editor.post(f"/admin/programmes/{p.id}/utkast/publicera", data={"csrf_token": token})
    assert "Lägg till en länk för ansökan" in text_of(page(response, status=422), ".error-summary")
    assert "Utan väg in" not in client.get(PUBLIC).get_data(as_text=True)
    assert db.session.scalar(select(ProgrammeDraft)) is not None
