"""Editors maintain occupations: names and everyday words per locale with their review state,
programme links, revisions, and no lost edits."""

import pytest
from sqlalchemy import select

from portal.extensions import db
from portal.models.audit import AuditEvent
from portal.models.occupation import Occupation, OccupationRevision
from tests import factories
from tests.contact_helpers import form_fields
from tests.helpers import page, text_of


@pytest.fixture
def world(session):
    usk = factories.programme("Undersköterska i Järva", slug="usk-jarva")
    bygg = factories.programme("Lärling bygg", slug="bygg")
    occupation = factories.occupation(programmes=[usk])
    session.commit()
    return occupation, usk, bygg


def form(client, url):
    return form_fields(client.get(url).get_data(as_text=True), "main form[method=post]")


def test_editor_saves_words_links_and_review_state_with_a_revision(editor, world):
    occupation, usk, bygg = world
    url = f"/admin/yrken/{occupation.id}"
    data = form(editor, url)
    data["uk-name"] = ["Молодша медсестра"]
    data["uk-synonyms"] = ["доглядальниця\r\nсанітарка"]
    data["programmes"] = [str(usk.id), str(bygg.id)]
    response = editor.post(url, data=data)
    assert response.status_code in (302, 303)
    db.session.expire_all()
    saved = db.session.get(Occupation, occupation.id)
    uk = next(t for t in saved.translations if t.locale == "uk")
    assert uk.synonym_list == ["доглядальниця", "санітарка"]
    assert not uk.reviewed  # not checked by a person yet
    assert {p.slug for p in saved.programmes} == {"usk-jarva", "bygg"}
    revision = db.session.scalar(select(OccupationRevision))
    assert revision.data["translations"]["uk"]["name"] == "Молодша медсестра"
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "occupation_edited"))
    # the new word finds the new programme link at once
    results = editor.get("/uk/utbildningar", query_string={"q": "санітарка"})
    assert "Lärling bygg" in results.get_data(as_text=True)
    # the public page says the Ukrainian text is not yet checked
    assert (
        "notice"
        in page(editor.get("/uk/yrken/underskoterska")).select_one("article p.notice")["class"]
    )


def test_a_stale_form_is_refused_and_nothing_is_lost(editor, world):
    occupation, *_ = world
    url = f"/admin/yrken/{occupation.id}"
    first, second = form(editor, url), form(editor, url)
    first["sv-synonyms"] = ["usk"]
    assert editor.post(url, data=first).status_code in (302, 303)
    second["sv-synonyms"] = ["vårdare"]
    refused = editor.post(url, data=second)
    assert refused.status_code == 409
    assert "vårdare" in refused.get_data(as_text=True)  # the editor's text is still there
    db.session.expire_all()
    assert db.session.get(Occupation, occupation.id).translations[0].synonyms == "usk"


def test_bad_values_get_a_clear_message(editor, world):
    occupation, *_ = world
    url = f"/admin/yrken/{occupation.id}"
    data = form(editor, url)
    data["ssyk"] = ["53a"]
    data["sv-name"] = [""]
    soup = page(editor.post(url, data=data), status=422)
    summary = soup.select_one(".error-summary")
    assert summary.select_one('a[href="#ssyk"]') and summary.select_one('a[href="#sv-name"]')


def test_editor_creates_an_occupation(editor, world):
    data = form(editor, "/admin/yrken/ny")
    data.update({"sv-name": ["Målare"], "ssyk": ["7131"], "sv-synonyms": ["byggnadsmålare"]})
    response = editor.post("/admin/yrken/ny", data=data)
    assert response.status_code in (302, 303)
    assert db.session.scalar(select(Occupation).where(Occupation.slug == "malare")).ssyk == "7131"
    listing = page(editor.get("/admin/yrken"))
    assert "Målare" in listing.get_text()


def test_a_taken_name_or_too_long_words_are_said_and_unknown_links_ignored(editor, world):
    occupation, usk, _ = world
    data = form(editor, "/admin/yrken/ny")
    data.update({"sv-name": ["Undersköterska"], "ssyk": ["5321"], "fi-synonyms": ["x" * 2001]})
    soup = page(editor.post("/admin/yrken/ny", data=data), status=422)
    summary = text_of(soup, ".error-summary")
    assert "Det finns redan ett yrke med det namnet." in summary
    assert "Skriv högst 2000 tecken." in summary
    assert soup.select_one("#fi-synonyms").get_text().strip() == "x" * 2001  # nothing lost
    url = f"/admin/yrken/{occupation.id}"
    data = form(editor, url)
    data["programmes"] = [str(usk.id), "999999", "abc"]
    assert editor.post(url, data=data).status_code in (302, 303)
    db.session.expire_all()
    assert [p.slug for p in db.session.get(Occupation, occupation.id).programmes] == ["usk-jarva"]
