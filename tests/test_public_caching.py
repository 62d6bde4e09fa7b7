"""Public pages are cacheable: reading them sets no cookie (no per-reader token in the HTML),
while every page with a form still carries and checks its CSRF token."""

import re

import pytest

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
