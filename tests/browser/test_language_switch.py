import pytest

pytestmark = pytest.mark.browser


def test_root_lands_on_swedish_start_page_and_switches_to_english(browser, live_server):
    context = browser.new_context(locale="sv-SE")
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    page.goto(f"{live_server}/")
    assert page.url == f"{live_server}/sv/"
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("h1").inner_text() == "Hitta din väg till utbildning och jobb"

    page.get_by_role("navigation", name="Välj språk").get_by_role("link", name="English").click()
    page.wait_for_url(f"{live_server}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("h1").inner_text() == "Find your way to education and work"
    # The same page: the same sections, in English.
    assert page.locator("main h2").all_inner_texts() == [
        "What do you need?",
        "Want us to contact you?",
        "Finish school or study further",
    ]
    context.close()
    assert not errors, errors


def test_english_browser_is_sent_to_english(browser, live_server):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(f"{live_server}/")
    assert page.url == f"{live_server}/en/"
    context.close()


def test_skip_link_is_first_and_moves_focus_to_main(browser_page, live_server):
    page = browser_page
    page.goto(f"{live_server}/sv/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Hoppa till huvudinnehållet"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


@pytest.mark.parametrize("lang", ["sv", "ar"])
@pytest.mark.parametrize("width", [320, 1280])
def test_start_page_fits_the_screen(browser, live_server, screenshot, lang, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"horizontal scroll of {overflow}px at {width}px"
    if lang == "ar":
        assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    screenshot(page, f"start-{lang}-{width}")
    context.close()
