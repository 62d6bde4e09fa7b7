"""Occupation pages pass axe in Swedish and Arabic; on a phone the search results come first
and the filters fold into one disclosure that keeps its state across htmx swaps."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser


@pytest.fixture
def catalogue(app):
    from portal.extensions import db

    with app.app_context():
        care = factories.field()
        district = factories.district()
        usk = factories.programme(
            "Undersköterska i Järva", slug="b-usk", field=care, district=district
        )
        factories.programme("Sfi i Rinkeby", kind="sfi", slug="b-sfi", swedish_level=0)
        factories.occupation(
            programmes=[usk],
            need="Nästan 400 medarbetare är 60 år eller äldre.",
            need_source="Kompetensförsörjningsplan 2026",
            names={"ar": ("مساعد ممرض", "رعاية المسنين")},
        )
        db.session.commit()


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_occupation_page_and_empty_search_pass_axe(browser_page, live_server, catalogue, lang):
    page = browser_page
    for path in ("/yrken/underskoterska", "/utbildningar?q=zzzz", "/utbildningar?q=usk"):
        page.goto(f"{live_server}/{lang}{path}")
        found = violations(page)
        assert not found, f"{path}: {found}"


def test_on_a_phone_results_come_first_and_filters_keep_state(browser, live_server, catalogue):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{live_server}/sv/utbildningar")
    filters = page.locator("details#filters")
    expect(filters).not_to_have_attribute("open", "")
    first_result = page.locator(".result-list li").first
    assert first_result.bounding_box()["y"] < 844  # visible without scrolling
    page.locator("details#filters > summary").focus()  # keyboard only, as a phone reader may
    page.keyboard.press("Enter")
    page.locator("#facet-typ > summary").focus()
    page.keyboard.press("Enter")
    page.locator("#f-typ-sfi").focus()
    page.keyboard.press("Space")
    expect(page.locator("#result-count")).to_have_text("1 utbildning hittades")
    expect(filters).to_have_attribute("open", "")  # still open after the swap
    expect(page.locator("details#filters > summary")).to_contain_text("1 filter valt")
    expect(page.locator("#f-typ-sfi")).to_be_focused()
    context.close()


def test_on_a_wide_screen_the_filters_start_open(browser_page, live_server, catalogue):
    browser_page.goto(f"{live_server}/sv/utbildningar")
    expect(browser_page.locator("details#filters")).to_have_attribute("open", "")
