"""A care programme read on a phone in each of the eight locales: its own language throughout
(no Swedish fallback), right to left where the script is, and Ethiopic letters drawn by the
portal's web font on the Tigrinya page. Screenshots go to instance/screenshots/ to look at."""

import pytest
from playwright.sync_api import expect

from portal.content.loader import load_content
from portal.i18n import LOCALES

pytestmark = pytest.mark.browser

SLUG = "kombinationsutbildning-underskoterska-jarva"


@pytest.fixture(scope="module")
def texts():
    return next(p for p in load_content().programmes if p.slug == SLUG).texts


@pytest.fixture
def demo(app):
    from portal.demo import load_demo_content

    with app.app_context():
        load_demo_content()


def loaded_fonts(page) -> set[str]:
    return set(
        page.evaluate(
            "document.fonts.ready.then(() => [...document.fonts]"
            ".filter(f => f.status === 'loaded').map(f => f.family.replaceAll('\"', '')))"
        )
    )


@pytest.mark.parametrize("lang", list(LOCALES))
def test_care_programme_on_a_phone(browser, live_server, demo, texts, screenshot, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{live_server}/{lang}/utbildningar/{SLUG}")
    html = page.locator("html")
    expect(html).to_have_attribute("lang", lang)
    expect(html).to_have_attribute("dir", LOCALES[lang].direction)
    expect(page.locator("h1")).to_have_text(texts[lang].title)
    assert page.locator("h1").get_attribute("lang") is None  # not a Swedish fallback
    assert page.locator("main .prose[lang=sv]").count() == 0
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    fonts = loaded_fonts(page)
    assert ("Portal Ethiopic" in fonts) == (lang == "ti"), fonts
    screenshot(page, f"programme-{lang}-390")
    context.close()
    assert not errors, errors


def test_swedish_fallback_reads_left_to_right_on_an_arabic_page(browser_page, live_server, demo):
    page = browser_page
    page.goto(f"{live_server}/ar/utbildningar/yrkesutbildning-elteknik")  # body in sv and en only
    prose = page.locator("main .prose[lang=sv]")
    expect(prose).to_have_count(1)
    assert prose.evaluate("e => getComputedStyle(e).direction") == "ltr"
    assert page.locator("h1").evaluate("e => getComputedStyle(e).direction") == "rtl"
