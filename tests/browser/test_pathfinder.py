"""The path finder walked in a real browser, in Swedish, Arabic and Ukrainian, with JavaScript
on (htmx swaps, focus, pushed URLs) and off (plain GET forms), for six personas."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import SCREENSHOTS

pytestmark = pytest.mark.browser

# (name, answers in the order asked, programmes the route must start with, must not contain)
PERSONAS = [
    (
        "no-swedish-six-years",
        dict(
            svenska="ingen",
            skola="0-6",
            mal="vard-och-omsorg",
            takt="alla",
            var="hela-staden",
            lage="inget",
        ),
        ["sfi-studievag-1-rinkeby"],
        ["sfi-studievag-2-skarholmen", "sfi-for-foraldralediga-husby"],
    ),
    (
        "sfi-c-elderly-care-jarva",
        dict(
            svenska="sfi-c",
            skola="7-12",
            mal="vard-och-omsorg",
            takt="alla",
            var="jarva",
            lage="inget",
        ),
        ["jobbspar-hemtjanst-rinkeby-kista", "kombinationsutbildning-vardbitrade-tensta"],
        ["sfi-for-foraldralediga-husby"],
    ),
    (
        "sva-done-bus-driver",
        dict(
            svenska="sva-grund",
            skola="7-12",
            mal="transport",
            takt="heltid",
            var="hela-staden",
            lage="inget",
        ),
        ["jobbspar-bussforare"],
        ["sfi-studievag-2-skarholmen"],
    ),
    (
        "engineer-from-abroad",
        dict(
            svenska="ingen",
            skola="13-",
            mal="teknik-och-installation",
            takt="heltid",
            var="hela-staden",
            lage="yrke",
        ),
        ["sfx-ingenjorer"],
        ["sfx-lastbilsforare"],
    ),
    (
        "unsure",
        dict(
            svenska="sfi-b",
            skola="7-12",
            mal="vet-inte",
            takt="alla",
            var="hela-staden",
            lage="inget",
        ),
        [],
        [],
    ),
    (
        "parent-on-leave",
        dict(
            svenska="sfi-a",
            skola="7-12",
            mal="barn-och-fritid",
            takt="deltid",
            var="jarva",
            lage="foraldraledig",
        ),
        ["sfi-for-foraldralediga-husby"],
        [],
    ),
]


@pytest.fixture
def demo(app):
    from portal.demo import load_demo_content

    with app.app_context():
        load_demo_content()


@pytest.fixture(params=[True, False], ids=["js", "no-js"])
def walker(request, browser):
    """A page in a context with JavaScript on or off; console errors fail the test."""
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, java_script_enabled=request.param
    )
    page = context.new_page()
    errors = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page, request.param
    context.close()
    assert not errors, errors


def route_slugs(page, step):
    links = page.locator(f"#route-{step} ~ ul .programme-card__title a")
    return [href.rsplit("/", 1)[1] for href in links.evaluate_all("l => l.map(a => a.href)")]


def walk(page, js, base, answers):
    page.goto(f"{base}/vilken-vag")
    for number, (name, value) in enumerate(answers.items(), start=1):
        heading = page.locator("#finder-heading")
        expect(heading).to_be_visible()
        page.locator(f"input[name={name}][value='{value}']").check()
        page.locator("form.finder__step button[type=submit]").click()
        expect(page).to_have_url(re.compile(rf"[?&]{name}={re.escape(value)}"))
        if js and number < len(answers):
            # htmx swapped the step in place and moved focus to the new question.
            expect(page.locator("#finder-heading")).to_be_focused()
    expect(page.locator("#route-now")).to_be_visible()


@pytest.mark.parametrize("lang", ["sv", "ar", "uk"])
def test_six_personas_get_their_routes(live_server, demo, walker, lang):
    page, js = walker
    base = f"{live_server}/{lang}"
    for name, answers, first, never in PERSONAS:
        walk(page, js, base, answers)
        now = route_slugs(page, "now")
        assert now, f"{name}: empty route"
        assert now[: len(first)] == first or set(first) <= set(now[:3]), (name, now)
        assert not set(never) & set(now), (name, now)
        assert page.locator(".finder__talk").is_visible()
        if name == "unsure":
            demand = page.locator(".finder__demand a").first
            assert "mal=vard-och-omsorg" in demand.get_attribute("href")
        if lang == "ar":
            assert page.locator("html").get_attribute("dir") == "rtl"
        if name == "sfi-c-elderly-care-jarva":
            assert "kombinationsutbildning-underskoterska-jarva" in now
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(
                path=str(SCREENSHOTS / f"pathfinder-route-{lang}-{js}.png"),
                full_page=True,
                caret="initial",
            )


def test_back_and_change_keep_the_other_answers(browser_page, live_server, demo):
    page = browser_page
    walk(page, True, f"{live_server}/sv", PERSONAS[1][1])
    page.locator(".finder__change").nth(2).click()  # change the work wanted
    expect(page.locator("#finder-heading")).to_have_text("Vilket slags arbete vill du ha?")
    page.locator("input[name=mal][value='barn-och-fritid']").check()
    page.locator("form.finder__step button[type=submit]").click()
    expect(page.locator("#route-now")).to_be_visible()
    assert "kombinationsutbildning-barnskotare-rinkeby" in route_slugs(page, "now")
    page.go_back()
    expect(page.locator("#finder-heading")).to_have_text("Vilket slags arbete vill du ha?")


def test_compare_from_the_route_and_print_button(browser_page, live_server, demo):
    page = browser_page
    walk(page, True, f"{live_server}/sv", PERSONAS[2][1])
    page.locator("a[href*='/sv/jamfor?p=']").click()
    expect(page.locator("h1")).to_have_text("Jämför utbildningar")
    expect(page.locator("thead th")).to_have_count(2)
    expect(page.locator("[data-print]")).to_be_visible()  # shown once JavaScript runs
    assert "Jobbtorg Stockholm Farsta" in page.locator("tbody").inner_text()
    page.locator("#compare-add").select_option("sfx-ingenjorer")
    page.get_by_role("button", name="Lägg till").click()
    expect(page.locator("thead th")).to_have_count(3)
    assert re.search(
        r"p=jobbspar-bussforare(,|%2C)sva-gymnasial-sodermalm(,|%2C)sfx-ingenjorer", page.url
    )
    assert not page.context.cookies()  # nothing kept on the server, no cookie set


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_axe_on_the_path_finder_and_the_shortlist(browser, live_server, demo, lang, screenshot):
    from tests.browser.test_accessibility import violations

    route = "&".join(f"{k}={v}" for k, v in PERSONAS[1][1].items())
    for width in (390, 1280):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        for path, name in (
            ("/vilken-vag", "step-1"),
            ("/vilken-vag?svenska=klingon", "step-not-understood"),
            (f"/vilken-vag?{route}", "route"),
            ("/jamfor?p=jobbspar-bussforare,sfx-ingenjorer,yh-apotekstekniker", "compare"),
            ("/jamfor", "compare-empty"),
            ("/utbildningar/jobbspar-hemtjanst-rinkeby-kista", "job-track"),
        ):
            page.goto(f"{live_server}/{lang}{path}")
            if width == 1280:
                assert not violations(page), f"{name}: {violations(page)}"
            screenshot(page, f"pathfinder-{name}-{lang}-{width}")
        context.close()


def test_marking_a_programme_adds_it_to_the_list_kept_in_the_browser(
    browser_page, live_server, demo
):
    page = browser_page
    page.goto(f"{live_server}/sv/jamfor?p=jobbspar-bussforare")
    page.goto(f"{live_server}/sv/utbildningar/sfx-ingenjorer")
    page.locator("a[data-shortlist-add]").click()
    expect(page.locator("thead th")).to_have_count(2)
    assert "p=jobbspar-bussforare%2Csfx-ingenjorer" in page.url or (
        "p=jobbspar-bussforare,sfx-ingenjorer" in page.url
    )
