"""axe-core over every kind of page, in Swedish and Arabic: no serious or critical violation of
the WCAG 2.1 A/AA rules. What axe cannot judge (meaning, reading order, plain language) is
checked by people; see the accessibility notes in the issue tracker."""

import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests import factories
from tests.admin_helpers import PASSWORD, make_user, totp_code
from tests.recruitment_helpers import invited

pytestmark = pytest.mark.browser

AXE = (Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js").read_text()
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def violations(page) -> list[str]:
    page.evaluate(AXE + "\n;0")  # DevTools evaluation: not an inline script, CSP stays strict
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length,"
        " target: v.nodes[0].target.join(' ')}))",
        WCAG,
    )
    return [
        f"{v['id']} ({v['impact']}, {v['nodes']}x, e.g. {v['target']})"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


@pytest.fixture
def content(app):
    from portal.extensions import db

    with app.app_context():
        care = factories.field(body="## Varför\n\nOmsorgen behöver fler.")
        district = factories.district()
        factories.programme(
            "Undersköterska", "Assistant nurse", slug="a11y-usk", field=care, district=district
        )
        factories.programme("Sfi studieväg 2", kind="sfi", slug="a11y-sfi", swedish_level=0)
        make_user("redaktor@stockholm.se", "editor")
        db.session.commit()


def check(page, url, name):
    response = page.goto(url)
    assert response is not None and response.ok, f"{name}: {response and response.status}"
    found = violations(page)
    assert not found, f"{name}: {found}"


@pytest.mark.allow_console(r"status of 404")  # the not-found page is one of the pages checked
@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_public_pages(browser_page, live_server, content, lang):
    page = browser_page
    base = f"{live_server}/{lang}"
    for path, name in (
        ("/", "start"),
        ("/utbildningar", "search"),
        ("/utbildningar/a11y-usk", "detail"),
        ("/omraden/vard-och-omsorg", "field"),
        ("/kontakt", "contact step 1"),
        ("/kontakt/hantera", "manage link request"),
        ("/finns-inte", "not found"),
    ):
        page.goto(base + path)
        assert not violations(page), f"{name}: {violations(page)}"

    if lang == "sv":
        for path in ("/lattlast", "/kontakt/lattlast"):
            page.goto(base + path)
            assert not violations(page), f"easy-to-read {path}"

    # Search after an htmx filter.
    page.goto(base + "/utbildningar")
    page.locator("#facet-typ summary").click()
    with page.expect_response(re.compile(r"typ=sfi")):
        page.locator("#f-typ-sfi").check()
    expect(page.locator(".programme-card")).to_have_count(1)
    assert not violations(page), "search after filtering"


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_contact_steps_including_errors(browser_page, live_server, smtp, content, lang):
    page = browser_page
    page.goto(f"{live_server}/{lang}/kontakt")
    page.locator("#signup button[value=next]").click()
    page.wait_for_selector(".error-summary")
    assert not violations(page), "contact step 1 with an error"
    page.locator("#background-0").check()
    page.locator("#districts-0").check()  # where in Stockholm they would like to work
    page.locator("#signup button[value=next]").click()
    page.wait_for_selector("#purpose_education_info")
    assert not violations(page), "contact step 2"
    page.locator("#purpose_education_info").check()
    page.locator("#signup button[value=next]").click()
    page.wait_for_selector("#email")
    page.locator("#email").fill("not an address")
    page.locator("#signup button[value=next]").click()
    page.wait_for_selector(".error-summary")
    assert not violations(page), "contact step 3 with an error"
    page.locator("#email").fill("axe@example.org")
    page.locator("#signup button[value=next]").click()
    page.wait_for_selector(".summary-list")
    assert not violations(page), "contact step 4"
    page.locator("#signup button[value=next]").click()
    page.wait_for_url(re.compile(r"/kontakt/tack"))
    assert not violations(page), "thank-you page"
    confirm = next(
        link
        for link in re.findall(
            r"https?://\S+", str(smtp.messages[0].get_body(("plain",)).get_content())
        )
        if "/bekrafta/" in link
    )
    page.goto(live_server + "/" + confirm.split("/", 3)[3])
    assert not violations(page), "confirm page"
    page.locator("main form button").click()
    page.wait_for_url(re.compile(r"/kontakt/hantera/"))
    assert not violations(page), "manage page"


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_admin_sign_in_and_editor(browser_page, live_server, content, app, lang):
    page = browser_page
    page.goto(f"{live_server}/admin/sprak/{lang}?next=/admin/login")
    assert not violations(page), "admin sign-in"
    page.locator("#email").fill("redaktor@stockholm.se")
    page.locator("#password").fill(PASSWORD)
    page.locator("main form button").click()
    page.wait_for_url(f"{live_server}/admin/")
    for path in ("/admin/", "/admin/programmes", "/admin/oversattningar"):
        page.goto(live_server + path)
        assert not violations(page), path
    page.goto(f"{live_server}/admin/programmes")
    page.locator("tbody a").first.click()
    page.wait_for_selector("#editor")
    assert not violations(page), "editor"


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_admin_reference_data_pages(browser_page, live_server, content, app, lang, screenshot):
    """Providers, employers, districts and field pages: lists, editors with history, a form
    with errors, a record in use; the field page with its Arabic texts open."""
    from portal.extensions import db
    from portal.models.catalog import District, Field, Provider

    with app.app_context():
        district_id = db.session.scalar(db.select(District.id))
        field_id = db.session.scalar(db.select(Field.id))
        db.session.add(Provider(name="Lernia", url="https://www.lernia.se/"))
        db.session.commit()
    page = browser_page
    page.set_viewport_size({"width": 375, "height": 800})  # a phone
    page.goto(f"{live_server}/admin/sprak/{lang}?next=/admin/login")
    page.locator("#email").fill("redaktor@stockholm.se")
    page.locator("#password").fill(PASSWORD)
    page.locator("main form button").click()
    page.wait_for_url(f"{live_server}/admin/")
    for path in ("/admin/anordnare", "/admin/arbetsgivare/ny", "/admin/stadsdelar"):
        check(page, live_server + path, path)
    page.goto(f"{live_server}/admin/anordnare")
    page.locator("tbody a", has_text="Lernia").click()
    page.locator("#url").fill("http://www.lernia.se/")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert not violations(page), "provider with an error"
    screenshot(page, f"admin-provider-error-{lang}")
    page.goto(f"{live_server}/admin/stadsdelar/{district_id}")
    page.locator("#name").fill("Rinkeby–Kista")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator("#history-heading")).to_be_visible()
    expect(page.locator("main form button.button--warning")).to_have_count(0)  # in use
    assert not violations(page), "district in use, with history"
    page.goto(f"{live_server}/admin/omraden/{field_id}")
    page.locator("#field-ar summary").click()
    page.locator("#ar-name").fill("الرعاية الصحية والاجتماعية")
    page.locator("main form button[type=submit]").click()
    expect(page.locator("#history-heading")).to_be_visible()
    page.locator("#field-ar summary").click()
    assert not violations(page), "field page with Arabic texts and history"
    screenshot(page, f"admin-field-arabic-{lang}")


