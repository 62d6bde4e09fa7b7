"""The contact opt-in, walked with the keyboard only in a real browser (htmx swaps), with an
error on the way; the confirmation e-mail arrives over real SMTP."""

import re

import pytest

from tests.contact_helpers import links_in

pytestmark = pytest.mark.browser


def press_continue(page):
    page.get_by_role("button", name=re.compile("^(Fortsätt|Bekräfta och skicka)$")).focus()
    page.keyboard.press("Enter")


def test_keyboard_walk_with_an_error(browser_page, live_server, smtp, screenshot):
    page = browser_page
    page.goto(f"{live_server}/sv/kontakt")

    # Step 1 without a choice: the error summary appears and takes focus.
    press_continue(page)
    page.wait_for_selector(".error-summary")
    assert page.evaluate("document.activeElement.className") == "error-summary"
    assert page.title().startswith("Fel: ")
    screenshot(page, "contact-error-sv-1280")
    # The summary's link leads to the field; choose with the keyboard.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.locator("#background-0").focus()
    page.keyboard.press("Space")
    press_continue(page)
    page.wait_for_selector("#purpose_education_info")
    assert page.evaluate("document.activeElement.id") == "signup-step-heading"

    # Step 2: tick one purpose with the keyboard.
    page.locator("#purpose_education_info").focus()
    page.keyboard.press("Space")
    press_continue(page)
    page.wait_for_selector("#email")

    # Step 3: contact details.
    page.locator("#email").focus()
    page.keyboard.type("tester@example.org")
    press_continue(page)
    page.wait_for_selector(".summary-list")
    assert "tester@example.org" in page.locator(".summary-list").inner_text()
    screenshot(page, "contact-summary-sv-1280")

    # Step 4: confirm; htmx follows HX-Redirect to the thank-you page.
    press_continue(page)
    page.wait_for_url(re.compile(r"/sv/kontakt/tack"))
    assert page.locator("h1").inner_text() == "Titta i din e-post"
    (message,) = smtp.messages
    assert message["To"] == "tester@example.org"
    confirm = links_in(message)[0]
    page.goto(live_server + "/" + confirm.split("/", 3)[3])
    page.get_by_role("button", name="Ja, jag bekräftar").click()
    page.wait_for_url(re.compile(r"/kontakt/hantera/"))
    assert "Ditt samtycke är bekräftat" in page.locator("main").inner_text()


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_contact_page_fits_a_phone(browser, live_server, screenshot, lang):
    context = browser.new_context(viewport={"width": 320, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/kontakt")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"horizontal scroll of {overflow}px at 320px"
    screenshot(page, f"contact-{lang}-320")
    context.close()
