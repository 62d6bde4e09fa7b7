import pytest
from flask import abort

from tests.helpers import HTMX, fragment, page, text_of


@pytest.fixture
def failing_app(make_app):
    app = make_app(PROPAGATE_EXCEPTIONS=False)

    @app.get("/<lang_code>/boom")
    def boom():
        raise RuntimeError("secret internals: /etc/passwd")

    @app.get("/<lang_code>/forbidden")
    def forbidden():
        abort(403)

    return app


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/sv/finns-inte", "sv", "Vi hittade inte sidan"),
        ("/en/finns-inte", "en", "We could not find the page"),
        ("/ar/finns-inte", "ar", None),
    ],
)
def test_not_found_page_in_the_readers_language(client, url, lang, heading):
    soup = page(client.get(url), status=404)
    assert soup.html["lang"] == lang
    if heading:
        assert text_of(soup, "h1") == heading
    assert soup.select_one("main a[href]")  # a way onwards


def test_unprefixed_unknown_path_uses_accept_language(client):
    soup = page(client.get("/nowhere", headers={"Accept-Language": "en"}), status=404)
    assert soup.html["lang"] == "en"


def test_server_error_shows_no_traceback(failing_app):
    response = failing_app.test_client().get("/en/boom")
    soup = page(response, status=500)
    body = response.get_data(as_text=True)
    assert text_of(soup, "h1") == "Something went wrong on our side"
    assert "Traceback" not in body and "secret internals" not in body


def test_forbidden_page(failing_app):
    soup = page(failing_app.test_client().get("/sv/forbidden"), status=403)
    assert text_of(soup, "h1") == "Du har inte behörighet till sidan"


def test_method_not_allowed_lists_allowed_methods(client):
    response = client.delete("/sv/")
    assert response.status_code == 405
    assert "GET" in response.headers["Allow"]


def test_too_many_requests_page(make_app):
    from portal.extensions import limiter

    app = make_app()

    @app.get("/<lang_code>/limited")
    @limiter.limit("2/minute")
    def limited():
        return "ok"

    client = app.test_client()
    assert [client.get("/sv/limited").status_code for _ in range(2)] == [200, 200]
    response = client.get("/sv/limited")
    soup = page(response, status=429)
    assert text_of(soup, "h1") == "För många försök"
    assert "Retry-After" in response.headers


@pytest.mark.parametrize(("url", "status"), [("/en/nothing-here", 404), ("/en/boom", 500)])
def test_errors_on_htmx_requests_are_fragments_for_the_alert_region(failing_app, url, status):
    response = failing_app.test_client().get(url, headers=HTMX)
    soup = fragment(response, status=status)
    assert response.headers["HX-Retarget"] == "#htmx-error"
    assert response.headers["HX-Reswap"] == "innerHTML"
    assert soup.select_one(".notice--error .notice__title")
    assert "HX-Request" in response.headers["Vary"]
