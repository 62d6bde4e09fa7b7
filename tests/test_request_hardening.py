"""Hostile or malformed requests get a clear 4xx answer (never a 500) and never steer links."""

import pytest

from portal.extensions import db
from portal.models.contact import Contact
from tests.admin_helpers import make_user, sign_in
from tests.contact_helpers import submit
from tests.helpers import page


@pytest.mark.parametrize(
    "query", ["_anchor=x", "_method=x", "_external=1&_scheme=x", "_scheme=javascript"]
)
@pytest.mark.parametrize("path", ["/sv/", "/en/utbildningar", "/en/utbildningar/no-such"])
def test_url_for_keywords_in_the_query_do_not_break_the_language_switcher(client, path, query):
    response = client.get(f"{path}?{query}")
    assert response.status_code in (200, 404)
    soup = page(response, status=response.status_code)
    assert response.headers["Content-Security-Policy"]
    finnish = soup.select_one('nav.language-switcher a[lang="fi"]')["href"]
    assert finnish.startswith("/fi/")


def test_forwarded_host_never_reaches_switcher_links(client):
    response = client.get(
        "/sv/utbildningar?_external=1&q=v%C3%A5rd", headers={"X-Forwarded-Host": "evil.example"}
    )
    html = response.get_data(as_text=True)
    assert "evil.example" not in html
    soup = page(response)
    hrefs = [a["href"] for a in soup.select("nav.language-switcher a")]
    assert all(h.startswith("/") and not h.startswith("//") for h in hrefs)
    assert "/ar/utbildningar?_external=1&q=v%C3%A5rd" in hrefs


@pytest.mark.parametrize(
    "url",
    [
        "/sv/utbildningar?q=v%00rd",
        "/sv/utbildningar?typ%00=sfi",
        "/sv/utbildningar/x%00y",
        "/sv/omraden/v%00rd",
        "/api/v1/programmes?q=%00",
        "/api/v1/programmes/a%00b",
        "/static/css/portal%00.css",
    ],
)
def test_nul_bytes_anywhere_in_the_url_answer_400(client, url):
    assert client.get(url).status_code == 400


def test_nul_byte_in_a_form_answers_400_and_stores_nothing(app, client):
    url = "/sv/kontakt"
    step2 = submit(
        client,
        url,
        client.get(url).get_data(as_text=True),
        background="bemanna_2020",
        interests=["elderly_care"],
        action="next",
    )
    step3 = submit(
        client, url, step2.get_data(as_text=True), action="next", purpose_education_info="y"
    )
    response = submit(
        client,
        url,
        step3.get_data(as_text=True),
        action="next",
        email="anna@example.org",
        name="An\x00na",
    )
    soup = page(response, status=400)
    assert response.headers["Content-Security-Policy"]
    assert soup.select_one("[data-status='400']")
    with app.app_context():
        assert db.session.scalar(db.select(db.func.count()).select_from(Contact)) == 0


@pytest.mark.parametrize("value", ["%C2%B2", "%D9%A3", "1%C2%B2", "99999999999999999999999"])
def test_non_ascii_or_huge_numbers_are_not_numbers(client, value):
    assert client.get(f"/sv/utbildningar?sida={value}&niva={value}&takt={value}").status_code == 200
    response = client.get(f"/api/v1/programmes?per_sida={value}")
    assert response.status_code == 400
    assert response.json["error"] == "bad_request"


def test_an_oversized_body_answers_413_with_the_portals_page(client):
    response = client.post("/sv/kontakt", data={"name": "x" * (2 * 1024 * 1024)})
    soup = page(response, status=413)
    assert soup.select_one("[data-status='413']")
    assert "x" * 1000 not in response.get_data(as_text=True)


def test_an_id_too_large_for_the_database_is_not_found(app, client):
    with app.app_context():
        make_user("eva@stockholm.se", "editor")
    sign_in(client, "eva@stockholm.se")
    assert client.get("/admin/").status_code == 200
    for url in ("/admin/programmes/99999999999999999999999", "/admin/programmes/2147483648"):
        page(client.get(url), status=404)


@pytest.mark.parametrize(
    ("method", "url", "status"),
    [
        ("GET", "/api/v1/no-such-thing", 404),
        ("GET", "/api/v2/programmes", 404),
        ("GET", "/api/v1/programmes/no-such-slug", 404),
        ("POST", "/api/v1/programmes", 405),
        ("DELETE", "/api/v1/programmes/x", 405),
        ("GET", "/api/v1/programmes?per_sida=0", 400),
        ("GET", "/api/v1/programmes?q=%00", 400),
    ],
)
def test_every_api_error_is_json_of_one_shape(client, method, url, status):
    response = client.open(url, method=method)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    assert set(response.json) == {"error", "message"}
    assert isinstance(response.json["message"], str) and response.json["message"]


def test_an_api_crash_answers_json_not_the_html_page(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/api/v1/crash")
    def crash():
        raise RuntimeError("boom")

    response = app.test_client().get("/api/v1/crash")
    assert response.status_code == 500
    assert response.mimetype == "application/json"
    assert response.json["error"] == "internal_server_error"


def test_host_headers_never_reach_public_links(client, session):
    from tests import factories

    factories.programme("Undersköterska", "Assistant nurse", slug="usk")
    session.commit()
    hostile = {"Host": "evil.example", "X-Forwarded-Host": "evil.example"}
    api = client.get("/api/v1/programmes/usk", headers=hostile)
    assert api.json["url"] == "http://127.0.0.1:5000/sv/utbildningar/usk"
    html = client.get("/sv/utbildningar/usk", headers=hostile).get_data(as_text=True)
    assert "evil.example" not in html
    assert 'content="http://127.0.0.1:5000/sv/utbildningar/usk"' in html  # og:url
