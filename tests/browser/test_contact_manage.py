"""The manage page and the confirm page of a change, in a real browser with and without
JavaScript, in Swedish and Arabic: axe finds nothing serious, the message after a change takes
focus, and a change someone else asked for is shown before it is confirmed."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import violations
from tests.contact_helpers import links_in, path_of, sign_up, submit

pytestmark = pytest.mark.browser


def confirm_link(message) -> str:
    return path_of(next(link for link in links_in(message) if "/bekrafta/" in link))


def registered(client, smtp, lang) -> str:
    sign_up(
        client,
        lang=lang,
        email=f"manage-{lang}@example.org",
        purposes=("education_info", "sms_reminders"),
        phone="0701234567",
        name="Anna",
    )
    link = confirm_link(smtp.messages[-1])
    done = submit(client, link, client.get(link).get_data(as_text=True))
    return done.headers["Location"].split("?")[0]


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_manage_page_changes_with_javascript(
    browser_page, live_server, client, smtp, screenshot, lang
):
    page = browser_page
    manage = registered(client, smtp, lang)
    page.goto(live_server + manage)
    assert not violations(page), "manage page"
    screenshot(page, f"contact-manage-{lang}-1280")

    # A wrong number: the error summary, linked to the field; nothing saved.
    page.locator("#uppgifter-phone").fill("12345")
    page.locator("#details-heading + form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert page.title().startswith(("Fel: ", "خطأ: ", "Error: "))
    assert not violations(page), "manage page with an error"

    # A correction: the page comes back saying so, and the message has focus.
    page.locator("#uppgifter-phone").fill("073-123 45 67")
    page.locator("#uppgifter-name").fill("Anna Lind")
    page.locator("#details-heading + form button[type=submit]").click()
    expect(page.locator("#manage-status")).to_be_visible()
    expect(page.locator("#manage-status")).to_be_focused()
    assert page.locator("#uppgifter-phone").input_value() == "+46731234567"
    assert not violations(page), "manage page after saving"

    # A withdrawn purpose given again: a confirmation mail, like a first sign-up.
    page.locator('main form:has(input[value="education_info"]) button').click()
    expect(page.locator("#manage-status")).to_be_focused()
    page.locator('input[name="samtycke-purposes"][value="education_info"]').check()
    page.locator("#give-heading + form button[type=submit]").click()
    expect(page.locator("#manage-status")).to_be_focused()
    assert confirm_link(smtp.messages[-1])


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_a_change_asked_by_someone_else_is_shown_before_confirming(
    browser_page, live_server, client, smtp, screenshot, lang
):
    page = browser_page
    registered(client, smtp, lang)
    sign_up(client, lang=lang, email=f"manage-{lang}@example.org", name="Mallory", language="fi")
    page.goto(live_server + confirm_link(smtp.messages[-1]))
    table = page.locator(".change-list")
    expect(table).to_contain_text("Mallory")
    expect(table).to_contain_text("Anna")
    assert not violations(page), "confirm page of a change"
    screenshot(page, f"contact-change-{lang}-1280")


def test_manage_page_works_without_javascript(browser, live_server, client, smtp, screenshot):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    manage = registered(client, smtp, "sv")
    page.goto(live_server + manage)
    page.locator("#uppgifter-name").fill("Anna Berg")
    page.locator("#uppgifter-language").select_option("uk")
    page.locator("#details-heading + form button[type=submit]").click()
    page.wait_for_url(re.compile(r"klart=uppgifter"))
    expect(page.locator("#manage-status")).to_contain_text("Dina uppgifter är sparade.")
    assert page.locator("#uppgifter-name").input_value() == "Anna Berg"
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"horizontal scroll of {overflow}px at 390px"
    screenshot(page, "contact-manage-sv-390-nojs")
    context.close()
