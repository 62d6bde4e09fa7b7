"""An administrator creates a staff account and hands over its one-time link; the new editor
chooses a password, prepares a change of a published programme, previews it, publishes it and
sees it live. axe checks each new admin page on the way (admin in Swedish, previews in Arabic)."""

import re

import pytest

from tests import factories
from tests.admin_helpers import make_user, totp_code
from tests.browser.test_accessibility import violations

pytestmark = pytest.mark.browser

NEW_PASSWORD = "Kanelbulle-Pendeltag-Hostdag-93"
PUBLIC = "/sv/utbildningar/usk-skarholmen"


def _no_violations(page, name):
    found = violations(page)
    assert not found, f"{name}: {found}"


def test_new_editor_prepares_previews_and_publishes_a_change(
    browser, browser_page, live_server, app, screenshot
):
    from portal.extensions import db
    from portal.models.admin import Role

    with app.app_context():
        db.session.add(Role(name="editor"))
        admin = make_user("admin@stockholm.se", "administrator", totp=True)
        code = totp_code(admin)
        p = factories.programme(
            "Undersköterska i Skärholmen",
            slug="usk-skarholmen",
            provider=factories.provider(),
            apply_url="https://www.stockholm.se/ansok",
        )
        db.session.commit()
        programme_id = p.id
    public = app.test_client()
    before = public.get(PUBLIC).get_data(as_text=True)
    assert "Nu med praktik i Skärholmen." not in before

    page = browser_page
    page.goto(f"{live_server}/admin/login")
    page.locator("#email").fill("admin@stockholm.se")
    page.locator("#password").fill("Lingonsylt-Tunnelbana-Vinter-47")
    page.locator("main form button").click()
    page.locator("#code").fill(code)
    page.locator("main form button").first.click()
    page.wait_for_url(f"{live_server}/admin/")

    page.goto(f"{live_server}/admin/anvandare")
    _no_violations(page, "users page")
    page.locator("#email").fill("ny.redaktor@stockholm.se")
    page.get_by_label("Redaktör").first.check()
    page.get_by_role("button", name="Skapa kontot och en lösenordslänk").click()
    link = page.locator("#password-link").input_value()
    _no_violations(page, "users page with a link")
    screenshot(page, "admin-users-link-sv-1280")

    colleague = browser.new_context(viewport={"width": 390, "height": 844})
    other = colleague.new_page()
    other.goto(link)
    _no_violations(other, "first password")
    other.locator("#password").fill(NEW_PASSWORD)
    other.locator("#password_confirm").fill(NEW_PASSWORD)
    other.get_by_role("button", name="Spara lösenordet").click()
    other.wait_for_url(re.compile(r"/admin/login"))
    other.locator("#email").fill("ny.redaktor@stockholm.se")
    other.locator("#password").fill(NEW_PASSWORD)
    other.locator("main form button").click()
    other.wait_for_url(f"{live_server}/admin/")
    assert "Du redigerar utbildningar" in other.locator(".role-summary").inner_text()

    other.goto(f"{live_server}/admin/programmes/{programme_id}")
    other.locator("#sv-summary").fill("Nu med praktik i Skärholmen.")
    other.locator("#translation-ar summary").click()
    other.locator("#translations-ar-title").fill("مساعد تمريض في شيرهولمن")
    other.get_by_role("button", name="Spara som förberedd ändring").click()
    other.wait_for_url(re.compile(r"/utkast\?sparat=draft"))
    _no_violations(other, "prepared change")
    screenshot(other, "admin-draft-sv-390")
    assert "Nu med praktik i Skärholmen." in other.locator(".diff").inner_text()
    assert "Nu med praktik" not in public.get(PUBLIC).get_data(as_text=True)  # not live yet

    other.locator("main a[lang=ar]").click()
    other.wait_for_url(re.compile(r"/utkast/forhandsvisning\?lang=ar"))
    assert other.locator("h1").inner_text() == "مساعد تمريض في شيرهولمن"
    _no_violations(other, "draft preview in Arabic")
    screenshot(other, "admin-draft-preview-ar-390")
    other.get_by_role("link", name="Tillbaka till den förberedda ändringen").click()
    other.get_by_role("button", name="Publicera ändringen").click()
    other.wait_for_url(re.compile(r"sparat=publish"))

    other.goto(f"{live_server}{PUBLIC}")
    assert other.locator(".lead").inner_text() == "Nu med praktik i Skärholmen."
    other.goto(f"{live_server}/ar/utbildningar/usk-skarholmen")
    assert other.locator("h1").inner_text() == "مساعد تمريض في شيرهولمن"
    colleague.close()
