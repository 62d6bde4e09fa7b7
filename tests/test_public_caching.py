"""Public pages are cacheable: reading them sets no cookie (no per-reader token in the HTML),
while every page with a form still carries and checks its CSRF token."""

import gzip
import re

import brotli
import pytest

from portal.catalog import cache
from tests import factories


@pytest.fixture
def catalogue(session):
    care = factories.field()
    p = factories.programme("Undersköterska med svenska", "Assistant nurse", slug="usk", field=care)
    factories.occupation(programmes=[p])
    session.commit()
    return p


PAGES_WITHOUT_FORMS = [
    "/sv/",
    "/ar/",
    "/sv/utbildningar",
    "/sv/utbildningar?q=vard",
    "/sv/utbildningar/usk",
    "/ar/utbildningar/usk",
    "/sv/omraden/vard-och-omsorg",
    "/sv/yrken/underskoterska",
    "/sv/tillganglighet",
    "/sv/lattlast",
    "/sv/vilken-vag",
    "/sv/jamfor",
]


@pytest.mark.parametrize("url", PAGES_WITHOUT_FORMS)
def test_reading_a_public_page_sets_no_cookie(app, catalogue, url):
    response = app.test_client().get(url)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert "csrf" not in response.get_data(as_text=True).lower()


def test_a_page_with_a_form_keeps_its_csrf_token_and_the_check(app, catalogue):
    client = app.test_client()
    page = client.get("/sv/kontakt")
    assert "Set-Cookie" in page.headers  # the token is tied to the reader's session
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page.text)
    htmx = {"HX-Request": "true"}
    assert client.post("/sv/kontakt", data={"step": "1"}, headers=htmx).status_code == 400
    accepted = client.post(
        "/sv/kontakt", data={"step": "1", "csrf_token": token.group(1)}, headers=htmx
    )
    assert accepted.status_code in (200, 422)


@pytest.mark.parametrize(
    ("encoding", "decode"), [("br", brotli.decompress), ("gzip", gzip.decompress)]
)
def test_pages_and_json_are_compressed(app, catalogue, encoding, decode):
    client = app.test_client()
    for url in ("/sv/utbildningar", "/api/v1/programmes"):
        plain = client.get(url)
        packed = client.get(url, headers={"Accept-Encoding": f"{encoding}, identity"})
        assert packed.headers["Content-Encoding"] == encoding
        assert "Accept-Encoding" in packed.headers["Vary"]
        assert decode(packed.get_data()) == plain.get_data()
        assert len(packed.get_data()) < len(plain.get_data())


def test_a_public_page_may_be_kept_briefly_and_is_revalidated_with_its_etag(app, catalogue):
    client = app.test_client()
    first = client.get("/sv/utbildningar/usk")
    assert first.headers["Cache-Control"] == "public, max-age=60"
    etag = first.headers["ETag"]
    again = client.get("/sv/utbildningar/usk", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.get_data() == b""
    other = client.get("/ar/utbildningar/usk", headers={"If-None-Match": etag})
    assert other.status_code == 200  # another language is another page


def test_the_etag_changes_when_the_page_does(app, catalogue, session):
    client = app.test_client()
    etag = client.get("/sv/utbildningar").headers["ETag"]
    factories.programme("Barnskötare", "Childcare worker", slug="bsk")
    session.commit()
    cache.clear()  # as publishing does
    assert client.get("/sv/utbildningar", headers={"If-None-Match": etag}).status_code == 200


@pytest.mark.parametrize("url", ["/sv/kontakt", "/admin/login"])
def test_pages_with_personal_data_or_forms_are_never_stored(app, url):
    response = app.test_client().get(url)
    assert "no-store" in response.headers["Cache-Control"]
    assert "public" not in response.headers["Cache-Control"]
    assert "ETag" not in response.headers


def test_the_compressed_pages_etag_is_answered_304_too(app, catalogue):
    client = app.test_client()
    wire = {"Accept-Encoding": "br"}
    etag = client.get("/sv/utbildningar/usk", headers=wire).headers["ETag"]
    again = client.get("/sv/utbildningar/usk", headers={**wire, "If-None-Match": etag})
    assert again.status_code == 304
