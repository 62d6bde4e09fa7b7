"""Searching with the keyboard only, in a real browser: htmx swaps, focus, URL and Back."""

import re

import pytest
from playwright.sync_api import expect

from tests import factories

pytestmark = pytest.mark.browser


@pytest.fixture
def catalogue(app):
    from portal.extensions import db

    with app.app_context():
        care = factories.field()
        factories.programme("Undersköterska", "Assistant nurse", field=care, slug="b-usk")
        factories.programme("Barnskötare", "Childcare assistant", field=care, slug="b-bsk")
        factories.programme(
            "Sfi studieväg 2", "Sfi study path 2", kind="sfi", slug="b-sfi", swedish_level=0
        )
        db.session.commit()


def result_titles(page):
    return page.locator(".programme-card__title a").all_inner_texts()


def test_filter_with_keyboard_then_back(browser_page, live_server, catalogue, screenshot):
    page = browser_page
    page.goto(f"{live_server}/sv/utbildningar")
    assert len(result_titles(page)) == 3

    # Open the "kind" group and tick "sfi" with the keyboard only.
    page.locator("#facet-typ summary").focus()
    page.keyboard.press("Enter")
    page.locator("#f-typ-sfi").focus()
    with page.expect_response(re.compile(r"/sv/utbildningar\?.*typ=sfi")):
        page.keyboard.press("Space")
    expect(page.locator(".programme-card")).to_have_count(1)
    assert result_titles(page) == ["Sfi studieväg 2"]
    assert "typ=sfi" in page.url  # the state is a shareable address
    # htmx kept focus on the same checkbox, and the group stayed open.
    assert page.evaluate("document.activeElement.id") == "f-typ-sfi"
    assert page.locator("#facet-typ").get_attribute("open") is not None
    assert page.locator("#result-count").inner_text() == "1 utbildning hittades"
    screenshot(page, "search-filtered-sv-1280")

    # Typing a word updates the list after a pause, without leaving the text box.
    page.goto(f"{live_server}/sv/utbildningar")
    page.locator("#search-q").focus()
    with page.expect_response(re.compile(r"q=barnsk")):
        page.keyboard.type("barnskot")
    expect(page.locator(".programme-card")).to_have_count(1)
    assert result_titles(page) == ["Barnskötare"]
    assert page.evaluate("document.activeElement.id") == "search-q"

    # Back returns to the previous state (a full page from the server, not a stale snapshot).
    page.wait_for_load_state("networkidle")  # no request still in flight to be cut off
    page.go_back()
    expect(page.locator(".programme-card")).to_have_count(3)
    assert page.locator("#search-q").input_value() == ""


def test_search_works_without_javascript(browser, live_server, catalogue):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/en/utbildningar")
    page.locator("#filters > summary").click()  # without script the filters start folded
    page.locator("#facet-typ summary").click()
    page.locator("#f-typ-sfi").check()
    page.get_by_role("button", name="Show results").click()
    page.wait_for_url(re.compile(r"typ=sfi"))
    assert result_titles(page) == ["Sfi study path 2"]
    context.close()


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_search_and_detail_fit_a_phone(browser, live_server, catalogue, screenshot, lang):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    for path, name in (("utbildningar", "search"), ("utbildningar/b-usk", "detail")):
        page.goto(f"{live_server}/{lang}/{path}")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{path}: horizontal scroll of {overflow}px at 320px"
        screenshot(page, f"{name}-{lang}-320")
    context.close()
