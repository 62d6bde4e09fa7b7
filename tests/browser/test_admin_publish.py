"""An editor signs in, edits a draft in the browser (htmx form) and publishes it."""

import re

import pytest

from tests import factories
from tests.admin_helpers import PASSWORD, make_user

pytestmark = pytest.mark.browser


def test_edit_and_publish(browser_page, live_server, app, screenshot):
    from portal.extensions import db

    with app.app_context():
        make_user("redaktor@stockholm.se", "editor")
        p = factories.programme(
            "Barnskötare i Tensta",
            slug="bsk-tensta",
            status="draft",
            provider=factories.provider(),
            apply_url="https://www.stockholm.se/ansok",
        )
        db.session.commit()
        programme_id = p.id

    assert app.test_client().get("/sv/utbildningar/bsk-tensta").status_code == 404  # a draft

    page = browser_page
    page.goto(f"{live_server}/admin/login")
    page.get_by_label("E-postadress").fill("redaktor@stockholm.se")
    page.get_by_label("Lösenord").fill(PASSWORD)
    page.get_by_role("button", name="Logga in").click()
    page.wait_for_url(f"{live_server}/admin/")

    page.goto(f"{live_server}/admin/programmes/{programme_id}")
    page.locator("#sv-summary").fill("Lär dig jobbet som barnskötare i Tensta.")
    page.locator("#translation-en summary").click()
    page.locator("#translations-en-title").fill("Childcare assistant in Tensta")
    screenshot(page, "admin-editor-sv-1280")
    page.get_by_role("button", name="Spara och publicera").click()
    page.wait_for_url(re.compile(r"sparat=publish"))
    assert "Sparad och publicerad." in page.locator("main").inner_text()

    page.goto(f"{live_server}/en/utbildningar/bsk-tensta")
    assert page.locator("h1").inner_text() == "Childcare assistant in Tensta"
