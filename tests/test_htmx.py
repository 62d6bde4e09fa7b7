"""The page-or-fragment helper: one template, the whole page or one named block of it."""

from portal.htmx import render
from tests.helpers import HTMX, fragment, page

TEMPLATE = "errors/error.html"  # a real page template with a named block ("error")
CONTEXT = dict(code=404, title="T", reason="R", advice="A")


def test_htmx_request_gets_only_the_named_block(app):
    with app.test_request_context("/sv/", headers=HTMX):
        response = render(TEMPLATE, block="error", **CONTEXT)
    soup = fragment(response)
    assert soup.select_one(".notice") and not soup.select("h1")
    assert "HX-Request" in response.headers["Vary"]


def test_plain_request_gets_the_whole_page(app):
    with app.test_request_context("/sv/"):
        response = render(TEMPLATE, block="error", **CONTEXT)
    soup = page(response)
    assert soup.select_one("main .notice")
    assert "HX-Request" in response.headers["Vary"]


def test_history_restore_gets_the_whole_page(app):
    headers = {**HTMX, "HX-History-Restore-Request": "true"}
    with app.test_request_context("/sv/", headers=headers):
        response = render(TEMPLATE, block="error", **CONTEXT)
    page(response)


def test_without_a_block_htmx_gets_the_whole_page(app):
    with app.test_request_context("/sv/", headers=HTMX):
        response = render(TEMPLATE, **CONTEXT)
    page(response)


def test_status_is_passed_through(app):
    with app.test_request_context("/sv/", headers=HTMX):
        assert render(TEMPLATE, block="error", status=422, **CONTEXT).status_code == 422


def test_pages_vary_on_hx_request(client):
    assert "HX-Request" in client.get("/sv/").headers["Vary"]
