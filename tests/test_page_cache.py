"""Whole public pages are cached per catalogue revision: a repeat costs one query (the revision),
an edit shows on the very next request, and nothing of one reader reaches another."""

import re

import pytest

from portal.models.catalog import ProgrammeTranslation
from tests import factories

HTMX = {"HX-Request": "true"}
CACHED_PAGES = [
    "/sv/",
    "/ar/",
    "/sv/utbildningar",
    "/sv/utbildningar?q=underskoterska",
    "/en/utbildningar/usk",
    "/sv/omraden/vard-och-omsorg",
    "/sv/yrken/underskoterska",
]


@pytest.fixture
def catalogue(session):
    care = factories.field()
    p = factories.programme("Undersköterska med svenska", "Assistant nurse", slug="usk", field=care)
    factories.occupation(programmes=[p])
    session.commit()
    return p


@pytest.mark.parametrize("url", CACHED_PAGES)
def test_a_repeated_page_is_served_without_rendering_it_again(
    client, catalogue, count_queries, url
):
    first = client.get(url)
    with count_queries() as counter:
        again = client.get(url)
    assert counter["n"] == 1  # only the catalogue revision
    assert again.status_code == 200
    assert again.get_data() == first.get_data()
    assert again.headers["Content-Type"] == first.headers["Content-Type"]


def test_each_language_and_query_is_its_own_page(client, catalogue):
    assert "Assistant nurse" in client.get("/en/utbildningar/usk").text
    assert "Undersköterska med svenska" in client.get("/sv/utbildningar/usk").text
    assert client.get("/sv/utbildningar?q=kock").text != client.get("/sv/utbildningar").text
    full = client.get("/sv/utbildningar")
    fragment = client.get("/sv/utbildningar", headers=HTMX)
    assert "<html" in full.text and "<html" not in fragment.text
    assert "HX-Request" in fragment.headers["Vary"] and "HX-Request" in full.headers["Vary"]


def test_an_edit_shows_on_the_very_next_request_on_every_cached_page(client, catalogue, session):
    urls = ["/sv/utbildningar/usk", "/sv/utbildningar", "/sv/omraden/vard-och-omsorg"]
    for url in urls:
        assert "Undersköterska med svenska" in client.get(url).text
    # Nothing in this process is told: the edit reaches every worker through the database.
    text = session.query(ProgrammeTranslation).filter_by(locale="sv").one()
    text.title = "Undersköterska, kvällstid"
    session.commit()
    for url in urls:
        page = client.get(url).text
        assert "Undersköterska, kvällstid" in page, url
        assert "Undersköterska med svenska" not in page, url


def test_an_unpublished_programme_is_gone_at_once(client, catalogue, session):
    assert client.get("/sv/utbildningar/usk").status_code == 200
    from portal.models.catalog import Programme, Status

    session.get(Programme, catalogue.id).status = Status.ARCHIVED
    session.commit()
    assert client.get("/sv/utbildningar/usk").status_code == 404
    assert "Undersköterska med svenska" not in client.get("/sv/utbildningar").text


def test_a_page_with_a_form_is_never_cached(app, catalogue, count_queries):
    tokens = set()
    for _ in range(2):
        page = app.test_client().get("/sv/kontakt")
        tokens.add(re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text)[1])
    assert len(tokens) == 2  # each reader their own token


def test_a_readers_message_is_shown_to_them_and_to_no_one_else(app, catalogue):
    app.test_client().get("/sv/")  # the page is now cached
    reader = app.test_client()
    with reader.session_transaction() as browser_session:
        browser_session["_flashes"] = [("success", "Din ändring är sparad.")]
    assert "Din ändring är sparad." in reader.get("/sv/").text
    assert "Din ändring är sparad." not in reader.get("/sv/").text  # shown once
    assert "Din ändring är sparad." not in app.test_client().get("/sv/").text


def test_a_page_rendered_for_a_reader_with_a_session_carries_nothing_of_theirs(app, catalogue):
    reader = app.test_client()
    reader.get("/sv/kontakt")  # the reader now has a session with a CSRF token
    page = reader.get("/sv/utbildningar/usk")
    assert page.status_code == 200 and "csrf" not in page.text.lower()
    stranger = app.test_client().get("/sv/utbildningar/usk")
    assert "Set-Cookie" not in stranger.headers
    assert stranger.headers["Cache-Control"] == "public, max-age=60"


def test_a_kept_response_is_the_whole_answer_headers_compression_and_all(app, catalogue):
    wire = {"Accept-Encoding": "br"}
    first = app.test_client().get("/sv/utbildningar/usk", headers=wire)
    again = app.test_client().get("/sv/utbildningar/usk", headers=wire)
    assert again.get_data() == first.get_data()
    for header in ("Content-Encoding", "ETag", "Cache-Control", "Vary", "Content-Security-Policy"):
        assert again.headers[header] == first.headers[header], header
    plain = app.test_client().get("/sv/utbildningar/usk")  # another encoding, another entry
    assert "Content-Encoding" not in plain.headers
    assert "Undersköterska med svenska" in plain.text


def test_a_recruitment_day_shows_at_once_on_cached_programme_and_field_pages(
    client, catalogue, session
):
    urls = ["/sv/utbildningar/usk", "/sv/omraden/vard-och-omsorg"]
    for url in urls:
        assert "Träff i Kista" not in client.get(url).text
    day = factories.recruitment_day("Träff i Kista", programmes=[catalogue])
    session.commit()
    for url in urls:
        assert "Träff i Kista" in client.get(url).text, url
    day.translations[0].title = "Träff i Rinkeby"
    session.commit()
    assert "Träff i Rinkeby" in client.get(urls[0]).text