@pytest.fixture
def office(app, content):
    """One person holding every role (so one sign-in reaches every page), a published
    programme with a prepared change, an occupation, a mailing, and a recruitment day with
    people coming."""
    from portal.admin.revisions import snapshot
    from portal.extensions import db
    from portal.mailings import workflow
    from portal.models.admin import ProgrammeDraft
    from portal.models.catalog import Programme

    with app.app_context():
        boss = make_user(
            "chef@stockholm.se", "editor", "contact_officer", "administrator", totp=True
        )
        programme = db.session.scalar(db.select(Programme).where(Programme.slug == "a11y-usk"))
        factories.occupation(programmes=[programme])
        data = snapshot(programme)
        data["translations"]["sv"]["summary"] = "Nu med praktik i Kista."
        db.session.add(ProgrammeDraft(programme_id=programme.id, data=data))
        day = factories.recruitment_day(
            texts={"ar": "يوم التوظيف"}, programmes=[programme], capacity=20
        )
        past = factories.recruitment_day("Förra månadens träff", in_days=-30)
        db.session.commit()
        invited(day, "kommer@example.org", answer="coming")
        invited(day, "inte@example.org", answer="not_coming")
        workflow.save(None, workflow.Draft("newsletter", [], [], {"sv": ("Hej", "Text")}), boss)
        db.session.commit()
        return {"programme": programme.id, "day": day.id, "past": past.id, "user": boss.id}


