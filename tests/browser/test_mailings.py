"""A contact officer writes a mailing, previews it, a second officer approves and sends it,
and each person gets it in their language. axe checks every mailing page on the way."""

import re

import pytest

from tests.admin_helpers import PASSWORD, make_user
from tests.browser.conftest import LAUNCH_ARGS  # noqa: F401 - same browser settings
from tests.browser.test_accessibility import violations
from tests.mailing_helpers import person

pytestmark = pytest.mark.browser


def sign_in(page, live_server, email):
    page.goto(f"{live_server}/admin/login")
    page.get_by_label("E-postadress").fill(email)
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server}/admin/")


def no_violations(page, name):
    found = violations(page)
    assert not found, f"{name}: {found}"


def test_compose_preview_approve_and_send(
    browser, browser_page, live_server, app, smtp, screenshot, monkeypatch
):
    from portal.extensions import db

    monkeypatch.setitem(app.config, "MAILING_PER_MINUTE", 1_000_000)
    with app.app_context():
        make_user("anna@stockholm.se", "contact_officer")
        make_user("bo@stockholm.se", "contact_officer")
        person("sv@example.org", "sv")
        person("ar@example.org", "ar")
        db.session.commit()

    page = browser_page
    sign_in(page, live_server, "anna@stockholm.se")
    page.get_by_role("link", name="Utskick").first.click()
    no_violations(page, "mailing list")
    page.get_by_role("link", name="Nytt utskick").click()
    page.get_by_role("button", name="Spara utkast").click()  # nothing written yet
    assert page.locator(".error-summary").is_visible()
    no_violations(page, "compose with errors")
    page.locator("#purpose").select_option("newsletter")
    page.locator("#texts-sv-subject").fill("Nya utbildningar i vård")
    page.locator("#texts-sv-body").fill("Hej!\n\nNu finns **nya** utbildningar.")
    page.locator("#text-ar summary").click()
    page.locator("#texts-ar-subject").fill("دورات جديدة في الرعاية")
    page.locator("#texts-ar-body").fill("مرحبا!\n\nهناك دورات **جديدة**.")
    screenshot(page, "admin-mailing-compose-sv-1280")
    page.get_by_role("button", name="Spara utkast").click()
    page.wait_for_url(re.compile(r"/admin/utskick/\d+$"))
    assert "2 personer skulle få det nu." in page.locator("main").inner_text()
    no_violations(page, "mailing overview")
    screenshot(page, "admin-mailing-show-sv-1280")
    overview = page.url

    page.locator("main").get_by_role("link", name="العربية").click()  # not the switcher
    page.wait_for_url(re.compile(r"/forhandsvisning/ar$"))
    assert "دورات جديدة في الرعاية" in page.locator("main").inner_text()
    frame = page.frame_locator("iframe.mail-preview--html")
    assert frame.locator("strong").inner_text() == "جديدة"
    no_violations(page, "preview ar")
    screenshot(page, "admin-mailing-preview-ar-1280")

    page.goto(overview)
    page.get_by_role("button", name="Skicka test").click()
    assert "Testet är på väg" in page.locator("main").inner_text()
    assert page.get_by_role("button", name="Godkänn utskicket").count() == 0  # not the author

    context = browser.new_context(viewport={"width": 390, "height": 844})
    second = context.new_page()
    sign_in(second, live_server, "bo@stockholm.se")
    second.goto(overview)
    second.get_by_role("button", name="Godkänn utskicket").click()
    assert "Utskicket är godkänt" in second.locator("main").inner_text()
    second.get_by_role("button", name="Skicka utskicket").click()
    assert "Utskicket skickas" in second.locator("main").inner_text()
    smtp.deliver()  # what the mail worker does beside the server
    by_address = {m["To"]: m["Subject"] for m in smtp.received}
    assert by_address == {
        "anna@stockholm.se": "Nya utbildningar i vård",
        "sv@example.org": "Nya utbildningar i vård",
        "ar@example.org": "دورات جديدة في الرعاية",
    }
    smtp.deliver()  # a second round finishes the mailing
    second.reload()
    report = second.locator("main").inner_text()
    assert "Skickat" in report and "Queued" not in report
    no_violations(second, "report on a phone")
    screenshot(second, "admin-mailing-report-sv-390")
    context.close()
