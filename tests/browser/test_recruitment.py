"""Recruitment days in Chromium: answering an invitation with JavaScript (htmx swaps the answer
in and moves focus to it), axe over the new public pages in Swedish and Arabic, and phone-width
screenshots of the list and the answer page for a person to look at."""

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.browser.test_accessibility import violations
from tests.recruitment_helpers import answer_path, invited

pytestmark = pytest.mark.browser

THANKS = {"sv": "Tack. Vi har antecknat att du kommer.", "ar": "شكرًا. سجّلنا أنك ستحضر."}
COMING = {"sv": "Jag kommer", "ar": "سأحضر"}


@pytest.fixture
def invitation(app):
    """A day with an Arabic text, and a person invited to it in each language: their paths."""
    from portal.extensions import db

    with app.app_context():
        day = factories.recruitment_day(
            "Rekryteringsträff: jobb i äldreomsorgen i Järva",
            texts={"ar": "يوم توظيف: وظائف في رعاية المسنين في يارفا"},
            district=factories.district(),
            employers=[factories.employer()],
            capacity=30,
            slug="traff-jarva",
        )
        db.session.commit()
        paths = {}
        for lang in ("sv", "ar"):
            person, _ = invited(day, f"{lang}@example.org", locale=lang)
            paths[lang] = answer_path(person, day, lang)
        return paths


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_answering_with_javascript_swaps_the_answer_in_and_moves_focus(
    browser_page, live_server, invitation, lang
):
    page = browser_page
    url = live_server + invitation[lang]
    page.goto(url)
    page.get_by_role("button", name=COMING[lang], exact=True).click()
    result = page.locator("#answer-result")
    expect(result).to_contain_text(THANKS[lang])
    expect(result).to_be_focused()
    assert page.url == url  # swapped in place: no reload, no redirect
    page.reload()
    expect(page.locator(".rsvp")).to_contain_text(COMING[lang])  # the stored answer shows


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_the_new_public_pages_pass_axe(browser_page, live_server, invitation, lang):
    page = browser_page
    for path, name in (
        (f"/{lang}/rekryteringstraffar", "list"),
        (f"/{lang}/rekryteringstraffar/traff-jarva", "day"),
        (invitation[lang], "answer"),
    ):
        page.goto(live_server + path)
        assert not violations(page), f"{name}: {violations(page)}"
    page.get_by_role("button", name=COMING[lang], exact=True).click()
    expect(page.locator("#answer-result")).to_contain_text(THANKS[lang])
    assert not violations(page), f"answer given: {violations(page)}"


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_phone_width_screenshots(browser, live_server, invitation, screenshot, lang):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/rekryteringstraffar")
    width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, f"recruitment-list-{lang}-360")
    page.goto(live_server + invitation[lang])
    screenshot(page, f"recruitment-answer-{lang}-360")
    page.get_by_role("button", name=COMING[lang], exact=True).click()
    expect(page.locator("#answer-result")).to_contain_text(THANKS[lang])
    screenshot(page, f"recruitment-answered-{lang}-360")
    context.close()
    assert width <= 360, "the list scrolls sideways on a phone"