def sign_in_with_code(page, live_server, app, user_id, lang):
    from portal.extensions import db
    from portal.models.admin import User

    page.goto(f"{live_server}/admin/sprak/{lang}?next=/admin/login")
    with app.app_context():
        user = db.session.get(User, user_id)
        email = user.email
    page.locator("#email").fill(email)
    page.locator("#password").fill(PASSWORD)
    page.locator("main form button").click()
    with app.app_context():
        code = totp_code(db.session.get(User, user_id))
    page.locator("#code").fill(code)
    page.locator("main form button").first.click()
    page.wait_for_url(f"{live_server}/admin/")


@pytest.mark.allow_console(r"status of 409")  # the refused invitation page is checked too
@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_admin_pages_of_this_round(browser_page, live_server, app, office, lang, screenshot):
    """Staff accounts, the programme list with filters, a prepared change (preview and diff),
    reference data, occupations, recruitment days (list, form with an error, who is coming)
    and mailings: no serious or critical violation in Swedish or Arabic."""
    page = browser_page
    sign_in_with_code(page, live_server, app, office["user"], lang)
    programme, day = office["programme"], office["day"]
    for path in (
        "/admin/",
        "/admin/anvandare",
        "/admin/programmes",
        "/admin/programmes?status=published&sort=title&lang=ar&state=missing&upcoming=1",
        f"/admin/programmes/{programme}",
        f"/admin/programmes/{programme}/utkast",
        f"/admin/programmes/{programme}/utkast/forhandsvisning",
        f"/admin/programmes/{programme}/utkast/forhandsvisning?lang=ar",
        f"/admin/programmes/{programme}/versioner",
        "/admin/anordnare",
        "/admin/anordnare/ny",
        "/admin/arbetsgivare",
        "/admin/stadsdelar",
        "/admin/omraden",
        "/admin/omraden/ny",
        "/admin/yrken",
        "/admin/yrken/ny",
        "/admin/rekryteringstraffar",
        "/admin/rekryteringstraffar/ny",
        f"/admin/rekryteringstraffar/{day}",
        f"/admin/rekryteringstraffar/{day}/bjud-in",
        f"/admin/rekryteringstraffar/{day}/kommer",
        "/admin/utskick",
        "/admin/utskick/ny",
        "/admin/samtycken",
        "/admin/logg",
    ):
        check(page, live_server + path, path)
    screenshot(page, f"admin-audit-log-{lang}-1280")
    page.goto(f"{live_server}/admin/omraden/ny")
    page.locator("main form button[type=submit]").click()  # no Swedish name
    expect(page.locator(".error-summary")).to_be_visible()
    assert not violations(page), "new field page with an error"
    screenshot(page, f"admin-new-field-error-{lang}-1280")
    page.goto(f"{live_server}/admin/utskick")
    page.locator("main tbody a").first.click()
    page.wait_for_selector("main h1")
    assert not violations(page), "a mailing"
    page.goto(f"{live_server}/admin/rekryteringstraffar/ny")
    page.locator("main form button[type=submit]").first.click()
    expect(page.locator(".error-summary")).to_be_visible()
    assert not violations(page), "recruitment day form with errors"
    page.goto(f"{live_server}/admin/rekryteringstraffar/{office['past']}/bjud-in")  # refused: 409
    expect(page.locator("main h1")).to_be_visible()
    assert not violations(page), "no invitations to a day that has taken place"
    screenshot(page, f"admin-invite-closed-{lang}-1280")


@pytest.mark.parametrize("width", [375, 1280])
def test_arabic_admin_at_phone_and_desktop_width(
    browser_page, live_server, app, office, width, screenshot
):
    """The dashboard, the programme editor and the recruitment day editor in Arabic: right to
    left, nothing wider than the screen, times and addresses kept left to right."""
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    sign_in_with_code(page, live_server, app, office["user"], "ar")
    for path, name in (
        ("/admin/", "dashboard"),
        (f"/admin/programmes/{office['programme']}", "programme-editor"),
        (f"/admin/rekryteringstraffar/{office['day']}", "recruitment-day-editor"),
    ):
        page.goto(live_server + path)
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"{name} is {wide}px wide on a {width}px screen"
        screenshot(page, f"admin-{name}-ar-{width}")
    for path in (
        "/admin/anvandare",
        "/admin/programmes",
        "/admin/rekryteringstraffar",
        f"/admin/rekryteringstraffar/{office['day']}/kommer",
        "/admin/utskick",
        "/admin/logg",
        "/admin/anordnare",
    ):
        page.goto(live_server + path)
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width, f"{path} is {wide}px wide on a {width}px screen"
